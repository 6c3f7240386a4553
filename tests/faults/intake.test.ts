// Issue 18, faults of intake: the same file uploaded twice at the same moment; the drop folder
// receiving a file still being written, and one cut off for good; the scheduler killed during a
// tick and two scheduler replicas started together (each tick still runs once).
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAbhExport } from '../../bench/generate/abh.js';
import { count, createFaultHub, figures, reportFault, settled, startApi, upload, waitFor, type FaultHub, type HubProcess } from './helpers.js';
import { freePort, sleep } from './services.js';

const PERSONS = 600;
let dir: string;
let drop: string;
let hub: FaultHub;
let worker: HubProcess;
/** Registers the drop-folder scan; started with the drop-folder tests. */
let scheduler: HubProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kim-fault-intake-'));
  drop = path.join(dir, 'drop');
  mkdirSync(drop);
  hub = await createFaultHub({ env: { KIM_DROP_DIR: drop, KIM_DROP_POLL_SECONDS: '1' } });
  worker = hub.start('worker');
}, 90_000);

afterAll(async () => {
  await hub?.close();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const exportFile = async (name: string, wave: number, persons = PERSONS) => {
  const file = path.join(dir, name);
  await generateAbhExport(file, persons, 18 + wave, { first: 1 + wave * PERSONS, art: 'aenderungen' });
  return file;
};

/** The drop-scan ticks BullMQ ran so far: each job id names its tick's time. */
async function ticks(): Promise<string[]> {
  const ids = [...(await hub.redis.zrange(hub.queueKey('import', 'completed'), 0, -1)), ...(await hub.redis.zrange(hub.queueKey('import', 'failed'), 0, -1))];
  return ids.filter((id) => id.includes('drop-scan'));
}

describe('intake under faults', () => {
  it('the same file uploaded twice at the same moment: every record stored once, no signal twice', async () => {
    const api = await startApi(hub, await freePort());
    const file = await exportFile('abh-twice.xml', 0);
    const bytes = readFileSync(file);
    const started = Date.now();
    const [a, b] = await Promise.all([upload(api, file, bytes), upload(api, file, bytes)]);
    expect([a.status, b.status]).toEqual([202, 202]);
    const rows = [await settled(hub, a.id!), await settled(hub, b.id!)];
    expect(rows.map((r) => r.status)).toEqual(['done', 'done']);
    const f = await figures(hub);
    reportFault('the same file uploaded twice at the same moment', { recordsIn: PERSONS, stored: f.stored, duplicates: f.duplicates, recoveryMs: Date.now() - started });
    expect(f.stored).toBe(PERSONS);
    expect(f.duplicates).toBe(0);
    await api.process.kill();
  }, 120_000);

  it('a file still being written into the drop folder is imported once, whole', async () => {
    scheduler = hub.start('scheduler');
    const file = await exportFile('abh-slow.xml', 1);
    const bytes = readFileSync(file);
    const target = path.join(drop, 'abh-slow.xml');
    // Written in 12 pieces over ~3 s: the folder is scanned every second meanwhile.
    const piece = Math.ceil(bytes.length / 12);
    const began = Date.now();
    writeFileSync(target, bytes.subarray(0, piece));
    for (let at = piece; at < bytes.length; at += piece) {
      await sleep(250);
      appendFileSync(target, bytes.subarray(at, at + piece));
    }
    const id = await waitForDropImport('abh-slow.xml');
    const row = await settled(hub, id);
    expect(row.status, JSON.stringify(row)).toBe('done');
    expect(await count(hub, "SELECT count(*) AS n FROM imports WHERE file_name = 'abh-slow.xml'")).toBe(1);
    const stored = await count(hub, 'SELECT count(*) AS n FROM source_records WHERE valid_to IS NULL AND import_id = $1', [id]);
    const f = await figures(hub);
    reportFault('drop folder: a file still being written (12 pieces over 3 s)', { recordsIn: PERSONS, stored, duplicates: f.duplicates, recoveryMs: Date.now() - began });
    expect(stored).toBe(PERSONS);
    expect(f.duplicates).toBe(0);
  }, 120_000);

  it('a file cut off for good in the drop folder: the records before the cut are kept, the import fails with the reason, nothing is closed', async () => {
    // A full snapshot (it would close every record it does not list), cut off in the middle.
    const file = path.join(dir, 'abh-cut.xml');
    await generateAbhExport(file, PERSONS, 20, { first: 1 + 2 * PERSONS });
    const bytes = readFileSync(file);
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    const whole = (cut.toString('utf8').match(/<\/person>/g) ?? []).length;
    const before = (await figures(hub)).stored;
    const began = Date.now();
    writeFileSync(path.join(drop, 'abh-cut.xml'), cut);
    const id = await waitForDropImport('abh-cut.xml');
    const row = await settled(hub, id);
    expect(row.status).toBe('failed');
    expect(row.error_code).toMatch(/^KIM_ERR_INPUT_/);
    const stored = await count(hub, 'SELECT count(*) AS n FROM source_records WHERE valid_to IS NULL AND import_id = $1', [id]);
    const f = await figures(hub);
    reportFault(`drop folder: a full snapshot cut off for good at 60 % (${row.error_code}; nothing closed)`, { recordsIn: whole, stored, duplicates: f.duplicates, recoveryMs: Date.now() - began });
    expect(stored).toBe(whole);
    // The cut snapshot closed none of the records it no longer lists.
    expect(f.stored).toBe(before + whole);
    expect(f.duplicates).toBe(0);
  }, 120_000);

  it('two scheduler replicas started together and one killed during a tick: each tick runs once, a dropped file is imported once', async () => {
    await scheduler?.kill();
    const first = hub.start('scheduler');
    const second = hub.start('scheduler');
    await waitFor('ticks running', async () => (await ticks()).length >= 2, 60_000);
    // Killed while a tick runs (the worker holds a drop-scan job), and the worker with it.
    await waitFor('a tick running', async () => (await hub.redis.lrange(hub.queueKey('import', 'active'), 0, -1)).some((id) => id.includes('drop-scan')), 30_000, 5);
    await first.kill();
    await worker.kill();
    const killedAt = Date.now();
    worker = hub.start('worker');
    const file = await exportFile('abh-ticks.xml', 3);
    writeFileSync(path.join(drop, 'abh-ticks.xml'), readFileSync(file));
    const id = await waitForDropImport('abh-ticks.xml');
    expect((await settled(hub, id)).status).toBe('done');
    await sleep(3000);
    const all = await ticks();
    // A tick's job id is the scheduler's name and the tick's time: one job per tick, however many replicas.
    const times = all.map((t) => Number(t.split(':').pop())).sort((x, y) => x - y);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(new Set(times).size).toBe(times.length);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
    expect(await count(hub, "SELECT count(*) AS n FROM imports WHERE file_name = 'abh-ticks.xml'")).toBe(1);
    const stored = await count(hub, 'SELECT count(*) AS n FROM source_records WHERE valid_to IS NULL AND import_id = $1', [id]);
    const f = await figures(hub);
    reportFault(`two schedulers, one SIGKILLed during a tick with its worker (${times.length} ticks, none twice)`, { recordsIn: PERSONS, stored, duplicates: f.duplicates, recoveryMs: Date.now() - killedAt });
    expect(stored).toBe(PERSONS);
    expect(f.duplicates).toBe(0);
    await second.kill();
  }, 120_000);
});

async function waitForDropImport(name: string): Promise<string> {
  let id: string | undefined;
  await waitFor(`an import of ${name}`, async () => Boolean((id = (await hub.db.query<{ id: string }>('SELECT id FROM imports WHERE file_name = $1', [name])).rows[0]?.id)), 60_000);
  return id!;
}
