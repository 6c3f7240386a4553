// Streams the rows of a `;`-separated export with csv-parse: bytes are decoded as the format
// prescribes (checked by the encoding guard), the header row is checked against the format's
// columns, and each data row comes with its 1-based line number and its cells by column name.
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { KimError } from '../../src/errors/registry.js';
import { EncodingGuard } from '../xml/encoding.js';
import type { AdapterInput } from '../types.js';
import { MAX_CSV_RECORD_CHARS } from '../limits.js';

export interface CsvFormat {
  /** human name for messages: "a Jobcenter export" */
  name: string;
  encoding: 'windows-1252' | 'utf-8';
  columns: readonly string[];
}

export type CsvRow =
  | { kind: 'row'; line: number; cells: Record<string, string> }
  /** a row csv-parse could not read (a stray or unclosed quote): rejected alone, the others read on */
  | { kind: 'malformed'; line: number; problem: string }
  | { kind: 'columns'; line: number; found: number; expected: number; raw: string[]; /** the record's id cell, if the row has one */ idCell?: string };

export async function* readCsvRows(input: AdapterInput, format: CsvFormat, idColumn?: string): AsyncGenerator<CsvRow> {
  const guard = new EncodingGuard(input.file, format.encoding === 'utf-8' ? 'utf-8' : 'single-byte', format.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252');
  const check = encodingCheck(guard);
  // A row csv-parse cannot read is skipped and reported here, by line and kind of fault: its
  // error message quotes the field's value, which must not reach an import's error or the API.
  const skipped: Array<{ line: number; problem: string }> = [];
  let failure: unknown = null;
  let lastLine = 0; // the line the last complete row ended on: a skipped row starts after it
  const parser = parse({
    delimiter: ';',
    quote: '"',
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    skip_records_with_error: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
    on_record: (record, context) => {
      lastLine = context.lines;
      return record;
    },
    on_skip: (err) => {
      const line = lastLine + 1;
      const code = (err as { code?: string } | undefined)?.code;
      // Past the size bound the parser cannot find the next record: the file is not read on.
      if (code === 'CSV_MAX_RECORD_SIZE') {
        failure ??= Object.assign(new Error('record too large'), { code, lines: line });
        parser.destroy();
        return;
      }
      if (skipped.at(-1)?.line !== line) skipped.push({ line, problem: csvProblem(code) });
    },
  });
  /** The skipped rows before `line` (all when undefined), in file order. */
  const skippedBefore = function* (line?: number): Generator<CsvRow> {
    while (skipped.length && (line === undefined || skipped[0]!.line < line)) yield { kind: 'malformed', ...skipped.shift()! };
  };
  // One pipeline, so an encoding error in the guard tears down the parser and ends the loop below.
  const feeding = pipeline(input.stream, check, iconv.decodeStream(format.encoding, { stripBOM: true }), parser).catch((e: unknown) => {
    failure ??= e; // the first fault: a destroyed parser makes the pipeline report a premature close after it
  });

  let header: string[] | null = null;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item;
      yield* skippedBefore(info.lines);
      if (!header) {
        header = record.map((c) => c.trim());
        if (header.join(';') !== format.columns.join(';')) {
          throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: not ${format.name} (the header row does not have the columns ${format.columns.slice(0, 3).join(';')};…)`);
        }
        continue;
      }
      if (record.length !== header.length) {
        yield { kind: 'columns', line: info.lines, found: record.length, expected: header.length, raw: record, ...(idColumn ? { idCell: record[header.indexOf(idColumn)] } : {}) };
        continue;
      }
      const cells: Record<string, string> = {};
      header.forEach((h, i) => (cells[h] = record[i]!));
      yield { kind: 'row', line: info.lines, cells };
    }
  } catch (e) {
    if (e instanceof KimError) {
      parser.destroy();
      throw e;
    }
    failure ??= e;
  }
  await feeding;
  if (header) yield* skippedBefore();
  if (failure) throw failureError(failure, input, format);
  if (!header) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: the file is empty`);
}

/** A pass-through stream that checks the bytes against the format's encoding before they are decoded. */
function encodingCheck(guard: EncodingGuard): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      try {
        guard.check(chunk);
        done(null, chunk);
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done) {
      try {
        guard.finish();
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
}

/** The error a failed read ends with: the guard's own, or one made from csv-parse's code. */
function failureError(failure: unknown, input: AdapterInput, format: CsvFormat): KimError {
  if (failure instanceof KimError) return failure;
  // A record past the bound: the parser stops buffering it and cannot find the next one.
  const csv = failure as { code?: string; lines?: number };
  if (csv.code === 'CSV_MAX_RECORD_SIZE') return new KimError('KIM_ERR_INPUT_RECORD_TOO_LARGE', `${input.file} line ${csv.lines ?? '?'}: the record is longer than ${MAX_CSV_RECORD_CHARS} characters; the file is not read on`);
  // The code, never the message: csv-parse's messages quote the offending value.
  return new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: not ${format.name} (${csv.code ?? 'unreadable'})`);
}

/** What is wrong with a row csv-parse skipped, by its error code: words for the operator, no value. */
function csvProblem(code: string | undefined): string {
  if (code === 'INVALID_OPENING_QUOTE') return 'has a quote inside a field (a field with quotes must be quoted whole, its quotes doubled)';
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'has a closing quote that is not followed by ";" or the end of the line';
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'opens a quote that is never closed: this row and every row after it could not be read';
  return `is not well-formed CSV (${code ?? 'unknown fault'})`;
}
