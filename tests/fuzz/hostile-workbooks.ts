// EBB workbooks with one hostile sheet, for tests/fuzz/hostile-files.test.ts: a 100 MB cell,
// 10,000-deep nesting, or a sheet that inflates to gigabytes. The other parts are exceljs's own.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EBB_COLUMNS } from '../../adapters/ebb/mapping.js';
import { zipEntries, type ZipEntry } from './zip.js';

const SHEET = 'xl/worksheets/sheet1.xml';
const MiB = 1024 * 1024;

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${EBB_COLUMNS.map((c, i) => cell(`${String.fromCharCode(65 + i)}1`, c)).join('')}</row>`;
const TAIL = '</sheetData></worksheet>';
/** What a bomb repeats: blanks between the rows (XML allows them there), or elements exceljs skips. */
const FILLER = { blanks: `${' '.repeat(63)}\n`, elements: '<x/><x/><x/><x/><x/><x/>\n' };

/**
 * A sheet part whose data is `unit` repeated `copies` times between head and tail, deflated
 * without ever holding the whole: the unit is deflated once with a full flush (no final block,
 * no back-references across it), so its bytes can be repeated, and an empty final block ends it.
 * The CRC is not the content's: the reader must refuse the part long before it could check it.
 */
function repeatedPart(name: string, head: string, unit: string, copies: number, tail: string): ZipEntry {
  const flushed = (s: string) => deflateRawSync(Buffer.from(s), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const body = flushed(unit);
  const data = Buffer.concat([flushed(head), ...Array.from({ length: copies }, () => body), flushed(tail), Buffer.from([0x03, 0x00])]);
  const size = Buffer.byteLength(head) + copies * Buffer.byteLength(unit) + Buffer.byteLength(tail);
  return { name, data, method: 8, crc: 0, size: Math.min(size, 0xffffffff) };
}

const SST_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x</t></si>`;

export async function hostileWorkbook(kind: { cellBytes: number } | { nesting: number } | { sheetBytes: number; filler: keyof typeof FILLER } | { sharedStringsBytes: number }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Anträge').addRow([...EBB_COLUMNS]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const entries: ZipEntry[] = [];
  const ours = async (name: string) => {
    const content = await zip.file(name)!.async('nodebuffer');
    entries.push({ name, data: deflateRawSync(content), method: 8, crc: crc32(content), size: content.length });
  };
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']) await ours(name);
  if ('sharedStringsBytes' in kind) {
    // The shared strings come before the sheet, as Excel writes them: the bomb is read first.
    entries.push(repeatedPart('xl/sharedStrings.xml', SST_HEAD, FILLER.elements.repeat(Math.floor(MiB / FILLER.elements.length)), Math.ceil(kind.sharedStringsBytes / MiB), '</sst>'));
    await ours(SHEET);
    return zipEntries(entries);
  }
  await ours('xl/sharedStrings.xml');
  if ('cellBytes' in kind) {
    entries.push(repeatedPart(SHEET, `${HEAD}<row r="2"><c r="A2" t="inlineStr"><is><t>`, 'x'.repeat(MiB), kind.cellBytes / MiB, `</t></is></c></row>${TAIL}`));
  } else if ('nesting' in kind) {
    const content = Buffer.from(`${HEAD}<row r="2">${'<c>'.repeat(kind.nesting)}${'</c>'.repeat(kind.nesting)}</row>${TAIL}`);
    entries.push({ name: SHEET, data: deflateRawSync(content), method: 8, crc: crc32(content), size: content.length });
  } else {
    entries.push(repeatedPart(SHEET, HEAD, FILLER[kind.filler].repeat(Math.floor(MiB / FILLER[kind.filler].length)), Math.ceil(kind.sheetBytes / MiB), TAIL));
  }
  return zipEntries(entries);
}
