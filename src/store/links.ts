// The links of records and consents to persons, and the lookup keys that find a change's
// neighbours: what the link stage reads to scope a relink and writes after it.
import type { Consent, PersonRecord } from '../generated/kim-types.js';
import { splitRecordKey, type Change, type RecordLink } from '../linkage/relink-diff.js';
import type { Queryable, Tx } from './db.js';

export type RecordRef = { source: string; id: string };
const columns = (refs: readonly RecordRef[]) => [refs.map((r) => r.source), refs.map((r) => r.id)];
const refsOf = (keys: Iterable<string>): RecordRef[] => [...keys].map((k) => splitRecordKey(k)).map(([source, id]) => ({ source, id }));

/** The records and consents an import changed (until the link stage has used them). */
export async function importChanges(tx: Queryable, importId: string): Promise<Change[]> {
  return (await tx.query<Change>('SELECT source, source_record_id FROM import_changes WHERE import_id = $1', [importId])).rows;
}

export async function countImportChanges(tx: Queryable, importId: string): Promise<number> {
  return Number((await tx.query<{ n: string }>('SELECT count(*) AS n FROM import_changes WHERE import_id = $1', [importId])).rows[0]!.n);
}

/** The persons of the current versions of `refs`. */
export async function currentPersons(tx: Queryable, refs: readonly RecordRef[]): Promise<Array<PersonRecord['person']>> {
  const rows = await tx.query<{ person: PersonRecord['person'] }>(
    `SELECT s.record->'person' AS person FROM source_records s JOIN unnest($1::text[], $2::text[]) AS k(source, id)
       ON s.source = k.source AND s.source_record_id = k.id WHERE s.valid_to IS NULL`,
    columns(refs),
  );
  return rows.rows.map((r) => r.person);
}

export async function consentsById(tx: Queryable, ids: readonly string[]): Promise<Consent[]> {
  return (await tx.query<{ consent: Consent }>('SELECT consent FROM consents WHERE consent_id = ANY($1)', [ids])).rows.map((r) => r.consent);
}

/**
 * lookupKeys (src/linkage/relink-diff.ts) in SQL, as migration 005 writes them: the keys of a
 * relation `p` with the columns `person` (a record's or consent's person, jsonb) and `azr` (text),
 * as rows of `k(key)`; null for a person without an AZR.
 */
export const LOOKUP_KEYS = `LATERAL (VALUES
    (CASE WHEN coalesce(p.azr, '') <> '' THEN 'azr:' || p.azr END),
    ('name:' || (p.person->'nameKey'->>'family') || '|' || (p.person->'nameKey'->>'given') || '|' || coalesce(left(p.person->>'birthDate', 4), '')),
    ('name:' || (p.person->'nameKey'->>'given') || '|' || (p.person->'nameKey'->>'family') || '|' || coalesce(left(p.person->>'birthDate', 4), ''))
  ) AS k(key)`;

/** The consents with one of the lookup keys `keys`: the only ones that can link to records with these keys. */
export async function consentsSharingKeys(tx: Queryable, keys: readonly string[]): Promise<Consent[]> {
  const rows = await tx.query<{ consent: Consent }>(
    `WITH p AS (SELECT consent, consent->'person' AS person, consent->'person'->>'azr' AS azr FROM consents)
     SELECT p.consent FROM p WHERE EXISTS (SELECT 1 FROM ${LOOKUP_KEYS} WHERE k.key = ANY($1))`,
    [[...new Set(keys)]],
  );
  return rows.rows.map((r) => r.consent);
}

export async function countRecordChanges(tx: Queryable, importId: string): Promise<number> {
  return Number((await tx.query<{ n: string }>("SELECT count(*) AS n FROM import_changes WHERE import_id = $1 AND source <> 'consent'", [importId])).rows[0]!.n);
}

/** The persons `refs` and the consents `consentIds` are linked to now. */
export async function linkedPersonsOf(tx: Queryable, refs: readonly RecordRef[], consentIds: readonly string[]): Promise<string[]> {
  const rows = await tx.query<{ kim_id: string }>(
    `SELECT kim_id FROM person_links p JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON p.source = k.source AND p.source_record_id = k.id
     UNION SELECT kim_id FROM consent_links WHERE consent_id = ANY($3)`,
    [...columns(refs), consentIds],
  );
  return rows.rows.map((r) => r.kim_id);
}

/** The persons `refs` are linked to now (one row per record). */
export async function personsOfRecords(tx: Queryable, refs: readonly RecordRef[]): Promise<string[]> {
  return (await tx.query<{ kim_id: string }>('SELECT p.kim_id FROM person_links p JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON p.source = k.source AND p.source_record_id = k.id', columns(refs))).rows.map((r) => r.kim_id);
}

/** The records that share a lookup key or a person with what is known so far. */
export async function neighbours(tx: Queryable, keys: readonly string[], kimIds: readonly string[]): Promise<RecordRef[]> {
  const rows = await tx.query<{ source: string; id: string }>(
    `SELECT source, source_record_id AS id FROM link_keys WHERE key = ANY($1)
     UNION SELECT source, source_record_id FROM person_links WHERE kim_id = ANY($2)`,
    [[...new Set(keys)], [...new Set(kimIds)]],
  );
  return rows.rows;
}

export async function lookupKeysOf(tx: Queryable, refs: readonly RecordRef[]): Promise<string[]> {
  return (await tx.query<{ key: string }>('SELECT l.key FROM link_keys l JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON l.source = k.source AND l.source_record_id = k.id', columns(refs))).rows.map((r) => r.key);
}

/** The current records of the scope, for linkage: identity only, the facts stay in PostgreSQL. */
export async function identities(tx: Queryable, scope: Iterable<string>): Promise<PersonRecord[]> {
  const rows = await tx.query<{ record: PersonRecord }>(
    `SELECT s.record - 'facts' || '{"facts": []}'::jsonb AS record FROM source_records s JOIN unnest($1::text[], $2::text[]) AS k(source, id)
       ON s.source = k.source AND s.source_record_id = k.id WHERE s.valid_to IS NULL`,
    columns(refsOf(scope)),
  );
  return rows.rows.map((r) => r.record);
}

/** The stored record links of the scope, as record key → kimId. */
export async function recordLinks(tx: Queryable, scope: Iterable<string>, keyOf: (source: string, id: string) => string): Promise<Map<string, string>> {
  const rows = await tx.query<{ source: string; source_record_id: string; kim_id: string }>(
    'SELECT p.source, p.source_record_id, p.kim_id FROM person_links p JOIN unnest($1::text[], $2::text[]) AS k(source, id) ON p.source = k.source AND p.source_record_id = k.id',
    columns(refsOf(scope)),
  );
  return new Map(rows.rows.map((r) => [keyOf(r.source, r.source_record_id), r.kim_id]));
}

/** The stored links of the consents `ids` and of the consents linked to the persons `kimIds`, consent id → kimId. */
export async function consentLinksOf(tx: Queryable, ids: readonly string[], kimIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await tx.query<{ consent_id: string; kim_id: string }>('SELECT consent_id, kim_id FROM consent_links WHERE consent_id = ANY($1) OR kim_id = ANY($2)', [ids, kimIds]);
  return new Map(rows.rows.map((r) => [r.consent_id, r.kim_id]));
}

/**
 * Deletes the rows of `table` of the records ($1 sources, $2 record numbers), found key by key
 * through its (source, source_record_id) index. Joined as a set, a block of 10,000 records made
 * the planner hash the whole table for every block: the link stage's writes grew with the city
 * times its blocks (a 1,000,000-person city linked 5.6 times slower than 250,000; issue 19).
 * By ctid: only the link stage writes these tables, under the linkage lock, and it never updates
 * a row, so no row moves between the lookup and the delete.
 */
function deleteByRecord(table: 'person_links' | 'link_keys'): string {
  return `DELETE FROM ${table} WHERE ctid = ANY (ARRAY(
            SELECT t.ctid FROM unnest($1::text[], $2::text[]) AS k(source, id)
             CROSS JOIN LATERAL (SELECT x.ctid FROM ${table} x WHERE x.source = k.source AND x.source_record_id = k.id OFFSET 0) t))`;
}

/** Writes a record-link difference: `removed` are record keys. */
export async function writeRecordLinks(tx: Tx, removed: readonly string[], added: readonly RecordLink[]): Promise<void> {
  if (removed.length) {
    await tx.query(deleteByRecord('person_links'), columns(refsOf(removed)));
  }
  if (added.length) {
    await tx.query('INSERT INTO person_links (source, source_record_id, kim_id, link_reason) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])', [
      added.map((l) => l.source),
      added.map((l) => l.id),
      added.map((l) => l.kimId),
      added.map((l) => l.reason),
    ]);
  }
}

/** Replaces the links of the changed consents by their new ones (none: unlinked). */
export async function writeConsentLinks(tx: Tx, changed: readonly string[], after: ReadonlyMap<string, string>): Promise<void> {
  if (!changed.length) return;
  await tx.query('DELETE FROM consent_links WHERE consent_id = ANY($1)', [changed]);
  const linked = changed.filter((id) => after.has(id));
  await tx.query('INSERT INTO consent_links (consent_id, kim_id) SELECT * FROM unnest($1::text[], $2::text[])', [linked, linked.map((id) => after.get(id)!)]);
}

/** Replaces the lookup keys of `touched` by `rows` ([key, source, record number]). */
export async function replaceLookupKeys(tx: Tx, touched: readonly RecordRef[], rows: ReadonlyArray<readonly [string, string, string]>): Promise<void> {
  if (!touched.length) return;
  await tx.query(deleteByRecord('link_keys'), columns(touched));
  await tx.query('INSERT INTO link_keys (key, source, source_record_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING', [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])]);
}
