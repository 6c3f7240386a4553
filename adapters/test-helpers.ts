// Helpers for adapter tests: run an adapter over bytes or a sample file and split the results.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
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
