// Issue 5 acceptance: two scheduler processes register the same scheduled sync; each tick runs
// it once (BullMQ job schedulers keep one next job per scheduler id in Redis).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, projectRoot } from '../src/paths.js';
import { startWorkers } from '../workers/index.js';
import { createTestHub, type TestHub } from './service-helpers.js';

const bin = path.join(projectRoot, 'bin', 'kim-hub.js');
let hub: TestHub;
const children: ChildProcess[] = [];
let workers: { close(): Promise<void> };

beforeAll(async () => {
  const syncs = JSON.stringify({ abh: { cron: '*/2 * * * * *', path: path.join(examplesDir, 'kreis-mettmann', 'abh.xml') } });
  hub = await createTestHub({ KIM_SYNCS: syncs });
}, 60_000);

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await workers?.close();
  await hub?.close();
}, 60_000);

describe('two scheduler processes', () => {
  it('run a sync scheduled every 2 seconds once per tick, each tick one job and one import', async () => {
    for (let i = 0; i < 2; i++) {
      const child = spawn(process.execPath, [bin, 'scheduler'], { env: { ...process.env, ...hub.env }, stdio: ['ignore', 'pipe', 'inherit'] });
      hub.capture(child.stdout);
      children.push(child);
    }
    workers = startWorkers(hub.ctx);
    // Wait for ticks by counting them, not by a fixed sleep: on a slow machine a fixed window
    // holds fewer ticks, and grouping imports by the second they arrived splits or merges ticks.
    const q = hub.ctx.queues.queue.import;
    const syncJobs = async () => (await q.getJobs(['completed'])).filter((j) => j.name === 'sync');
    const deadline = Date.now() + 40_000;
    while ((await syncJobs()).length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await q.removeJobScheduler('sync-abh');
    await q.drain(true);
    while ((await q.getActiveCount()) > 0 && Date.now() < deadline + 10_000) await new Promise((r) => setTimeout(r, 100));
    const jobs = await syncJobs();
    expect(jobs.length).toBeGreaterThanOrEqual(3);
    // A scheduler's job id ends in the tick it fires for: one job per tick, however many schedulers.
    const ticks = jobs.map((j) => Number(j.id!.split(':').at(-1)));
    expect(new Set(ticks).size).toBe(jobs.length);
    for (const t of ticks) expect(t % 2000, `tick ${t} on the 2-second grid`).toBe(0);
    // Each tick's job made exactly one import, and nothing else made a scheduled one.
    const imports = (await hub.ctx.db.query<{ id: string }>("SELECT id FROM imports WHERE trigger = 'schedule'")).rows.map((r) => r.id).sort();
    expect(jobs.map((j) => String(j.returnvalue)).sort()).toEqual(imports);
  }, 60_000);
});
