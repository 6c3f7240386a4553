import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv, toXlsx, type Column } from './table.js';

interface Row {
  name: string;
  receivedOn: string | null;
  days: number;
}
const columns: Array<Column<Row>> = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Eingang', value: (r) => r.receivedOn, kind: 'date' },
  { header: 'Tage', value: (r) => r.days, kind: 'number' },
];
const rows: Row[] = [
  { name: 'Şahin; "Ali"', receivedOn: '2026-02-28', days: 268 },
  { name: '=HYPERLINK("http://evil.example","klick")', receivedOn: null, days: 1.5 },
];

describe('neutralise', () => {
  it.each(['=1+1', '+49 211', '-3', '@SUM(A1)', '\tx', '\rx'])('puts an apostrophe before %j, which a spreadsheet would run as a formula', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });
  it.each(['Haddad', '1+1', 'a=b', ''])('leaves %j as it is', (text) => expect(neutralise(text)).toBe(text));
});

describe('the CSV export', () => {
  const csv = toCsv(columns, rows);
  it('starts with a BOM and separates with semicolons, dates as dd.mm.yyyy and decimal commas', () => {
    expect(csv.startsWith('\uFEFFName;Eingang;Tage\r\n')).toBe(true);
    expect(csv).toContain('28.02.2026;268\r\n');
    expect(csv).toContain(';;1,5\r\n');
  });
  it('quotes a value with a semicolon or quotes, doubling the quotes', () => {
    expect(csv).toContain('"Şahin; ""Ali""";28.02.2026');
  });
  it('exports a malicious =HYPERLINK(...) name harmless, as text', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klick"")"`);
    expect(csv).not.toMatch(/[;\n]=HYPERLINK/);
  });
});

describe('the XLSX export', () => {
  it('writes real dates, a frozen header, widths and an auto filter, and reads back the same values', async () => {
    const buffer = await toXlsx(columns, rows, 'Rückstand');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Rückstand')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
    const date = sheet.getRow(2).getCell(2);
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(date.numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getRow(2).getCell(3).value).toBe(268);
    expect(sheet.getRow(3).getCell(1).value).toBe(`'=HYPERLINK("http://evil.example","klick")`);
    expect(sheet.getRow(3).getCell(1).formula).toBeUndefined();
  });
});
