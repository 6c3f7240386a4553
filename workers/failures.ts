// The one failure policy of the stage workers: whether trying a failed job again can help (an
// infrastructure fault: BullMQ retries it with backoff) or not (the data, or a fault of the
// program: UnrecoverableError, and its import ends as failed with the code), and ending an import
// as `failed` when no attempt is left, so no import stays under way forever.
import { UnrecoverableError } from 'bullmq';
import { isKimError, type ErrorCode } from '../src/errors/registry.js';
import { inTransaction } from '../src/store/db.js';
import { failImport, refuseBatch } from '../src/store/imports.js';
import type { QueueDeps, Settings, StoreDeps } from './deps.js';
import type { Stage } from './queues.js';
import { queueLinkWhenApplied } from './stages/apply.js';
import { removeSpoolFile } from './spool.js';

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The SQLSTATE of a database error, if it is one: names the kind of fault without its data. */
export function sqlState(err: unknown): string | null {
  const state = (err as { code?: unknown } | null)?.code;
  return typeof state === 'string' && SQLSTATE.test(state) ? state : null;
}

/**
 * Whether the same job may succeed later. The hub's own errors say so in the registry
 * (`retryable`, src/errors/registry.ts). PostgreSQL's data exceptions (SQLSTATE class 22, such as
 * a NUL character in a JSON text), integrity violations (23, but a unique key two workers raced
 * for) and program limits (54) repeat on every attempt, as do a batch that is not JSON and a value
 * too large for a string; connection and lock faults pass.
 */
export function retryHelps(err: unknown): boolean {
  if (isKimError(err)) return err.retryable;
  if (err instanceof SyntaxError || err instanceof RangeError) return false;
  const state = sqlState(err);
  if (state) return state === '23505' || !['22', '23', '54'].includes(state.slice(0, 2));
  return true;
}

/** What a failed attempt leads to: another attempt (with backoff), and whether its import ends now. */
export function failureVerdict(err: unknown, attemptsMade: number, attempts: number): { retry: boolean; endImport: boolean } {
  const retry = retryHelps(err);
  return { retry, endImport: !retry || attemptsMade + 1 >= attempts };
}

type FailureDeps = StoreDeps & QueueDeps & Settings<'spoolDir'>;

/**
 * Applies the policy to a failed attempt: ends the import when no attempt is left, then throws
 * what tells BullMQ to retry (the error itself) or not (UnrecoverableError). `onEndFailed`
 * hears a failure to end the import (the job's own error still decides).
 */
export async function failJob(deps: FailureDeps, stage: Stage, job: { data: unknown; attemptsMade: number; opts: { attempts?: number } }, err: unknown, onEndFailed: (e: Error) => void): Promise<never> {
  const verdict = failureVerdict(err, job.attemptsMade, job.opts.attempts ?? 1);
  if (verdict.endImport) await endImportOnFailure(deps, stage, importOf(job.data), err).catch(onEndFailed);
  if (!verdict.retry) throw new UnrecoverableError(err instanceof Error ? err.message : String(err));
  throw err;
}

/**
 * A job whose worker died (or stopped renewing its lock) more often than BullMQ allows is failed
 * by BullMQ itself, without the processor's catch: its import would stay under way for ever.
 */
export const stalledTooOften = (err: Error): boolean => /stalled more than allowable limit/i.test(err.message);

/** Ends the import of a job that BullMQ failed as stalled, as the last failed attempt would. */
export async function endStalledImport(deps: FailureDeps, stage: Stage, job: { data: unknown }, err: Error): Promise<void> {
  await endImportOnFailure(deps, stage, importOf(job.data), err);
}

/** The import and batch a job's data names, whatever else it holds (a malformed job's too). */
function importOf(data: unknown): { importId?: string; batch?: number } {
  const d = (data ?? {}) as { importId?: unknown; batch?: unknown };
  return {
    ...(typeof d.importId === 'string' && d.importId ? { importId: d.importId } : {}),
    ...(Number.isInteger(d.batch) && (d.batch as number) >= 0 ? { batch: d.batch as number } : {}),
  };
}

function failureCode(err: unknown): ErrorCode {
  if (isKimError(err) && err.code === 'KIM_ERR_JOB_DATA_INVALID') return err.code;
  return retryHelps(err) ? 'KIM_ERR_IMPORT_STAGE_FAILED' : 'KIM_ERR_IMPORT_BATCH_REFUSED';
}

/**
 * Ends the import of a job that failed for the last time. The message is the hub's own: an
 * error's text may quote the data (a database error names the refused value), so it never goes
 * into the import. A refused apply batch counts as applied with nothing changed, so the rest
 * of the import is still linked and evaluated, as for a file that breaks off; it closes nothing
 * (no scopes), since a snapshot missing a batch says nothing about the persons in it.
 */
async function endImportOnFailure(deps: FailureDeps, stage: Stage, data: { importId?: string; batch?: number }, err: unknown): Promise<void> {
  const importId = data.importId;
  if (!importId) return; // drop-folder scans, syncs and notify belong to no import
  const code = failureCode(err);
  const state = sqlState(err);
  const message = `the ${stage} stage ${code === 'KIM_ERR_IMPORT_STAGE_FAILED' ? 'failed on every attempt at' : 'refused'} ${data.batch === undefined ? 'the import' : `batch ${data.batch}`}${state ? ` (SQLSTATE ${state})` : ''}`;
  if (stage === 'apply' && data.batch !== undefined) {
    const batch = data.batch;
    await inTransaction(deps.db, (tx) => refuseBatch(tx, importId, batch, code, message));
    await queueLinkWhenApplied(deps, importId);
    return;
  }
  const spoolPath = await failImport(deps.db, importId, code, message);
  // Nothing will read the file of a failed import (README, "How long exports are kept").
  if (spoolPath !== null) await removeSpoolFile(deps, spoolPath);
}
