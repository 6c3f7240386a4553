// Reads a large XML export on several cores: the main thread parses (sax cannot be split) and
// hands batches of record trees to worker threads, which map, validate, hash and serialise them.
// Results come back in file order. Used by `kim-hub inspect` and the import stage for big ABH
// and Sozialamt files; the single-threaded adapter stays the reference (the tests compare both).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { abhFormat } from '../abh/index.js';
import { sozialamtFormat } from '../sozialamt/index.js';
import type { AdapterInput, Rejection, Source } from '../types.js';
import { readXmlItems, type XmlFormat, type XmlRecordItem } from './xml-adapter.js';

export interface ParallelBatch {
  seq: number;
  source: string;
  file: string;
  header: unknown;
  items: XmlRecordItem[];
}

/** Consecutive accepted records as UTF-8 NDJSON bytes, moved (not copied) back to the main thread. */
export interface NdjsonChunk {
  ndjson: Uint8Array;
  records: number;
}

export interface ParallelResult {
  seq: number;
  out: Array<NdjsonChunk | Rejection>;
}

const BATCH = 200;

export async function* readXmlParallel<H>(format: XmlFormat<H>, input: AdapterInput, workers: number): AsyncGenerator<NdjsonChunk | Rejection> {
  const url = new URL('./parallel-worker.js', import.meta.url);
  const pool = Array.from({ length: workers }, () => new Worker(url));
  const waiting = new Map<number, (r: ParallelResult) => void>();
  const arrived = new Map<number, ParallelResult>();
  let failure: Error | null = null;
  for (const w of pool) {
    w.on('message', (r: ParallelResult) => {
      const resolve = waiting.get(r.seq);
      if (resolve) {
        waiting.delete(r.seq);
        resolve(r);
      } else arrived.set(r.seq, r);
    });
    w.on('error', (e) => {
      failure = e;
      for (const resolve of waiting.values()) resolve({ seq: -1, out: [] });
    });
  }
  const result = (seq: number) =>
    new Promise<ParallelResult>((resolve) => {
      const ready = arrived.get(seq);
      if (ready) {
        arrived.delete(seq);
        resolve(ready);
      } else waiting.set(seq, resolve);
    });

  let header: H | undefined;
  let batch: XmlRecordItem[] = [];
  let sent = 0;
  let received = 0;
  // Bounded: at most four batches per worker in flight, so memory stays flat on any file size.
  const maxInFlight = workers * 4;
  const send = () => {
    const msg: ParallelBatch = { seq: sent, source: format.source, file: input.file, header, items: batch };
    pool[sent % workers]!.postMessage(msg);
    sent++;
    batch = [];
  };
  try {
    for await (const next of readXmlItems(format, input)) {
      if ('header' in next) {
        header = next.header;
        continue;
      }
      batch.push(next.item);
      if (batch.length < BATCH) continue;
      send();
      while (sent - received >= maxInFlight) {
        const r = await result(received++);
        if (failure) throw failure;
        yield* r.out;
      }
    }
    if (batch.length) send();
    while (received < sent) {
      const r = await result(received++);
      if (failure) throw failure;
      yield* r.out;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

// Small files are not worth starting threads for.
const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;
const XML_FORMATS: Partial<Record<Source, XmlFormat<unknown>>> = { abh: abhFormat as XmlFormat<unknown>, sozialamt: sozialamtFormat as XmlFormat<unknown> };

/**
 * The file read on worker threads, when that pays off: an XML source, a large file (or
 * `configuredWorkers`, a variable's value, setting the threads for any size; 0 forces one
 * thread), and the worker module built. The module exists only in the built output (dist/);
 * under the test runner callers take the single-threaded adapter. Null: read it that way.
 */
export function readXmlFileParallel(file: string, source: Source, configuredWorkers: string | undefined): AsyncGenerator<NdjsonChunk | Rejection> | null {
  const format = XML_FORMATS[source];
  if (!format) return null;
  const workers = configuredWorkers !== undefined ? Math.max(0, Number(configuredWorkers) || 0) : statSync(file).size >= PARALLEL_MIN_BYTES ? Math.max(1, availableParallelism() - 1) : 0;
  if (workers === 0 || !existsSync(fileURLToPath(new URL('./parallel-worker.js', import.meta.url)))) return null;
  return readXmlParallel(format, { file: path.basename(file), stream: createReadStream(file, { highWaterMark: 256 * 1024 }) }, workers);
}
