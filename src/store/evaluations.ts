// Evaluation batches: the persons the link stage found affected (eval_batches) and each batch's
// result (evaluations) until the route stage has routed it (routed_batches).
import type { Queryable, Tx } from './db.js';

export async function evalBatch(db: Queryable, importId: string, batch: number): Promise<string[] | null> {
  return (await db.query<{ kim_ids: string[] }>('SELECT kim_ids FROM eval_batches WHERE import_id = $1 AND batch = $2', [importId, batch])).rows[0]?.kim_ids ?? null;
}

/** The database's clock, read when the evaluation starts: it orders overlapping evaluations of a person. */
export async function databaseNow(db: Queryable): Promise<Date> {
  return (await db.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0]!.now;
}

export async function storeEvaluation(db: Queryable, importId: string, batch: number, kimIds: readonly string[], evaluatedAt: Date, signalsJson: string): Promise<void> {
  await db.query(
    `INSERT INTO evaluations (import_id, batch, kim_ids, evaluated_at, signals) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (import_id, batch) DO UPDATE SET evaluated_at = EXCLUDED.evaluated_at, signals = EXCLUDED.signals`,
    [importId, batch, kimIds, evaluatedAt, signalsJson],
  );
}

/** Claims a batch for routing: false when it was routed already. */
export async function claimRoutedBatch(tx: Tx, importId: string, batch: number): Promise<boolean> {
  return Boolean((await tx.query('INSERT INTO routed_batches (import_id, batch) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING batch', [importId, batch])).rowCount);
}

/** The batch's evaluation, taken: read and deleted in one statement (the route stage's transaction uses it up). */
export async function takeEvaluation(tx: Tx, importId: string, batch: number): Promise<{ evaluated_at: Date; signals: string } | undefined> {
  return (await tx.query<{ evaluated_at: Date; signals: string }>('DELETE FROM evaluations WHERE import_id = $1 AND batch = $2 RETURNING evaluated_at, signals', [importId, batch])).rows[0];
}

/** Ends the import once every evaluation batch is routed (after the commit: the later of two last batches sees both). */
export async function finishWhenRouted(db: Queryable, importId: string): Promise<void> {
  await db.query(
    `UPDATE imports SET status = CASE WHEN error_code IS NULL THEN 'done' ELSE 'failed' END, finished_at = now()
      WHERE id = $1 AND status = 'evaluating' AND eval_batches = (SELECT count(*) FROM routed_batches WHERE import_id = $1)`,
    [importId],
  );
}
