// Issue 14, findings 6 and 8: what the hub keeps of the files and records it received is reached
// by retention. The scheduled sweep deletes spool files nothing will read (those of imports read
// to the end, uploads orphaned an hour ago), quarantine rows older than
// KIM_QUARANTINE_RETENTION_DAYS, and temp directories a dead process left. Days are pinned.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweep } from '../workers/sweep.js';
import { createTestHub, type TestHub } from './service-helpers.js';

let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub({ KIM_QUARANTINE_RETENTION_DAYS: '30' });
}, 60_000);

afterAll(async () => {
  await hub?.close();
}, 60_000);

const NOW = new Date('2026-11-23T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const HOUR = 3600_000;

/** A spool file, with an import row in `status` (or none), last written `age` ms before NOW. */
async function spoolFile(status: string | null, age: number): Promise<string> {
  const id = randomUUID();
  const file = path.join(hub.config.spoolDir, `${id}.csv`);
  mkdirSync(hub.config.spoolDir, { recursive: true });
  writeFileSync(file, 'Kundennummer;Familienname\n1;Muster\n');
  utimesSync(file, ago(age), ago(age));
  if (status) await hub.ctx.db.query('INSERT INTO imports (id, source, file_name, spool_path, trigger, status) VALUES ($1, $2, $3, $4, $5, $6)', [id, 'jobcenter', 'jobcenter.csv', file, 'cli', status]);
  return file;
}

async function quarantineRow(createdAt: string): Promise<string> {
  const importId = randomUUID();
  await hub.ctx.db.query("INSERT INTO imports (id, source, file_name, spool_path, trigger, status) VALUES ($1, 'jobcenter', 'j.csv', '/nowhere', 'cli', 'done')", [importId]);
  const res = await hub.ctx.db.query<{ id: string }>(
    `INSERT INTO quarantine (import_id, source, file_name, position, code, reason, raw, created_at)
     VALUES ($1, 'jobcenter', 'j.csv', '{"file": "j.csv", "line": 2}', 'KIM_ERR_RECORD_INVALID', 'is not a date', '{"Familienname": "Muster"}', $2) RETURNING id`,
    [importId, createdAt],
  );
  return res.rows[0]!.id;
}

describe('the retention sweep', () => {
  it('deletes the spool files of imports read to the end and uploads orphaned for over an hour, and keeps those still to be read', async () => {
    const done = await spoolFile('done', 5 * 60_000);
    const failed = await spoolFile('failed', 5 * 60_000);
    const applying = await spoolFile('applying', 5 * 60_000);
    const queued = await spoolFile('queued', 3 * HOUR);
    const reading = await spoolFile('reading', 3 * HOUR);
    const oldOrphan = await spoolFile(null, HOUR + 60_000);
    const freshOrphan = await spoolFile(null, HOUR - 60_000);
    await runSweep(hub.ctx, NOW);
    expect([done, failed, applying, oldOrphan].filter(existsSync)).toEqual([]);
    expect([queued, reading, freshOrphan].every(existsSync)).toBe(true);
  });

  it('deletes quarantine rows older than KIM_QUARANTINE_RETENTION_DAYS and keeps the younger ones', async () => {
    const old = await quarantineRow('2026-10-24T11:59:00Z'); // 30 days and a minute before NOW
    const young = await quarantineRow('2026-10-24T12:01:00Z'); // a minute under 30 days
    const { quarantineRows } = await runSweep(hub.ctx, NOW);
    expect(quarantineRows).toBe(1);
    const left = (await hub.ctx.db.query<{ id: string }>('SELECT id FROM quarantine WHERE id = ANY($1)', [[old, young]])).rows.map((r) => r.id);
    expect(left).toEqual([young]);
  });

  it('deletes temp directories left for over an hour by a process that died mid-read', async () => {
    const stale = path.join(hub.config.tempDir, 'xlsx-stale');
    const fresh = path.join(hub.config.tempDir, 'xlsx-fresh');
    for (const [dir, age] of [
      [stale, 2 * HOUR],
      [fresh, 60_000],
    ] as const) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'tmp-1'), '<worksheet/>');
      utimesSync(dir, ago(age), ago(age));
    }
    await runSweep(hub.ctx, NOW);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });
});
