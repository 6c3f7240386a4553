// The quarantine (rejected records, kept for the operator to find and fix at the source) and the
// warnings of accepted records, as the import stage writes them and retention deletes them.
// The rows come bounded (workers/quarantine.ts); the API reads them elsewhere (src/store/read/).
import type { Warning } from '../../adapters/types.js';
import type { Queryable } from './db.js';

export interface QuarantineRow {
  source: string;
  file: string | null;
  /** JSON */
  position: string;
  recordId: string | null;
  field: string | null;
  code: string;
  reason: string | null;
  /** JSON, or null when the reader had no raw form */
  raw: string | null;
}

export async function insertQuarantine(db: Queryable, importId: string, rows: readonly QuarantineRow[]): Promise<void> {
  await db.query(
    `INSERT INTO quarantine (import_id, source, file_name, position, record_id, field, code, reason, raw)
     SELECT $1, q.source, q.file, q.position, q.record_id, q.field, q.code, q.reason, q.raw
       FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[])
         AS q(source, file, position, record_id, field, code, reason, raw)`,
    [importId, rows.map((r) => r.source), rows.map((r) => r.file), rows.map((r) => r.position), rows.map((r) => r.recordId), rows.map((r) => r.field), rows.map((r) => r.code), rows.map((r) => r.reason), rows.map((r) => r.raw)],
  );
}

/** Deletes the rows older than `days` before `now` (null: the database's clock, which created_at is too). Returns how many went. */
export async function deleteQuarantineOlderThan(db: Queryable, now: Date | null, days: number): Promise<number> {
  const res = await db.query('DELETE FROM quarantine WHERE created_at < coalesce($1::timestamptz, now()) - make_interval(days => $2)', [now?.toISOString() ?? null, days]);
  return res.rowCount ?? 0;
}

/** Warnings of accepted records (values outside code lists), listed apart from the quarantine. */
export async function insertWarnings(db: Queryable, importId: string, warnings: readonly Warning[]): Promise<void> {
  if (!warnings.length) return;
  await db.query(
    `INSERT INTO import_warnings (import_id, source, file_name, position, record_id, field, code, reason, value)
     SELECT $1, w.source, w.file, w.position, w.record_id, w.field, w.code, w.reason, w.value
       FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS w(source, file, position, record_id, field, code, reason, value)`,
    [
      importId,
      warnings.map((w) => w.source),
      warnings.map((w) => w.position.file),
      warnings.map((w) => JSON.stringify(w.position)),
      warnings.map((w) => w.recordId),
      warnings.map((w) => w.field),
      warnings.map((w) => w.code),
      warnings.map((w) => w.reason),
      warnings.map((w) => w.value),
    ],
  );
}
