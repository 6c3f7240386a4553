// The closure of a full snapshot: the current records of its source and authority it no longer
// contains are closed. A snapshot that would close more than the configured share of them (a
// one-row file read as a whole office's list, a broken export job) is held for an operator
// instead (issue 14, finding 1): closing is easy to do and slow to undo.
import type { Tx } from './db.js';

export interface Scope {
  source: string;
  authority: string | null;
}

/**
 * Whether `n` records are more than `share` of the current records (of one scope, or all), and
 * there are at least `atLeast` of those. Counts at most max(n / share, atLeast) rows: counting the
 * whole city slowed every small import's link stage (docs/performance.md).
 */
export async function exceedsShare(tx: Tx, n: number, share: number, opts: { scope?: Scope; atLeast?: number } = {}): Promise<boolean> {
  // n > share * total exactly when total < n / share, i.e. when total is below `limit` (total is whole)
  const limit = Math.ceil(n / share - 1e-9);
  const atLeast = opts.atLeast ?? 0;
  const where = opts.scope ? 'AND source = $2 AND authority IS NOT DISTINCT FROM $3' : '';
  const params = opts.scope ? [Math.max(limit, atLeast), opts.scope.source, opts.scope.authority] : [Math.max(limit, atLeast)];
  const seen = Number((await tx.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT 1 FROM source_records WHERE valid_to IS NULL ${where} LIMIT $1) AS t`, params)).rows[0]!.n);
  // seen is min(total, max(limit, atLeast))
  return seen >= atLeast && seen < limit;
}

export interface Held extends Scope {
  closing: number;
}

export interface ClosureGuard {
  /** KIM_SNAPSHOT_MAX_CLOSE_SHARE */
  share: number;
  /** KIM_SNAPSHOT_GUARD_MIN_RECORDS */
  atLeast: number;
  /** an operator confirmed this import's closure: no guard */
  confirmed: boolean;
  /** when the import was held: a confirmed closure closes only what was current then */
  heldAt: Date | null;
}

/**
 * Closes what the import's full snapshots no longer contain, or closes nothing and returns the
 * scopes that would lose more than the guard's share. Records that became current after the
 * import was held came from later exports, which this snapshot cannot speak for: never closed.
 */
export async function closeMissing(tx: Tx, importId: string, guard: ClosureGuard): Promise<Held[]> {
  const scopes = ((await tx.query<{ scopes: Array<Scope & { snapshot: string }> | null }>('SELECT scopes FROM imports WHERE id = $1', [importId])).rows[0]?.scopes ?? []).filter((s) => s.snapshot === 'full');
  const plan: Array<{ scope: Scope; missing: string[] }> = [];
  for (const s of scopes) {
    // Two steps, so no plan can make this quadratic: the missing keys once (EXCEPT hashes both
    // sets), then an index lookup per key. As one statement the planner, trusting statistics
    // taken before this import's rows arrived, rescanned the EXCEPT per current row.
    const missing = (
      await tx.query<{ id: string }>(
        `SELECT source_record_id AS id FROM source_records WHERE valid_to IS NULL AND source = $2 AND authority IS NOT DISTINCT FROM $3 AND valid_from <= coalesce($4, now())
         EXCEPT SELECT source_record_id FROM import_keys WHERE import_id = $1 AND source = $2`,
        [importId, s.source, s.authority, guard.heldAt],
      )
    ).rows.map((r) => r.id);
    if (missing.length) plan.push({ scope: { source: s.source, authority: s.authority }, missing });
  }
  if (!guard.confirmed) {
    const held: Held[] = [];
    for (const p of plan) if (await exceedsShare(tx, p.missing.length, guard.share, { scope: p.scope, atLeast: guard.atLeast })) held.push({ ...p.scope, closing: p.missing.length });
    if (held.length) return held;
  }
  for (const { scope, missing } of plan) {
    await tx.query(
      `WITH closed AS (
         UPDATE source_records s SET valid_to = now() FROM unnest($3::text[]) AS m(id)
          WHERE s.valid_to IS NULL AND s.source = $2 AND s.source_record_id = m.id
          RETURNING s.source, s.source_record_id)
       INSERT INTO import_changes (import_id, source, source_record_id) SELECT $1, source, source_record_id FROM closed ON CONFLICT DO NOTHING`,
      [importId, scope.source, missing],
    );
  }
  return [];
}

/**
 * The closure step of the link stage, with the guard around it. Returns 'held' when the import
 * must wait for an operator (nothing closed, nothing linked). Otherwise the closure is done and:
 * - a confirmed import that a later import of its source has overtaken (linked since it was
 *   held) closes nothing: the later export says what is current, and closing by the older one
 *   would undo it. It links its changes and ends failed (KIM_ERR_IMPORT_SUPERSEDED);
 * - earlier imports of this source still held are superseded by this one: they end failed and
 *   their changes are linked with this import (they were stored, but never linked).
 */
export async function settleSnapshot(tx: Tx, importId: string, guard: ClosureGuard): Promise<'held' | 'closed'> {
  const later = guard.confirmed
    ? (
        await tx.query(
          `SELECT 1 FROM imports i JOIN imports j ON j.source = i.source AND j.id <> i.id AND j.received_at > i.received_at AND j.eval_batches IS NOT NULL
          WHERE i.id = $1 LIMIT 1`,
          [importId],
        )
      ).rowCount
    : 0;
  if (later) {
    await tx.query("UPDATE imports SET error_code = 'KIM_ERR_IMPORT_SUPERSEDED', error = $2 WHERE id = $1", [importId, SUPERSEDED]);
    return 'closed';
  }
  const held = await closeMissing(tx, importId, guard);
  if (held.length) {
    const what = held.map((h) => `${h.source}${h.authority ? ` ${h.authority}` : ''}: ${h.closing} records`).join('; ');
    await tx.query("UPDATE imports SET status = 'held', held_at = now(), error_code = 'KIM_ERR_IMPORT_SNAPSHOT_HELD', error = $2 WHERE id = $1", [
      importId,
      `this full snapshot would close more than ${guard.share * 100} % of the current records (${what}); held until an it_admin confirms it`,
    ]);
    return 'held';
  }
  const superseded = (
    await tx.query<{ id: string }>(
      `UPDATE imports h SET status = 'failed', finished_at = now(), error_code = 'KIM_ERR_IMPORT_SUPERSEDED', error = $2
       FROM imports i WHERE i.id = $1 AND h.status = 'held' AND h.source = i.source AND h.received_at < i.received_at RETURNING h.id`,
      [importId, SUPERSEDED],
    )
  ).rows.map((r) => r.id);
  if (superseded.length) {
    await tx.query('INSERT INTO import_changes (import_id, source, source_record_id) SELECT $1, source, source_record_id FROM import_changes WHERE import_id = ANY($2::uuid[]) ON CONFLICT DO NOTHING', [importId, superseded]);
    await tx.query('DELETE FROM import_keys WHERE import_id = ANY($1::uuid[])', [superseded]);
  }
  return 'closed';
}

const SUPERSEDED = 'a later import of its source was linked before this held snapshot was confirmed: it closed nothing, its records were linked';
