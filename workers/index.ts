// `kim-hub worker`: one BullMQ worker per stage in this process. Stateless: start as many
// processes on as many machines as the load needs; Redis and PostgreSQL are the shared state.
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Context } from '../src/service/context.js';
import { isKimError } from '../src/errors/registry.js';
import { endImportOnFailure, retryHelps } from './failures.js';
import type { Stage } from './queues.js';
import { runApply } from './stages/apply.js';
import { runEvaluate } from './stages/evaluate.js';
import { runImport } from './stages/import.js';
import { runLink } from './stages/link.js';
import { runNotify } from './stages/notify.js';
import { runRoute } from './stages/route.js';
import { runDropScan, runSync } from './intake.js';
import { cleanTempRoot } from '../adapters/ebb/temp-files.js';
import { runSweep, STALE_TEMP_MS } from './sweep.js';

interface Data {
  importId: string;
  batch: number;
}

const HANDLERS: Record<Stage, (ctx: Context, job: Job) => Promise<unknown>> = {
  import: (ctx, job) => {
    if (job.name === 'drop-scan') return runDropScan(ctx);
    if (job.name === 'sync') return runSync(ctx, job.data as { source: string; path: string });
    if (job.name === 'sweep') return runSweep(ctx);
    return runImport(ctx, (job.data as Data).importId);
  },
  apply: (ctx, job) => runApply(ctx, (job.data as Data).importId, (job.data as Data).batch),
  link: (ctx, job) => runLink(ctx, (job.data as Data).importId),
  evaluate: (ctx, job) => runEvaluate(ctx, (job.data as Data).importId, (job.data as Data).batch),
  route: (ctx, job) => runRoute(ctx, (job.data as Data).importId, (job.data as Data).batch),
  notify: (ctx) => runNotify(ctx),
};

const CONCURRENCY: Record<Stage, number> = { import: 2, apply: 4, link: 1, evaluate: 2, route: 4, notify: 1 };

export function startWorkers(ctx: Context): { close(): Promise<void> } {
  void cleanTempRoot(STALE_TEMP_MS).catch((err: Error) => ctx.log.warn({ err: { message: err.message } }, 'temp directory: cleaning failed'));
  const workers = (Object.keys(HANDLERS) as Stage[]).map((stage) => {
    // A crashed worker's jobs go back to the queue once their lock expires (BullMQ stalled-job check).
    const lockDuration = ctx.config.workerLockMs;
    const handle = async (job: Job) => {
      const started = performance.now();
      try {
        const result = await HANDLERS[stage](ctx, job);
        ctx.log.debug({ stage, jobId: job.id, ms: Math.round(performance.now() - started) }, 'job done');
        return result;
      } catch (err) {
        // Bad data is not retried; any other fault is, until the last attempt. Either way an
        // import whose job gives up ends as failed instead of staying under way forever.
        const again = retryHelps(err);
        if (!again || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await endImportOnFailure(ctx, stage, job.data as Partial<Data>, err).catch((e: Error) => ctx.log.error({ stage, jobId: job.id, err: { message: e.message } }, 'could not end the import as failed'));
        if (!again) throw new UnrecoverableError(err instanceof Error ? err.message : String(err));
        throw err;
      }
    };
    const w = new Worker(stage, handle, {
      connection: ctx.queues.connection,
      prefix: ctx.queues.prefix,
      concurrency: CONCURRENCY[stage],
      lockDuration,
      stalledInterval: lockDuration,
    });
    // Job data are ids only (claim check), so logging them leaks nothing.
    w.on('failed', (job, err) => {
      // A database error's message may quote the refused value: for those the SQLSTATE is logged, not the text.
      const code = (err as { code?: unknown }).code;
      const sqlState = !isKimError(err) && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
      ctx.log.warn({ stage, jobId: job?.id, attempts: job?.attemptsMade, err: sqlState ? { name: err.name, code } : { message: err.message } }, 'job failed');
    });
    w.on('error', (err) => ctx.log.error({ stage, err: { message: err.message } }, 'worker error'));
    return w;
  });
  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
