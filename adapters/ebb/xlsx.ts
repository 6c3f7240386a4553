// Streams the rows of the EBB's XLSX export (sheet "Anträge") with exceljs's streaming reader and
// turns them into the same cells the CSV gives: Excel dates become dd.mm.yyyy text, so one
// mapping serves both formats.
import type ExcelJS from 'exceljs';
import { KimError } from '../../src/errors/registry.js';
import type { AdapterInput } from '../types.js';
import type { CsvRow } from '../csv/rows.js';
import { EBB_COLUMNS } from './mapping.js';
import { inTempDir, makeReadDir, removeReadDir } from './temp-files.js';
import { boundSharedStrings, boundSheet } from './value-text.js';

export const EBB_SHEET = 'Anträge';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs gives Excel's date serials as UTC midnight: read the UTC parts, never local time.
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(value.getUTCDate())}.${p(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

export async function* readXlsxRows(input: AdapterInput): AsyncGenerator<CsvRow> {
  // exceljs is slow to load (docs/performance.md): only an XLSX file pays for it, not every CLI start.
  const { default: excel } = await import('exceljs');
  // The zip guard too: unzipper brings three hundred modules, which every CLI start paid for.
  const { boundZip, untilRefused } = await import('./zip-bounds.js');
  // exceljs unpacks whatever the archive holds: the guard stops it at the bounds of zip-bounds.ts.
  const zip = boundZip(input.stream, input.file);
  const reader = new excel.stream.xlsx.WorkbookReader(zip.stream, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  // exceljs keeps the text after a value until the next value opens: bounded too (value-text.ts).
  boundSharedStrings(reader, input.file);
  let found = false;
  // exceljs writes a worksheet that precedes the shared strings to a temporary file (no reader
  // option avoids it): into this read's own directory, removed below however the read ends.
  const dir = makeReadDir();
  const sheets = reader[Symbol.asyncIterator]();
  try {
    for (;;) {
      // Each step of the reader in this read's temp directory, and stopped the moment the zip guard refuses.
      const next = await Promise.race([inTempDir(dir, () => sheets.next()), zip.refused]);
      if (next.done) break;
      const sheet = next.value;
      const name = (sheet as unknown as { name?: string }).name;
      if (found || (name !== undefined && name !== EBB_SHEET)) continue;
      found = true;
      boundSheet(sheet, input.file);
      let header: string[] | null = null;
      for await (const row of untilRefused(sheet, zip.refused)) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        while (values.length && values[values.length - 1] === '') values.pop();
        if (!header) {
          header = values.map((v) => v.trim());
          if (header.join(';') !== EBB_COLUMNS.join(';')) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: not an EBB export (sheet "${EBB_SHEET}" does not have the columns ${EBB_COLUMNS.slice(0, 3).join(';')};…)`);
          continue;
        }
        if (values.length === 0) continue;
        if (values.length > header.length) {
          yield { kind: 'columns', line: row.number, found: values.length, expected: header.length, raw: values, idCell: values[0] };
          continue;
        }
        const cells: Record<string, string> = {};
        header.forEach((h, i) => (cells[h] = values[i] ?? ''));
        yield { kind: 'row', line: row.number, cells };
      }
    }
  } catch (e) {
    if (e instanceof KimError) throw e;
    // A temp directory that cannot be made is the installation's fault: retried, never blamed on the file.
    if (dir.failed) throw new KimError('KIM_ERR_TEMP_DIR_UNAVAILABLE', `${input.file}: not read, the hub's temporary directory (KIM_TEMP_DIR) cannot be used (${(dir.failed as NodeJS.ErrnoException).code ?? 'error'})`);
    throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: not a readable XLSX workbook (${(e as Error).message})`);
  } finally {
    // Not awaited: after the zip guard refused, the reader's pending step never settles, and an
    // async generator's return waits for it. Destroying the stream ends the reader's work.
    void sheets.return?.(undefined).catch(() => undefined);
    input.stream.destroy();
    await removeReadDir(dir);
  }
  if (!found) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: no sheet "${EBB_SHEET}"`);
}
