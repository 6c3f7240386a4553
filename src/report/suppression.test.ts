import { describe, expect, it } from 'vitest';
import { lineDiscloses, SECONDARY, SUPPRESSED, suppress, type Cell } from './suppression.js';

const markOf = (c: Cell) => (c === SUPPRESSED ? 'primary' : c === SECONDARY ? 'secondary' : 'shown');

/** True when some row or column lets a reader compute one of its hidden cells exactly. */
function disclosed(counts: number[][], cells: Cell[][]): boolean {
  const v = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  v.push(v[0]!.map((_, j) => v.reduce((s, row) => s + row[j]!, 0)));
  const rows = v.map((row, i) => [row, cells[i]!.map(markOf)] as const);
  const cols = v[0]!.map((_, j) => [v.map((row) => row[j]!), cells.map((row) => markOf(row[j]!))] as const);
  return [...rows, ...cols].some(([values, marks]) => lineDiscloses(values, marks));
}

describe('a line of the report', () => {
  it('discloses a single hidden cell: the total minus the others', () => {
    expect(lineDiscloses([3, 12, 15], ['primary', 'shown', 'shown'])).toBe(true);
  });
  it('discloses five hidden cells of one person each under a shown total of 5', () => {
    expect(lineDiscloses([1, 1, 1, 1, 1, 5], ['primary', 'primary', 'primary', 'primary', 'primary', 'shown'])).toBe(true);
  });
  it('does not disclose two hidden cells whose sum leaves room', () => {
    expect(lineDiscloses([3, 12, 15], ['primary', 'secondary', 'shown'])).toBe(false);
    expect(lineDiscloses([2, 3, 0, 5], ['primary', 'primary', 'shown', 'shown'])).toBe(false);
  });
  it('discloses two hidden cells of one person each under a shown total of 2 plus the rest', () => {
    expect(lineDiscloses([1, 1, 9, 11], ['primary', 'primary', 'shown', 'shown'])).toBe(true);
  });
});

describe('suppression in the controlling report', () => {
  it('hides a cell of 3 and, because the row total would reveal it, a second cell of that row and column', () => {
    const counts = [
      [3, 12],
      [8, 20],
    ];
    const t = suppress({ rows: ['Hilden', 'Velbert'], columns: ['p25a', 'p25b'], counts });
    expect(t.cells[0]![0]).toBe(SUPPRESSED); // primary: 3 persons
    expect(t.suppressed.primary).toBe(1);
    expect(t.suppressed.secondary).toBeGreaterThanOrEqual(2); // one more in its row, one more in its column
    expect(t.cells[0]![2]).toBe(15); // the row total stays: it is safe once a second cell is hidden
    expect(t.cells[0]![1]).toBe(SECONDARY); // 15 - 12 would give 3 otherwise; marked x, it holds 5 or more
    expect(t.cells[1]![0]).toBe(SECONDARY); // 11 - 8 would give 3 otherwise
    expect(disclosed(counts, t.cells)).toBe(false);
  });

  it('shows a table without small counts unchanged, with its totals', () => {
    const t = suppress({
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      counts: [
        [5, 6],
        [7, 0],
      ],
    });
    expect(t.cells).toEqual([
      [5, 6, 11],
      [7, 0, 7],
      [12, 6, 18],
    ]);
    expect(t.suppressed).toEqual({ primary: 0, secondary: 0 });
  });

  it('hides small totals too, and keeps zeros visible', () => {
    const counts = [
      [2, 0],
      [9, 9],
    ];
    const t = suppress({ rows: ['a', 'b'], columns: ['x', 'y'], counts });
    expect(t.cells[0]![2]).toBe(SUPPRESSED); // row total 2
    expect(t.cells[0]![1]).toBe(0);
    expect(disclosed(counts, t.cells)).toBe(false);
  });

  it('protects five municipalities with one person each, whose total of 5 would otherwise give them away', () => {
    const counts = [[1], [1], [1], [1], [1]];
    const t = suppress({ rows: ['a', 'b', 'c', 'd', 'e'], columns: ['Personen'], counts });
    expect(t.cells.map((r) => r[0])).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED, SECONDARY]);
    expect(disclosed(counts, t.cells)).toBe(false);
  });

  it('leaves no line from which a hidden cell can be computed, whatever the table', () => {
    for (let seed = 1; seed <= 300; seed++) {
      let x = seed;
      const next = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % 12);
      const counts = Array.from({ length: 4 }, () => Array.from({ length: 5 }, next));
      const t = suppress({ rows: ['1', '2', '3', '4'], columns: ['a', 'b', 'c', 'd', 'e'], counts });
      expect(disclosed(counts, t.cells), JSON.stringify(counts)).toBe(false);
      // Honest marks: "<5" only on 1 to 4, "x" only on 5 or more.
      t.cells.flat().forEach((cell, k) => {
        const value = [...counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)])].flat()[k];
        if (cell === SUPPRESSED && value !== undefined) expect(value >= 1 && value <= 4).toBe(true);
        if (cell === SECONDARY && value !== undefined) expect(value).toBeGreaterThanOrEqual(5);
      });
    }
  });
});
