// Issue 14, finding 7f, against a real Redis and PostgreSQL: hostile exports that used to hang an
// import (a retried stack overflow, a NUL PostgreSQL refuses) or to grow memory without bound
// (a 50 MB name, half a million quarantine rows) now end as done or failed, promptly.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { sheetsFirstWorkbook } from '../adapters/test-helpers.js';
import { type TestHub, withHubAndWorkers } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const jobcenter = readFileSync(path.join(samples, 'jobcenter.csv'), 'latin1').split(/\r?\n/).filter(Boolean);
const abh = readFileSync(path.join(samples, 'abh.xml'), 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'kim-bounds-'));

let hub: TestHub;

withHubAndWorkers({ KIM_QUARANTINE_MAX_ROWS: '40' }, (h) => (hub = h));

async function importFile(name: string, bytes: Buffer | string) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const id = await createImport(hub.ctx, { file, trigger: 'cli', how: 'copy' });
  const [status] = await waitForImports(hub.ctx, [id], 30_000);
  await waitForIdle(hub.ctx, 30_000);
  return status!;
}

const quarantined = async (importId: string) => (await hub.ctx.db.query<{ code: string; field: string | null; raw: unknown }>('SELECT code, field, raw FROM quarantine WHERE import_id = $1 ORDER BY id', [importId])).rows;
const csv = (rows: string[]) => iconv.encode(rows.join('\r\n') + '\r\n', 'windows-1252');

describe('imports of hostile exports end, as done or failed, within bounded memory', () => {
  it('fails an ABH export of two million unclosed elements with KIM_ERR_INPUT_RECORD_TOO_LARGE instead of overflowing the stack', async () => {
    const xml = abh.slice(0, abh.indexOf('<person>', abh.indexOf('<person>') + 1)) + '<person>' + '<a>'.repeat(2_000_000);
    const status = await importFile('abh-deep.xml', xml);
    expect(status).toMatchObject({ status: 'failed', accepted: 1, error: { code: 'KIM_ERR_INPUT_RECORD_TOO_LARGE' } });
  }, 60_000);

  it('quarantines a Jobcenter row with a NUL in a field and finishes the import', async () => {
    const status = await importFile('jobcenter-nul.csv', csv([jobcenter[0]!, jobcenter[1]!.replace(';Jaber;', ';Ja\u0000ber;'), ...jobcenter.slice(2)]));
    expect(status).toMatchObject({ status: 'done', rejected: 1, accepted: jobcenter.length - 2 });
    expect(await quarantined(status.id)).toEqual([expect.objectContaining({ code: 'KIM_ERR_RECORD_CONTROL_CHAR', field: 'Familienname' })]);
  }, 60_000);

  it('fails a Jobcenter export with a 5 MB family name with KIM_ERR_INPUT_RECORD_TOO_LARGE, keeping nothing of the name', async () => {
    const status = await importFile('jobcenter-long.csv', csv([jobcenter[0]!, jobcenter[1]!.replace(';Jaber;', `;${'J'.repeat(5 * 1024 * 1024)};`), ...jobcenter.slice(2)]));
    expect(status).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_INPUT_RECORD_TOO_LARGE' } });
    expect(status.error!.message).not.toContain('JJJJ');
  }, 60_000);

  it('ends an import as failed with KIM_ERR_IMPORT_BATCH_REFUSED when PostgreSQL refuses its apply batch, instead of leaving it applying', async () => {
    // A staged batch PostgreSQL refuses (a NUL escape in its JSON), as one did before the readers rejected NUL.
    const id = randomUUID();
    await hub.ctx.db.query("INSERT INTO imports (id, source, file_name, spool_path, trigger, status, batches) VALUES ($1, 'jobcenter', 'j.csv', '/nowhere', 'cli', 'applying', 1)", [id]);
    await hub.ctx.db.query('INSERT INTO staged_batches (import_id, batch, records) VALUES ($1, 0, $2)', [
      id,
      '[{"type": "person_record", "source": "jobcenter", "sourceRecordId": "1", "contentHash": "x", "person": {"familyName": "Ja\\u0000ber"}}]',
    ]);
    await hub.ctx.queues.queue.apply.add('apply', { importId: id, batch: 0 }, { attempts: 2, backoff: { type: 'fixed', delay: 50 }, jobId: `apply_${id}_0` });
    const [status] = await waitForImports(hub.ctx, [id], 30_000);
    // Bad data is not retried (workers/failures.ts): refused at once, the import ends.
    expect(status).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_IMPORT_BATCH_REFUSED' } });
    expect(status!.error!.message).not.toContain('ber');
  }, 60_000);

  it('fails a job whose data its queue does not take at its first attempt (KIM_ERR_JOB_DATA_INVALID), and ends the import it names', async () => {
    const id = randomUUID();
    await hub.ctx.db.query("INSERT INTO imports (id, source, file_name, spool_path, trigger, status, batches) VALUES ($1, 'jobcenter', 'j.csv', '/nowhere', 'cli', 'evaluating', 1)", [id]);
    const job = await hub.ctx.queues.queue.route.add('route', { importId: id, batch: 'first' }, { attempts: 6, backoff: { type: 'fixed', delay: 50 }, jobId: `route_${id}_bad` });
    const [status] = await waitForImports(hub.ctx, [id], 30_000);
    expect(status).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_JOB_DATA_INVALID' } });
    const failed = await hub.ctx.queues.queue.route.getJob(job.id!);
    expect(failed?.attemptsMade).toBe(1);
  }, 60_000);

  it("leaves no file behind in the spool or the hub's temp directory after a failed XLSX import (finding 7d)", async () => {
    const status = await importFile('ebb.xlsx', await sheetsFirstWorkbook(['Falsch', 'Kopf'], 200));
    expect(status).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_INPUT_UNREADABLE' } });
    // Nothing of this import (exports of earlier tests with rejected records may wait for a replay).
    const left = (readdirSync(hub.config.spoolDir, { recursive: true }) as string[]).filter((f) => statSync(path.join(hub.config.spoolDir, f)).isFile());
    expect(left.filter((f) => f.startsWith(status.id) || f.startsWith(path.basename(hub.config.tempDir)))).toEqual([]);
    expect(hub.config.tempDir.startsWith(hub.config.spoolDir)).toBe(true);
  }, 60_000);

  it('stops an export past KIM_QUARANTINE_MAX_ROWS rejections as failed, with that many quarantine rows, each bounded', async () => {
    const bad = Array.from({ length: 200 }, (_, i) =>
      jobcenter[1]!
        .replace(';10.10.1988;', ';31.02.1988;')
        .replace('962D100008', `962D1${String(i).padStart(5, '0')}`)
        .replace(';Jaber;', `;${'J'.repeat(900)};`),
    );
    const status = await importFile('jobcenter-bad.csv', csv([jobcenter[0]!, ...bad]));
    expect(status).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_IMPORT_TOO_MANY_REJECTIONS' } });
    const rows = await quarantined(status.id);
    expect(rows).toHaveLength(40);
    for (const r of rows) expect(JSON.stringify(r.raw).length).toBeLessThanOrEqual(20 * 1024);
  }, 60_000);
});
