// `kim-hub import --wait` and the Betrieb page read the same progress: the stage an import is in,
// a percentage from the batches its stages finished, and the figures; lines only when they change.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/paths.js';
import { importProgress, watchImports } from '../src/service/import-progress.js';
import { createImport } from '../src/service/imports.js';
import { withHubAndWorkers, type TestHub } from './service-helpers.js';

let hub: TestHub;
withHubAndWorkers({}, (h) => (hub = h));

describe('import progress', () => {
  it('goes from waiting to done at 100 %, one line per change, with the figures of the finished import', async () => {
    const id = await createImport(hub.ctx, { file: path.join(examplesDir, 'kreis-mettmann', 'abh.xml'), trigger: 'cli', how: 'copy' });
    const lines: string[] = [];
    await watchImports(hub.ctx.db, [{ id, name: 'abh.xml' }], { write: (s: string) => lines.push(s) }, 60_000, 50);
    const final = (await importProgress(hub.ctx.db, id))!;
    expect(final).toMatchObject({ status: 'done', phase: 'fertig', percent: 100, finished: true });
    expect(final.recordsRead).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(new RegExp(`^abh\\.xml\\s+fertig\\s+100 %  gelesen ${final.recordsRead}, angenommen ${final.accepted}, abgewiesen 0`));
    expect(new Set(lines).size).toBe(lines.length);
  }, 60_000);

  it('knows no import by an unknown id', async () => {
    expect(await importProgress(hub.ctx.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
