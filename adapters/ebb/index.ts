// The EBB adapter: the naturalisation backlog as CSV (UTF-8 with BOM) or XLSX (sheet "Anträge").
// The export does not say when it was written, so records carry the time the file was received.
import { Readable } from 'node:stream';
import type { PersonRecord } from '../../src/generated/kim-types.js';
import { rowAdapter } from '../csv/adapter.js';
import { readCsvRows, type CsvRow } from '../csv/rows.js';
import type { Adapter, AdapterInput } from '../types.js';
import { EBB_COLUMNS, mapEbbRow } from './mapping.js';
import { readXlsxRows } from './xlsx.js';

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');

/** CSV or XLSX, told apart by the first bytes: an XLSX file is a zip archive. */
async function* rowsOf(input: AdapterInput): AsyncGenerator<CsvRow> {
  const iterator = input.stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : Buffer.from(first.value as Buffer);
  const stream = Readable.from(
    (async function* () {
      if (head.length) yield head;
      for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value as Buffer;
    })(),
  );
  yield* head.subarray(0, 4).equals(ZIP_MAGIC) ? readXlsxRows({ ...input, stream }) : readCsvRows({ ...input, stream }, { name: 'an EBB export', encoding: 'utf-8', columns: EBB_COLUMNS }, 'Antragsnummer');
}

export const ebbAdapter: Adapter<PersonRecord> = rowAdapter('ebb', rowsOf, (cells, position, input) => mapEbbRow(cells, position, input.receivedAt ?? new Date().toISOString()), 'Antragsnummer');
