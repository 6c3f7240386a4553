// Bounds on what an XLSX workbook may unpack to. An XLSX file is a zip archive, and deflate
// shrinks repetitive XML a thousandfold: a 6.5 MB upload whose xl/sharedStrings.xml unpacked to
// 2.7 GB made exceljs cache it whole until the process died (issue 14, finding 3). exceljs has no
// such bound, and the sizes a zip declares are the sender's word. So the compressed bytes pass
// through a guard on their way to exceljs: a second unzipper parser (the same library exceljs
// reads with) unpacks them in step and counts what each part really unpacks to. The guard hands a
// chunk on only once its own parser has taken it, so exceljs is never far ahead of the count.
import { Transform, type Readable } from 'node:stream';
import unzipper from 'unzipper';
import { KimError } from '../../src/errors/registry.js';

const MiB = 1024 * 1024;

export interface ZipBounds {
  /** unpacked bytes of xl/sharedStrings.xml, which exceljs holds in memory as one table */
  sharedStringsBytes: number;
  /** unpacked bytes of any other part (a worksheet is streamed row by row) */
  entryBytes: number;
  /** unpacked bytes of all parts together */
  totalBytes: number;
  /** parts in the archive */
  entries: number;
  /** bytes of an XML part between two "<": the longest text or tag any cell needs */
  textRunBytes: number;
}

/**
 * The text run: Excel holds at most 32,767 characters in a cell, but exceljs's XML parser holds
 * a text whole, whatever its length: a sheet of 2 GB of blanks took a reader with a 256 MB heap
 * down before the part's bound was reached (issue 18). A MiB without a "<" is no workbook.
 *
 * An EBB export of 20,000 applications unpacks to a few MB of shared strings and some 25 MB of
 * worksheet: the bounds leave room for ten times that. The shared-string table is bounded by
 * its part: 32 MiB of XML hold at most 32 M characters of text, or 6.7 million entries (`<si/>`
 * is five bytes), which keeps exceljs's table within a few hundred MB in the worst case.
 */
export const XLSX_BOUNDS: ZipBounds = { sharedStringsBytes: 32 * MiB, entryBytes: 256 * MiB, totalBytes: 512 * MiB, entries: 1000, textRunBytes: MiB };

const SHARED_STRINGS = 'xl/sharedStrings.xml';

export interface BoundedZip {
  /** the same bytes as the input, for exceljs; stops short when a bound is broken */
  stream: Readable;
  /** rejects with KIM_ERR_INPUT_XLSX_TOO_LARGE (or _UNREADABLE, or the input's read error) the moment a bound is broken; never resolves */
  refused: Promise<never>;
}

export function boundZip(input: Readable, file: string, bounds: ZipBounds = XLSX_BOUNDS): BoundedZip {
  const parser = unzipper.Parse({ forceStream: true });
  let refuse!: (e: Error) => void;
  const refused = new Promise<never>((_, reject) => (refuse = reject));
  refused.catch(() => undefined); // observed by the reader; never an unhandled rejection
  let stopped = false;
  let parsed = false; // the parser reached the archive's end: nothing left to count
  let pending: (() => void) | null = null;
  const release = () => {
    const p = pending;
    pending = null;
    p?.();
  };

  const stop = (error: Error) => {
    if (stopped) return;
    stopped = true;
    refuse(error);
    release();
    parser.destroy();
    input.destroy();
    guard.destroy();
  };
  const tooLarge = (what: string) => stop(new KimError('KIM_ERR_INPUT_XLSX_TOO_LARGE', `${file}: not read, the workbook unpacks to more than the hub reads (${what})`));

  let entries = 0;
  let total = 0;
  parser.on('data', (entry: unzipper.Entry) => {
    entries++;
    if (entries > bounds.entries) return tooLarge(`more than ${bounds.entries} parts`);
    const limit = entry.path === SHARED_STRINGS ? bounds.sharedStringsBytes : bounds.entryBytes;
    let size = 0;
    let run = 0;
    const xml = /\.(xml|rels)$/.test(entry.path);
    entry.on('data', (chunk: Buffer) => {
      size += chunk.length;
      total += chunk.length;
      if (xml && (run = textRun(chunk, run, bounds.textRunBytes)) < 0) return tooLarge(`the part ${JSON.stringify(entry.path.slice(0, 100))} has more than ${bounds.textRunBytes / MiB} MiB of text without markup`);
      // The part's name is the archive's, not personal data; the limits say what was broken.
      if (size > limit) tooLarge(`the part ${JSON.stringify(entry.path.slice(0, 100))} unpacks to more than ${limit / MiB} MiB`);
      else if (total > bounds.totalBytes) tooLarge(`all parts together unpack to more than ${bounds.totalBytes / MiB} MiB`);
    });
    entry.on('error', () => undefined); // reported through the parser
  });
  parser.on('end', () => {
    parsed = true;
    release();
  });
  parser.on('error', (e: Error & { code?: string }) => {
    // Bytes after the archive's end are exceljs's business, not a bound.
    if (parsed || e.code === 'ERR_STREAM_WRITE_AFTER_END') {
      parsed = true;
      return release();
    }
    // A broken archive (cut off, a bad signature, bad deflate data) would leave exceljs waiting for
    // a part that never ends: refused here as unreadable.
    stop(new KimError('KIM_ERR_INPUT_UNREADABLE', `${file}: not a readable XLSX workbook (the zip archive is broken or cut off)`));
  });

  const guard = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (stopped) return callback();
      if (parsed) return callback(null, chunk);
      pending = () => callback(null, stopped ? undefined : chunk);
      parser.write(chunk, () => release());
    },
    flush(callback) {
      if (!parsed && !stopped) parser.end();
      callback();
    },
  });
  // A read error of the file itself is passed on as it is (an infrastructure fault, not the file's).
  input.on('error', (e) => stop(e));
  guard.on('error', () => undefined); // only ever destroyed through stop(), which has reported
  input.pipe(guard);
  return { stream: guard, refused };
}

/**
 * The bytes since the last "<" after `chunk`, given those before it; -1 when a stretch without
 * one is longer than `max`. Gaps inside the chunk are only looked at when the chunk could hold one.
 */
export function textRun(chunk: Buffer, before: number, max: number): number {
  const first = chunk.indexOf(0x3c);
  if (first < 0) return before + chunk.length > max ? -1 : before + chunk.length;
  if (before + first > max) return -1;
  let at = first;
  if (chunk.length > max) {
    for (let next = chunk.indexOf(0x3c, at + 1); next >= 0; next = chunk.indexOf(0x3c, at + 1)) {
      if (next - at - 1 > max) return -1;
      at = next;
    }
  } else at = chunk.lastIndexOf(0x3c);
  const after = chunk.length - at - 1;
  return after > max ? -1 : after;
}

/** Iterates `source` until `refused` rejects, and then throws its error at once, however far `source` had got. */
export async function* untilRefused<T>(source: AsyncIterable<T>, refused: Promise<never>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([iterator.next(), refused]);
    if (next.done) return;
    yield next.value;
  }
}
