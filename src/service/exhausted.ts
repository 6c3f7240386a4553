// An import whose stage job failed on its last attempt ends as failed, with its spool file
// deleted: otherwise it would stay `applying` (or `reading`, `linking`) forever, and a client
// waiting for it (`kim-hub import --wait`) would wait in vain (issue 14, finding 7f).
import type { Job } from 'bullmq';
import type { Context } from './context.js';
import type { Stage } from './queues.js';
import { removeSpoolFile } from './spool.js';

/** True when BullMQ will not try the job again. */
export function lastAttempt(job: Pick<Job, 'attemptsMade' | 'opts'>): boolean {
  return job.attemptsMade >= (job.opts.attempts ?? 1);
}

/**
 * Ends the job's import as failed (KIM_ERR_IMPORT_STAGE_FAILED) when that was the job's last
 * attempt. The message names the stage, not the cause: a database error may quote a value.
 */
export async function failImportAfterLastAttempt(ctx: Context, stage: Stage, job: Job | undefined): Promise<void> {
  const importId = (job?.data as { importId?: unknown } | undefined)?.importId;
  if (!job || typeof importId !== 'string' || !lastAttempt(job)) return;
  const res = await ctx.db.query<{ spool_path: string }>(
    `UPDATE imports SET status = 'failed', error_code = 'KIM_ERR_IMPORT_STAGE_FAILED', error = $2, finished_at = now()
      WHERE id = $1 AND status NOT IN ('done', 'failed') RETURNING spool_path`,
    [importId, `the ${stage} stage failed on all ${job.attemptsMade} attempts (the worker log has the cause); deliver the export again once it is fixed`],
  );
  if (res.rows[0]) await removeSpoolFile(ctx, res.rows[0].spool_path);
}
