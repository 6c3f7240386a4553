// Issue 5 acceptance with real processes: two `kim-hub worker` processes on the same queues,
// and a worker killed with SIGKILL in the middle of its work, then replaced.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAbhExport } from '../bench/generate/abh.js';
import { examplesDir, projectRoot } from '../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { consentsFirst, createTestHub, type TestHub } from './service-helpers.js';

const bin = path.join(projectRoot, 'bin', 'kim-hub.js');
const samples = path.join(examplesDir, 'kreis-mettmann');
let hub: TestHub;
const children: ChildProcess[] = [];

function worker(): ChildProcess {
  // KIM_IMPORT_WORKERS=1: the XML samples take the worker-thread path that city-scale files take.
  const child = spawn(process.execPath, [bin, 'worker'], { env: { ...process.env, ...hub.env, KIM_WORKER_LOCK_MS: '2000', KIM_IMPORT_WORKERS: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  hub.capture(child.stdout);
  children.push(child);
  return child;
}

const count = async (sql: string) => Number((await hub.ctx.db.query<{ n: string }>(sql)).rows[0]!.n);

beforeAll(async () => {
  hub = await createTestHub();
}, 60_000);

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await hub?.close();
}, 60_000);

describe('worker processes', () => {
  it('two workers on the same queues: every sample signal once, no record lost', async () => {
    worker();
    worker();
    const files = readdirSync(samples)
      .filter((f) => /\.(xml|csv)$/.test(f))
      .map((f) => path.join(samples, f));
    for (const wave of consentsFirst(files)) {
      const ids = [];
      for (const file of wave) ids.push(await createImport(hub.ctx, { file, trigger: 'cli', how: 'copy' }));
      await waitForImports(hub.ctx, ids, 60_000);
      await waitForIdle(hub.ctx, 60_000);
    }
    const active = (await hub.ctx.db.query("SELECT kim_id, type, recipient_id FROM signals WHERE state <> 'withdrawn' ORDER BY 1, 2, 3")).rows;
    const imports = (await hub.ctx.db.query('SELECT file_name, trigger, status, received_at, finished_at FROM imports ORDER BY received_at')).rows;
    expect(active.length, JSON.stringify({ active, imports }, null, 1)).toBe(20);
    // Exports arrive in any order (after the consents), so a signal may hold for a moment and be withdrawn when the next
    // file arrives; but no signal is ever created twice while it is active.
    expect(
      await count(`SELECT count(*) AS n FROM (
         SELECT s.kim_id, s.type, s.recipient_id,
                count(*) FILTER (WHERE e.event = 'created') AS created,
                count(*) FILTER (WHERE e.event = 'withdrawn') AS withdrawn,
                count(DISTINCT s.id) FILTER (WHERE s.state <> 'withdrawn') AS active
           FROM signals s JOIN signal_events e ON e.signal_id = s.id GROUP BY 1, 2, 3) k
        WHERE created <> withdrawn + active`),
    ).toBe(0);
    // 10 ABH persons, 1 EBB application, 2 Jobcenter rows minus the unconsented ones, Sozialamt cases with consent
    expect(await count("SELECT count(*) AS n FROM source_records WHERE valid_to IS NULL AND source = 'abh'")).toBe(10);
    for (const c of children.splice(0)) c.kill('SIGTERM');
  }, 90_000);

  it('a worker killed with SIGKILL mid-import: after a replacement starts, every record is stored once and no signal twice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-kill-'));
    const file = path.join(dir, 'abh-big.xml');
    const persons = 4000;
    await generateAbhExport(file, persons, 7);
    const first = worker();
    const id = await createImport(hub.ctx, { file, trigger: 'cli', how: 'copy' });
    // Kill as soon as some batches are applied but not all.
    for (let i = 0; i < 400; i++) {
      const applied = await count(`SELECT count(*) AS n FROM import_batches WHERE import_id = '${id}'`);
      if (applied >= 1) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    first.kill('SIGKILL');
    worker();
    const [status] = await waitForImports(hub.ctx, [id], 120_000);
    expect(status!.status).toBe('done');
    expect(await count("SELECT count(*) AS n FROM source_records WHERE valid_to IS NULL AND source_record_id LIKE 'ABH-%' AND authority = 'ABH-05158' AND import_id IS NOT NULL")).toBeGreaterThanOrEqual(persons);
    expect(await count(`SELECT count(*) AS n FROM (SELECT source, source_record_id FROM source_records WHERE valid_to IS NULL GROUP BY 1, 2 HAVING count(*) > 1) d`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM (SELECT kim_id, type, recipient_id FROM signal_events e JOIN signals s ON s.id = e.signal_id WHERE e.event = 'created' GROUP BY 1, 2, 3 HAVING count(*) > 1) d`)).toBe(0);
    expect(await count(`SELECT sum(changed + unchanged) AS n FROM import_batches WHERE import_id = '${id}'`)).toBe(persons);
  }, 180_000);
});
