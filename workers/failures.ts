// What a failing stage job means for its import: the one place that decides whether trying
// again can help (an infrastructure fault) or not (the data, or a fault of the program), and
// that ends an import as `failed` when no attempt is left, so no import stays under way forever.
import { isKimError, type ErrorCode } from '../src/errors/registry.js';
import { inTransaction } from '../src/store/db.js';
import type { Context } from '../src/service/context.js';
import type { Stage } from './queues.js';
import { queueLinkWhenApplied } from './stages/apply.js';
import { removeSpoolFile } from './spool.js';

/**
 * Whether the same job may succeed later. PostgreSQL's data exceptions (SQLSTATE class 22, such
 * as a NUL character in a JSON text), integrity violations (23, but a unique key two workers
 * raced for) and program limits (54) repeat on every attempt, as do a batch that is not JSON and
 * a value too large for a string; connection and lock faults pass.
 */
export function retryHelps(err: unknown): boolean {
  if (isKimError(err)) return err.retryable;
  if (err instanceof SyntaxError || err instanceof RangeError) return false;
  const state = (err as { code?: unknown } | null)?.code;
  if (typeof state === 'string' && /^[0-9A-Z]{5}$/.test(state)) {
    if (state === '23505') return true;
    return !['22', '23', '54'].includes(state.slice(0, 2));
  }
  return true;
}

/** The SQLSTATE of a database error, if it is one: names the kind of fault without its data. */
function sqlState(err: unknown): string | null {
  const state = (err as { code?: unknown } | null)?.code;
  return typeof state === 'string' && /^[0-9A-Z]{5}$/.test(state) ? state : null;
}

/**
 * Ends the import of a job that failed for the last time. The message is the hub's own: an
 * error's text may quote the data (a database error names the refused value), so it never goes
 * into the import. A refused apply batch counts as applied with nothing changed, so the rest
 * of the import is still linked and evaluated, as for a file that breaks off; it closes nothing
 * (no scopes), since a snapshot missing a batch says nothing about the persons in it.
 */
export async function endImportOnFailure(ctx: Context, stage: Stage, data: { importId?: string; batch?: number }, err: unknown): Promise<void> {
  const importId = data.importId;
  if (!importId) return; // drop-folder scans, syncs and notify belong to no import
  const code: ErrorCode = retryHelps(err) ? 'KIM_ERR_IMPORT_STAGE_FAILED' : 'KIM_ERR_IMPORT_BATCH_REFUSED';
  const state = sqlState(err);
  const message = `the ${stage} stage ${code === 'KIM_ERR_IMPORT_BATCH_REFUSED' ? 'refused' : 'failed on every attempt at'} ${data.batch === undefined ? 'the import' : `batch ${data.batch}`}${state ? ` (SQLSTATE ${state})` : ''}`;
  if (stage === 'apply' && data.batch !== undefined) {
    const batch = data.batch;
    await inTransaction(ctx.db, async (tx) => {
      await tx.query('INSERT INTO import_batches (import_id, batch, changed, unchanged) VALUES ($1, $2, 0, 0) ON CONFLICT DO NOTHING', [importId, batch]);
      await tx.query('DELETE FROM staged_batches WHERE import_id = $1 AND batch = $2', [importId, batch]);
      await tx.query("UPDATE imports SET error_code = coalesce(error_code, $2), error = coalesce(error, $3), scopes = '[]' WHERE id = $1", [importId, code, message]);
    });
    await queueLinkWhenApplied(ctx, importId);
    return;
  }
  const ended = await ctx.db.query<{ spool_path: string }>(
    "UPDATE imports SET status = 'failed', error_code = coalesce(error_code, $2), error = coalesce(error, $3), finished_at = now() WHERE id = $1 AND status NOT IN ('done', 'failed') RETURNING spool_path",
    [importId, code, message],
  );
  // Nothing will read the file of a failed import (README, "How long exports are kept").
  if (ended.rows[0]) await removeSpoolFile(ctx, ended.rows[0].spool_path);
}
