// The hostile files of issue 18 that the adapter tests do not have yet: a 100 MB single field in
// every format, a CSV with a million columns, 10,000-deep nesting, an XLSX sheet that inflates
// to gigabytes. Each is read by `kim-hub inspect` in a process of its own under GNU time, so
// that the test sees the peak RSS of the whole read, with a heap cap that turns unbounded growth
// into a crash. Each must end within seconds, in bounded memory, with a message naming the file
// and the problem. (Entity bombs and external entities: adapters/abh, adapters/sozialamt tests;
// zip bombs of shared strings: adapters/ebb/zip-bounds.test.ts.)
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../../adapters/test-helpers.js';
import { projectRoot } from '../../src/paths.js';
import { repeated } from '../zip-bombs.js';
import { hostileWorkbook } from './hostile-workbooks.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kim-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;
/** The heap cap of the reading process, and the peak RSS the read may reach (a normal inspect of the samples: ~120 MB). */
const HEAP_MB = 256;
const MAX_RSS_MB = 400;
/** Generous for a shared CI machine: "refused, not hung". */
const MAX_SECONDS = 60;

/** Writes head + `bytes` of `pattern` + tail, streamed, never held in memory whole. */
async function hostileFile(name: string, head: string | Buffer, pattern: string, bytes: number, tail: string | Buffer): Promise<string> {
  // Strings are written as the format's encoding would have them: Windows-1252 for the Jobcenter.
  const encode = (s: string | Buffer) => (typeof s === 'string' && name.startsWith('jobcenter') ? iconv.encode(s, 'windows-1252') : Buffer.from(s));
  const file = path.join(dir, name);
  await pipeline(
    Readable.from(
      (async function* () {
        yield encode(head);
        yield* repeated(pattern, bytes);
        yield encode(tail);
      })(),
    ),
    createWriteStream(file),
  );
  return file;
}

function inspect(file: string, source?: string): { status: number | null; stderr: string; seconds: number; rssMb: number } {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS_KB=%M', process.execPath, `--max-old-space-size=${HEAP_MB}`, path.join(projectRoot, 'bin', 'kim-hub.js'), 'inspect', ...(source ? ['--source', source] : []), file], {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    timeout: 3 * MAX_SECONDS * 1000,
  });
  const rss = Number(/RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { status: r.status, stderr: r.stderr.replace(/RSS_KB=\d+\n?/, ''), seconds: (performance.now() - started) / 1000, rssMb: rss };
}

function expectRefusedInBounds(r: ReturnType<typeof inspect>, exit: number, message: RegExp): void {
  expect(r.stderr).toMatch(message);
  expect(r.status, r.stderr.slice(0, 500)).toBe(exit);
  expect(r.seconds).toBeLessThan(MAX_SECONDS);
  expect(r.rssMb).toBeLessThan(MAX_RSS_MB);
}

const abh = readFileSync(path.join(SAMPLES, 'abh.xml'), 'utf8');
const abhHead = abh.slice(0, abh.indexOf('<person>'));
const firstPerson = abh.slice(abh.indexOf('<person>'), abh.indexOf('</person>') + '</person>'.length);
const jobcenterHeader = iconv.decode(readFileSync(path.join(SAMPLES, 'jobcenter.csv')), 'windows-1252').split('\r\n')[0]!;

describe('a 100 MB single field', () => {
  it('in an ABH person rejects that person, naming file, element and field, and reads the others', async () => {
    const [before, after] = firstPerson.split('Haddad');
    const file = await hostileFile('abh-field.xml', abhHead + before, 'H', 100 * MB, `${after}${abh.slice(abh.indexOf('</person>') + 9)}`);
    expectRefusedInBounds(inspect(file), 2, /abh-field\.xml line 3: familienname "H{1000}…" is longer than 1000 characters[^]*abh-field\.xml +abh +9 +8 +1 /);
  }, 200_000);

  it('in a Sozialamt attribute rejects the case as malformed XML, naming file and element', async () => {
    const file = await hostileFile('sozialamt-field.xml', '<?xml version="1.0" encoding="ISO-8859-15"?>\n<SozExport Stand="20.11.2026">\n  <Fall Az="', '5', 100 * MB, '"><Person AZR="1"/></Fall>\n</SozExport>\n');
    expectRefusedInBounds(inspect(file), 2, /sozialamt-field\.xml line \d+: malformed XML/);
  }, 200_000);

  it('in a Jobcenter row stops the file at that row with KIM_ERR_INPUT_RECORD_TOO_LARGE', async () => {
    const file = await hostileFile('jobcenter-field.csv', `${jobcenterHeader}\r\n962D1;96201;;`, 'J', 100 * MB, ';Hassan;10.10.1988;syrisch;40822;05158036;01.07.2025;;ja;Vollzeit;1,00;1,00;0;nein;A2;19.11.2026\r\n');
    expectRefusedInBounds(inspect(file), 3, /jobcenter-field\.csv line 2: the record is longer than 65536 characters; the file is not read on/);
  }, 200_000);

  it('in an XLSX cell refuses the workbook with KIM_ERR_INPUT_XLSX_TOO_LARGE, naming file and part', async () => {
    const file = path.join(dir, 'ebb-field.xlsx');
    writeFileSync(file, await hostileWorkbook({ cellBytes: 100 * MB }));
    // As for the blank bomb below: the zip guard or the value-text bound, whichever sees the 1 MiB first.
    expectRefusedInBounds(inspect(file), 3, /ebb-field\.xlsx: not read, the workbook unpacks to more than the hub reads \(the part "xl\/worksheets\/sheet1\.xml" has more than 1 MiB of text (without markup|between two cell values)\)/);
  }, 200_000);
});

describe('a CSV with a million columns', () => {
  it('in a Jobcenter row rejects that row for its column count and reads on', async () => {
    const file = await hostileFile('jobcenter-columns.csv', `${jobcenterHeader}\r\n`, ';', 1_000_000, '\r\n');
    expectRefusedInBounds(inspect(file), 2, /jobcenter-columns\.csv line 2: has 1000001 columns, the header has 19/);
  }, 200_000);

  it('refuses one whose header row has a million columns', async () => {
    const file = await hostileFile('ebb-columns.csv', '\uFEFFAntragsnummer;Eingangsdatum;', 'x;', 1_000_000 * 2, '\r\n');
    expectRefusedInBounds(inspect(file, 'ebb'), 3, /ebb-columns\.csv line 1: the record is longer than 65536 characters/);
  }, 200_000);
});

describe('10,000-deep nesting', () => {
  it('inside an ABH person stops the file with KIM_ERR_INPUT_RECORD_TOO_LARGE', async () => {
    const file = await hostileFile('abh-deep.xml', `${abhHead}<person>`, '<a>', 3 * 10_000, `${'</a>'.repeat(10_000)}</person></abhExport>`);
    expectRefusedInBounds(inspect(file), 3, /abh-deep\.xml line \d+: record 1 nests elements deeper than 16 levels/);
  }, 200_000);

  it('between the root and the records of an ABH export (a million deep) stops the file with KIM_ERR_INPUT_RECORD_TOO_LARGE', async () => {
    const file = await hostileFile('abh-deep-outside.xml', abhHead, '<a>', 3 * 1_000_000, `${'</a>'.repeat(1_000_000)}</abhExport>`);
    expectRefusedInBounds(inspect(file), 3, /abh-deep-outside\.xml line \d+: elements outside the records nest deeper than 16 levels; the file is not read on \[KIM_ERR_INPUT_RECORD_TOO_LARGE\]/);
  }, 200_000);

  it('in a tenant file is refused as not a tenant file', async () => {
    const file = await hostileFile('tenant-deep.json', '{"tenant": "05158", "authorities": ', '[', 10_000, ']'.repeat(10_000) + '}');
    const r = inspect(file, 'tenant');
    expect(r.status).not.toBe(1);
    expectRefusedInBounds(r, r.status === 2 ? 2 : 3, /tenant-deep\.json/);
  }, 200_000);

  it('in an XLSX sheet is refused, naming the file', async () => {
    const file = path.join(dir, 'ebb-deep.xlsx');
    writeFileSync(file, await hostileWorkbook({ nesting: 10_000 }));
    const r = inspect(file);
    expect(r.status).not.toBe(1);
    expectRefusedInBounds(r, r.status ?? -1, /ebb-deep\.xlsx/);
  }, 200_000);
});

describe('an XLSX whose sheet inflates to gigabytes', () => {
  // Its rows are read as they unpack until the part's bound (256 MiB): a bomb of rows takes as
  // long as 256 MiB of rows (an import stops earlier, at KIM_QUARANTINE_MAX_ROWS rejections).
  it('of blanks is refused with KIM_ERR_INPUT_XLSX_TOO_LARGE at once, naming the file and the part', async () => {
    const file = path.join(dir, 'ebb-blank-bomb.xlsx');
    writeFileSync(file, await hostileWorkbook({ sheetBytes: 2 * 1024 * MB, filler: 'blanks' }));
    // Two bounds see the blanks at 1 MiB: the zip guard as the part unpacks, the value-text bound as
    // exceljs keeps them; which speaks first depends on how the stream's chunks fall. Either refusal is right.
    expectRefusedInBounds(inspect(file), 3, /ebb-blank-bomb\.xlsx: not read, the workbook unpacks to more than the hub reads \(the part "xl\/worksheets\/sheet1\.xml" has more than 1 MiB of text (without markup|between two cell values)\)/);
  }, 200_000);

  // exceljs appends the text between the elements to the value read last until the next value
  // opens: the line breaks of this bomb grew one string until a 256 MB heap ran out, before the
  // part's byte bound (adapters/ebb/value-text.ts). Refused at 100,000 pieces of such text.
  it('of empty elements is refused with KIM_ERR_INPUT_XLSX_TOO_LARGE within seconds, naming the file and the part', async () => {
    const file = path.join(dir, 'ebb-sheet-bomb.xlsx');
    writeFileSync(file, await hostileWorkbook({ sheetBytes: 2 * 1024 * MB, filler: 'elements' }));
    expectRefusedInBounds(inspect(file), 3, /ebb-sheet-bomb\.xlsx: not read, the workbook unpacks to more than the hub reads \(the part "xl\/worksheets\/sheet1\.xml" has more than 100,000 pieces of text between two cell values\)/);
  }, 200_000);

  // exceljs's shared-strings reader keeps the text between two strings like the sheet's does: the same bound (value-text.ts).
  it('in its shared strings, of empty elements, is refused with KIM_ERR_INPUT_XLSX_TOO_LARGE within seconds, naming the file and the part', async () => {
    const file = path.join(dir, 'ebb-strings-bomb.xlsx');
    writeFileSync(file, await hostileWorkbook({ sharedStringsBytes: 2 * 1024 * MB }));
    expectRefusedInBounds(inspect(file), 3, /ebb-strings-bomb\.xlsx: not read, the workbook unpacks to more than the hub reads \(the part "xl\/sharedStrings\.xml" has more than [\d,]+ pieces of text between two cell values\)/);
  }, 200_000);
});
