// The API under load (issue 18): many concurrent inbox reads on loopback while a city-scale
// import runs through two worker processes. `BENCH_ONLY=load npm run bench`. The readers are
// case managers with real tokens of a local identity provider (a JWKS served here), so every
// read is verified, authorised and audited as in production. Bounded in count and time:
// BENCH_LOAD_READERS (50), BENCH_LOAD_MAX_REQUESTS (200,000), BENCH_LOAD_MAX_SECONDS (900).
// The readers are undici's: node:http's client took a third of a core at 1,000 reads/s, on the
// two cores the API, PostgreSQL and the import share (docs/performance.md, "Fifth step").
import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { pino } from 'pino';
import { Pool } from 'undici';
import { loadConfig } from '../src/config.js';
import { examplesDir } from '../src/paths.js';
import { closeContext, createContext } from '../src/service/context.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { STAGES } from '../workers/queues.js';
import { migrate } from '../src/store/migrate.js';
import { freshBenchEnv, generateCity, startWorker, type Worker } from './service.bench.js';
import { percentile } from './percentile.js';
import type { BenchRow } from './types.js';

const DB = 'kim_bench_load';
const READERS = Number(process.env.BENCH_LOAD_READERS ?? 50);
const MAX_REQUESTS = Number(process.env.BENCH_LOAD_MAX_REQUESTS ?? 200_000);
const MAX_SECONDS = Number(process.env.BENCH_LOAD_MAX_SECONDS ?? 900);
// Reads before the import starts, not counted: an API that serves the nightly import has been up
// for hours, its code compiled and its connections open; a process started with the import was
// slowest in the first seconds for that alone.
const WARMUP_SECONDS = Number(process.env.BENCH_LOAD_WARMUP_SECONDS ?? 3);

async function identityProvider(): Promise<{ env: Record<string, string>; token: (sub: string) => Promise<string>; server: Server }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-1', alg: 'ES256', use: 'sig' };
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/realms/kim`;
  const env = { KIM_OIDC_ISSUER: issuer, KIM_OIDC_AUDIENCE: 'kim-hub', KIM_OIDC_JWKS_URL: `${base}/jwks` };
  const token = (sub: string) => new SignJWT({ kim_tenant: '05158' }).setProtectedHeader({ alg: 'ES256', kid: 'bench-1' }).setSubject(sub).setIssuer(issuer).setAudience('kim-hub').setIssuedAt().setExpirationTime('2h').sign(privateKey);
  return { env, token, server };
}

/** One read by a keep-alive connection of `readers`, timed until its body's last byte. */
async function read(readers: Pool, url: string, token: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const res = await readers.request({ path: url, method: 'GET', headers: { authorization: `Bearer ${token}`, 'x-purpose': 'bench' } });
    await res.body.arrayBuffer();
    return { status: res.statusCode, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

function get(agent: Agent, port: number, url: string, token: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: url, agent, headers: { authorization: `Bearer ${token}`, 'x-purpose': 'bench' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end();
  });
}

async function waitReady(port: number): Promise<void> {
  const agent = new Agent();
  for (let i = 0; i < 300; i++) {
    if ((await get(agent, port, '/readyz', '')).status === 200) return agent.destroy();
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('bench: the API did not become ready');
}

/** The reads' latencies in windows of five seconds: which phase of the import slows them. */
function printWindows(bySecond: number[][]): void {
  for (let from = 0; from < bySecond.length; from += 5) {
    const window = bySecond
      .slice(from, from + 5)
      .flatMap((l) => l ?? [])
      .sort((a, b) => a - b);
    if (window.length) console.error(`bench: reads ending ${from}-${from + 5} s: ${window.length}, p50 ${percentile(window, 0.5).toFixed(0)} ms, p95 ${percentile(window, 0.95).toFixed(0)} ms`);
  }
}

/** Every reader reads for WARMUP_SECONDS, not counted. */
async function warmUp(pool: Pool, readers: Array<{ url: string; token: string }>): Promise<void> {
  const until = performance.now() + WARMUP_SECONDS * 1000;
  await Promise.all(
    readers.map(async (r) => {
      while (performance.now() < until) await read(pool, r.url, r.token);
    }),
  );
}

export async function benchLoad(options: { persons: number; workDir: string }): Promise<BenchRow[]> {
  const { files } = await generateCity(options.persons, options.workDir);
  const idp = await identityProvider();
  const port = 18_000 + Math.floor(Math.random() * 1000);
  const env = {
    ...(await freshBenchEnv(DB, 'load', options.workDir)),
    KIM_TENANT_FILE: path.join(examplesDir, 'kreis-mettmann', 'tenant-05158.json'),
    LOG_LEVEL: 'warn',
    PORT: String(port),
    KIM_API_HOST: '127.0.0.1',
    ...idp.env,
  };
  const ctx = createContext(loadConfig(env), pino({ level: 'warn' }));
  for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true });
  await migrate(ctx.db);
  const processes: Worker[] = [startWorker(env, path.join(options.workDir, 'load-api.log'), 'api'), ...[1, 2].map((k) => startWorker(env, path.join(options.workDir, `load-worker-${k}.log`)))];
  const rows: BenchRow[] = [];
  try {
    await waitReady(port);
    const readers = await Promise.all(Array.from({ length: READERS }, async (_, i) => ({ url: `/inbox/cm-000${1 + (i % 2)}`, token: await idp.token(`cm-000${1 + (i % 2)}`) })));
    console.error(`bench: ${READERS} inbox readers during the import of a city of ${options.persons} persons (after ${WARMUP_SECONDS} s of reads not counted)`);
    const pool = new Pool(`http://127.0.0.1:${port}`, { connections: READERS, pipelining: 1 });
    await warmUp(pool, readers);
    const started = performance.now();
    const ids = [];
    for (const f of Object.values(files)) ids.push(await createImport(ctx, { file: f, trigger: 'cli', how: 'copy' }));
    let importing = true;
    const done = waitForImports(ctx, ids, MAX_SECONDS * 1000)
      .then(() => waitForIdle(ctx, MAX_SECONDS * 1000))
      .finally(() => (importing = false));
    const latencies: number[] = [];
    const byUrl = new Map<string, number[]>();
    // Each read's latency by the second it ended in, to see which phase of the import slows reads.
    const bySecond: number[][] = [];
    let errors = 0;
    const deadline = started + MAX_SECONDS * 1000;
    await Promise.all(
      readers.map(async (r) => {
        while (importing && latencies.length + errors < MAX_REQUESTS && performance.now() < deadline) {
          const { status, ms } = await read(pool, r.url, r.token);
          if (status === 200) {
            latencies.push(ms);
            (bySecond[Math.floor((performance.now() - started) / 1000)] ??= []).push(ms);
            (byUrl.get(r.url) ?? byUrl.set(r.url, []).get(r.url)!).push(ms);
          } else errors++;
        }
      }),
    );
    const readSeconds = (performance.now() - started) / 1000;
    await done;
    await pool.close();
    latencies.sort((a, b) => a - b);
    // Per inbox too: cm-0001's pages fill with entries as the import routes them, cm-0002's stays empty.
    for (const [url, l] of byUrl) {
      l.sort((a, b) => a - b);
      console.error(`bench: ${url}: ${l.length} reads, p50 ${percentile(l, 0.5).toFixed(0)} ms, p95 ${percentile(l, 0.95).toFixed(0)} ms, p99 ${percentile(l, 0.99).toFixed(0)} ms`);
    }
    printWindows(bySecond);
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((p) => percentile(latencies, p).toFixed(0));
    console.error(`bench: ${latencies.length} reads in ${readSeconds.toFixed(1)} s: p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${latencies.at(-1)?.toFixed(0)} ms, ${errors} errors`);
    rows.push({
      name: `load: ${READERS} inbox readers during the city import, p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, ${errors} errors`,
      records: latencies.length,
      seconds: readSeconds,
      recordsPerSecond: latencies.length / readSeconds,
      peakRssMb: NaN,
    });
  } finally {
    for (const w of processes) spawnSync('pkill', ['-TERM', '-P', String(w.child.pid)]);
    const rss = await Promise.all(processes.map((w) => w.rssKb));
    rows.push(...rss.map((kb, i) => ({ name: `load: ${i === 0 ? 'api process' : `worker process ${i}`} (peak RSS)`, records: 0, seconds: 0, recordsPerSecond: 0, peakRssMb: kb / 1024 })));
    await new Promise<void>((r) => idp.server.close(() => r()));
    for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true }).catch(() => undefined);
    await closeContext(ctx);
  }
  return rows;
}
