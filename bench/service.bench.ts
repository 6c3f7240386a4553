// The service path end to end: a generated city (ABH, Sozialamt, Jobcenter, EBB, consents)
// imported through the queues by two `kim-hub worker` processes (BENCH_WORKERS) into a fresh database; then the
// same files again (recognised by their hash), the same records as new bytes (compared record by
// record); then single changed records, timed from
// import to inbox. Needs Redis and PostgreSQL like the tests (DATABASE_URL / REDIS_URL).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { examplesDir, projectRoot } from '../src/paths.js';
import { closeContext, createContext, type Context } from '../src/service/context.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { STAGES } from '../workers/queues.js';
import { migrate } from '../src/store/migrate.js';
import { generateAbhExport, GENERATOR_VERSION } from './generate/abh.js';
import { generateConsents, generateEbb, generateJobcenter, generateSozialamt } from './generate/offices.js';
import { rawSaxRow } from './inspect.bench.js';
import { percentile } from './percentile.js';
import type { BenchRow } from './types.js';

// BENCH_DB_SUFFIX keeps runs side by side apart (database and queue prefix), e.g. in two worktrees.
const SUFFIX = process.env.BENCH_DB_SUFFIX ?? '';
const DB = `kim_bench${SUFFIX ? `_${SUFFIX}` : ''}`;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);

export interface Worker {
  child: ChildProcess;
  rssKb: Promise<number>;
}

export function startWorker(env: Record<string, string>, log: string, role = 'worker'): Worker {
  // BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the workers.
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn('/usr/bin/time', ['-f', 'RSS_KB=%M CPU_USER=%U CPU_SYS=%S', process.execPath, ...nodeArgs, path.join(projectRoot, 'bin', 'kim-hub.js'), role], {
    env: { ...process.env, ...env },
    stdio: ['ignore', openSync(log, 'w'), 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const rssKb = new Promise<number>((resolve) =>
    child.on('exit', () => {
      // CPU seconds beside wall clock: on a shared machine they are what compares across runs.
      const cpu = /CPU_USER=([\d.]+) CPU_SYS=([\d.]+)/.exec(err);
      if (cpu) console.error(`bench: ${role} process ${child.pid}: ${cpu[1]} s user, ${cpu[2]} s sys`);
      // A process that ended otherwise (a crash, a signal) says why on its stderr: print its end.
      else console.error(`bench: ${role} process ${child.pid} ended without its figures; its stderr ended with:\n${err.slice(-2000)}`);
      resolve(Number(/RSS_KB=(\d+)/.exec(err)?.[1] ?? NaN));
    }),
  );
  return { child, rssKb };
}

/** The generated city's export files (made once per size and generator version, then reused). */
export async function generateCity(n: number, workDir: string): Promise<{ files: Record<string, string>; dir: string; counts: { abh: number; soz: number; jc: number; ebb: number } }> {
  const abh = Math.round(n * 0.8);
  const soz = Math.round(n * 0.12);
  const jc = Math.round(n * 0.06);
  const ebb = n - abh - soz - jc;
  const dir = path.join(workDir, `city-${n}-${GENERATOR_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const files = {
    abh: path.join(dir, 'abh.xml'),
    sozialamt: path.join(dir, 'sozialamt.xml'),
    jobcenter: path.join(dir, 'jobcenter.csv'),
    ebb: path.join(dir, 'ebb.csv'),
    consents: path.join(dir, 'consents.csv'),
  };
  if (!existsSync(files.consents)) {
    await generateAbhExport(files.abh, abh);
    await generateSozialamt(files.sozialamt, 1, soz); // persons also known to the ABH
    await generateJobcenter(files.jobcenter, soz + 1, jc);
    await generateEbb(files.ebb, soz + jc + 1, ebb);
    const consented = [];
    for (let i = 10; i <= soz + jc; i += 10) consented.push(i);
    await generateConsents(files.consents, consented);
  }
  return { files, dir, counts: { abh, soz, jc, ebb } };
}

/** Change to inbox: one new person per delta export, timed (ms) until their signal is in the inbox. */
async function changeToInboxLatencies(ctx: Context, dir: string, count: (sql: string) => Promise<number>): Promise<number[]> {
  const template = readFileSync(path.join(examplesDir, 'kreis-mettmann', 'abh.xml'), 'utf8');
  const haddad = template.slice(template.indexOf('<person>'), template.indexOf('</person>') + '</person>'.length);
  const latencies: number[] = [];
  for (let k = 0; k < 20; k++) {
    const azr = String(990000000000 + k);
    const file = path.join(dir, `delta-${k}.xml`);
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>\n<abhExport xmlns="urn:kim-hub:format:abh:1" schemaVersion="1" behoerde="ABH-05158" exportiertAm="2026-11-21T02:15:00+01:00" art="aenderungen">\n  ${haddad
        .replace('160901480001', azr)
        .replace('ABH-2016-0815', `ABH-DELTA-${k}`)}\n</abhExport>\n`,
    );
    const started = process.hrtime.bigint();
    await createImport(ctx, { file, trigger: 'cli', how: 'copy' });
    for (;;) {
      // An entry in the inbox is a signal not withdrawn; that condition also lets the poll use the
      // index signals_active. Without it every poll scanned all signals, and each poll's own time
      // was added to the latency it measured (docs/performance.md, issue 19).
      const n = await count(`SELECT count(*) AS n FROM signals s JOIN person_links l ON l.kim_id = s.kim_id WHERE l.source = 'abh' AND l.source_record_id = 'ABH-DELTA-${k}' AND s.state <> 'withdrawn'`);
      if (n > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return latencies;
}

/**
 * A new, empty database `name` for one bench part, and the environment every bench part's
 * processes share: that database, the configured Redis, the part's own queue prefix and spool, the Stichtag.
 */
export async function freshBenchEnv(name: string, part: string, workDir: string): Promise<Record<string, string>> {
  const base = loadConfig();
  const admin = new pg.Client({ connectionString: base.databaseUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    DATABASE_URL: base.databaseUrl.replace(/\/[^/]*$/, `/${name}`),
    REDIS_URL: base.redisUrl,
    KIM_QUEUE_PREFIX: part ? `kim-bench-${part}` : 'kim-bench',
    KIM_SPOOL_DIR: path.join(workDir, part ? `spool-${part}` : 'spool'),
    KIM_STICHTAG: '2026-11-23',
  };
}

/** Change to inbox: one new person per delta export, timed until their signal is in the inbox. */
async function changeToInboxRow(ctx: Context, dir: string, count: (sql: string) => Promise<number>): Promise<BenchRow> {
  console.error('bench: single changes to the inbox');
  const latencies = await changeToInboxLatencies(ctx, dir, count);
  latencies.sort((a, b) => a - b);
  const p50 = percentile(latencies, 0.5);
  const p95 = percentile(latencies, 0.95);
  const total = latencies.reduce((a, b) => a + b, 0) / 1000;
  return { name: `service: change to inbox, p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`, records: latencies.length, seconds: total, recordsPerSecond: latencies.length / total, peakRssMb: NaN };
}

export async function benchService(options: { persons: number; workDir: string }): Promise<BenchRow[]> {
  const n = options.persons;
  const {
    files,
    dir,
    counts: { abh, soz, jc, ebb },
  } = await generateCity(n, options.workDir);

  const env = { ...(await freshBenchEnv(DB, SUFFIX, options.workDir)), LOG_LEVEL: 'warn' };
  const ctx = createContext(loadConfig(env), pino({ level: 'warn' }));
  for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true });
  await migrate(ctx.db);
  // Worker logs (stage timings at debug level) go to bench/out/worker-N.log.
  // BENCH_WORKERS=3 runs three worker processes (issue 19: three must finish sooner than two).
  const workers = Array.from({ length: WORKERS }, (_, i) => startWorker({ ...env, LOG_LEVEL: process.env.BENCH_WORKER_LOG_LEVEL ?? 'warn' }, path.join(options.workDir, `worker-${i + 1}.log`)));
  const rows: BenchRow[] = [];
  const count = async (sql: string) => Number((await ctx.db.query<{ n: string }>(sql)).rows[0]!.n);
  try {
    const importAll = async (paths: string[] = Object.values(files)) => {
      const started = process.hrtime.bigint();
      const ids = [];
      for (const f of paths) ids.push(await createImport(ctx, { file: f, trigger: 'cli', how: 'copy' }));
      const statuses = await waitForImports(ctx, ids, 30 * 60_000);
      const imported = Number(process.hrtime.bigint() - started) / 1e9;
      await waitForIdle(ctx, 30 * 60_000);
      console.error(`bench: imports done after ${imported.toFixed(1)} s, idle after ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
      const failed = statuses.filter((s) => s.status !== 'done');
      if (failed.length) throw new Error(`bench: import failed: ${failed.map((f) => `${f.fileName} ${f.error?.code}`).join(', ')}`);
      return { seconds: Number(process.hrtime.bigint() - started) / 1e9, records: statuses.reduce((s, x) => s + x.recordsRead, 0) };
    };
    rows.push(rawSaxRow(files.abh!, abh, 'service'));
    console.error(`bench: city of ${n} persons (ABH ${abh}, Sozialamt ${soz}, Jobcenter ${jc}, EBB ${ebb}), first import`);
    const first = await importAll();
    const signals = await count("SELECT count(*) AS n FROM signals WHERE state <> 'withdrawn'");
    rows.push({ name: `service: city import, ${signals} signals (${WORKERS} worker processes)`, records: first.records, seconds: first.seconds, recordsPerSecond: first.records / first.seconds, peakRssMb: NaN });
    const eventsBefore = await count('SELECT count(*) AS n FROM signal_events');
    console.error('bench: the same files again');
    const second = await importAll();
    const newEvents = (await count('SELECT count(*) AS n FROM signal_events')) - eventsBefore;
    // Identical files are recognised by their hash (the last import of their source said the same):
    // the records they hold are those of the first import, none of them read again.
    rows.push({
      name: `service: same files again, recognised by file hash (${newEvents} new signals, ${(first.seconds / second.seconds).toFixed(1)}× faster)`,
      records: first.records,
      seconds: second.seconds,
      recordsPerSecond: first.records / second.seconds,
      peakRssMb: NaN,
    });
    // The same records as new bytes (a line break appended): read and compared record by record.
    console.error('bench: the same records as new bytes, compared record by record');
    const touched = Object.values(files).map((f) => {
      const copy = path.join(dir, `same-records-${path.basename(f)}`);
      copyFileSync(f, copy);
      // An empty line in the file's own line ending, which every reader skips.
      appendFileSync(copy, readFileSync(f).subarray(-2).toString('latin1') === '\r\n' ? '\r\n' : '\n');
      return copy;
    });
    const third = await importAll(touched);
    const thirdEvents = (await count('SELECT count(*) AS n FROM signal_events')) - eventsBefore;
    rows.push({
      name: `service: same records as new bytes, record by record (${thirdEvents} new signals, ${(first.seconds / third.seconds).toFixed(1)}× faster)`,
      records: third.records,
      seconds: third.seconds,
      recordsPerSecond: third.records / third.seconds,
      peakRssMb: NaN,
    });

    rows.push(await changeToInboxRow(ctx, dir, count));
  } finally {
    // SIGTERM to the worker under GNU time (its child), so time reports the worker's peak RSS.
    for (const w of workers) spawnSync('pkill', ['-TERM', '-P', String(w.child.pid)]);
    const rss = await Promise.all(workers.map((w) => w.rssKb));
    rows.push(...rss.map((kb, i) => ({ name: `service: worker process ${i + 1} (peak RSS)`, records: 0, seconds: 0, recordsPerSecond: 0, peakRssMb: kb / 1024 })));
    rows.push({ name: 'service: bench/import process (peak RSS)', records: 0, seconds: 0, recordsPerSecond: 0, peakRssMb: process.resourceUsage().maxRSS / 1024 });
    for (const s of STAGES) await ctx.queues.queue[s].obliterate({ force: true }).catch(() => undefined);
    await closeContext(ctx);
  }
  return rows;
}
