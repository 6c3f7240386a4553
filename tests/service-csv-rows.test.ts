// Issue 14, finding 7a, through the queues: a Jobcenter export with a stray quote in a family
// name is imported but for that row, which is quarantined by its line; no error the import
// stores or the API could give names the person.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { importStatus } from '../src/store/read/imports.js';
import { type TestHub, withHubAndWorkers } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
let hub: TestHub;

withHubAndWorkers({}, (h) => (hub = h));

describe('a Jobcenter export with a stray quote in a name', () => {
  it('imports the other rows, quarantines that row by its line, and stores no name in any error', async () => {
    const text = iconv.decode(readFileSync(path.join(samples, 'jobcenter.csv')), 'windows-1252').replace(';Jaber;', ';Ja"ber;');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kim-quote-')), 'jobcenter.csv');
    writeFileSync(file, iconv.encode(text, 'windows-1252'));
    const id = await createImport(hub.ctx, { file, trigger: 'cli', how: 'copy' });
    const [status] = await waitForImports(hub.ctx, [id], 60_000);
    await waitForIdle(hub.ctx, 60_000);
    expect(status).toMatchObject({ status: 'done', recordsRead: 2, accepted: 1, rejected: 1, error: null });
    const quarantined = (await hub.ctx.db.query('SELECT position, code, reason, raw FROM quarantine WHERE import_id = $1', [id])).rows;
    expect(quarantined).toEqual([{ position: { file: 'jobcenter.csv', line: 2 }, code: 'KIM_ERR_RECORD_CSV', reason: expect.stringMatching(/quote/), raw: null }]);
    const stored = JSON.stringify([await importStatus(hub.ctx, id), (await hub.ctx.db.query('SELECT error, error_code FROM imports')).rows, quarantined]);
    expect(stored).not.toMatch(/Ja"?ber|Hassan|151118480008/);
  }, 60_000);
});
