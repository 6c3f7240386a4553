// Records for the trip to a worker thread as strings, built straight from the parser's events:
// building trees on the main thread and structured-cloning thousands of small objects was over
// a third of the main thread's time in `kim-hub inspect`, and deserialising them a sixth of the
// worker's (npm run bench). The form is a sequence of NUL-terminated tokens (XML has no NUL;
// the record stream rejects one as malformed):
//   open:  o name line attributeCount (key value)*     text: t text     close: c
// A batch puts each record behind `r index`, a broken one behind `b index line reason partial?`.
import type { RecordBuilder, XmlNode } from './record-stream.js';
import type { XmlRecordItem } from './xml-adapter.js';

const END = '\x00';

export function compactBuilder(): RecordBuilder<string> {
  // Tokens are collected and joined once per record: a string grown by += is a rope of hundreds
  // of pieces, which postMessage must flatten piece by piece.
  let parts: string[] = [];
  return {
    open(name, attrs, line) {
      const keys = Object.keys(attrs);
      parts.push('o', name, String(line), String(keys.length));
      for (const k of keys) parts.push(k, attrs[k]!);
    },
    text(text) {
      parts.push('t', text);
    },
    close(depth) {
      parts.push('c');
      if (depth !== 1) return null;
      return this.partial();
    },
    partial() {
      if (!parts.length) return null;
      parts.push('');
      const record = parts.join(END);
      parts = [];
      return record;
    },
  };
}

/** Compact records as one batch string. */
export type CompactItem = { kind: 'record'; node: string; index: number } | { kind: 'broken'; index: number; line: number; reason: string; partial: string | null };

export function encodeBatch(items: CompactItem[]): string {
  let out = '';
  for (const item of items) {
    if (item.kind === 'record') out += 'r' + END + item.index + END + item.node;
    else out += 'b' + END + item.index + END + item.line + END + item.reason.replaceAll(END, ' ') + END + (item.partial === null ? '0' + END : '1' + END + item.partial);
  }
  return out;
}

/**
 * The batch as the adapters' trees; an element the file broke off inside is closed where it stops.
 * Read token by token with indexOf: split() made one array of all of a batch's tokens, large
 * enough for V8's large-object space, i.e. fresh pages and faults for every batch (npm run bench).
 */
export function* decodeBatch(text: string): Generator<XmlRecordItem> {
  let at = 0;
  const next = (): string => {
    const end = text.indexOf(END, at);
    const token = text.slice(at, end);
    at = end + 1;
    return token;
  };
  const tree = (): XmlNode => {
    let root: XmlNode | null = null;
    const stack: XmlNode[] = [];
    while (at < text.length) {
      const mark = at;
      const token = next();
      if (token === 'o') {
        const node: XmlNode = { name: next(), attrs: {}, children: [], text: '', line: Number(next()) };
        for (let a = Number(next()); a > 0; a--) {
          const key = next();
          node.attrs[key] = next();
        }
        if (stack.length) stack[stack.length - 1]!.children.push(node);
        else root = node;
        stack.push(node);
      } else if (token === 't') {
        stack[stack.length - 1]!.text += next();
      } else if (token === 'c') {
        stack.pop();
        if (!stack.length) break;
      } else {
        at = mark; // the next record begins: this one broke off
        break;
      }
    }
    return root!;
  };
  while (at < text.length) {
    const kind = next();
    const index = Number(next());
    if (kind === 'r') {
      yield { kind: 'record', node: tree(), index };
    } else {
      const line = Number(next());
      const reason = next();
      const hasPartial = next() === '1';
      yield { kind: 'broken', index, line, reason, partial: hasPartial ? tree() : null };
    }
  }
}
