// Receiving an upload (POST /imports): one multipart file streamed into the spool, never into
// memory. Every way a body can go wrong — a malformed part header, a body cut off, a client that
// goes away — ends in a KimError for this one request and no file left behind: a request must
// never take the process down (busboy emits "Unexpected end of form" as an error event, which
// ends the process when nobody listens).
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { KimError } from '../errors/registry.js';
import { SPOOL_DIR_MODE, SPOOL_FILE_MODE } from '../service/imports.js';

export interface SpooledUpload {
  /** the file in the spool */
  file: string;
  /** the file name the client sent (base name only), decoded as UTF-8 */
  name: string;
}

export interface UploadOptions {
  spoolDir: string;
  /** where the file goes, from the name the client sent */
  target: (name: string) => string;
  maxBytes: number;
}

const malformed = (detail: string) => new KimError('KIM_ERR_UPLOAD_MALFORMED', detail);

/** A write that failed for want of space: the client did nothing wrong, and a later try may pass. */
const spoolFull = (err: unknown) => ['ENOSPC', 'EDQUOT', 'EFBIG'].includes((err as { code?: string } | null)?.code ?? '');

/**
 * Streams the request's file part into the spool. Resolves with the spooled file; rejects with
 * KIM_ERR_UPLOAD_MALFORMED (no file, a broken body), KIM_ERR_UPLOAD_TOO_LARGE or
 * KIM_ERR_UPLOAD_SPOOL_FULL (the spool's disk is full), after removing
 * whatever part of the file was written.
 */
export async function receiveUpload(req: IncomingMessage, options: UploadOptions): Promise<SpooledUpload> {
  let bb: busboy.Busboy;
  try {
    // One file, no other parts worth the name. File names as UTF-8: browsers and fetch send them
    // so, and busboy's default (latin1) turns "Ausländerbehörde.csv" into mojibake.
    bb = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: options.maxBytes, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 50 } });
  } catch {
    throw malformed('expected multipart/form-data with a field "file"');
  }
  await mkdir(options.spoolDir, { recursive: true, mode: SPOOL_DIR_MODE });
  return new Promise<SpooledUpload>((resolve, reject) => {
    let spooled: { file: string; name: string; out: NodeJS.WritableStream & { destroy(): void }; written: Promise<void>; closed: Promise<void>; truncated: boolean } | null = null;
    let settled = false;
    const fail = (error: KimError): void => {
      if (settled) return;
      settled = true;
      // Stop reading the body (the rest is drained and dropped), then remove the partial file
      // once its stream has closed, so no late open can recreate it.
      req.unpipe(bb);
      req.resume();
      bb.destroy();
      spooled?.out.destroy();
      const removed = spooled ? spooled.closed.then(() => rm(spooled!.file, { force: true })) : Promise.resolve();
      removed.then(
        () => reject(error),
        () => reject(error),
      );
    };
    bb.on('file', (_field, stream, info) => {
      const name = path.basename(info.filename || 'upload');
      const file = options.target(name);
      const out = createWriteStream(file, { mode: SPOOL_FILE_MODE, flags: 'wx' });
      const closed = new Promise<void>((r) => out.once('close', () => r()));
      const written = pipeline(stream, out);
      spooled = { file, name, out, written, closed, truncated: false };
      stream.on('limit', () => (spooled!.truncated = true));
      written.catch((err: unknown) =>
        fail(spoolFull(err) ? new KimError('KIM_ERR_UPLOAD_SPOOL_FULL', 'the spool has no room left for this upload; nothing of it was kept, send it again later') : malformed('the upload was cut off or malformed')),
      );
    });
    // busboy's own errors: "Unexpected end of form", "Malformed part header", … (no input in them).
    bb.on('error', () => fail(malformed('the multipart body is malformed or cut off')));
    req.on('error', () => fail(malformed('the upload was interrupted')));
    req.on('close', () => {
      if (!req.complete) fail(malformed('the upload was interrupted'));
    });
    bb.on('close', () => {
      if (settled) return;
      if (!spooled) return fail(malformed('send the export in the multipart field "file"'));
      const s = spooled;
      s.written.then(
        () => {
          if (settled) return;
          // A cut-off export must never be imported as if it were whole (a snapshot would close the rest).
          if (s.truncated) return fail(new KimError('KIM_ERR_UPLOAD_TOO_LARGE', `an upload may be at most ${options.maxBytes} bytes (KIM_UPLOAD_MAX_BYTES)`));
          settled = true;
          resolve({ file: s.file, name: s.name });
        },
        () => undefined, // already failed through `written.catch`
      );
    });
    req.pipe(bb);
  });
}
