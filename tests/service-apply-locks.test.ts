// Issue 19, the apply stage against the real queues and store: an unchanged record is only read,
// never locked, so a re-import of an unchanged export neither waits for nor writes to its rows.
import { appendFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir } from '../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { startWorkers } from '../workers/index.js';
import { createTestHub, type TestHub } from './service-helpers.js';

const abh = path.join(examplesDir, 'kreis-mettmann', 'abh.xml');
let hub: TestHub;
let workers: { close(): Promise<void> };

beforeAll(async () => {
  hub = await createTestHub();
  workers = startWorkers(hub.ctx);
  const [first] = await waitForImports(hub.ctx, [await createImport(hub.ctx, { file: abh, trigger: 'cli', how: 'copy' })], 60_000);
  expect(first!.status).toBe('done');
  await waitForIdle(hub.ctx, 60_000);
}, 120_000);

afterAll(async () => {
  await workers.close();
  await hub.close();
});

describe('the apply stage', () => {
  it('applies an unchanged ABH export while another transaction holds a lock on one of its current records, and raises nothing new', async () => {
    // The same records as new bytes: the file hash differs, so every record is read and compared.
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'kim-locks-')), 'abh.xml');
    copyFileSync(abh, copy);
    appendFileSync(copy, '\n');
    const events = async () => Number((await hub.ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM signal_events')).rows[0]!.n);
    const before = await events();
    const holder = new pg.Client({ connectionString: hub.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      const locked = await holder.query("SELECT 1 FROM source_records WHERE source = 'abh' AND valid_to IS NULL LIMIT 1 FOR UPDATE");
      expect(locked.rowCount).toBe(1);
      // Locking every current version, as the apply stage did, waited here until the holder ended.
      const [status] = await waitForImports(hub.ctx, [await createImport(hub.ctx, { file: copy, trigger: 'cli', how: 'copy' })], 30_000);
      expect(status!.status).toBe('done');
      expect(status!.recordsRead).toBeGreaterThan(0);
      await waitForIdle(hub.ctx, 30_000);
      expect(await events()).toBe(before);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
  }, 90_000);
});
