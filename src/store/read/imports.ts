// The imports as the API reads them: an import's status and figures, whose import it is, and
// what a replay starts from. Creating and queueing imports is src/service/imports.ts.
import type { ImportStatusBody } from '../../generated/kim-types.js';
import type { Queryable } from '../db.js';

/** An import's status and figures, or null when there is none with this id. */
export async function importStatus({ db }: { db: Queryable }, id: string): Promise<ImportStatusBody | null> {
  const res = await db.query(
    // Both figures by index for this import only: status is polled (waitForImports, clients).
    `SELECT i.*, COALESCE(b.changed, 0) AS changed, COALESCE(b.unchanged, 0) AS unchanged,
            (SELECT count(*) FROM signal_events e WHERE e.import_id = i.id)::int AS signals_changed
       FROM imports i
       LEFT JOIN LATERAL (SELECT sum(changed)::int AS changed, sum(unchanged)::int AS unchanged FROM import_batches WHERE import_id = i.id) b ON true
      WHERE i.id = $1`,
    [id],
  );
  const r = res.rows[0];
  if (!r) return null;
  const warningSummary = r.warnings
    ? (await db.query<{ code: string; field: string; value: string; count: number }>('SELECT code, field, value, count(*)::int AS count FROM import_warnings WHERE import_id = $1 GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3 LIMIT 100', [id]))
        .rows
    : [];
  return {
    id: r.id,
    source: r.source,
    fileName: r.file_name,
    trigger: r.trigger,
    status: r.status,
    receivedAt: r.received_at.toISOString(),
    finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
    recordsRead: r.records_read,
    accepted: r.accepted,
    rejected: r.rejected,
    warnings: r.warnings,
    warningSummary,
    changed: r.changed,
    unchanged: r.unchanged,
    signalsChanged: r.signals_changed,
    error: r.error_code || r.error ? { code: r.error_code, message: r.error } : null,
    identicalTo: r.identical_to ?? null,
  };
}

/** Whether the API key delivered this import (an import key sees no other office's imports). */
export async function deliveredBy(db: Queryable, importId: string, keyId: string): Promise<boolean> {
  return Boolean((await db.query('SELECT 1 FROM imports WHERE id = $1 AND api_key = $2', [importId, keyId])).rowCount);
}

export interface ReplaySource {
  spoolPath: string;
  fileName: string;
  source: ImportStatusBody['source'];
}

/** Where an import's file was kept, to run it again; null when there is no such import. */
export async function replaySource(db: Queryable, importId: string): Promise<ReplaySource | null> {
  const r = (await db.query<{ spool_path: string; file_name: string; source: ReplaySource['source'] }>('SELECT spool_path, file_name, source FROM imports WHERE id = $1', [importId])).rows[0];
  return r ? { spoolPath: r.spool_path, fileName: r.file_name, source: r.source } : null;
}

/** The rejections of `importId` are being tried again by the import `replayId`. */
export async function markReplayed(db: Queryable, importId: string, replayId: string): Promise<void> {
  await db.query('UPDATE quarantine SET replayed_in = $2 WHERE import_id = $1 AND replayed_in IS NULL', [importId, replayId]);
}
