// Issue 5 acceptance: two scheduler processes register the same scheduled sync; each tick runs
// it once (BullMQ job schedulers keep one next job per scheduler id in Redis).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir, projectRoot } from '../src/paths.js';
import { startWorkers } from '../src/service/worker.js';
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
  it('run a sync scheduled every 2 seconds once per tick', async () => {
    for (let i = 0; i < 2; i++) {
      const child = spawn(process.execPath, [bin, 'scheduler'], { env: { ...process.env, ...hub.env }, stdio: ['ignore', 'pipe', 'inherit'] });
      hub.capture(child.stdout);
      children.push(child);
    }
    workers = startWorkers(hub.ctx);
    await new Promise((r) => setTimeout(r, 9_000));
    await hub.ctx.queues.queue.import.removeJobScheduler('sync-abh');
    const rows = (await hub.ctx.db.query<{ tick: string; n: string }>(
      "SELECT to_char(date_trunc('second', received_at), 'HH24:MI:SS') AS tick, count(*) AS n FROM imports WHERE trigger = 'schedule' GROUP BY 1 ORDER BY 1",
    )).rows;
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.length).toBeLessThanOrEqual(5);
    for (const r of rows) expect(Number(r.n), `tick ${r.tick}`).toBe(1);
  }, 60_000);
});
