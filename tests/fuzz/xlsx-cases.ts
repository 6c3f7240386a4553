// The XLSX cases of the adapter fuzzing (issue 18): one real workbook (exceljs, two rows) whose
// worksheet or shared-string XML is mutated, re-valued or re-encoded and zipped again without
// compression, and some whose zip bytes themselves are mutated. XLSX_RUNS of them (FUZZ_RUNS,
// 10,000 in CI) run in two halves, two test files, so that two vitest workers can share them:
// the worksheet (xlsx-sheet.test.ts) and the shared strings and archive (xlsx-archive.test.ts).
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { ebbAdapter } from '../../adapters/ebb/index.js';
import { DEMIR_ROW, ebbWorkbookParts, SHARED_STRINGS_PART, SHEET_PART } from '../../adapters/ebb/test-workbook.js';
import { cutsArb, fuzz, FUZZ_RUNS, mutatedArb, readOutcome, reencodedArb, revaluedArb, XML_TOKENS, xmlEscape } from './fuzz.js';
import { storedZip } from './zip.js';

/** Cases in all: `FUZZ_XLSX_RUNS` sets them apart from the other adapters' `FUZZ_RUNS`. */
export const XLSX_RUNS = Number(process.env.FUZZ_XLSX_RUNS ?? FUZZ_RUNS);
export const SHEET_RUNS = Math.ceil(XLSX_RUNS / 2);
export const ARCHIVE_RUNS = XLSX_RUNS - SHEET_RUNS;

const ROWS = [DEMIR_ROW, ['EB-2026-00124', '15.03.2026', '', 'Muster', 'Erika', '01.01.1990', 'SYR', 'eingegangen', '', '', '', '', '']];
const SLOTS = /(?<=>)[^<>]+(?=<)|(?<==")[^"]*(?=")/g;

/** Cases of one part: its bytes mutated, its values replaced, or its text in another encoding. */
function partCases(parts: Map<string, Buffer>, name: string, weight: number): fc.WeightedArbitrary<Buffer>[] {
  const withPart = (content: Buffer) => storedZip(new Map([...parts, [name, content]]));
  const text = parts.get(name)!.toString('utf8');
  const prolog = text.slice(0, text.indexOf('?>') + 2);
  return [
    { weight, arbitrary: mutatedArb(parts.get(name)!, XML_TOKENS).map(withPart) },
    { weight, arbitrary: revaluedArb(text.slice(prolog.length), SLOTS, xmlEscape).map((t) => withPart(Buffer.from(prolog + t))) },
    { weight: 1, arbitrary: reencodedArb(text).map(withPart) },
  ];
}

export async function sheetCases(): Promise<fc.Arbitrary<Buffer>> {
  return fc.oneof(...partCases(await ebbWorkbookParts(ROWS), SHEET_PART, 3));
}

export async function archiveCases(): Promise<fc.Arbitrary<Buffer>> {
  const parts = await ebbWorkbookParts(ROWS);
  return fc.oneof(
    ...partCases(parts, SHARED_STRINGS_PART, 2),
    { weight: 1, arbitrary: mutatedArb(storedZip(parts), ['PK\x03\x04', 'PK\x01\x02', 'PK\x05\x06', '\xff\xff\xff\xff', '\x00\x00']) },
    { weight: 1, arbitrary: mutatedArb(storedZip(parts, deflateRawSync), ['PK\x03\x04', 'PK\x07\x08', '\xff\xff\xff\xff', '\x00\x00']) },
  );
}

/** Runs `runs` workbooks of `cases` through the EBB adapter, as an import would read them. */
export async function fuzzWorkbooks(name: string, cases: fc.Arbitrary<Buffer>, runs: number): Promise<number> {
  const result = await fuzz(name, fc.tuple(cases, cutsArb), ([bytes, cuts]) => readOutcome(ebbAdapter, 'fuzz.xlsx', bytes, cuts), runs);
  return result.runs;
}
