import { describe, expect, it } from 'vitest';
import { SUPPRESSED, suppress, type Cell } from './suppression.js';

/** True when some hidden cell equals its line's total minus the line's other (all visible) cells. */
function derivable(cells: Cell[][]): boolean {
  const lines = [...cells, ...cells[0]!.map((_, j) => cells.map((row) => row[j]!))];
  return lines.some((line) => line.filter((x) => x === SUPPRESSED).length === 1);
}

describe('suppression in the controlling report', () => {
  it('hides a cell of 3 and, because the row total would reveal it, a second cell of that row and column', () => {
    const t = suppress({ rows: ['Hilden', 'Velbert'], columns: ['p25a', 'p25b'], counts: [[3, 12], [8, 20]] });
    expect(t.cells[0]![0]).toBe(SUPPRESSED); // primary: 3 persons
    expect(t.suppressed.primary).toBe(1);
    expect(t.suppressed.secondary).toBeGreaterThanOrEqual(2); // one more in its row, one more in its column
    expect(t.cells[0]![2]).toBe(15); // the row total stays: it is safe once a second cell is hidden
    expect(t.cells[0]![1]).toBe(SUPPRESSED); // 15 - 12 would give 3 otherwise
    expect(t.cells[1]![0]).toBe(SUPPRESSED); // 11 - 8 would give 3 otherwise
    expect(derivable(t.cells)).toBe(false);
  });

  it('shows a table without small counts unchanged, with its totals', () => {
    const t = suppress({ rows: ['a', 'b'], columns: ['x', 'y'], counts: [[5, 6], [7, 0]] });
    expect(t.cells).toEqual([[5, 6, 11], [7, 0, 7], [12, 6, 18]]);
    expect(t.suppressed).toEqual({ primary: 0, secondary: 0 });
  });

  it('hides small totals too, and keeps zeros visible', () => {
    const t = suppress({ rows: ['a', 'b'], columns: ['x', 'y'], counts: [[2, 0], [9, 9]] });
    expect(t.cells[0]![2]).toBe(SUPPRESSED); // row total 2
    expect(t.cells[0]![1]).toBe(0);
    expect(derivable(t.cells)).toBe(false);
  });

  it('leaves no line with a single hidden cell, whatever the table', () => {
    for (let seed = 1; seed <= 200; seed++) {
      let x = seed;
      const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % 12);
      const counts = Array.from({ length: 4 }, () => Array.from({ length: 5 }, next));
      expect(derivable(suppress({ rows: ['1', '2', '3', '4'], columns: ['a', 'b', 'c', 'd', 'e'], counts }).cells), JSON.stringify(counts)).toBe(false);
    }
  });
});
