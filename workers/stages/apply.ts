// Stage 2, apply (normalise): one staged batch into the store. A record whose content hash
// equals the current version's changes nothing; a changed record (or one a snapshot had closed)
// closes the current version and adds the next one. Consents are upserted the same way.
// Exactly once in effect: the batch's row in import_batches is written in the same transaction.
import type { Consent, PersonRecord } from '../../src/generated/kim-types.js';
import { appendAudit } from '../../src/audit/log.js';
import { keyedHash, type KeyedHash } from '../../src/store/secret.js';
import { inTransaction, type Tx } from '../../src/store/db.js';
import type { Context } from '../../src/service/context.js';
import { JOB_OPTIONS, jobId } from '../queues.js';

const key = (source: string, id: string) => `${source}\u0000${id}`;

/**
 * Keyed hashes of a person, for the not_retained list: the AZR and the folded name. Keyed under
 * the installation's secret, so the list names nobody, not even to someone who guesses an AZR;
 * broad, so a consent clears every entry that might be that person's.
 */
export function personKeys(keyed: KeyedHash, p: { azr?: string | null; nameKey: { family: string; given: string } }): string[] {
  return [...(p.azr ? [`azr:${p.azr}`] : []), `name:${p.nameKey.family}|${p.nameKey.given}`].map((k) => keyed(k));
}

/** The not_retained list's key of a record and of its content: keyed, never the record number itself. */
export const notRetainedId = (keyed: KeyedHash, source: string, id: string): string => keyed(`record:${source}:${id}`);
export const notRetainedHash = (keyed: KeyedHash, contentHash: string): string => keyed(`content:${contentHash}`);

async function applyRecords(tx: Tx, importId: string, records: PersonRecord[], keyed: KeyedHash): Promise<{ changed: number; unchanged: number }> {
  // A key may appear twice in one batch (two rows of one person): the last one wins.
  const latest = new Map(records.map((r) => [key(r.source, r.sourceRecordId), r]));
  const list = [...latest.values()];
  if (!list.length) return { changed: 0, unchanged: 0 };
  const current = await tx.query<{ source: string; source_record_id: string; version: number; content_hash: string }>(
    `SELECT s.source, s.source_record_id, s.version, s.content_hash
       FROM source_records s JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON s.source = k.source AND s.source_record_id = k.id
      WHERE s.valid_to IS NULL FOR UPDATE OF s`,
    [list.map((r) => r.source), list.map((r) => r.sourceRecordId)],
  );
  const byKey = new Map(current.rows.map((r) => [key(r.source, r.source_record_id), r]));
  // A record a full snapshot closed keeps its versions: when it comes back (a person missing from
  // one snapshot and in the next), it continues after its last version instead of starting at 1.
  const closedKeys = list.filter((r) => !byKey.has(key(r.source, r.sourceRecordId)));
  const closed = closedKeys.length
    ? await tx.query<{ source: string; source_record_id: string; version: number }>(
        `SELECT s.source, s.source_record_id, max(s.version) AS version
           FROM source_records s JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON s.source = k.source AND s.source_record_id = k.id
          GROUP BY s.source, s.source_record_id`,
        [closedKeys.map((r) => r.source), closedKeys.map((r) => r.sourceRecordId)],
      )
    : { rows: [] };
  const lastVersion = new Map(closed.rows.map((r) => [key(r.source, r.source_record_id), r.version]));
  for (const r of current.rows) lastVersion.set(key(r.source, r.source_record_id), r.version);
  // Records the hub may not keep and already saw with this content: nothing to do.
  const dropped = await tx.query<{ source: string; source_record_id: string; content_hash: string }>(
    `SELECT n.source, n.source_record_id, n.content_hash FROM not_retained n JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON n.source = k.source AND n.source_record_id = k.id`,
    [list.map((r) => r.source), list.map((r) => notRetainedId(keyed, r.source, r.sourceRecordId))],
  );
  const droppedHash = new Map(dropped.rows.map((r) => [key(r.source, r.source_record_id), r.content_hash]));
  const isDropped = (r: PersonRecord) => droppedHash.get(key(r.source, notRetainedId(keyed, r.source, r.sourceRecordId))) === notRetainedHash(keyed, r.contentHash);
  const skipped = list.filter(isDropped);
  const live = list.filter((r) => !isDropped(r));
  const unchanged = live.filter((r) => byKey.get(key(r.source, r.sourceRecordId))?.content_hash === r.contentHash);
  const changed = live.filter((r) => byKey.get(key(r.source, r.sourceRecordId))?.content_hash !== r.contentHash);
  // Every key read, for the snapshot closure in the link stage (cheaper than touching unchanged rows).
  await tx.query('INSERT INTO import_keys (import_id, source, source_record_id) SELECT $1, k.source, k.id FROM unnest($2::text[], $3::text[]) AS k(source, id)', [
    importId,
    list.map((r) => r.source),
    list.map((r) => r.sourceRecordId),
  ]);
  if (changed.length) {
    const replaced = changed.filter((r) => byKey.has(key(r.source, r.sourceRecordId)));
    await tx.query(
      `UPDATE source_records s SET valid_to = now() FROM unnest($1::text[], $2::text[]) AS k(source, id)
        WHERE s.source = k.source AND s.source_record_id = k.id AND s.valid_to IS NULL`,
      [replaced.map((r) => r.source), replaced.map((r) => r.sourceRecordId)],
    );
    // One JSON document for the batch: a jsonb[] parameter would escape every record as an array element.
    const rows = changed.map((r) => ({ source: r.source, id: r.sourceRecordId, version: (lastVersion.get(key(r.source, r.sourceRecordId)) ?? 0) + 1, authority: r.authority, hash: r.contentHash, record: r }));
    await tx.query(
      `INSERT INTO source_records (source, source_record_id, version, authority, content_hash, record, import_id)
       SELECT k.source, k.id, k.version, k.authority, k.hash, k.record, $1
         FROM jsonb_to_recordset($2::jsonb) AS k(source text, id text, version int, authority text, hash text, record jsonb)`,
      [importId, JSON.stringify(rows)],
    );
    await tx.query(
      `INSERT INTO import_changes (import_id, source, source_record_id) SELECT $1, k.source, k.id FROM unnest($2::text[], $3::text[]) AS k(source, id) ON CONFLICT DO NOTHING`,
      [importId, changed.map((r) => r.source), changed.map((r) => r.sourceRecordId)],
    );
  }
  return { changed: changed.length, unchanged: unchanged.length + skipped.length };
}

async function applyConsents(tx: Tx, auditKey: string, importId: string, consents: Consent[]): Promise<{ changed: number; unchanged: number }> {
  if (!consents.length) return { changed: 0, unchanged: 0 };
  const res = await tx.query<{ consent_id: string }>(
    `INSERT INTO consents (consent_id, content_hash, consent, import_id)
     SELECT k.id, k.hash, k.consent, $1 FROM jsonb_to_recordset($2::jsonb) AS k(id text, hash text, consent jsonb)
     ON CONFLICT (consent_id) DO UPDATE SET content_hash = EXCLUDED.content_hash, consent = EXCLUDED.consent, import_id = EXCLUDED.import_id, updated_at = now()
       WHERE consents.content_hash <> EXCLUDED.content_hash
     RETURNING consent_id`,
    [importId, JSON.stringify(consents.map((c) => ({ id: c.consentId, hash: c.contentHash, consent: c })))],
  );
  const changedIds = res.rows.map((r) => r.consent_id);
  if (changedIds.length) {
    // Every consent change is audited: ids and the import, not the consent's content.
    await appendAudit(tx, auditKey, changedIds.map((id) => ({ actor: 'system', action: 'consent_change', subject: id, details: { importId } })));
    await tx.query(`INSERT INTO import_changes (import_id, source, source_record_id) SELECT $1, 'consent', id FROM unnest($2::text[]) AS id ON CONFLICT DO NOTHING`, [importId, changedIds]);
  }
  return { changed: changedIds.length, unchanged: consents.length - changedIds.length };
}

export async function runApply(ctx: Context, importId: string, batch: number): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    const staged = (await tx.query<{ records: string }>('SELECT records FROM staged_batches WHERE import_id = $1 AND batch = $2 FOR UPDATE', [importId, batch])).rows[0];
    if (!staged) return; // applied already (the row is deleted with the claim) or the import is gone
    // Claiming the batch first: a second run (retry after a crash, duplicate job) stops here.
    const claim = await tx.query('INSERT INTO import_batches (import_id, batch, changed, unchanged) VALUES ($1, $2, 0, 0) ON CONFLICT DO NOTHING RETURNING batch', [importId, batch]);
    await tx.query('DELETE FROM staged_batches WHERE import_id = $1 AND batch = $2', [importId, batch]);
    if (!claim.rowCount) return; // staged again by a retried import: applied before
    const items = JSON.parse(staged.records) as Array<PersonRecord | Consent>;
    const persons = items.filter((r): r is PersonRecord => r.type === 'person_record');
    const consents = items.filter((r): r is Consent => r.type === 'consent');
    const a = await applyRecords(tx, importId, persons, await keyedHash(ctx.db, 'not_retained'));
    const b = await applyConsents(tx, ctx.config.auditKey, importId, consents);
    await tx.query('UPDATE import_batches SET changed = $3, unchanged = $4 WHERE import_id = $1 AND batch = $2', [importId, batch, a.changed + b.changed, a.unchanged + b.unchanged]);
  });
  await queueLinkWhenApplied(ctx, importId);
}

/**
 * Queues the link job once the import has been read to the end and every batch is applied.
 * Called after each apply commits and after reading ends: two last batches committing at once
 * may both queue it, which the job id makes one job; none of them can miss it.
 */
export async function queueLinkWhenApplied(ctx: Context, importId: string): Promise<void> {
  const ready = await ctx.db.query(
    `UPDATE imports SET status = 'linking' WHERE id = $1 AND status IN ('applying', 'linking')
        AND batches = (SELECT count(*) FROM import_batches WHERE import_id = $1) RETURNING id`,
    [importId],
  );
  if (ready.rowCount) await ctx.queues.queue.link.add('link', { importId }, { ...JOB_OPTIONS, jobId: jobId('link', importId) });
}
