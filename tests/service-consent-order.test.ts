// Issue 19, "the outputs do not change": the samples delivered at the same moment give the same
// inboxes whichever file is read first. A link erases the Jobcenter and Sozialamt records no
// consent covers, and they cannot come back before the office's next export; so a records
// import links only once the consent lists delivered with it are applied. Here the consent list
// is held back (a lock on its import row) until the Jobcenter import is ready to link.
import { randomUUID } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir } from '../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { startWorkers } from '../workers/index.js';
import { applyBatch } from '../workers/stages/apply.js';
import { readImport } from '../workers/stages/import.js';
import { linkImport } from '../workers/stages/link.js';
import { activeSignalKeys, createTestHub, expectedSignalKeys, type TestHub } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const file = (name: string) => path.join(samples, name);
let hub: TestHub;
let workers: { close(): Promise<void> };

beforeAll(async () => {
  hub = await createTestHub();
  workers = startWorkers(hub.ctx);
}, 60_000);

afterAll(async () => {
  await workers?.close();
  await hub?.close();
}, 60_000);

const statusOf = async (id: string) => (await hub.ctx.db.query<{ status: string }>('SELECT status FROM imports WHERE id = $1', [id])).rows[0]!.status;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached in ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('exports and consents delivered together', () => {
  it('give the expected inboxes when the Jobcenter export is read before the consent list', async () => {
    const jobcenter = await createImport(hub.ctx, { file: file('jobcenter.csv'), trigger: 'cli', how: 'copy' });
    const holder = new pg.Client({ connectionString: hub.env.DATABASE_URL });
    await holder.connect();
    let consents: string;
    let jobcenterWhileHeld: string;
    try {
      // The consent list arrives second, and its reading cannot start while the lock is held.
      await holder.query('BEGIN');
      consents = await createImport(hub.ctx, { file: file('consents.csv'), trigger: 'cli', how: 'copy' });
      await holder.query('SELECT 1 FROM imports WHERE id = $1 FOR UPDATE', [consents]);
      await until('the Jobcenter export read and applied', async () => !['queued', 'reading', 'applying'].includes(await statusOf(jobcenter)));
      // Time enough for its link, had it not waited.
      await new Promise((r) => setTimeout(r, 1_500));
      jobcenterWhileHeld = await statusOf(jobcenter);
      expect(await statusOf(consents)).toBe('queued');
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
    const rest = await Promise.all(['abh.xml', 'abh-05158032.xml', 'sozialamt.xml', 'ebb.csv'].map((f) => createImport(hub.ctx, { file: file(f), trigger: 'cli', how: 'copy' })));
    const statuses = await waitForImports(hub.ctx, [jobcenter, consents, ...rest], 60_000);
    for (const s of statuses) expect(s.status, `${s.fileName}: ${s.error?.message ?? ''}`).toBe('done');
    await waitForIdle(hub.ctx, 60_000);
    expect(await activeSignalKeys(hub.ctx.db)).toEqual(expectedSignalKeys());
    // It waited for the consent list rather than linking without it.
    expect(jobcenterWhileHeld).toBe('linking');
    expect(hub.logs.some((l) => l.includes(jobcenter) && l.includes('link: waiting for consent lists'))).toBe(true);
  }, 90_000);

  it('links without a consent list that stays under way past the longest wait, and warns', async () => {
    await workers.close(); // the stages run here, one by one
    // An import that never starts (its job lost, say) and might be a consent list.
    await hub.ctx.db.query("INSERT INTO imports (id, source, file_name, spool_path, trigger, status) VALUES ($1, NULL, 'stuck.csv', '/nowhere', 'cli', 'queued')", [randomUUID()]);
    // The same Jobcenter records as new bytes: read and compared record by record.
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'kim-order-')), 'jobcenter.csv');
    copyFileSync(file('jobcenter.csv'), copy);
    appendFileSync(copy, '\r\n');
    const id = await createImport(hub.ctx, { file: copy, trigger: 'cli', how: 'copy' });
    await readImport(hub.ctx, id);
    const { batches } = (await hub.ctx.db.query<{ batches: number }>('SELECT batches FROM imports WHERE id = $1', [id])).rows[0]!;
    for (let b = 0; b < batches; b++) await applyBatch(hub.ctx, id, b);
    expect(await statusOf(id)).toBe('linking');
    await linkImport(hub.ctx, id, { maxMs: 300, pollMs: 50 });
    expect(await statusOf(id)).toBe('done'); // nothing changed, so nothing to evaluate
    expect(hub.logs.some((l) => l.includes(id) && l.includes('linking without them'))).toBe(true);
  }, 60_000);
});
