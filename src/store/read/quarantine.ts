// The quarantine as the operator reads it (GET /quarantine): rejections without the rejected
// values, or warnings with theirs (a code as delivered, which is what the operator adds to the
// code list). Writing and purging the quarantine is the import stage's (src/service/quarantine.ts).
import type { QuarantineEntryBody, QuarantineQuery } from '../../generated/kim-types.js';
import type { Queryable } from '../db.js';

/** The first 1000 rejections or warnings, of one import or of all. */
export async function listQuarantine(db: Queryable, importId: string | null, kind: NonNullable<QuarantineQuery['kind']>): Promise<QuarantineEntryBody[]> {
  const rows = await db.query(
    kind === 'rejection'
      ? 'SELECT id, import_id, source, file_name, position, record_id, field, code, reason, created_at, replayed_in, NULL AS value FROM quarantine WHERE ($1::uuid IS NULL OR import_id = $1) ORDER BY id LIMIT 1000'
      : 'SELECT id, import_id, source, file_name, position, record_id, field, code, reason, created_at, NULL AS replayed_in, value FROM import_warnings WHERE ($1::uuid IS NULL OR import_id = $1) ORDER BY id LIMIT 1000',
    [importId],
  );
  return rows.rows.map((r) => ({
    id: String(r.id),
    kind,
    importId: r.import_id,
    source: r.source,
    file: r.file_name,
    position: r.position,
    recordId: r.record_id,
    field: r.field,
    code: r.code,
    reason: r.reason,
    createdAt: r.created_at,
    replayedIn: r.replayed_in,
    value: r.value,
  }));
}
