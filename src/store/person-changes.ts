// The change numbers of persons (migration 053), which inbox reads compare to reuse what they read
// before. Triggers append them; this keeps the table to about one row a person.
import type { Queryable } from './db.js';

/**
 * Replaces the rows of every person with more than one by a single new row. A new number, not the
 * largest kept: the set of a person's numbers is their version, and a set must never come back
 * (a person's rows of a transaction still open are not seen here and stay).
 */
export async function compactPersonChanges(db: Queryable): Promise<number> {
  const res = await db.query(
    `WITH many AS (SELECT kim_id FROM person_changes GROUP BY kim_id HAVING count(*) > 1),
          gone AS (DELETE FROM person_changes p USING many WHERE p.kim_id = many.kim_id RETURNING p.kim_id)
     INSERT INTO person_changes (kim_id) SELECT DISTINCT kim_id FROM gone ORDER BY 1`,
  );
  return res.rowCount ?? 0;
}
