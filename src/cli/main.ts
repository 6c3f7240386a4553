// The kim-hub command line: one subcommand per job, each a thin shell around the pure stages.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { Source } from '../../adapters/types.js';
import { SOURCES } from '../generated/enums.js';
import { isKimError, KimError } from '../errors/registry.js';
import { parseKimDate, isComplete, todayInBerlin } from '../kim/dates.js';
import { examplesDir } from '../paths.js';
import { EXIT } from './exit-codes.js';
import { exitCodeFor, formatSummary, inspectFile, type FileSummary } from './inspect.js';
import { runEvaluate } from './evaluate.js';
import { runDryRun } from './dry-run.js';
import { loadConfig, type Config } from '../config.js';
// The running hub's modules (pg, ioredis, BullMQ, Express, …) are loaded by the commands that
// use them, not at start: `inspect`, `evaluate` and `dry-run` need none of them, and loading them
// took a second of every such call (a fifth of inspecting a 100,000-person export).
import type { Context } from '../service/context.js';
import { userInfo } from 'node:os';
import { API_KEY_SCOPES, createApiKey, KEY_SOURCES, keyBoundsProblem, revokeApiKey } from '../auth/api-keys.js';
import { loadTenant } from '../tenant.js';
import type { Db } from '../store/db.js';
import { appRoleNameProblem, DEFAULT_APP_ROLE } from '../store/app-role.js';

const service = {
  context: () => import('../service/context.js'),
  demo: () => import('../service/demo.js'),
  backlog: async () => ({ ...(await import('../store/read/backlog.js')), ...(await import('../exports/backlog.js')) }),
  report: async () => ({ ...(await import('../store/read/report.js')), ...(await import('../exports/report.js')) }),
  imports: () => import('../service/imports.js'),
  processes: () => import('../service/processes.js'),
  db: () => import('../store/db.js'),
  migrate: async (db: Db) => (await import('../store/migrate.js')).migrate(db),
  roles: () => import('../store/roles.js'),
  audit: () => import('../audit/log.js'),
};


function sourceOption(value: string): Source {
  if (!(SOURCES as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${SOURCES.join(', ')}`);
  return value as Source;
}

function dateOption(value: string): string {
  const parsed = parseKimDate(value);
  if (!parsed.ok || !isComplete(parsed.date)) throw new InvalidArgumentError('a complete date YYYY-MM-DD');
  return parsed.date;
}

const EXIT_HELP = `
Exit codes:
  0   every record of every file was accepted
  2   some records were rejected (listed on stderr); all others were read
  3   at least one file could not be read at all
  4   audit-verify: the audit chain is broken
  64  wrong arguments
  1   internal error`;

/**
 * Runs `fn` with a pool on DATABASE_URL (or, `asOwner`, on KIM_MIGRATE_DATABASE_URL) and closes
 * it afterwards, for the commands that need only the store.
 */
async function withPool<T>(fn: (db: Db, config: Config) => Promise<T>, asOwner = false): Promise<T> {
  const config = loadConfig();
  const db = (await service.db()).createPool(asOwner ? config.migrateDatabaseUrl : config.databaseUrl);
  try {
    return await fn(db, config);
  } finally {
    await db.end();
  }
}

/** The hub's context for one command (pool, queues, tenant, policy), closed however the command ends. */
async function withContext<T>(fn: (ctx: Context) => Promise<T>): Promise<T> {
  const { createContext, closeContext } = await service.context();
  const ctx = createContext();
  try {
    return await fn(ctx);
  } finally {
    await closeContext(ctx);
  }
}

/** A list or report read on the command line: audited like an API read (the OS user as actor), then written to --out or stdout. */
async function auditedOutput(ctx: Context, entry: { role: string; action: string; subject: string; purpose: string; details: Record<string, unknown> }, body: string | Buffer, out: string | undefined): Promise<void> {
  await (await service.audit()).appendAudit(ctx.db, ctx.config.auditKey, { actor: `cli:${userInfo().username}`, tenant: ctx.tenant.tenant, ...entry });
  if (out) writeFileSync(out, body);
  else process.stdout.write(body);
}

const DEMO_DIR = path.join(examplesDir, 'kreis-mettmann');
const DEMO_STICHTAG = '2026-11-23';

function buildProgram(): Command {
  const program = new Command('kim-hub')
    .description('Integration hub for the Kommunales Integrationsmanagement (KIM) in NRW')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('inspect')
    .description('read exports and print their normalised records as NDJSON (summary on stderr)')
    .option('--source <source>', `force the source instead of detecting it (${SOURCES.join(', ')})`, sourceOption)
    .argument('<file...>', 'export files (XML, CSV, XLSX, JSON)')
    .addHelpText('after', EXIT_HELP)
    .action(async (files: string[], opts: { source?: Source }) => {
      const summaries: FileSummary[] = [];
      for (const file of files) {
        summaries.push(await inspectFile(file, { ...(opts.source ? { source: opts.source } : {}), out: process.stdout, err: process.stderr }));
      }
      process.stderr.write(formatSummary(summaries));
      process.exitCode = exitCodeFor(summaries);
    });

  program
    .command('evaluate')
    .description('evaluate residence and naturalisation law for one KIM person document (JSON)')
    .requiredOption('--at <date>', 'the Stichtag, YYYY-MM-DD', dateOption, todayInBerlin())
    .argument('<file>', 'a KIM person document as produced by linkage (schemas/kim-person.schema.json)')
    .action(async (file: string, opts: { at: string }) => {
      process.stdout.write(JSON.stringify(runEvaluate(readFileSync(file, 'utf8'), opts.at), null, 2) + '\n');
    });

  program
    .command('dry-run')
    .description('read, link, decide consent, evaluate and route: print the signals the hub would raise')
    .requiredOption('--tenant <file>', 'the tenant configuration (JSON)')
    .requiredOption('--at <date>', 'the Stichtag, YYYY-MM-DD', dateOption)
    .option('--format <format>', 'json or table', 'table')
    .argument('<file...>', 'export files of any source, detected from their content')
    .addHelpText('after', EXIT_HELP)
    .action(async (files: string[], opts: { tenant: string; at: string; format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'table') throw new KimError('KIM_ERR_CLI_USAGE', '--format must be json or table');
      process.exitCode = await runDryRun({ files, tenantFile: opts.tenant, stichtag: opts.at, format: opts.format, out: process.stdout });
    });

  program
    .command('migrate')
    .description('apply the database migrations as the owner (KIM_MIGRATE_DATABASE_URL, else DATABASE_URL); refreshes the grants of kim_app if it exists')
    .action(() =>
      withPool(async (db) => {
        const applied = await service.migrate(db);
        process.stdout.write(applied.length ? `applied migrations ${applied.join(', ')}\n` : 'database is current\n');
        if ((await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [DEFAULT_APP_ROLE])).rowCount) {
          await (await service.roles()).grantAppPrivileges(db, DEFAULT_APP_ROLE);
          process.stdout.write(`privileges of ${DEFAULT_APP_ROLE} refreshed\n`);
        }
      }, true),
    );

  program
    .command('db-roles')
    .description('create or update the least-privilege role the hub runs as (owns nothing; audit_log insert and select only), as the owner (KIM_MIGRATE_DATABASE_URL)')
    .option('--role <name>', 'the role', DEFAULT_APP_ROLE)
    .action((opts: { role: string }) =>
      withPool(async (db) => {
        const problem = appRoleNameProblem(opts.role);
        if (problem) throw new KimError('KIM_ERR_CLI_USAGE', problem);
        await service.migrate(db);
        // The password comes from the environment, never the command line (ps would show it).
        await (await service.roles()).createAppRole(db, opts.role, process.env.KIM_APP_DB_PASSWORD || null);
        process.stdout.write(`role ${opts.role} ready (${process.env.KIM_APP_DB_PASSWORD ? 'login with KIM_APP_DB_PASSWORD' : 'no password given: a new role is NOLOGIN, an existing one keeps its login'}); run the hub with DATABASE_URL as ${opts.role}\n`);
      }, true),
    );

  program
    .command('import')
    .description('queue export files for import into the running hub (copies them into the spool)')
    .option('--source <source>', `force the source instead of detecting it (${SOURCES.join(', ')})`, sourceOption)
    .option('--wait', 'wait until the imports are done, showing their progress on stderr, and print their status')
    .argument('<file...>', 'export files')
    .action((files: string[], opts: { source?: Source; wait?: boolean }) =>
      withContext(async (ctx) => {
        await service.migrate(ctx.db);
        const ids = [];
        for (const file of files) ids.push(await (await service.imports()).createImport(ctx, { file, trigger: 'cli', how: 'copy', ...(opts.source ? { source: opts.source } : {}) }));
        // The same progress as the Betrieb page of the web workplace, one line per change.
        if (opts.wait) await (await import('../service/import-progress.js')).watchImports(ctx.db, ids.map((id, i) => ({ id, name: path.basename(files[i]!) })), process.stderr);
        const out = opts.wait ? await (await service.imports()).waitForImports(ctx, ids, 3_600_000) : ids.map((id) => ({ id, status: 'queued' }));
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      }),
    );

  program
    .command('import-confirm')
    .description('confirm a held full snapshot (status held): it then closes the records it no longer contains')
    .argument('<id>', 'the import id')
    .action((id: string) =>
      withContext(async (ctx) => {
        if (!/^[0-9a-f-]{36}$/.test(id)) throw new KimError('KIM_ERR_CLI_USAGE', `${id} is not an import id`);
        const held = (await ctx.db.query<{ error: string | null }>("SELECT error FROM imports WHERE id = $1 AND status = 'held'", [id])).rows[0];
        if (!held || !(await (await service.imports()).confirmHeldImport(ctx, id))) throw new KimError('KIM_ERR_CLI_USAGE', `import ${id} is not held`);
        await (await service.audit()).appendAudit(ctx.db, ctx.config.auditKey, { actor: `cli:${userInfo().username}`, role: 'it_admin', tenant: ctx.tenant.tenant, action: 'confirm_snapshot', subject: id, purpose: 'operations', details: { heldFor: held.error } });
        process.stdout.write(`import ${id} confirmed; it closes what the snapshot no longer contains\n`);
      }),
    );

  program
    .command('backlog')
    .description("print an EBB's backlog of pending naturalisation applications (JSON, CSV or XLSX)")
    .requiredOption('--ebb <id>', 'the EBB authority id of the tenant file, e.g. EBB-05158')
    .option('--format <format>', 'json, csv or xlsx (xlsx needs --out)', 'json')
    .option('--order <order>', 'oldest or ready_first', 'oldest')
    .option('--team <team>', 'only this team')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { ebb: string; format: string; order: string; team?: string; out?: string }) => {
      if (!['json', 'csv', 'xlsx'].includes(opts.format)) throw new KimError('KIM_ERR_CLI_USAGE', '--format must be json, csv or xlsx');
      if (!['oldest', 'ready_first'].includes(opts.order)) throw new KimError('KIM_ERR_CLI_USAGE', '--order must be oldest or ready_first');
      if (opts.format === 'xlsx' && !opts.out) throw new KimError('KIM_ERR_CLI_USAGE', '--format xlsx needs --out FILE');
      await withContext(async (ctx) => {
        if (!ctx.tenant.authorities.some((a) => a.kind === 'ebb' && a.id === opts.ebb)) throw new KimError('KIM_ERR_CLI_USAGE', `no EBB ${opts.ebb} in the tenant file`);
        const { backlogCsv, backlogXlsx, loadBacklog } = await service.backlog();
        const entries = await loadBacklog(ctx, opts.ebb, { order: opts.order as 'oldest' | 'ready_first', ...(opts.team ? { team: opts.team } : {}) });
        const body = opts.format === 'xlsx' ? await backlogXlsx(entries) : opts.format === 'csv' ? backlogCsv(entries) : `${JSON.stringify(entries, null, 2)}\n`;
        const audit = { role: 'ebb_b3', action: 'export_backlog', subject: `backlog:${opts.ebb}`, purpose: 'backlog', details: { format: opts.format, persons: [...new Set(entries.map((e) => e.kimId))] } };
        await auditedOutput(ctx, audit, body, opts.out);
      });
    });

  program
    .command('report')
    .description('print the controlling report for the state: per municipality and month, counts below five suppressed (JSON or CSV)')
    .option('--from <month>', 'first month, YYYY-MM (default: twelve months up to the report date)')
    .option('--to <month>', "last month, YYYY-MM (default: the report date's month)")
    .option('--format <format>', 'json or csv', 'json')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { from?: string; to?: string; format: string; out?: string }) => {
      if (!['json', 'csv'].includes(opts.format)) throw new KimError('KIM_ERR_CLI_USAGE', '--format must be json or csv');
      await withContext(async (ctx) => {
        const { loadControllingReport, reportCsv } = await service.report();
        const report = await loadControllingReport(ctx, { ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) });
        const body = opts.format === 'csv' ? reportCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
        const audit = { role: 'coordinator', action: 'read_report', subject: `report:${ctx.tenant.tenant}`, purpose: 'controlling', details: { format: opts.format, months: report.months } };
        await auditedOutput(ctx, audit, body, opts.out);
      });
    });

  program
    .command('audit-verify')
    .description('recompute the keyed chain of the audit log (KIM_AUDIT_KEY); exit 4 names the first edited or missing entry')
    .option('--expect-head <id:hmac>', 'a head printed by an earlier run and kept outside the hub: it must still be in the chain')
    .action((opts: { expectHead?: string }) =>
      withPool(async (db, config) => {
        const m = opts.expectHead === undefined ? null : /^(\d{1,19}):([0-9a-f]{64})$/.exec(opts.expectHead);
        if (opts.expectHead !== undefined && !m) throw new KimError('KIM_ERR_CLI_USAGE', '--expect-head is the id and HMAC of a printed head, as id:hmac');
        const report = await (await service.audit()).verifyAuditChain(db, config.auditKey, 5000, m ? { id: m[1]!, hmac: m[2]! } : null);
        if (report.ok) process.stdout.write(`audit log intact: ${report.entries} entries, head ${report.head ? `${report.headId}:${report.head}` : '(empty)'}\n`);
        else process.stdout.write(`audit log BROKEN at entry ${report.broken!.id}: ${report.broken!.problem} (${report.entries} entries checked)\n`);
        process.exitCode = report.ok ? EXIT.OK : EXIT.AUDIT_BROKEN;
      }),
    );

  program
    .command('apikey-create')
    .description('create an API key for an office export job (printed once; only its hash is stored)')
    .requiredOption('--name <name>', 'what the key is for, e.g. "ABH nightly export"')
    .option('--scope <scope...>', `scopes (${API_KEY_SCOPES.join(', ')})`, ['imports'])
    .option('--source <source...>', `for an import key: the sources it delivers (${KEY_SOURCES.join(', ')}; consent only alone, the case managers' channel)`)
    .option('--authority <id>', 'for an import key: the office it delivers for (for abh an ABH of the tenant file; the export must name it)')
    .action(async (opts: { name: string; scope: string[]; source?: string[]; authority?: string }) => {
      const bad = opts.scope.filter((s) => !(API_KEY_SCOPES as readonly string[]).includes(s));
      if (bad.length) throw new KimError('KIM_ERR_CLI_USAGE', `unknown scope ${bad.join(', ')}; known: ${API_KEY_SCOPES.join(', ')}`);
      await withPool(async (db, config) => {
        const tenantFile = loadTenant(config.tenantFile);
        const tenant = tenantFile.tenant;
        const input = { tenant, name: opts.name, scopes: opts.scope, sources: opts.source ?? [], authority: opts.authority ?? null };
        const problem = keyBoundsProblem(input, tenantFile);
        if (problem) throw new KimError('KIM_ERR_CLI_USAGE', problem);
        await service.migrate(db);
        const { id, key } = await createApiKey(db, input);
        await (await service.audit()).appendAudit(db, config.auditKey, { actor: `cli:${userInfo().username}`, role: 'it_admin', tenant, action: 'apikey_create', subject: `api_key:${id}`, purpose: 'operations', details: { scopes: opts.scope, sources: input.sources, authority: input.authority } });
        process.stdout.write(`${key}\n`);
        process.stderr.write(`api key ${id} created${input.sources.length ? ` for ${input.sources.join(', ')} of ${input.authority}` : ''}; store it now, it cannot be shown again\n`);
      });
    });

  program
    .command('apikey-revoke')
    .description('revoke an API key by its id')
    .argument('<id>', 'the id printed when the key was created (the part after kimk_ before the dot)')
    .action((id: string) =>
      withPool(async (db, config) => {
        if (!(await revokeApiKey(db, id))) throw new KimError('KIM_ERR_CLI_USAGE', `no active api key ${id}`);
        await (await service.audit()).appendAudit(db, config.auditKey, { actor: `cli:${userInfo().username}`, role: 'it_admin', action: 'apikey_revoke', subject: `api_key:${id}`, purpose: 'operations' });
        process.stdout.write(`api key ${id} revoked\n`);
      }),
    );

  for (const [name, roles, what] of [
    ['api', ['api'], 'run the HTTP API (uploads, imports, quarantine, inboxes)'],
    ['worker', ['worker'], 'run the queue workers of every stage (start several to scale)'],
    ['scheduler', ['scheduler'], 'register the scheduled syncs and drop-folder polling (safe to run several)'],
    ['all', ['api', 'worker', 'scheduler'], 'api, workers and scheduler in one process (small municipalities, demo)'],
  ] as const) {
    program
      .command(name)
      .description(what)
      .action(async () => (await service.processes()).runProcess([...roles]));
  }

  program
    .command('demo')
    .description(`import the shipped Kreis Mettmann samples into a fresh hub as of ${DEMO_STICHTAG} and print every inbox`)
    .option('--serve', 'then keep the hub with its web workplace and a local identity provider running on 127.0.0.1 (PORT), printing a sign-in for each role')
    .action(async (opts: { serve?: boolean }) => {
      const files = readdirSync(DEMO_DIR).filter((f) => /\.(xml|csv|xlsx)$/.test(f)).sort().map((f) => path.join(DEMO_DIR, f));
      const config = loadConfig();
      const { servicesReachable, runServiceDemo } = await service.demo();
      if (await servicesReachable(config.databaseUrl.replace(/\/[^/]*$/, '/postgres'), config.redisUrl)) {
        process.stdout.write(`kim-hub demo: the hub with PostgreSQL and Redis, sample exports of Kreis Mettmann (${DEMO_DIR})\n`);
        await runServiceDemo(files, DEMO_STICHTAG, process.stdout, { serve: opts.serve === true });
        process.exitCode = EXIT.OK;
        return;
      }
      process.stdout.write(`PostgreSQL or Redis not reachable (see README): showing the dry run instead${opts.serve ? ' (--serve needs them)' : ''}.\n\n`);
      process.stdout.write(`kim-hub demo: sample exports of Kreis Mettmann (${DEMO_DIR})\n\nWhat each file holds:\n`);
      const summaries: FileSummary[] = [];
      for (const file of files) summaries.push(await inspectFile(file, { out: null, err: process.stderr }));
      process.stdout.write(formatSummary(summaries) + `\nWhat the hub would signal (dry run, Stichtag ${DEMO_STICHTAG}):\n\n`);
      await runDryRun({ files, tenantFile: path.join(DEMO_DIR, 'tenant-05158.json'), stichtag: DEMO_STICHTAG, format: 'table', out: process.stdout });
      process.exitCode = EXIT.OK;
    });

  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') {
      process.exitCode = EXIT.OK;
    } else if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
      process.exitCode = EXIT.USAGE;
    } else if (isKimError(e)) {
      process.stderr.write(`kim-hub: ${e.message} [${e.code}]\n`);
      process.exitCode = e.code === 'KIM_ERR_CLI_USAGE' || e.code === 'KIM_ERR_REPORT_PERIOD' ? EXIT.USAGE : EXIT.FILE_UNREADABLE;
    } else {
      process.stderr.write(`kim-hub: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = EXIT.INTERNAL;
    }
  }
}

await main(process.argv);
