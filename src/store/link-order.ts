// The order of links between imports delivered together: consents before the records they
// cover (workers/stages/link.ts says why).
import type { Queryable } from './db.js';

export interface ConsentsUnderWay {
  /** The moment the wait began (the database's clock); imports received later are not waited for. */
  cutoff: Date;
  /** Imports received by then that are, or may yet turn out to be, a consent list not yet applied. */
  count: number;
}

/**
 * The consent lists a link of `importId` waits for: received by `cutoff` (null: now), and not
 * yet applied, or not yet known to be something else (source detected when reading starts).
 * None when `importId` is itself a consent list.
 */
export async function consentsUnderWay(db: Queryable, importId: string, cutoff: Date | null): Promise<ConsentsUnderWay> {
  const row = (
    await db.query<{ cutoff: Date; n: string }>(
      `SELECT coalesce($2::timestamptz, now()) AS cutoff, count(o.id) AS n
         FROM imports me
         LEFT JOIN imports o ON o.id <> me.id AND o.received_at <= coalesce($2::timestamptz, now())
                            AND (o.status IN ('queued', 'reading') AND (o.source IS NULL OR o.source = 'consent')
                                 OR o.status = 'applying' AND o.source = 'consent')
        WHERE me.id = $1 AND me.source IS DISTINCT FROM 'consent'
        GROUP BY me.id`,
      [importId, cutoff],
    )
  ).rows[0];
  return { cutoff: row?.cutoff ?? cutoff ?? new Date(), count: Number(row?.n ?? 0) };
}
