// Streams an XML export record by record with sax: each record element (ABH `person`, Sozialamt
// `Fall`) is collected into a small tree and handed out as soon as it closes, so memory holds one
// record, never the file. A DOCTYPE is refused the moment sax sees it, before anything is expanded.
import sax from 'sax';
import type { AdapterInput } from '../types.js';
import { KimError } from '../../src/errors/registry.js';
import { declarationFirst, decoderFor, type ChunkDecoder } from './decoding.js';
import { MAX_FIELD_CHARS, MAX_XML_DEPTH, MAX_XML_RECORD_ELEMENTS } from '../limits.js';
import type { XmlNode } from './node.js';

export type { XmlNode };

export type XmlItem<R = XmlNode> = { kind: 'root'; attrs: Record<string, string> } | { kind: 'record'; node: R; index: number } | { kind: 'broken'; index: number; line: number; reason: string; partial: R | null };

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

/**
 * What the sax handlers share with the generator that drives them. One object per stream, and
 * the handlers are created once per stream around it: a record costs no closure of its own.
 */
interface StreamState<R> {
  readonly parser: sax.SAXParser;
  readonly file: string;
  readonly options: XmlStreamOptions;
  readonly builder: RecordBuilder<R>;
  /** items complete and not yet handed out by the generator */
  readonly ready: Array<XmlItem<R>>;
  /** 0: before the root; 1: inside the root; 2: inside a record element; deeper: inside its fields */
  depth: number;
  inRecord: boolean;
  recordLine: number;
  rootSeen: boolean;
  recordIndex: number;
  failure: { reason: string } | null;
  fatal: KimError | null;
  // XML 1.0 has no NUL character; sax lets it through, the compact form needs it as separator.
  // Names and values are searched for one only after a chunk held one: a scan per chunk is
  // cheap, a loop over every element's attributes was a sixteenth of the parse (npm run bench).
  nulInFile: boolean;
  // Bounds of one record (adapters/limits.ts): its nesting, its element count, and the text kept
  // of one element (one character past the field bound, so the mapping sees it is too long and
  // rejects the record, while a 50 MB value costs no more than a long one).
  elements: number;
  textKept: number;
}

function tooLarge(s: StreamState<unknown>, what: string, subject = `record ${s.recordIndex}`): void {
  s.fatal ??= new KimError('KIM_ERR_INPUT_RECORD_TOO_LARGE', `${s.file} line ${s.parser.line + 1}: ${subject} ${what}; the file is not read on`);
  s.failure ??= { reason: what };
}

function nul(s: StreamState<unknown>): void {
  s.failure ??= { reason: 'a NUL character, which XML does not allow' };
}

function feed(s: StreamState<unknown>, text: string): void {
  s.nulInFile ||= text.includes(NUL);
  s.parser.write(text);
}

/** Sets the parser's handlers, once per stream; they build records into `s.ready`. */
function listen<R>(s: StreamState<R>): void {
  const { parser, options, builder } = s;
  parser.ondoctype = () => {
    s.fatal = new KimError('KIM_ERR_INPUT_XML_ENTITIES', `${s.file}: the XML contains a DOCTYPE declaration; refused without expanding it (exports never need one)`);
  };
  // After the first fault nothing more is built: the records that closed before it are kept.
  parser.onopentag = (tag) => {
    // After a fatal fault (a DOCTYPE before the root) not even the root is handed out.
    if (s.failure || s.fatal) return;
    // Without xmlns, sax gives every attribute value as a string: no copy needed.
    const attrs = tag.attributes as Record<string, string>;
    if (!s.rootSeen) {
      s.rootSeen = true;
      s.depth = 1;
      if (tag.name !== options.root) {
        s.fatal = new KimError('KIM_ERR_INPUT_UNREADABLE', `${s.file}: not ${options.formatName} (root element is <${tag.name}>, expected <${options.root}>)`);
        return;
      }
      s.ready.push({ kind: 'root', attrs });
      return;
    }
    const depth = ++s.depth;
    // Outside the records as well: sax keeps a frame for every open element, and a wrapper a
    // million elements deep was read to its end as an export of no records (issue 18).
    if (!s.inRecord && depth - 1 > MAX_XML_DEPTH) return tooLarge(s, `nest deeper than ${MAX_XML_DEPTH} levels`, 'elements outside the records');
    if (depth === 2) {
      s.inRecord = tag.name === options.record;
      if (!s.inRecord) return;
      s.recordIndex++;
      s.recordLine = parser.line + 1;
      s.elements = 0;
    }
    if (!s.inRecord) return;
    if (depth - 1 > MAX_XML_DEPTH) return tooLarge(s, `nests elements deeper than ${MAX_XML_DEPTH} levels`);
    if (++s.elements > MAX_XML_RECORD_ELEMENTS) return tooLarge(s, `has more than ${MAX_XML_RECORD_ELEMENTS} elements`);
    s.textKept = 0;
    if (s.nulInFile) for (const k in attrs) if (attrs[k]!.includes(NUL)) return nul(s);
    builder.open(tag.name, attrs, parser.line + 1);
  };
  parser.ontext = (text) => {
    // Indentation between elements is dropped: every reader trims, and it would only be carried along.
    if (s.failure || !s.inRecord || WHITESPACE.test(text)) return;
    if (s.nulInFile && text.includes(NUL)) return nul(s);
    const textKept = s.textKept;
    if (textKept > MAX_FIELD_CHARS) return;
    const kept = text.length + textKept > MAX_FIELD_CHARS + 1 ? text.slice(0, MAX_FIELD_CHARS + 1 - textKept) : text;
    s.textKept = textKept + kept.length;
    builder.text(kept);
  };
  parser.oncdata = parser.ontext;
  parser.onclosetag = () => {
    if (s.failure) return;
    const depth = --s.depth;
    if (!s.inRecord) return;
    s.textKept = 0;
    const record = builder.close(depth);
    if (depth === 1) {
      s.inRecord = false;
      if (record !== null) s.ready.push({ kind: 'record', node: record, index: s.recordIndex });
    }
  };
  parser.onerror = (e) => {
    s.failure ??= { reason: e.message.split('\n')[0] ?? 'malformed XML' };
  };
}

/** The export broke off: the record under way is rejected; the records before it were kept. */
function brokenItem<R>(s: StreamState<R>): XmlItem<R> {
  const reason = s.failure ? `malformed XML: ${s.failure.reason}` : `the file ends before </${s.options.root}>: the export is incomplete`;
  return {
    kind: 'broken',
    index: s.inRecord ? s.recordIndex : s.recordIndex + 1,
    line: s.inRecord ? s.recordLine : s.parser.line + 1,
    reason: s.inRecord ? reason : `${reason} (after record ${s.recordIndex})`,
    partial: s.inRecord ? s.builder.partial() : null,
  };
}

export function streamXmlRecords(input: AdapterInput, options: XmlStreamOptions): AsyncGenerator<XmlItem<XmlNode>>;
export function streamXmlRecords<R>(input: AdapterInput, options: XmlStreamOptions, builder: RecordBuilder<R>): AsyncGenerator<XmlItem<R>>;
export async function* streamXmlRecords<R>(input: AdapterInput, options: XmlStreamOptions, builder: RecordBuilder<R> = treeBuilder() as unknown as RecordBuilder<R>): AsyncGenerator<XmlItem<R>> {
  const s: StreamState<R> = {
    parser: sax.parser(true, { trim: false, normalize: false, position: true }),
    file: input.file,
    options,
    builder,
    ready: [],
    depth: 0,
    inRecord: false,
    recordLine: 0,
    rootSeen: false,
    recordIndex: 0,
    failure: null,
    fatal: null,
    nulInFile: false,
    elements: 0,
    textKept: 0,
  };
  listen(s);
  let decoder: ChunkDecoder | null = null;
  let sawBytes = false;
  for await (const chunk of declarationFirst(input.stream)) {
    decoder ??= decoderFor(chunk, input.file);
    sawBytes ||= chunk.length > 0;
    feed(s, decoder.decode(chunk));
    // Records that closed before a fatal fault are still handed out (a DOCTYPE or a wrong root
    // comes before any record; a record too large comes after the ones before it).
    yield* s.ready.splice(0);
    if (s.fatal) throw s.fatal;
    if (s.failure) break;
  }
  if (!sawBytes) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: the file is empty`);
  if (!s.failure) {
    feed(s, decoder!.end());
    try {
      s.parser.close();
    } catch {
      /* reported through onerror */
    }
    if (s.fatal) throw s.fatal;
    yield* s.ready.splice(0);
  }
  if (!s.rootSeen) throw new KimError('KIM_ERR_INPUT_UNREADABLE', `${input.file}: not ${options.formatName} (no XML root element)`);
  if (s.failure || s.depth > 0) yield brokenItem(s);
}

/** The text of the first child element of that name, trimmed; undefined when absent. */
export function childText(node: XmlNode, name: string): string | undefined {
  return node.children.find((c) => c.name === name)?.text.trim();
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}
