// What the read repositories need of the running hub. Each function takes the part it uses
// (a Pick of this), never the whole process Context: a pool, the tenant and policy files, and the
// clock of the read models (the Stichtag every evaluation on a read is made for).
import type { Policy } from '../../consent/index.js';
import type { Tenant } from '../../generated/kim-types.js';
import type { Queryable } from '../db.js';

export interface ReadDeps {
  db: Queryable;
  tenant: Tenant;
  policy: Policy;
  /** The Stichtag of evaluations: configured, or today in Europe/Berlin. */
  stichtag(): string;
}
