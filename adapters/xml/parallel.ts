// Reads a large XML export on several cores: the main thread parses (sax cannot be split) and
// hands batches of records (in compact form) to worker threads, which map, validate, hash and
// serialise them.
// Results come back in file order. Used by `kim-hub inspect` and the import stage for big ABH
// and Sozialamt files; the single-threaded adapter stays the reference (the tests compare both).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { abhFormat } from '../abh/index.js';
import { sozialamtFormat } from '../sozialamt/index.js';
import { READ_CHUNK, type AdapterInput, type Rejection, type Source, type Warning } from '../types.js';
import { hasFlags, warningsOf } from '../record.js';
import { compactBuilder, decodeBatch, encodeBatch, type CompactItem } from './compact.js';
import { streamXmlRecords } from './record-stream.js';
import type { XmlFormat } from './xml-adapter.js';

export interface ParallelBatch {
  seq: number;
  source: string;
  file: string;
  header: unknown;
  /** the records in compact form (adapters/xml/compact.ts) */
  items: string;
}

/** Consecutive accepted records as UTF-8 NDJSON bytes, moved (not copied) back to the main thread, with their warnings. */
export interface NdjsonChunk {
  ndjson: Uint8Array;
  records: number;
  /** values outside code lists in these records (open world); empty for almost every chunk */
  warnings: Warning[];
}

export interface ParallelResult {
  seq: number;
  out: Array<NdjsonChunk | Rejection>;
}

// Records per message. Fifty keeps a batch's string (and the NDJSON that comes back) below the
// sizes at which V8 and malloc take fresh pages for every message: with 200 records inspect of
// 200,000 persons took 195,000 page faults and 3.1 s of system time, with 50 records 68,000 and
// 1.6 s, and ~1.5 s less wall time (npm run bench, 2026-11-30; 25 and 64 measured the same).
const BATCH = 50;
// A worker holds one batch at a time; V8 would let its young generation grow to 32 MB and more
// and keep it, which put `kim-hub inspect` over its 300 MB (npm run bench, batches of 200 then).
// With 16 MB it still touched 302 MB in some runs; 12 MB kept it at 275-285 MB for no measurable
// speed (220-225 MB since batches are fifty records). The old generation limit is far above
// what a batch needs. With batches of fifty records, 32 MB stays near 200 MB
// at 100,000 and 200,000 persons and spares the worker a fifth of its collections' CPU
// (docs/performance.md, section inspect).
const WORKER_HEAP = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 128 };
const encoder = new TextEncoder();
// Each thread encodes its NDJSON into one reused buffer and copies a finished chunk out once.
// Concatenating a batch's lines into one string and encoding that took three times as long
// and faulted in fresh pages for every batch (the joined string and its bytes are each larger
// than V8's and malloc's thresholds for reusing memory): 175,000 page faults per 40,000
// records, a fifth of `kim-hub inspect`'s CPU as system time (npm run bench, 2026-11-30).
let ndjsonBuffer = new Uint8Array(1 << 20);

/** Maps one batch: what a worker thread does, and the main thread too when the workers are behind. */
export function mapBatch(format: XmlFormat<unknown>, batch: ParallelBatch): { result: ParallelResult; transfer: ArrayBuffer[] } {
  const out: ParallelResult['out'] = [];
  const transfer: ArrayBuffer[] = [];
  let used = 0;
  let records = 0;
  let warnings: Warning[] = [];
  const close = () => {
    if (!records) return;
    const ndjson = ndjsonBuffer.slice(0, used);
    out.push({ ndjson, records, warnings });
    transfer.push(ndjson.buffer as ArrayBuffer);
    used = 0;
    records = 0;
    warnings = [];
  };
  for (const item of decodeBatch(batch.items)) {
    const read = format.map(item, batch.header, batch.file);
    if (read.type === 'rejection') {
      close();
      out.push(read);
      continue;
    }
    if (read.type === 'person_record' && hasFlags(read)) warnings.push(...warningsOf(read));
    const line = JSON.stringify(read);
    // UTF-8 needs at most three bytes per UTF-16 unit, plus the newline.
    const room = line.length * 3 + 1;
    if (used + room > ndjsonBuffer.length) {
      close();
      if (room > ndjsonBuffer.length) ndjsonBuffer = new Uint8Array(room);
    }
    used += encoder.encodeInto(line, ndjsonBuffer.subarray(used)).written;
    ndjsonBuffer[used++] = 0x0a;
    records++;
  }
  close();
  return { result: { seq: batch.seq, out }, transfer };
}

/**
 * The worker threads of one file and the results they sent back, by batch number. Created once
 * per file; kept in one object so that the generator below reads as the flow of batches.
 */
interface Pool {
  readonly threads: Worker[];
  /** the resolve of a result the generator awaits before it arrived */
  readonly waiting: Map<number, (r: ParallelResult) => void>;
  /** results that arrived before the generator asked for them */
  readonly arrived: Map<number, ParallelResult>;
  /** batches posted to the threads and not answered yet */
  atWorkers: number;
  failure: Error | null;
}

function startPool(workers: number): Pool {
  const url = new URL('./parallel-worker.js', import.meta.url);
  const pool: Pool = {
    threads: Array.from({ length: workers }, () => new Worker(url, { resourceLimits: WORKER_HEAP })),
    waiting: new Map(),
    arrived: new Map(),
    atWorkers: 0,
    failure: null,
  };
  for (const w of pool.threads) {
    w.on('message', (r: ParallelResult) => {
      pool.atWorkers--;
      deliver(pool, r);
    });
    w.on('error', (e) => {
      pool.failure = e;
      for (const resolve of pool.waiting.values()) resolve({ seq: -1, out: [] });
    });
  }
  return pool;
}

function deliver(pool: Pool, r: ParallelResult): void {
  const resolve = pool.waiting.get(r.seq);
  if (resolve) {
    pool.waiting.delete(r.seq);
    resolve(r);
  } else pool.arrived.set(r.seq, r);
}

function result(pool: Pool, seq: number): Promise<ParallelResult> {
  return new Promise<ParallelResult>((resolve) => {
    const ready = pool.arrived.get(seq);
    if (ready) {
      pool.arrived.delete(seq);
      resolve(ready);
    } else pool.waiting.set(seq, resolve);
  });
}

export async function* readXmlParallel<H>(format: XmlFormat<H>, input: AdapterInput, workers: number): AsyncGenerator<NdjsonChunk | Rejection> {
  const pool = startPool(workers);
  let header: H | undefined;
  let batch: CompactItem[] = [];
  let sent = 0;
  let received = 0;
  let nextWorker = 0;
  // Bounded: at most eight batches per worker queued, and as many again done here and waiting
  // for an earlier one, so memory stays flat on any file size. While the workers' queues are
  // full the main thread maps the batch itself instead of idling: parsing and mapping then
  // share both cores whatever their ratio. Eight, not four: with a short queue the main thread
  // mapped too often, which costs it more than a worker (measured with batches of 200: 10.9 s →
  // 9.5 s wall and 18 s → 16 s CPU for 200,000 persons; with batches of 50, eight, sixteen and
  // thirty-two measured alike).
  const maxAtWorkers = workers * 8;
  const maxPending = maxAtWorkers * 2;
  const send = () => {
    const msg: ParallelBatch = { seq: sent, source: format.source, file: input.file, header, items: encodeBatch(batch) };
    if (pool.atWorkers < maxAtWorkers) {
      pool.atWorkers++;
      pool.threads[nextWorker++ % workers]!.postMessage(msg);
    } else deliver(pool, mapBatch(format as XmlFormat<unknown>, msg).result);
    sent++;
    batch = [];
  };
  try {
    for await (const next of streamXmlRecords(input, format.options, compactBuilder())) {
      if (next.kind === 'root') {
        header = format.header(next.attrs, input.file);
        continue;
      }
      batch.push(next);
      if (batch.length < BATCH) continue;
      send();
      while (sent - received >= maxPending || pool.arrived.has(received)) {
        const r = await result(pool, received++);
        if (pool.failure) throw pool.failure;
        yield* r.out;
      }
    }
    if (batch.length) send();
    while (received < sent) {
      const r = await result(pool, received++);
      if (pool.failure) throw pool.failure;
      yield* r.out;
    }
  } finally {
    await Promise.all(pool.threads.map((w) => w.terminate()));
  }
}

// Small files are not worth starting threads for.
// The main thread's parse feeds about three mapping threads; more would only add heaps (each
// worker is an isolate of its own), so without a setting three at most.
const MAX_DEFAULT_WORKERS = 3;
const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;
const XML_FORMATS: Partial<Record<Source, XmlFormat<unknown>>> = { abh: abhFormat as XmlFormat<unknown>, sozialamt: sozialamtFormat as XmlFormat<unknown> };

/**
 * The file read on worker threads, when that pays off: an XML source, a large file (or
 * `configuredWorkers`, a variable's value, setting the threads for any size; 0 forces one
 * thread), and the worker module built. The module exists only in the built output (dist/);
 * under the test runner callers take the single-threaded adapter. Null: read it that way.
 */
export function readXmlFileParallel(file: string, source: Source, configuredWorkers: string | undefined, name = path.basename(file)): AsyncGenerator<NdjsonChunk | Rejection> | null {
  const format = XML_FORMATS[source];
  if (!format) return null;
  const workers = configuredWorkers !== undefined ? Math.max(0, Number(configuredWorkers) || 0) : statSync(file).size >= PARALLEL_MIN_BYTES ? Math.min(MAX_DEFAULT_WORKERS, Math.max(1, availableParallelism() - 1)) : 0;
  if (workers === 0 || !existsSync(fileURLToPath(new URL('./parallel-worker.js', import.meta.url)))) return null;
  return readXmlParallel(format, { file: name, stream: createReadStream(file, { highWaterMark: READ_CHUNK }) }, workers);
}
