// A hub for one fault test, run as the real processes (`node bin/kim-hub.js worker|api|scheduler`)
// against a Redis and PostgreSQL given by URL: its own database and key prefix, so fault tests
// never meet each other or the rest of the suite. The test reaches the hub only through those
// processes, the CLI, HTTP and the two stores, so it keeps working wherever the hub's modules move.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { sleep } from './services.js';

const run = promisify(execFile);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'kim-hub.js');
export const SHARED_ADMIN_URL = process.env.KIM_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const SHARED_REDIS_URL = process.env.KIM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type Role = 'api' | 'worker' | 'scheduler' | 'all';

export interface HubProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** SIGKILL: no shutdown handler runs, the jobs it held stay active until their lock expires. */
  kill(): Promise<void>;
}

export interface FaultHub {
  env: Record<string, string>;
  db: pg.Pool;
  redis: Redis;
  /** The Redis key of one of the hub's queue lists (`active`, `wait`, …). */
  queueKey(stage: string, list: string): string;
  logs: string[];
  start(role: Role, env?: Record<string, string>): HubProcess;
  /** `kim-hub import FILE`: returns the import's id. */
  queueImport(file: string, source?: string): Promise<string>;
  cli(args: string[]): Promise<string>;
  close(): Promise<void>;
}

export interface HubOptions {
  adminUrl?: string;
  redisUrl?: string;
  env?: Record<string, string>;
}

/** A child process's output, line by line, into `logs`. */
function collectLines(stream: NodeJS.ReadableStream | null, logs: string[]): void {
  let rest = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    logs.push(...lines.filter(Boolean));
  });
}

async function dropDatabase(adminUrl: string, dbName: string): Promise<void> {
  const a = new pg.Client({ connectionString: adminUrl });
  await a.connect().then(
    async () => {
      await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await a.end();
    },
    () => undefined, // a private cluster already stopped takes its databases with it
  );
}

export async function createFaultHub(options: HubOptions = {}): Promise<FaultHub> {
  const adminUrl = options.adminUrl ?? SHARED_ADMIN_URL;
  const redisUrl = options.redisUrl ?? SHARED_REDIS_URL;
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const dbName = `kim_fault_${id}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const spool = mkdtempSync(path.join(tmpdir(), 'kim-fault-spool-'));
  const prefix = `kimfault-${id}`;
  const env: Record<string, string> = {
    DATABASE_URL: adminUrl.replace(/\/[^/]*$/, `/${dbName}`),
    REDIS_URL: redisUrl,
    KIM_QUEUE_PREFIX: prefix,
    KIM_SPOOL_DIR: spool,
    KIM_STICHTAG: '2026-11-23',
    KIM_TENANT_FILE: path.join(ROOT, 'examples', 'kreis-mettmann', 'tenant-05158.json'),
    // A killed worker's jobs come back after 2 s instead of 30 s.
    KIM_WORKER_LOCK_MS: '2000',
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
  // The fault tests restart PostgreSQL under this pool too: an idle client's error is expected.
  db.on('error', () => undefined);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  redis.on('error', () => undefined);
  const logs: string[] = [];
  const processes: HubProcess[] = [];
  const capture = (stream: NodeJS.ReadableStream | null) => collectLines(stream, logs);
  const cli = async (args: string[]) => (await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, maxBuffer: 16 * 1024 * 1024 })).stdout;
  // The schema before any process starts: tests look at the tables from the first moment.
  await cli(['migrate']);
  return {
    env,
    db,
    redis,
    logs,
    queueKey: (stage, list) => `{${prefix}}:${stage}:${list}`,
    start(role, extra = {}) {
      const child = spawn(process.execPath, [BIN, role], { env: { ...process.env, ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
      capture(child.stdout);
      capture(child.stderr);
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      const p: HubProcess = {
        child,
        exited,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      };
      processes.push(p);
      return p;
    },
    async queueImport(file, source) {
      const out = await cli(['import', ...(source ? ['--source', source] : []), file]);
      return (JSON.parse(out) as Array<{ id: string }>)[0]!.id;
    },
    cli,
    async close() {
      await Promise.all(processes.map((p) => p.kill()));
      await redis.quit().catch(() => redis.disconnect());
      await db.end().catch(() => undefined);
      await dropDatabase(adminUrl, dbName);
      rmSync(spool, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds; returns the milliseconds it took. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 90_000, everyMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not after ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

export interface ImportRow {
  status: string;
  error_code: string | null;
  records_read: number | null;
}

export async function importRow(hub: FaultHub, id: string): Promise<ImportRow | undefined> {
  return (await hub.db.query<ImportRow>('SELECT status, error_code, records_read FROM imports WHERE id = $1', [id])).rows[0];
}

/** Waits until the import is done, failed or held; returns its row. */
export async function settled(hub: FaultHub, id: string, timeoutMs = 120_000): Promise<ImportRow> {
  let row: ImportRow | undefined;
  await waitFor(`import ${id}`, async () => ['done', 'failed', 'held'].includes((row = await importRow(hub, id))?.status ?? ''), timeoutMs);
  return row!;
}

export const count = async (hub: FaultHub, sql: string, params: unknown[] = []): Promise<number> => Number((await hub.db.query<{ n: string }>(sql, params)).rows[0]!.n ?? 0);

/**
 * What the store holds of a source: its current records, and the duplicates: a key with more
 * than one current version, a version stored twice for a file read once (the fault tests import
 * each record once, so every record has exactly one version), a signal created twice.
 */
export async function figures(hub: FaultHub, source = 'abh'): Promise<{ stored: number; duplicates: number }> {
  const stored = await count(hub, 'SELECT count(*) AS n FROM source_records WHERE valid_to IS NULL AND source = $1', [source]);
  const versions = await count(hub, 'SELECT count(*) - count(DISTINCT source_record_id) AS n FROM source_records WHERE source = $1', [source]);
  const signals = await count(
    hub,
    `SELECT count(*) AS n FROM (SELECT kim_id, type, recipient_id FROM signal_events e JOIN signals s ON s.id = e.signal_id
       WHERE e.event = 'created' GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
  );
  return { stored, duplicates: versions + signals };
}

/** The one line every fault test prints: the figures of the closing note's table. */
export function reportFault(name: string, f: { recordsIn: number; stored: number; duplicates: number; recoveryMs: number | null }): string {
  const line = `fault: ${name} | records in ${f.recordsIn} | stored ${f.stored} | duplicates ${f.duplicates} | recovery ${f.recoveryMs === null ? '-' : (f.recoveryMs / 1000).toFixed(1)} s`;
  process.stdout.write(`${line}\n`);
  return line;
}

/**
 * Holds an exclusive lock on `table` until released: a stage that writes it stops right there, in
 * the middle of its batch, with its job active. `stuck()` says whether some session waits for it.
 */
export async function blockTable(hub: FaultHub, table: string): Promise<{ stuck(): Promise<boolean>; release(): Promise<void> }> {
  const client = await hub.db.connect();
  try {
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
    throw e;
  }
  return {
    stuck: async () => (await count(hub, `SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND relation = $1::regclass`, [table])) > 0,
    async release() {
      await client.query('COMMIT').catch(() => undefined);
      client.release();
    },
  };
}

/** Starts `kim-hub api` on a free port and an import key for the ABH of the samples; resolves once /healthz answers. */
export async function startApi(hub: FaultHub, port: number): Promise<{ base: string; key: string; process: HubProcess }> {
  const key = (await hub.cli(['apikey-create', '--name', 'fault test', '--source', 'abh', '--authority', 'ABH-05158'])).trim();
  const process = hub.start('api', { PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  await waitFor('the api', async () => (await fetch(`${base}/healthz`)).ok, 60_000);
  return { base, key, process };
}

/** POST /imports with the file as multipart field "file": the status code, the problem's title, the import id. */
export async function upload(api: { base: string; key: string }, file: string, bytes: Uint8Array): Promise<{ status: number; title?: string; id?: string }> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), path.basename(file));
  const res = await fetch(`${api.base}/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${api.key}` } });
  const body = (await res.json().catch(() => ({}))) as { id?: string; title?: string };
  return { status: res.status, ...(body.title ? { title: body.title } : {}), ...(body.id ? { id: body.id } : {}) };
}
