// Property-based fuzzing of the EBB adapter on XLSX workbooks, issue 18: the first half of the
// cases, on the worksheet (tests/fuzz/xlsx-cases.ts).
import { describe, expect, it } from 'vitest';
import { fuzzWorkbooks, SHEET_RUNS, sheetCases } from './xlsx-cases.js';

describe('fuzzing the EBB adapter on XLSX worksheets', () => {
  it(`ends every one of ${SHEET_RUNS} workbooks with a mutated, re-valued or re-encoded sheet as records, rejections or a coded refusal naming the file`, async () => {
    expect(await fuzzWorkbooks('ebb xlsx sheet', await sheetCases(), SHEET_RUNS)).toBe(SHEET_RUNS);
  }, 900_000);
});
