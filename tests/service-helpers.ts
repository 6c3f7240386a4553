// A private hub for one test file: its own PostgreSQL database and Redis key prefix, so test
// runs never collide, and everything dropped at the end.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startWorkers } from '../workers/index.js';
import { afterAll, beforeAll, expect } from 'vitest';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import type { Readable } from 'node:stream';
import { readExport } from '../adapters/index.js';
import { createLogger } from '../src/log.js';
import { loadConfig, type Config } from '../src/config.js';
import { closeContext, createContext, type Context } from '../src/service/context.js';
import type { Queryable } from '../src/store/db.js';
import { STAGES } from '../workers/queues.js';
import { migrate } from '../src/store/migrate.js';
import { examplesDir } from '../src/paths.js';

export const ADMIN_URL = process.env.KIM_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.KIM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestHub {
  ctx: Context;
  config: Config;
  env: Record<string, string>;
  /** Every log line of this hub (debug level), its own and those of child processes handed to `capture`. */
  logs: string[];
  /** Collects a child process's stdout (its pino lines) into `logs`. */
  capture(stdout: Readable | null): void;
  /** Drops everything; fails when a log line names a sample person (name or AZR number). */
  close(): Promise<void>;
}

let personal: RegExp | undefined;
/** The names and AZR numbers of every person in the shipped samples, read through the adapters. */
export async function samplePersonalData(): Promise<RegExp> {
  if (personal) return personal;
  const values = new Set<string>();
  const dir = path.join(examplesDir, 'kreis-mettmann');
  for (const f of ['abh.xml', 'abh-05158032.xml', 'sozialamt.xml', 'jobcenter.csv', 'ebb.csv']) {
    for await (const item of readExport(path.join(dir, f))) {
      if (item.type !== 'person_record') continue;
      const p = item.person;
      for (const v of [p.familyName, ...(p.givenNames ?? '').split(/\s+/), p.identifiers.azr]) if (v && v.length >= 3) values.add(v);
    }
  }
  const escaped = [...values].map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return (personal = new RegExp(`(?<![\\p{L}\\d])(${escaped.join('|')})(?![\\p{L}\\d])`, 'u'));
}

export async function createTestHub(extraEnv: Record<string, string> = {}): Promise<TestHub> {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const dbName = `kim_test_${id}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const spool = mkdtempSync(path.join(tmpdir(), 'kim-spool-'));
  const env = {
    DATABASE_URL: ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`),
    REDIS_URL,
    KIM_QUEUE_PREFIX: `kimtest-${id}`,
    KIM_SPOOL_DIR: spool,
    KIM_STICHTAG: '2026-11-23',
    KIM_TENANT_FILE: path.join(examplesDir, 'kreis-mettmann', 'tenant-05158.json'),
    LOG_LEVEL: 'debug', // child processes log everything; their stdout goes through capture()
    ...extraEnv,
  };
  const logs: string[] = [];
  const dropDb = async () => {
    const a = new pg.Client({ connectionString: ADMIN_URL });
    await a.connect();
    // pg's pool.end() resolves before its sockets are closed; forcing the drop while they close
    // makes them emit an unhandled FATAL 57P01. So wait (briefly) until they are gone.
    for (let i = 0; i < 50; i++) {
      const n = Number((await a.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [dbName])).rows[0]!.n);
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await a.end();
  };
  let config: Config;
  let ctx: Context;
  try {
    config = loadConfig(env);
    ctx = createContext(config, createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(line) } }));
    await migrate(ctx.db);
  } catch (e) {
    await dropDb();
    throw e;
  }
  return {
    ctx,
    config,
    env,
    logs,
    capture(stdout) {
      let rest = '';
      stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop()!;
        logs.push(...lines.filter(Boolean));
      });
    },
    async close() {
      const pattern = await samplePersonalData();
      const leaked = logs.filter((l) => pattern.test(l));
      for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true }).catch(() => undefined);
      await closeContext(ctx);
      await dropDb();
      rmSync(spool, { recursive: true, force: true });
      // Personal data never appears in logs: every test file that runs a hub checks all of its lines.
      if (leaked.length) throw new Error(`log lines name a sample person:\n${leaked.slice(0, 5).join('\n')}`);
    },
  };
}

/**
 * The sample files in two waves: the consents first, then the exports. The hub keeps no export
 * once it has read it (issue 14, finding 6), so a consent takes effect with the next export of
 * its source; the consents go first so that the samples' one export of each source is kept.
 */
export function consentsFirst(files: string[]): [string[], string[]] {
  const isConsent = (f: string) => path.basename(f).startsWith('consents');
  return [files.filter(isConsent), files.filter((f) => !isConsent(f))];
}

/**
 * A test hub with the stage workers running, for all tests of one file: created before them,
 * closed after them. `ready` receives the hub (a test file keeps it in its own `let hub`).
 */
export function withHubAndWorkers(env: Record<string, string>, ready: (hub: TestHub) => void): void {
  let hub: TestHub | undefined;
  let workers: { close(): Promise<void> } | undefined;
  beforeAll(async () => {
    hub = await createTestHub(env);
    workers = startWorkers(hub.ctx);
    ready(hub);
  }, 60_000);
  afterAll(async () => {
    await workers?.close();
    await hub?.close();
  }, 60_000);
}

/** Imports `files` through the queues, consents first (consentsFirst), each wave to the end; every import must end done. */
export async function importAllInWaves(hub: TestHub, files: string[]): Promise<void> {
  for (const wave of consentsFirst(files)) {
    const ids = [];
    for (const file of wave) ids.push(await createImport(hub.ctx, { file, trigger: 'cli', how: 'copy' }));
    const statuses = await waitForImports(hub.ctx, ids, 60_000);
    for (const s of statuses) expect(s.status, `${s.fileName}: ${s.error?.message ?? ''}`).toBe('done');
    await waitForIdle(hub.ctx, 60_000);
  }
}

/** The signals the samples must give (examples/kreis-mettmann/expected.json) as "type azr → recipient". */
export function expectedSignalKeys(): string[] {
  const expected = JSON.parse(readFileSync(path.join(examplesDir, 'kreis-mettmann', 'expected.json'), 'utf8')) as { signals: Array<{ type: string; azr: string; recipient: string }> };
  return expected.signals.map((s) => `${s.type} ${s.azr} → ${s.recipient}`).sort();
}

/** Active signals as "type azr → recipient", the AZR read from any current record of the person. */
export async function activeSignalKeys(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ type: string; azr: string | null; recipient_id: string }>(
    `SELECT s.type, s.recipient_id,
            (SELECT sr.record->'person'->'identifiers'->>'azr' FROM person_links pl JOIN source_records sr
               ON sr.source = pl.source AND sr.source_record_id = pl.source_record_id AND sr.valid_to IS NULL
              WHERE pl.kim_id = s.kim_id AND sr.record->'person'->'identifiers'->>'azr' IS NOT NULL LIMIT 1) AS azr
       FROM signals s WHERE s.state <> 'withdrawn'`,
  );
  return rows.rows.map((r) => `${r.type} ${r.azr} → ${r.recipient_id}`).sort();
}
