// The long-running processes: `kim-hub api`, `worker`, `scheduler` and `all` (the three in one
// process, for small municipalities and the demo). Each migrates at start and shuts down
// cleanly on SIGTERM/SIGINT: running jobs finish, the HTTP server stops accepting.
import type { Server } from 'node:http';
import { getPriority, setPriority } from 'node:os';
import { DEVELOPMENT_AUDIT_KEY } from '../audit/chain.js';
import { migrate } from '../store/migrate.js';
import { startApi } from '../api/app.js';
import { closeContext, createContext, type Context } from './context.js';
import { startScheduler } from '../../workers/intake.js';
import { startWorkers } from '../../workers/index.js';

/** What one hub process runs: the API, the stage workers, the scheduler, or several of them. */
export type ProcessRole = 'api' | 'worker' | 'scheduler';

export async function runProcess(roles: ProcessRole[]): Promise<void> {
  const ctx: Context = createContext();
  // A process of workers only lowers its CPU priority, so that on a machine it shares with the API
  // an import takes the CPU the API leaves (docs/operations.md, "Scale"). Threads started from
  // here on (the XML mapping threads, libuv's pool) inherit it; lowering never needs a privilege.
  if (roles.length === 1 && roles[0] === 'worker' && ctx.config.workerNice > getPriority()) {
    try {
      setPriority(ctx.config.workerNice);
    } catch (e) {
      ctx.log.warn({ code: (e as { code?: string }).code }, 'could not lower the worker process priority (KIM_WORKER_NICE); it runs at the priority it was started with');
    }
  }
  await migrate(ctx.db);
  // Outside production an unset KIM_AUDIT_KEY means the public development key: say so.
  if (ctx.config.auditKey === DEVELOPMENT_AUDIT_KEY) ctx.log.warn('KIM_AUDIT_KEY is not set: the audit chain uses the public development key and proves nothing');
  const closers: Array<() => Promise<void>> = [];
  if (roles.includes('worker')) {
    const w = startWorkers(ctx);
    closers.push(() => w.close());
  }
  if (roles.includes('scheduler')) await startScheduler(ctx);
  let server: Server | null = null;
  if (roles.includes('api')) {
    server = await startApi(ctx, ctx.config.apiHost);
    closers.push(() => new Promise<void>((resolve) => server!.close(() => resolve())));
  }
  ctx.log.info({ roles, port: roles.includes('api') ? ctx.config.port : undefined }, 'kim-hub running');
  const stop = async () => {
    ctx.log.info('kim-hub stopping');
    for (const close of closers) await close().catch(() => undefined);
    await closeContext(ctx).catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}
