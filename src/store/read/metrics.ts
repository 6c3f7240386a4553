// The aggregates /metrics publishes, read at scrape time: counts per source, code, signal type
// and state, never a person. One query per figure; src/api/metrics.ts turns them into gauges.
import type { Queryable } from '../db.js';

export async function importRecords(db: Queryable): Promise<Array<{ source: string; read: number; accepted: number; rejected: number }>> {
  const rows = (
    await db.query<{ source: string; read: string; accepted: string; rejected: string }>(
      "SELECT coalesce(source, 'unknown') AS source, sum(records_read) AS read, sum(accepted) AS accepted, sum(rejected) AS rejected FROM imports GROUP BY 1",
    )
  ).rows;
  return rows.map((r) => ({ source: r.source, read: Number(r.read), accepted: Number(r.accepted), rejected: Number(r.rejected) }));
}

export async function importWarnings(db: Queryable): Promise<Array<{ source: string; code: string; n: number }>> {
  const rows = (await db.query<{ source: string; code: string; n: string }>('SELECT source, code, count(*) AS n FROM import_warnings GROUP BY 1, 2')).rows;
  return rows.map((r) => ({ source: r.source, code: r.code, n: Number(r.n) }));
}

/** Seconds since the last finished import per source. */
export async function importAges(db: Queryable): Promise<Array<{ source: string; age: number }>> {
  return (await db.query<{ source: string; age: number }>("SELECT source, extract(epoch FROM now() - max(finished_at))::float8 AS age FROM imports WHERE status = 'done' AND source IS NOT NULL GROUP BY source")).rows;
}

export async function signalCounts(db: Queryable): Promise<Array<{ type: string; state: string; n: number }>> {
  const rows = (await db.query<{ type: string; state: string; n: string }>('SELECT type, state, count(*) AS n FROM signals GROUP BY 1, 2')).rows;
  return rows.map((r) => ({ type: r.type, state: r.state, n: Number(r.n) }));
}

/** Rejected records not yet replayed, per source. */
export async function quarantineCounts(db: Queryable): Promise<Array<{ source: string; n: number }>> {
  const rows = (await db.query<{ source: string; n: string }>('SELECT source, count(*) AS n FROM quarantine WHERE replayed_in IS NULL GROUP BY 1')).rows;
  return rows.map((r) => ({ source: r.source, n: Number(r.n) }));
}
