// The other roles' pages: the EBB's Rückstau with its XLSX download, the coordinator's
// Controlling without person-level data, the it_admin's Betrieb with a replay of a quarantined
// record and no sample person's name on any page of theirs.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir } from '../../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../../src/service/imports.js';
import { samplePersonalData } from '../service-helpers.js';
import { axeViolations, screenshot, signIn, startWebHub, type WebHub } from './web-hub.js';

let web: WebHub;
beforeAll(async () => {
  web = await startWebHub();
}, 120_000);
afterAll(async () => web?.close(), 60_000);

describe('the other roles in the web workplace', () => {
  it('lets the EBB user filter the backlog and download it as XLSX that opens with its rows', async () => {
    const { page, context } = await web.newPage();
    await signIn(web, page, 'ebb-b3-01');
    await page.goto(`${web.base}/web/rueckstau`);
    const rows = await page.locator('table.list tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rueckstau');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Excel (XLSX)")')]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kim-xlsx-')), 'r.xlsx');
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Antragsnummer');
    expect(sheet.actualRowCount - 1).toBe(rows);
    await context.close();
  }, 120_000);

  it('shows the coordinator the controlling charts with their data tables and no person-level data', async () => {
    const { page, context } = await web.newPage();
    await signIn(web, page, 'koord-01');
    expect(new URL(page.url()).pathname).toBe('/web/controlling');
    expect(await page.locator('figure svg[role=img]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('figure table').count()).toBe(await page.locator('figure svg').count());
    const content = await page.content();
    expect(content).not.toMatch(await samplePersonalData());
    expect(content).not.toMatch(/\/web\/(hinweise|personen)\//);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'controlling');
    expect((await page.goto(`${web.base}/web/posteingang`))?.status()).toBe(404);
    await context.close();
  }, 120_000);

  it('lets the it_admin replay a quarantined record, and no page of theirs names a sample person', async () => {
    // A Jobcenter export with one record the reader rejects (the 31st of February).
    const original = readFileSync(path.join(examplesDir, 'kreis-mettmann', 'jobcenter.csv'));
    const header = original.subarray(0, original.indexOf(0x0a) + 1);
    const broken = Buffer.concat([header, Buffer.from('962D199999;96201//0199999;;Muster;Testfall;01.01.1990;syrisch;40822;05158036;31.02.2026;;nein;;;1.000,00;0;nein;A1;19.11.2026\r\n', 'latin1')]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kim-jc-')), 'jobcenter.csv');
    writeFileSync(file, broken);
    const [bad] = await waitForImports(web.hub.ctx, [await createImport(web.hub.ctx, { file, trigger: 'cli', how: 'copy' })], 60_000);
    await waitForIdle(web.hub.ctx, 60_000);
    expect(bad!.rejected).toBe(1);

    const names = await samplePersonalData();
    const { page, context } = await web.newPage();
    await signIn(web, page, 'it-01');
    expect(new URL(page.url()).pathname).toBe('/web/betrieb');
    expect(await page.content()).not.toMatch(names);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'betrieb');
    await page.click(`a[href="/web/betrieb/importe/${bad!.id}"] >> nth=0`);
    expect(await page.content()).not.toMatch(names);
    expect(await page.content()).not.toContain('Muster');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'betrieb-import');
    await page.click('button:has-text("Import wiederholen")');
    await page.waitForURL((u) => /\/web\/betrieb\/importe\/[0-9a-f-]{36}$/.test(u.pathname) && !u.pathname.endsWith(bad!.id));
    const replay = new URL(page.url()).pathname.split('/').at(-1)!;
    expect((await web.hub.ctx.db.query('SELECT trigger FROM imports WHERE id = $1', [replay])).rows[0]!.trigger).toBe('replay');
    await waitForImports(web.hub.ctx, [replay], 60_000);
    await page.reload();
    expect(await page.textContent('[data-field="phase"]')).toMatch(/fertig/);
    expect(await page.content()).not.toMatch(names);
    await screenshot(page, 'betrieb-wiederholung');
    for (const p of ['/web/posteingang', '/web/rueckstau', '/web/controlling']) {
      const res = await page.goto(`${web.base}${p}`);
      expect(res?.status(), p).toBeGreaterThanOrEqual(403);
      expect(await page.content()).not.toMatch(names);
    }
    await context.close();
  }, 180_000);
});
