// The controlling report as CSV: one line per published cell, so a spreadsheet or a state's
// statistics tool reads it without knowing the report's tables.
import type { ControllingReport } from '../report/controlling.js';
import { toCsv, type Column } from './table.js';

interface ReportLine {
  month: string;
  measure: string;
  title: string;
  ags: string;
  name: string;
  column: string;
  value: string | number | null;
}

/** One line per published cell: month, measure, municipality, column, value (a count, '<5', or a median in days). */
export function reportLines(report: ControllingReport): ReportLine[] {
  const lines: ReportLine[] = [];
  for (const t of report.counts) t.rows.forEach((row, i) => t.columns.forEach((column, j) => lines.push({ month: t.month, measure: t.measure, title: t.title, ...row, column, value: t.cells[i]![j]! })));
  for (const t of report.medians)
    t.rows.forEach((row, i) => {
      lines.push({ month: t.month, measure: t.measure, title: t.title, ...row, column: 'Personen', value: t.persons[i]! });
      lines.push({ month: t.month, measure: t.measure, title: t.title, ...row, column: 'Median Tage', value: t.medianDays[i]! });
    });
  return lines;
}

const COLUMNS: Array<Column<ReportLine>> = [
  { header: 'Monat', value: (l) => l.month },
  { header: 'Kennzahl', value: (l) => l.measure },
  { header: 'Beschreibung', value: (l) => l.title },
  { header: 'AGS', value: (l) => l.ags },
  { header: 'Gemeinde', value: (l) => l.name },
  { header: 'Spalte', value: (l) => l.column },
  { header: 'Wert', value: (l) => l.value },
];

export const reportCsv = (report: ControllingReport): string => toCsv(COLUMNS, reportLines(report));
