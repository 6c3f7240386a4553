// Streams an XML export record by record with sax: each record element (ABH `person`, Sozialamt
// `Fall`) is collected into a small tree and handed out as soon as it closes, so memory holds one
// record, never the file. A DOCTYPE is refused the moment sax sees it, before anything is expanded.
import iconv from 'iconv-lite';
import sax from 'sax';
import type { AdapterInput } from '../types.js';
import { KimError } from '../../src/errors/registry.js';
import { EncodingGuard } from './encoding.js';
import { MAX_FIELD_CHARS, MAX_XML_DEPTH, MAX_XML_RECORD_ELEMENTS } from '../limits.js';
import type { XmlNode } from './node.js';

export type { XmlNode };

export type XmlItem<R = XmlNode> =
  | { kind: 'root'; attrs: Record<string, string> }
  | { kind: 'record'; node: R; index: number }
  | { kind: 'broken'; index: number; line: number; reason: string; partial: R | null };

export interface XmlStreamOptions {
  root: string;
  record: string;
  /** human name of the format for messages: "an ABH export" */
  formatName: string;
}

/**
 * Builds one record from the parser's events below the root: as a tree of XmlNodes (the
 * adapters' form), or as a compact string for worker threads (adapters/xml/compact.ts).
 */
export interface RecordBuilder<R> {
  open(name: string, attrs: Record<string, string>, line: number): void;
  text(text: string): void;
  /** closes an element; returns the record when it was the record element itself */
  close(depth: number): R | null;
  /** the record under way when the file breaks off inside it */
  partial(): R | null;
}

function treeBuilder(): RecordBuilder<XmlNode> {
  const stack: XmlNode[] = [];
  return {
    open(name, attrs, line) {
      const node: XmlNode = { name, attrs, children: [], text: '', line };
      stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    },
    text(text) {
      stack[stack.length - 1]!.text += text;
    },
    close() {
      const node = stack.pop()!;
      return stack.length === 0 ? node : null;
    },
    partial() {
      const record = stack[0] ?? null;
      stack.length = 0;
      return record;
    },
  };
}

const WHITESPACE = /^\s*$/;
const NUL = '\x00';
const DECLARATION = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** Where the encoding declaration must end: the first bytes of the file. */
const DECLARATION_BYTES = 200;

function encodingOf(head: Buffer): string {
  const m = DECLARATION.exec(head.subarray(0, DECLARATION_BYTES).toString('latin1'));
  return (m?.[1] ?? 'UTF-8').toUpperCase();
}

/**
 * The stream's chunks, the first held back until it covers the declaration: a stream may cut
 * anywhere, and a first chunk of twenty bytes made an ISO-8859-15 file read as UTF-8 (issue 18,
 * found by fuzzing; files are read in 64 KiB chunks, other streams need not be).
 */
async function* declarationFirst(stream: AsyncIterable<unknown>): AsyncGenerator<Buffer> {
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

export function streamXmlRecords(input: AdapterInput, options: XmlStreamOptions): AsyncGenerator<XmlItem<XmlNode>>;
export function streamXmlRecords<R>(input: AdapterInput, options: XmlStreamOptions, builder: RecordBuilder<R>): AsyncGenerator<XmlItem<R>>;
// eslint-disable-next-line max-lines-per-function -- split after the inspect optimisation merges
export async function* streamXmlRecords<R>(input: AdapterInput, options: XmlStreamOptions, builder: RecordBuilder<R> = treeBuilder() as unknown as RecordBuilder<R>): AsyncGenerator<XmlItem<R>> {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const ready: Array<XmlItem<R>> = [];
  // 0: before the root; 1: inside the root; 2: inside a record element; deeper: inside its fields
  let depth = 0;
  let inRecord = false;
  let recordLine = 0;
  let rootSeen = false;
  let recordIndex = 0;
  let failure: { reason: string } | null = null;
  let fatal: KimError | null = null;
  // XML 1.0 has no NUL character; sax lets it through, the compact form needs it as separator.
  // Names and values are searched for one only after a chunk held one: a scan per chunk is
  // cheap, a loop over every element's attributes was a sixteenth of the parse (npm run bench).
  let nulInFile = false;
  // Bounds of one record (adapters/limits.ts): its nesting, its element count, and the text kept
  // of one element (one character past the field bound, so the mapping sees it is too long and
  // rejects the record, while a 50 MB value costs no more than a long one).
  let elements = 0;
  let textKept = 0;
  const tooLarge = (what: string, subject = `record ${recordIndex}`) => {
    fatal ??= new KimError('KIM_ERR_INPUT_RECORD_TOO_LARGE', `${input.file} line ${parser.line + 1}: ${subject} ${what}; the file is not read on`);
    failure ??= { reason: what };
  };
  const nul = () => (failure ??= { reason: 'a NUL character, which XML does not allow' });
  const feed = (text: string) => {
    nulInFile ||= text.includes(NUL);
    parser.write(text);
  };

  parser.ondoctype = () => {
    fatal = new KimError('KIM_ERR_INPUT_XML_ENTITIES', `${input.file}: the XML contains a DOCTYPE declaration; refused without expanding it (exports never need one)`);
  };
  // After the first fault nothing more is built: the records that closed before it are kept.
  parser.onopentag = (tag) => {
    // After a fatal fault (a DOCTYPE before the root) not even the root is handed out.
    if (failure || fatal) return;
    // Without xmlns, sax gives every attribute value as a string: no copy needed.
    const attrs = tag.attributes as Record<string, string>;
    if (!rootSeen) {
      rootSeen = true;
      depth = 1;
      if (tag.name !== options.root) {
        fatal = new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: not ${options.formatName} (root element is <${tag.name}>, expected <${options.root}>)`);
        return;
      }
      ready.push({ kind: 'root', attrs });
      return;
    }
    depth++;
    // Outside the records as well: sax keeps a frame for every open element, and a wrapper a
    // million elements deep was read to its end as an export of no records (issue 18).
    if (!inRecord && depth - 1 > MAX_XML_DEPTH) return void tooLarge(`nest deeper than ${MAX_XML_DEPTH} levels`, 'elements outside the records');
    if (depth === 2) {
      inRecord = tag.name === options.record;
      if (!inRecord) return;
      recordIndex++;
      recordLine = parser.line + 1;
      elements = 0;
    }
    if (!inRecord) return;
    if (depth - 1 > MAX_XML_DEPTH) return void tooLarge(`nests elements deeper than ${MAX_XML_DEPTH} levels`);
    if (++elements > MAX_XML_RECORD_ELEMENTS) return void tooLarge(`has more than ${MAX_XML_RECORD_ELEMENTS} elements`);
    textKept = 0;
    if (nulInFile) for (const k in attrs) if (attrs[k]!.includes(NUL)) return void nul();
    builder.open(tag.name, attrs, parser.line + 1);
  };
  parser.ontext = (text) => {
    // Indentation between elements is dropped: every reader trims, and it would only be carried along.
    if (failure || !inRecord || WHITESPACE.test(text)) return;
    if (nulInFile && text.includes(NUL)) return void nul();
    if (textKept > MAX_FIELD_CHARS) return;
    const kept = text.length + textKept > MAX_FIELD_CHARS + 1 ? text.slice(0, MAX_FIELD_CHARS + 1 - textKept) : text;
    textKept += kept.length;
    builder.text(kept);
  };
  parser.oncdata = parser.ontext;
  parser.onclosetag = () => {
    if (failure) return;
    depth--;
    if (!inRecord) return;
    textKept = 0;
    const record = builder.close(depth);
    if (depth === 1) {
      inRecord = false;
      if (record !== null) ready.push({ kind: 'record', node: record, index: recordIndex });
    }
  };
  parser.onerror = (e) => {
    failure ??= { reason: e.message.split('\n')[0] ?? 'malformed XML' };
  };

  // UTF-8 is decoded once, by a fatal TextDecoder that is also the encoding check; single-byte
  // encodings go through iconv, with the guard watching for a file that is really UTF-8.
  let decode: ((chunk: Buffer) => string) | null = null;
  let end: (() => string) | null = null;
  let sawBytes = false;

  const utf8 = (declared: string) => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const fail = (what: string) => new KimError('KIM_ERR_INPUT_ENCODING', `${input.file}: the file ${what} (its format prescribes ${declared})`);
    decode = (chunk) => {
      try {
        return decoder.decode(chunk, { stream: true });
      } catch {
        throw fail('is not valid UTF-8');
      }
    };
    end = () => {
      try {
        return decoder.decode();
      } catch {
        throw fail('ends inside a UTF-8 character');
      }
    };
  };
  const singleByte = (declared: string) => {
    const guard = new EncodingGuard(input.file, 'single-byte', declared);
    const decoder = iconv.getDecoder(declared, { stripBOM: true });
    decode = (chunk) => {
      guard.check(chunk);
      return decoder.write(chunk);
    };
    end = () => {
      guard.finish();
      return decoder.end() ?? '';
    };
  };

  for await (const chunk of declarationFirst(input.stream)) {
    if (!decode) {
      const declared = encodingOf(chunk);
      if (!iconv.encodingExists(declared)) throw new KimError('KIM_ERR_INPUT_ENCODING', `${input.file}: unknown encoding "${declared}" declared`);
      if (/^UTF-?8$/.test(declared)) utf8(declared);
      else singleByte(declared);
    }
    sawBytes ||= chunk.length > 0;
    feed(decode!(chunk));
    // Records that closed before a fatal fault are still handed out (a DOCTYPE or a wrong root
    // comes before any record; a record too large comes after the ones before it).
    yield* ready.splice(0);
    if (fatal) throw fatal;
    if (failure) break;
  }
  if (!sawBytes) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: the file is empty`);
  if (!failure) {
    feed(end!());
    try {
      parser.close();
    } catch {
      /* reported through onerror */
    }
    if (fatal) throw fatal;
    yield* ready.splice(0);
  }
  if (!rootSeen) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: not ${options.formatName} (no XML root element)`);
  if (failure || depth > 0) {
    // The export broke off: the record under way is rejected; the records before it were kept.
    const reason = failure
      ? `malformed XML: ${(failure as { reason: string }).reason}`
      : `the file ends before </${options.root}>: the export is incomplete`;
    yield {
      kind: 'broken',
      index: inRecord ? recordIndex : recordIndex + 1,
      line: inRecord ? recordLine : parser.line + 1,
      reason: inRecord ? reason : `${reason} (after record ${recordIndex})`,
      partial: inRecord ? builder.partial() : null,
    };
  }
}

/** The text of the first child element of that name, trimmed; undefined when absent. */
export function childText(node: XmlNode, name: string): string | undefined {
  return node.children.find((c) => c.name === name)?.text.trim();
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}
