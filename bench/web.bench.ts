// The web workplace's inbox page with thousands of signals in one inbox: a generated ABH export
// imported into a fresh database (in-process workers), then GET /web/posteingang timed for the
// inbox that got the most signals. The session is created through the session store (the
// sign-in itself is not what is measured). Target: p95 below 200 ms with 5,000 signals.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { createApp } from '../src/api/app.js';
import { closeContext, createContext } from '../src/service/context.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { STAGES } from '../workers/queues.js';
import { startWorkers } from '../workers/index.js';
import { migrate } from '../src/store/migrate.js';
import { createSession, sessionCookieName } from '../src/web/session.js';
import { loadWebSettings } from '../src/web/settings.js';
import { generateAbhExport, GENERATOR_VERSION } from './generate/abh.js';
import { freshBenchEnv } from './service.bench.js';
import { percentile } from './percentile.js';
import type { BenchRow } from './types.js';

const DB = 'kim_bench_web';

export async function benchWeb(options: { persons: number; workDir: string; rounds?: number }): Promise<BenchRow[]> {
  const dir = path.join(options.workDir, `web-${options.persons}-${GENERATOR_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'abh.xml');
  if (!existsSync(file)) await generateAbhExport(file, options.persons);
  const env = {
    ...(await freshBenchEnv(DB, 'web', options.workDir)),
    KIM_PUBLIC_URL: 'http://127.0.0.1:1',
  };
  // The identity provider is never contacted: the bench brings its own session.
  const config = { ...loadConfig(env), web: loadWebSettings({ KIM_OIDC_ISSUER: 'http://127.0.0.1:9/never', KIM_WEB_CLIENT_ID: 'kim-hub', KIM_WEB_CLIENT_SECRET: 'bench' }, 'http://127.0.0.1:1') };
  const ctx = createContext(config, pino({ level: 'warn' }));
  for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true });
  await migrate(ctx.db);
  const workers = startWorkers(ctx);
  try {
    const [status] = await waitForImports(ctx, [await createImport(ctx, { file, trigger: 'cli', how: 'copy' })], 30 * 60_000);
    await waitForIdle(ctx, 30 * 60_000);
    if (status?.status !== 'done') throw new Error(`bench web: import ${status?.status}`);
    // What autovacuum does soon after a large import: the planner's statistics of the new rows.
    await ctx.db.query('ANALYZE');
    const top = (await ctx.db.query<{ recipient_id: string; n: number }>("SELECT recipient_id, count(*)::int AS n FROM signals WHERE state <> 'withdrawn' AND recipient_role = 'abh_b3' GROUP BY 1 ORDER BY 2 DESC LIMIT 1")).rows[0]!;
    const user = ctx.tenant.users.find((u) => u.role === 'abh_b3' && u.authority === top.recipient_id)!;
    const { cookie } = await createSession(ctx.db, config.web!, { subject: user.id, tenant: ctx.tenant.tenant, idToken: 'bench' });
    const server = createApp(ctx).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/web/posteingang`;
    const headers = { cookie: `${sessionCookieName(config.web!)}=${cookie}` };
    const times: number[] = [];
    const rounds = options.rounds ?? 100;
    for (let i = 0; i < rounds + 5; i++) {
      const started = process.hrtime.bigint();
      const res = await fetch(`${url}${i % 2 ? '?seite=2' : ''}`, { headers });
      await res.text();
      if (res.status !== 200) throw new Error(`bench web: inbox answered ${res.status}`);
      if (i >= 5) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    server.closeAllConnections();
    server.close();
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length * 0.5)]!;
    const p95 = percentile(times, 0.95);
    console.error(`bench web: ${top.n} signals in ${top.recipient_id}'s inbox; GET /web/posteingang p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target p95 < 200 ms)`);
    return [
      {
        name: `web: inbox page with ${top.n} signals, p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target < 200 ms)`,
        records: rounds,
        seconds: times.reduce((s, t) => s + t, 0) / 1000,
        recordsPerSecond: rounds / (times.reduce((s, t) => s + t, 0) / 1000),
        peakRssMb: NaN,
      },
    ];
  } finally {
    await workers.close();
    for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true }).catch(() => undefined);
    await closeContext(ctx);
  }
}
