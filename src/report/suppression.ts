// Statistical disclosure control for the controlling report: a table of person counts with row
// and column totals, in which no count of fewer than five persons can be read off, directly or by
// subtracting the others of its row or column from the total.
// Primary suppression: every cell (margins included) with 1 to 4 persons. Zero is shown: it names
// nobody. Secondary suppression: as long as a row or column holds exactly one suppressed cell, the
// smallest other non-zero cell of that line is suppressed too (its total, if nothing else is left).
// This is the usual line-wise rule (as in Destatis' tables); it does not defend against solving
// several lines jointly, which the report's small two-way tables do not allow in practice.

export const MIN_PERSONS = 5;
export const SUPPRESSED = '<5';
export type Cell = number | typeof SUPPRESSED;

export interface CountTable {
  rows: string[];
  columns: string[];
  /** counts[row][column] */
  counts: number[][];
}

export interface PublishedTable {
  rows: string[];
  columns: string[];
  /** cells[row][column], with the row total as the last column and the column totals as the last row */
  cells: Cell[][];
  suppressed: { primary: number; secondary: number };
}

export function suppress(table: CountTable): PublishedTable {
  const r = table.rows.length;
  const c = table.columns.length;
  // The full table with margins: row r is the column totals, column c the row totals.
  const v: number[][] = table.counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  v.push(Array.from({ length: c + 1 }, (_, j) => v.reduce((sum, row) => sum + row[j]!, 0)));
  const hidden = v.map((row) => row.map((x) => x > 0 && x < MIN_PERSONS));
  const primary = hidden.flat().filter(Boolean).length;

  // Every line: the cells of a row or a column, its total included.
  const lines: Array<Array<[number, number]>> = [
    ...Array.from({ length: r + 1 }, (_, i) => Array.from({ length: c + 1 }, (_, j) => [i, j] as [number, number])),
    ...Array.from({ length: c + 1 }, (_, j) => Array.from({ length: r + 1 }, (_, i) => [i, j] as [number, number])),
  ];
  let secondary = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([i, j]) => hidden[i]![j]).length !== 1) continue;
      const open = line.filter(([i, j]) => !hidden[i]![j]);
      const candidates = open.filter(([i, j]) => v[i]![j]! > 0).sort((a, b) => v[a[0]]![a[1]]! - v[b[0]]![b[1]]!);
      const pick = candidates[0] ?? open[open.length - 1];
      if (!pick) continue;
      hidden[pick[0]]![pick[1]] = true;
      secondary++;
      changed = true;
    }
  }
  return {
    rows: [...table.rows, 'gesamt'],
    columns: [...table.columns, 'gesamt'],
    cells: v.map((row, i) => row.map((x, j) => (hidden[i]![j] ? SUPPRESSED : x))),
    suppressed: { primary, secondary },
  };
}
