// Lists for staff as files they open in Excel: CSV (UTF-8 with BOM, ";", dd.mm.yyyy, which a
// German Excel opens as is) and XLSX (real dates, frozen header, column widths, auto filter).
// Cells that a spreadsheet would run as a formula are neutralised in both: a name such as
// =HYPERLINK(...) from an office's export must never become a live link or a command.
import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';
import { toGermanDate, type KimDate } from '../kim/dates.js';

export interface Column<R> {
  header: string;
  /** a string, a number, a complete date YYYY-MM-DD ('date' columns), or null for an empty cell */
  value: (row: R) => string | number | null;
  kind?: 'text' | 'number' | 'date';
  /** width in characters for XLSX; the header's length by default */
  width?: number;
}

// OWASP "CSV injection": these first characters make Excel, LibreOffice and Google Sheets read a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet must show it: with a leading apostrophe when it would start a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell<R>(column: Column<R>, row: R): string {
  const v = column.value(row);
  if (v === null) return '';
  if (column.kind === 'date') return toGermanDate(v as KimDate);
  if (typeof v === 'number') return String(v).replace('.', ',');
  return neutralise(v);
}

/** The list as CSV text, BOM first, one header row, CRLF line ends. */
export function toCsv<R>(columns: Array<Column<R>>, rows: R[]): string {
  const body = stringify([columns.map((c) => neutralise(c.header)), ...rows.map((r) => columns.map((c) => csvCell(c, r)))], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[";\r\n]/ });
  return `\uFEFF${body}`;
}

/** The list as an XLSX workbook with one sheet. */
export async function toXlsx<R>(columns: Array<Column<R>>, rows: R[], sheetName: string): Promise<Buffer> {
  // exceljs loads slowly: only an export pays for it.
  const { default: excel } = await import('exceljs');
  const workbook: ExcelJS.Workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length + 2), ...(c.kind === 'date' ? { style: { numFmt: 'dd.mm.yyyy' } } : {}) }));
  for (const r of rows) {
    sheet.addRow(
      columns.map((c) => {
        const v = c.value(r);
        if (v === null) return null;
        // A date as a real date: midnight UTC, which Excel shows as that day whatever the time zone.
        if (c.kind === 'date') return new Date(`${v}T00:00:00Z`);
        return typeof v === 'number' ? v : neutralise(v);
      }),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
