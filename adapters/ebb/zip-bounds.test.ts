// Zip bombs in the EBB's XLSX export (issue 14, finding 3), built by tests/zip-bombs.ts.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { repeated, sharedStringsBomb, zipOf } from '../../tests/zip-bombs.js';
import { readAll } from '../test-helpers.js';
import { ebbAdapter } from './index.js';
import { EBB_COLUMNS } from './mapping.js';
import { boundZip, untilRefused, XLSX_BOUNDS, type ZipBounds } from './zip-bounds.js';

const MiB = 1024 * 1024;

/** Reads an archive through the guard alone, as exceljs would get it. */
async function through(archive: Buffer, bounds: ZipBounds): Promise<Buffer> {
  const zip = boundZip(Readable.from([archive]), 'test.zip', bounds);
  const out: Buffer[] = [];
  for await (const chunk of untilRefused(zip.stream, zip.refused)) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

const small: ZipBounds = { sharedStringsBytes: 1000, entryBytes: 10_000, totalBytes: 25_000, entries: 5, textRunBytes: 10_000 };

describe('the bounds on an XLSX workbook', () => {
  it('refuse a workbook whose shared strings unpack past 32 MiB, within seconds, naming the file and the part', async () => {
    const bomb = await sharedStringsBomb(XLSX_BOUNDS.sharedStringsBytes + 8 * MiB);
    expect(bomb.length).toBeLessThan(MiB); // a thousandfold: the shape of the 6.5 MB upload that unpacked to 2.7 GB
    const started = Date.now();
    const heap = process.memoryUsage().heapUsed;
    await expect(readAll(ebbAdapter, 'antraege.xlsx', bomb)).rejects.toMatchObject({
      code: 'KIM_ERR_INPUT_XLSX_TOO_LARGE',
      message: 'antraege.xlsx: not read, the workbook unpacks to more than the hub reads (the part "xl/sharedStrings.xml" unpacks to more than 32 MiB)',
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(400 * MiB);
  }, 30_000);

  it('pass a workbook within them through byte for byte', async () => {
    const archive = await zipOf([
      ['xl/sharedStrings.xml', 'x'.repeat(900)],
      ['xl/worksheets/sheet1.xml', 'y'.repeat(9000)],
    ]);
    expect((await through(archive, small)).equals(archive)).toBe(true);
  });

  it('refuse a part, the parts together, or the number of parts past their bound', async () => {
    await expect(through(await zipOf([['xl/sharedStrings.xml', 'x'.repeat(1001)]]), small)).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_XLSX_TOO_LARGE', message: expect.stringMatching(/"xl\/sharedStrings\.xml" unpacks to more than/) });
    await expect(through(await zipOf([['xl/media/image1.png', repeated('z', 10_001)]]), small)).rejects.toMatchObject({ message: expect.stringMatching(/"xl\/media\/image1\.png" unpacks to more than/) });
    const four = (['a', 'b', 'c'] as const).map((n): [string, string] => [`xl/${n}.xml`, 'q'.repeat(9000)]);
    await expect(through(await zipOf(four), small)).rejects.toMatchObject({ message: expect.stringMatching(/all parts together/) });
    const many = Array.from({ length: 6 }, (_, i): [string, string] => [`xl/p${i}.xml`, 'p']);
    await expect(through(await zipOf(many), small)).rejects.toMatchObject({ message: expect.stringMatching(/more than 5 parts/) });
  });

  it('refuse an XML part with a text longer than the text-run bound, however the text is cut into chunks, and pass a binary part', async () => {
    const bounds = { ...small, entryBytes: 100_000, totalBytes: 200_000, textRunBytes: 5_000 };
    await expect(through(await zipOf([['xl/worksheets/sheet1.xml', `<sheetData>${' '.repeat(5_001)}</sheetData>`]]), bounds)).rejects.toMatchObject({
      code: 'KIM_ERR_INPUT_XLSX_TOO_LARGE',
      message: expect.stringMatching(/"xl\/worksheets\/sheet1\.xml" has more than .* of text without markup/),
    });
    await expect(through(await zipOf([['xl/worksheets/sheet1.xml', `<a>${'x'.repeat(4_000)}</a>`.repeat(20)]]), bounds)).resolves.toBeInstanceOf(Buffer);
    await expect(through(await zipOf([['xl/media/image1.png', 'z'.repeat(50_000)]]), bounds)).resolves.toBeInstanceOf(Buffer);
  });

  it('refuse an archive cut off in the middle of a part as unreadable, rather than leave the reader waiting', async () => {
    const archive = await zipOf([['xl/worksheets/sheet1.xml', repeated('<row/>', 200_000)]]);
    await expect(through(archive.subarray(0, archive.length >> 1), small)).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE' });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Anträge').addRow([...EBB_COLUMNS]);
    const real = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(readAll(ebbAdapter, 'ebb.xlsx', real.subarray(0, real.length - 200))).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE' });
  });
});
