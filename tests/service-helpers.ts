// A private hub for one test file: its own PostgreSQL database and Redis key prefix, so test
// runs never collide, and everything dropped at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig, type Config } from '../src/config.js';
import { closeContext, createContext, type Context } from '../src/service/context.js';
import { STAGES } from '../src/service/queues.js';
import { migrate } from '../src/store/migrate.js';
import { examplesDir } from '../src/paths.js';

export const ADMIN_URL = process.env.KIM_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.KIM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestHub {
  ctx: Context;
  config: Config;
  env: Record<string, string>;
  close(): Promise<void>;
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
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
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
    ctx = createContext(config, pino({ level: 'warn' }));
    await migrate(ctx.db);
  } catch (e) {
    await dropDb();
    throw e;
  }
  return {
    ctx,
    config,
    env,
    async close() {
      for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true }).catch(() => undefined);
      await closeContext(ctx);
      await dropDb();
      rmSync(spool, { recursive: true, force: true });
    },
  };
}
