// The city in blocks for a full relink: every current record and every consent is a node, joined
// to the nodes that share a lookup key with it (the AZR; the folded name both ways round with the
// birth year: lookupKeys in src/linkage/relink-diff.ts, LOOKUP_KEYS in links.ts).
// Linkage only ever joins or compares nodes that share such a key, so it decides each connected
// component alone; the components are labelled here in PostgreSQL and walked in blocks of whole
// components, and no process holds more than a block (docs/performance.md, issue 19).
import type { Consent, PersonRecord } from '../generated/kim-types.js';
import type { Change } from '../linkage/relink-diff.js';
import type { Tx } from './db.js';
import { LOOKUP_KEYS } from './links.js';

/** Memory per sort or hash of the component labelling: a few of them run at once in one backend. */
const LINK_WORK_MEM = '64MB';

/** The node source of a consent: the same word import_changes uses for consents. */
const CONSENT = 'consent';

/**
 * Fills the transaction's node tables (link_nodes, link_node_keys, link_blocks; dropped at commit), labels the
 * components by the smallest node number in them, and numbers blocks of about `blockSize` nodes in
 * label order without splitting a component. Returns the block numbers, in order.
 */
export async function componentBlocks(tx: Tx, blockSize: number): Promise<number[]> {
  // The labelling groups and joins every node and key of the city in each round; with the
  // default 4 MB per sort or hash it spilled to disk, and the link of a 1,000,000-person city
  // took 5.6 times that of 250,000 (docs/performance.md, issue 19). For this transaction only.
  await tx.query(`SET LOCAL work_mem = '${LINK_WORK_MEM}'`);
  // Each node starts as its own label (set here: a later UPDATE of every row cost seconds).
  await tx.query(
    `CREATE TEMP TABLE link_nodes ON COMMIT DROP AS SELECT (row_number() OVER ())::integer AS node, source, id, (row_number() OVER ())::integer AS label
       FROM (SELECT source, source_record_id AS id FROM source_records WHERE valid_to IS NULL UNION ALL SELECT '${CONSENT}', consent_id FROM consents) AS t`,
  );
  await tx.query('ALTER TABLE link_nodes ADD PRIMARY KEY (node)');
  await tx.query(
    `CREATE TEMP TABLE link_node_keys ON COMMIT DROP AS
     WITH p AS (
       SELECT n.node, s.record->'person' AS person, s.record->'person'->'identifiers'->>'azr' AS azr
         FROM link_nodes n JOIN source_records s ON s.source = n.source AND s.source_record_id = n.id AND s.valid_to IS NULL
       UNION ALL
       SELECT n.node, c.consent->'person', c.consent->'person'->>'azr' FROM link_nodes n JOIN consents c ON n.source = '${CONSENT}' AND c.consent_id = n.id
     ) SELECT k.key, p.node FROM p, ${LOOKUP_KEYS} WHERE k.key IS NOT NULL`,
  );
  await tx.query('CREATE INDEX ON link_node_keys (key)');
  await tx.query('CREATE INDEX ON link_node_keys (node)');
  await tx.query('ANALYZE link_nodes, link_node_keys');
  // Min-label propagation: each round every node takes the smallest label among the nodes that
  // share a key with it; a round that changes nothing leaves one label per component.
  for (;;) {
    const changed = await tx.query(
      `WITH by_key AS (SELECT nk.key, min(n.label) AS label FROM link_node_keys nk JOIN link_nodes n USING (node) GROUP BY nk.key),
            by_node AS (SELECT nk.node, min(b.label) AS label FROM link_node_keys nk JOIN by_key b USING (key) GROUP BY nk.node)
       UPDATE link_nodes n SET label = b.label FROM by_node b WHERE b.node = n.node AND b.label < n.label`,
    );
    if (!changed.rowCount) break;
  }
  // A new table, not an UPDATE of link_nodes: its plan joined row by row and took seconds.
  await tx.query(
    `CREATE TEMP TABLE link_blocks ON COMMIT DROP AS
     WITH sizes AS (SELECT label, count(*) AS n FROM link_nodes GROUP BY label),
          starts AS (SELECT label, ((sum(n) OVER (ORDER BY label) - n) / ${Math.max(1, Math.floor(blockSize))})::integer AS block FROM sizes)
     SELECT n.source, n.id, s.block FROM link_nodes n JOIN starts s USING (label)`,
  );
  await tx.query('CREATE INDEX ON link_blocks (block)');
  await tx.query('CREATE INDEX ON link_blocks (source, id)');
  await tx.query('ANALYZE link_blocks');
  return (await tx.query<{ block: number }>('SELECT DISTINCT block FROM link_blocks ORDER BY block')).rows.map((r) => r.block);
}

export interface Block {
  /** the block's current records, identity only (the facts stay in PostgreSQL) */
  records: PersonRecord[];
  consents: Consent[];
  /** stored record links: source, record number, kimId */
  recordLinks: Array<{ source: string; id: string; kimId: string }>;
  /** stored consent links: consent id, kimId */
  consentLinks: Array<{ id: string; kimId: string }>;
  /** what the import changed in this block */
  changes: Change[];
}

/** One block of componentBlocks: its records, consents, stored links and the import's changes in it. */
export async function readBlock(tx: Tx, importId: string, block: number): Promise<Block> {
  const records = await tx.query<{ record: PersonRecord }>(
    `SELECT s.record - 'facts' || '{"facts": []}'::jsonb AS record FROM link_blocks n
       JOIN source_records s ON s.source = n.source AND s.source_record_id = n.id AND s.valid_to IS NULL WHERE n.block = $1`,
    [block],
  );
  const consents = await tx.query<{ consent: Consent }>(`SELECT c.consent FROM link_blocks n JOIN consents c ON n.source = '${CONSENT}' AND c.consent_id = n.id WHERE n.block = $1`, [block]);
  const recordLinks = await tx.query<{ source: string; id: string; kimId: string }>(
    'SELECT p.source, p.source_record_id AS id, p.kim_id AS "kimId" FROM link_blocks n JOIN person_links p ON p.source = n.source AND p.source_record_id = n.id WHERE n.block = $1',
    [block],
  );
  const consentLinks = await tx.query<{ id: string; kimId: string }>(`SELECT l.consent_id AS id, l.kim_id AS "kimId" FROM link_blocks n JOIN consent_links l ON n.source = '${CONSENT}' AND l.consent_id = n.id WHERE n.block = $1`, [block]);
  const changes = await tx.query<Change>('SELECT c.source, c.source_record_id FROM link_blocks n JOIN import_changes c ON c.source = n.source AND c.source_record_id = n.id WHERE c.import_id = $1 AND n.block = $2', [importId, block]);
  return { records: records.rows.map((r) => r.record), consents: consents.rows.map((r) => r.consent), recordLinks: recordLinks.rows, consentLinks: consentLinks.rows, changes: changes.rows };
}

/**
 * The links of what is no longer there (records closed or erased since, consents gone): deleted,
 * with the lookup keys of the records the import changed that are not current any more. Returns
 * the persons they were linked to, whom the relink affects.
 */
export async function dropLinksOutsideNodes(tx: Tx, importId: string): Promise<string[]> {
  const records = await tx.query<{ kim_id: string }>('DELETE FROM person_links p WHERE NOT EXISTS (SELECT 1 FROM link_blocks n WHERE n.source = p.source AND n.id = p.source_record_id) RETURNING kim_id');
  const consents = await tx.query<{ kim_id: string }>(`DELETE FROM consent_links l WHERE NOT EXISTS (SELECT 1 FROM link_blocks n WHERE n.source = '${CONSENT}' AND n.id = l.consent_id) RETURNING kim_id`);
  await tx.query(
    `DELETE FROM link_keys l USING import_changes c WHERE c.import_id = $1 AND c.source <> '${CONSENT}' AND l.source = c.source AND l.source_record_id = c.source_record_id
       AND NOT EXISTS (SELECT 1 FROM link_blocks n WHERE n.source = c.source AND n.id = c.source_record_id)`,
    [importId],
  );
  return [...records.rows, ...consents.rows].map((r) => r.kim_id);
}
