// Turns a row mapping into a streaming adapter: every row becomes a record or a rejection that
// names file, line, column and reason; a wrong column count or a stray quote is a rejection of
// that row only.
import type { Consent, PersonRecord } from '../../src/generated/kim-types.js';
import { cellsProblem, clip } from '../limits.js';
import { rejection } from '../record.js';
import type { Adapter, AdapterInput, Position, ReadItem, Source } from '../types.js';
import { readCsvRows, type CsvFormat, type CsvRow } from './rows.js';

type RowMapping<T> = (cells: Record<string, string>, position: Position, input: AdapterInput) => T;

/** An adapter over any source of rows (CSV or a spreadsheet) with one mapping per row. */
export function rowAdapter<T extends PersonRecord | Consent>(source: Source, rowsOf: (input: AdapterInput) => AsyncIterable<CsvRow>, map: RowMapping<T>, idColumn: string): Adapter<T> {
  async function* read(input: AdapterInput): AsyncGenerator<ReadItem<T>> {
    for await (const row of rowsOf(input)) {
      const position = { file: input.file, line: row.line };
      if (row.kind === 'malformed') {
        yield { type: 'rejection', source, position, recordId: null, field: null, code: 'KIM_ERR_RECORD_CSV', reason: row.problem, value: null, raw: null };
        continue;
      }
      if (row.kind === 'columns') {
        yield {
          type: 'rejection',
          source,
          position,
          recordId: row.idCell?.trim() || null,
          field: null,
          code: 'KIM_ERR_RECORD_COLUMNS',
          reason: `has ${row.found} columns, the header has ${row.expected}`,
          value: null,
          raw: row.raw,
        };
        continue;
      }
      // Checked before mapping: no field over the bound and no NUL reaches the mapping or the store.
      const problem = cellsProblem(row.cells);
      if (problem) {
        yield rejection(source, position, clip(row.cells[idColumn]?.trim() ?? '') || null, problem, clipped(row.cells));
        continue;
      }
      try {
        yield map(row.cells, position, input);
      } catch (e) {
        yield rejection(source, position, row.cells[idColumn]?.trim() || null, e, row.cells);
      }
    }
  }
  return { source, read };
}

const clipped = (cells: Record<string, string>) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, clip(v)]));

export function csvAdapter<T extends PersonRecord | Consent>(source: Source, format: CsvFormat, map: RowMapping<T>, idColumn: string): Adapter<T> {
  return rowAdapter(source, (input) => readCsvRows(input, format, idColumn), map, idColumn);
}
