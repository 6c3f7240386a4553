// Helpers for adapter tests: run an adapter over bytes or a sample file and split the results.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { examplesDir } from '../src/paths.js';
import type { Adapter, NormalisedRecord, Rejection } from './types.js';

export const SAMPLES = path.join(examplesDir, 'kreis-mettmann');

export async function readAll<T extends NormalisedRecord>(adapter: Adapter<T>, file: string, bytes?: Buffer | string): Promise<{ records: T[]; rejections: Rejection[] }> {
  const stream = bytes === undefined ? createReadStream(path.join(SAMPLES, file)) : Readable.from([typeof bytes === 'string' ? Buffer.from(bytes) : bytes]);
  const records: T[] = [];
  const rejections: Rejection[] = [];
  for await (const item of adapter.read({ file, stream })) {
    if (item.type === 'rejection') rejections.push(item);
    else records.push(item);
  }
  return { records, rejections };
}

/** An XLSX as exceljs's streaming writer makes it: worksheets first, shared strings last. */
export async function sheetsFirstWorkbook(header: readonly string[], rows: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const ws = wb.addWorksheet('Anträge');
  ws.addRow([...header]).commit();
  for (let i = 0; i < rows; i++) ws.addRow([`EB-2026-${String(i).padStart(5, '0')}`, '14.03.2026', '', `Muster${i}`, 'Erika']).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}
