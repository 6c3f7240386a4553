// What every process of the running hub shares: configuration, the store, the queues, the
// tenant and the policy. Built once at start; closed on shutdown.
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config.js';
import { loadPolicy } from '../policy-file.js';
import { todayInBerlin } from '../kim/dates.js';
import { log as rootLog } from '../log.js';
import { loadTenant } from '../tenant.js';
import { createPool } from '../store/db.js';
import { createQueues, type Queues } from '../../workers/queues.js';
import type { Clock, LogDeps, PolicyDeps, StoreDeps, TenantDeps } from '../../workers/deps.js';
import { setTempRoot } from '../../adapters/ebb/temp-files.js';

/** Every part a stage processor or a router may ask for (workers/deps.ts names them one by one). */
export interface Context extends StoreDeps, LogDeps, Clock, PolicyDeps, TenantDeps {
  config: Config;
  queues: Queues;
}

export function createContext(config: Config = loadConfig(), log: Logger = rootLog): Context {
  // Temporary files of the readers go to the hub's own directory, never the system's.
  setTempRoot(config.tempDir);
  return {
    config,
    // The SQLSTATE only: the message of a database error may quote data.
    db: createPool(config.databaseUrl, (err) => log.warn({ err: { name: err.name, code: (err as { code?: string }).code } }, 'database connection lost; the pool opens a new one')),
    queues: createQueues(config.redisUrl, config.queuePrefix, (err) => log.warn({ err: { message: err.message } }, 'queue connection error')),
    tenant: loadTenant(config.tenantFile),
    policy: loadPolicy(config.policyFile),
    log,
    stichtag: () => config.stichtag ?? todayInBerlin(),
  };
}

export async function closeContext(ctx: Context): Promise<void> {
  await ctx.queues.close();
  await ctx.db.end();
}
