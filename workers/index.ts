// `kim-hub worker`: one BullMQ worker per stage in this process. Stateless: start as many
// processes on as many machines as the load needs; Redis and PostgreSQL are the shared state.
// The one place the stage processors are wired to their queues and their dependencies.
import { Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { cleanTempRoot } from '../adapters/ebb/temp-files.js';
import { isKimError } from '../src/errors/registry.js';
import type { Config } from '../src/config.js';
import type { Policy } from '../src/consent/index.js';
import type { Tenant } from '../src/generated/kim-types.js';
import { loadPersons } from '../src/store/read/persons.js';
import type { Db } from '../src/store/db.js';
import { endStalledImport, failJob, sqlState, stalledTooOften } from './failures.js';
import { runDropScan, runSync } from './intake.js';
import { checkJobData, jobSchema, type BatchJob, type ImportJob, type SyncJob } from './job-data.js';
import type { Queues, Stage } from './queues.js';
import { applyBatch } from './stages/apply.js';
import { evaluateBatch } from './stages/evaluate.js';
import { readImport } from './stages/import.js';
import { linkImport } from './stages/link.js';
import { sendNotifications } from './stages/notify.js';
import { routeBatch } from './stages/route.js';
import { runSweep, STALE_TEMP_MS } from './sweep.js';

/** Everything some stage needs; each processor takes only its part of it. */
export interface WorkerDeps {
  config: Config;
  db: Db;
  queues: Queues;
  tenant: Tenant;
  policy: Policy;
  log: Logger;
  stichtag(): string;
}

const HANDLERS: Record<Stage, (deps: WorkerDeps, job: Job, data: unknown) => Promise<unknown>> = {
  import: (deps, job, data) => {
    if (job.name === 'drop-scan') return runDropScan(deps);
    if (job.name === 'sync') return runSync(deps, data as SyncJob);
    if (job.name === 'sweep') return runSweep(deps);
    return readImport(deps, (data as ImportJob).importId);
  },
  apply: (deps, _job, data) => applyBatch(deps, (data as BatchJob).importId, (data as BatchJob).batch),
  link: (deps, _job, data) => linkImport(deps, (data as ImportJob).importId),
  evaluate: (deps, _job, data) => evaluateBatch({ ...deps, persons: (kimIds) => loadPersons(deps, kimIds) }, (data as BatchJob).importId, (data as BatchJob).batch),
  route: (deps, _job, data) => routeBatch(deps, (data as BatchJob).importId, (data as BatchJob).batch),
  notify: (deps) => sendNotifications(deps),
};

const CONCURRENCY: Record<Stage, number> = { import: 2, apply: 4, link: 1, evaluate: 2, route: 4, notify: 1 };

export function startWorkers(deps: WorkerDeps): { close(): Promise<void> } {
  void cleanTempRoot(STALE_TEMP_MS).catch((err: Error) => deps.log.warn({ err: { message: err.message } }, 'temp directory: cleaning failed'));
  const workers = (Object.keys(HANDLERS) as Stage[]).map((stage) => {
    // A crashed worker's jobs go back to the queue once their lock expires (BullMQ stalled-job check).
    const lockDuration = deps.config.workerLockMs;
    const handle = async (job: Job) => {
      const started = performance.now();
      try {
        const data = checkJobData(jobSchema(stage, job.name), job.data);
        const result = await HANDLERS[stage](deps, job, data);
        // The process's resident memory after each job: which stage drives a worker's peak.
        deps.log.debug({ stage, jobId: job.id, ms: Math.round(performance.now() - started), rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20) }, 'job done');
        return result;
      } catch (err) {
        // Bad data is not retried; any other fault is, until the last attempt (workers/failures.ts).
        return failJob(deps, stage, job, err, (e) => deps.log.error({ stage, jobId: job.id, err: { message: e.message } }, 'could not end the import as failed'));
      }
    };
    const w = new Worker(stage, handle, {
      connection: deps.queues.connection,
      prefix: deps.queues.prefix,
      concurrency: CONCURRENCY[stage],
      lockDuration,
      stalledInterval: lockDuration,
      // A job may lose its lock twice (a worker killed, then one starved of CPU) before BullMQ fails it.
      maxStalledCount: 2,
    });
    // Job data are ids only (claim check), so logging them leaks nothing.
    w.on('failed', (job, err) => {
      // A database error's message may quote the refused value: for those the SQLSTATE is logged, not the text.
      const code = sqlState(err);
      const bySqlState = !isKimError(err) && code !== null;
      deps.log.warn({ stage, jobId: job?.id, attempts: job?.attemptsMade, err: bySqlState ? { name: err.name, code } : { message: err.message } }, 'job failed');
      if (job && stalledTooOften(err)) void endStalledImport(deps, stage, job, err).catch((e: Error) => deps.log.error({ stage, jobId: job.id, err: { message: e.message } }, 'could not end the import as failed'));
    });
    w.on('error', (err) => deps.log.error({ stage, err: { message: err.message } }, 'worker error'));
    return w;
  });
  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
