// Turns an XML export's bytes into text for the parser (adapters/xml/record-stream.ts): finds the
// declared encoding in the first bytes and decodes in it, refusing bytes that do not belong to it.
// Kept apart from the parse so that neither function grows past what one reads at a glance.
import iconv from 'iconv-lite';
import { KimError } from '../../src/errors/registry.js';
import { EncodingGuard } from './encoding.js';

const DECLARATION = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** Where the encoding declaration must end: the first bytes of the file. */
const DECLARATION_BYTES = 200;

export function encodingOf(head: Buffer): string {
  const m = DECLARATION.exec(head.subarray(0, DECLARATION_BYTES).toString('latin1'));
  return (m?.[1] ?? 'UTF-8').toUpperCase();
}

/**
 * The stream's chunks, the first held back until it covers the declaration: a stream may cut
 * anywhere, and a first chunk of twenty bytes made an ISO-8859-15 file read as UTF-8 (issue 18,
 * found by fuzzing; files are read in 64 KiB chunks, other streams need not be).
 */
export async function* declarationFirst(stream: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
  const head: Buffer[] = [];
  let headBytes = 0;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : (raw as Buffer);
    if (headBytes >= DECLARATION_BYTES) {
      yield chunk;
      continue;
    }
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes >= DECLARATION_BYTES) yield Buffer.concat(head);
  }
  if (headBytes < DECLARATION_BYTES && headBytes > 0) yield Buffer.concat(head);
}

/** Decodes one file's chunks in order; `end` flushes what a chunk boundary left inside a character. */
export interface ChunkDecoder {
  decode(chunk: Buffer): string;
  end(): string;
}

/**
 * The decoder for the encoding declared in the file's first chunk, created once per file.
 * UTF-8 is decoded once, by a fatal TextDecoder that is also the encoding check; single-byte
 * encodings go through iconv, with the guard watching for a file that is really UTF-8.
 */
export function decoderFor(head: Buffer, file: string): ChunkDecoder {
  const declared = encodingOf(head);
  if (!iconv.encodingExists(declared)) throw new KimError('KIM_ERR_INPUT_ENCODING', `${file}: unknown encoding "${declared}" declared`);
  return /^UTF-?8$/.test(declared) ? utf8Decoder(declared, file) : singleByteDecoder(declared, file);
}

function utf8Decoder(declared: string, file: string): ChunkDecoder {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fail = (what: string) => new KimError('KIM_ERR_INPUT_ENCODING', `${file}: the file ${what} (its format prescribes ${declared})`);
  return {
    decode(chunk) {
      try {
        return decoder.decode(chunk, { stream: true });
      } catch {
        throw fail('is not valid UTF-8');
      }
    },
    end() {
      try {
        return decoder.decode();
      } catch {
        throw fail('ends inside a UTF-8 character');
      }
    },
  };
}

function singleByteDecoder(declared: string, file: string): ChunkDecoder {
  const guard = new EncodingGuard(file, 'single-byte', declared);
  const decoder = iconv.getDecoder(declared, { stripBOM: true });
  return {
    decode(chunk) {
      guard.check(chunk);
      return decoder.write(chunk);
    },
    end() {
      guard.finish();
      return decoder.end() ?? '';
    },
  };
}
