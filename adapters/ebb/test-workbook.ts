// EBB workbooks for the tests (adapters/ebb, tests/fuzz): exceljs's own XLSX of sheet "Anträge",
// the header and the rows given, whole or as the parts a reader needs.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EBB_COLUMNS } from './mapping.js';

/** The sample's application (examples/kreis-mettmann/ebb.csv), with its dates as Excel dates. */
export const DEMIR_ROW: readonly unknown[] = [
  'EB-2026-00123',
  new Date(Date.UTC(2026, 2, 14)),
  '150915480005',
  'Demir',
  'Ayşe',
  new Date(Date.UTC(1985, 1, 11)),
  'TUR',
  'in Prüfung',
  'B1 (01.05.2018)',
  'bestanden (20.11.2025)',
  new Date(Date.UTC(2026, 6, 2)),
  'Einkommensnachweise',
  'Team 2',
];

export async function ebbWorkbook(rows: readonly (readonly unknown[])[], sheet = 'Anträge'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([...EBB_COLUMNS]);
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const SHEET_PART = 'xl/worksheets/sheet1.xml';
export const SHARED_STRINGS_PART = 'xl/sharedStrings.xml';

/**
 * Only the parts a workbook needs, in the order exceljs writes them: the theme, styles and
 * document properties tripled the cost of reading a small one.
 */
export async function ebbWorkbookParts(rows: readonly (readonly unknown[])[]): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await ebbWorkbook(rows));
  const parts = new Map<string, Buffer>();
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', SHARED_STRINGS_PART, SHEET_PART]) parts.set(name, await zip.file(name)!.async('nodebuffer'));
  return parts;
}
