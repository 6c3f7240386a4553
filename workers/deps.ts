// What the stage processors are given: each takes the part it needs (the pool, the queues to hand
// work on, a logger, the tenant, the policy, the Stichtag's clock, a few settings) instead of the
// whole process context, so a processor's signature says what it touches.
import type { Logger } from 'pino';
import type { Config } from '../src/config.js';
import type { Policy } from '../src/consent/index.js';
import type { Tenant } from '../src/generated/kim-types.js';
import type { Db } from '../src/store/db.js';
import type { Queues } from './queues.js';

export interface StoreDeps {
  db: Db;
}

export interface QueueDeps {
  queues: Pick<Queues, 'queue'>;
}

export interface LogDeps {
  log: Logger;
}

/** The Stichtag of evaluations: configured, or today in Europe/Berlin. */
export interface Clock {
  stichtag(): string;
}

export interface PolicyDeps {
  policy: Policy;
}

export interface TenantDeps {
  tenant: Tenant;
}

/** Some of the settings (src/config.ts). */
export interface Settings<K extends keyof Config> {
  config: Pick<Config, K>;
}
