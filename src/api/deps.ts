// What the API needs of the running hub, named part by part so each router takes only what it
// uses. A process Context (src/service/context.ts) has all of it and can be passed as it is.
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Policy } from '../consent/index.js';
import type { Tenant } from '../generated/kim-types.js';
import type { Db } from '../store/db.js';
import type { Queues } from '../../workers/queues.js';

export interface ApiDeps {
  db: Db;
  queues: Queues;
  tenant: Tenant;
  policy: Policy;
  log: Logger;
  /** The Stichtag of evaluations: configured, or today in Europe/Berlin. */
  stichtag(): string;
  config: Pick<Config, 'trustProxy' | 'oidc' | 'auditKey' | 'spoolDir' | 'uploadMaxBytes' | 'port' | 'web'>;
}
