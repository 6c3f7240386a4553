// Property-based fuzzing of the EBB adapter on XLSX workbooks, issue 18: the second half of the
// cases, on the shared strings and the zip archive (tests/fuzz/xlsx-cases.ts).
import { describe, expect, it } from 'vitest';
import { ARCHIVE_RUNS, archiveCases, fuzzWorkbooks } from './xlsx-cases.js';

describe('fuzzing the EBB adapter on XLSX shared strings and archives', () => {
  it(`ends every one of ${ARCHIVE_RUNS} workbooks with mutated, re-valued or re-encoded shared strings or mutated zip bytes as records, rejections or a coded refusal naming the file`, async () => {
    expect(await fuzzWorkbooks('ebb xlsx archive', await archiveCases(), ARCHIVE_RUNS)).toBe(ARCHIVE_RUNS);
  }, 900_000);
});
