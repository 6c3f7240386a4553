// What the command modules share: option parsers, the lazy loaders of the running hub's modules
// and the wrappers that open and close a pool or a context around one command.
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { InvalidArgumentError } from 'commander';
import type { Source } from '../../adapters/types.js';
import { SOURCES } from '../generated/enums.js';
import { parseKimDate, isComplete } from '../kim/dates.js';
import { loadConfig, type Config } from '../config.js';
// The running hub's modules (pg, ioredis, BullMQ, Express, …) are loaded by the commands that
// use them, not at start: `inspect`, `evaluate` and `dry-run` need none of them, and loading them
// at start made every such call noticeably slower (figures in docs/performance.md).
import type { Context } from '../service/context.js';
import type { Db } from '../store/db.js';

export const service = {
  context: () => import('../service/context.js'),
  demo: () => import('../service/demo.js'),
  backlog: async () => ({ ...(await import('../store/read/backlog.js')), ...(await import('../exports/backlog.js')) }),
  report: async () => ({ ...(await import('../store/read/report.js')), ...(await import('../exports/report.js')) }),
  imports: () => import('../service/imports.js'),
  importsStore: () => import('../store/imports.js'),
  processes: () => import('../service/processes.js'),
  db: () => import('../store/db.js'),
  migrate: async (db: Db) => (await import('../store/migrate.js')).migrate(db),
  roles: () => import('../store/roles.js'),
  audit: () => import('../audit/log.js'),
};

export function sourceOption(value: string): Source {
  if (!(SOURCES as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${SOURCES.join(', ')}`);
  return value as Source;
}

export function dateOption(value: string): string {
  const parsed = parseKimDate(value);
  if (!parsed.ok || !isComplete(parsed.date)) throw new InvalidArgumentError('a complete date YYYY-MM-DD');
  return parsed.date;
}

export const EXIT_HELP = `
Exit codes:
  0   every record of every file was accepted
  2   some records were rejected (listed on stderr); all others were read
  3   at least one file could not be read at all
  4   audit-verify: the audit chain is broken
  64  wrong arguments
  1   internal error`;

/** The actor of an audit entry written by the command line: the OS user. */
export function cliActor(): string {
  return `cli:${userInfo().username}`;
}

/**
 * Runs `fn` with a pool on DATABASE_URL (or, `asOwner`, on KIM_MIGRATE_DATABASE_URL) and closes
 * it afterwards, for the commands that need only the store.
 */
export async function withPool<T>(fn: (db: Db, config: Config) => Promise<T>, asOwner = false): Promise<T> {
  const config = loadConfig();
  const db = (await service.db()).createPool(asOwner ? config.migrateDatabaseUrl : config.databaseUrl);
  try {
    return await fn(db, config);
  } finally {
    await db.end();
  }
}

/** The hub's context for one command (pool, queues, tenant, policy), closed however the command ends. */
export async function withContext<T>(fn: (ctx: Context) => Promise<T>): Promise<T> {
  const { createContext, closeContext } = await service.context();
  const ctx = createContext();
  try {
    return await fn(ctx);
  } finally {
    await closeContext(ctx);
  }
}

/** A list or report read on the command line: audited like an API read (the OS user as actor), then written to --out or stdout. */
export async function auditedOutput(ctx: Context, entry: { role: string; action: string; subject: string; purpose: string; details: Record<string, unknown> }, body: string | Buffer, out: string | undefined): Promise<void> {
  await (await service.audit()).appendAudit(ctx.db, ctx.config.auditKey, { actor: cliActor(), tenant: ctx.tenant.tenant, ...entry });
  if (out) writeFileSync(out, body);
  else process.stdout.write(body);
}
