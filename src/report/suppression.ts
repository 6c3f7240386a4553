// Statistical disclosure control for the controlling report: a table of person counts with row
// and column totals, in which no count of fewer than five persons can be read off, directly or by
// working it out from the other cells of its row or column and their total.
// Primary suppression: every cell (margins included) with 1 to 4 persons, shown as "<5". Zero is
// shown: it names nobody. Secondary suppression, shown as "x" (honestly: those cells hold five or
// more): as long as some line (a row or a column with its total) lets a reader pin down a hidden
// cell exactly, the smallest other non-zero cell of that line is hidden too (its total, if
// nothing else is left). "Pin down" includes the bounds a reader knows: "<5" is 1 to 4, "x" is 5
// or more. So five municipalities with one person each under a total of 5 are protected too,
// not only the single hidden cell that a subtraction reveals. Line by line, like Destatis'
// tables; it does not solve several lines jointly, which the report's small tables do not allow.

export const MIN_PERSONS = 5;
export const SUPPRESSED = '<5';
export const SECONDARY = 'x';
export type Cell = number | typeof SUPPRESSED | typeof SECONDARY;

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

type Mark = 'shown' | 'primary' | 'secondary';
const BOUNDS: Record<Exclude<Mark, 'shown'>, [number, number]> = { primary: [1, MIN_PERSONS - 1], secondary: [MIN_PERSONS, Infinity] };

/**
 * True when a reader can compute one hidden cell of the line exactly. The line's cells sum to
 * its total: Σ cells − total = 0; each hidden cell is bounded by its mark, so its feasible range
 * is what the others' ranges leave.
 */
export function lineDiscloses(values: number[], marks: Mark[]): boolean {
  const last = values.length - 1; // the total
  const sign = (i: number) => (i === last ? -1 : 1);
  let known = 0;
  const hidden: Array<{ lo: number; hi: number }> = [];
  values.forEach((v, i) => {
    const m = marks[i]!;
    if (m === 'shown') known += sign(i) * v;
    else {
      const [lb, ub] = BOUNDS[m];
      hidden.push(sign(i) > 0 ? { lo: lb, hi: ub } : { lo: -ub, hi: -lb });
    }
  });
  // Σ hidden (signed) = −known. A hidden term is pinned when the others' range leaves one value.
  const sumLo = hidden.reduce((a, h) => a + h.lo, 0);
  const sumHi = hidden.reduce((a, h) => a + h.hi, 0);
  return hidden.some((h) => {
    const lo = Math.max(h.lo, -known - (sumHi - h.hi));
    const hi = Math.min(h.hi, -known - (sumLo - h.lo));
    return lo === hi;
  });
}

export function suppress(table: CountTable): PublishedTable {
  const r = table.rows.length;
  const c = table.columns.length;
  // The full table with margins: row r is the column totals, column c the row totals.
  const v: number[][] = table.counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  v.push(Array.from({ length: c + 1 }, (_, j) => v.reduce((sum, row) => sum + row[j]!, 0)));
  const marks: Mark[][] = v.map((row) => row.map((x) => (x > 0 && x < MIN_PERSONS ? 'primary' : 'shown')));
  const primary = marks.flat().filter((m) => m === 'primary').length;

  // Every line: the cells of a row or a column, its total last.
  const lines: Array<Array<[number, number]>> = [
    ...Array.from({ length: r + 1 }, (_, i) => Array.from({ length: c + 1 }, (_, j) => [i, j] as [number, number])),
    ...Array.from({ length: c + 1 }, (_, j) => Array.from({ length: r + 1 }, (_, i) => [i, j] as [number, number])),
  ];
  let secondary = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (
        !lineDiscloses(
          line.map(([i, j]) => v[i]![j]!),
          line.map(([i, j]) => marks[i]![j]!),
        )
      )
        continue;
      const open = line.filter(([i, j]) => marks[i]![j] === 'shown');
      const candidates = open.filter(([i, j]) => v[i]![j]! > 0).sort((a, b) => v[a[0]]![a[1]]! - v[b[0]]![b[1]]!);
      const pick = candidates[0];
      if (!pick) continue; // only zeros left open: they add no uncertainty, and a hidden zero would be a false "x"
      marks[pick[0]]![pick[1]] = 'secondary';
      secondary++;
      changed = true;
    }
  }
  return {
    rows: [...table.rows, 'gesamt'],
    columns: [...table.columns, 'gesamt'],
    cells: v.map((row, i) => row.map((x, j) => (marks[i]![j] === 'primary' ? SUPPRESSED : marks[i]![j] === 'secondary' ? SECONDARY : x))),
    suppressed: { primary, secondary },
  };
}
