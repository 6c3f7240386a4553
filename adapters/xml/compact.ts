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

/** The batch as the adapters' trees; an element the file broke off inside is closed where it stops. */
export function decodeBatch(text: string): XmlRecordItem[] {
  const p = text.split(END);
  const last = p.length - 1; // the empty string after the final terminator
  let i = 0;
  const tree = (): XmlNode => {
    let root: XmlNode | null = null;
    const stack: XmlNode[] = [];
    while (i < last) {
      const token = p[i];
      if (token === 'o') {
        const node: XmlNode = { name: p[i + 1]!, attrs: {}, children: [], text: '', line: Number(p[i + 2]) };
        const count = Number(p[i + 3]);
        i += 4;
        for (let a = 0; a < count; a++, i += 2) node.attrs[p[i]!] = p[i + 1]!;
        if (stack.length) stack[stack.length - 1]!.children.push(node);
        else root = node;
        stack.push(node);
      } else if (token === 't') {
        stack[stack.length - 1]!.text += p[i + 1]!;
        i += 2;
      } else if (token === 'c') {
        i++;
        stack.pop();
        if (!stack.length) break;
      } else break; // the next record begins: this one broke off
    }
    return root!;
  };
  const out: XmlRecordItem[] = [];
  while (i < last) {
    const kind = p[i];
    const index = Number(p[i + 1]);
    if (kind === 'r') {
      i += 2;
      out.push({ kind: 'record', node: tree(), index });
    } else {
      const line = Number(p[i + 2]);
      const reason = p[i + 3]!;
      const hasPartial = p[i + 4] === '1';
      i += 5;
      out.push({ kind: 'broken', index, line, reason, partial: hasPartial ? tree() : null });
    }
  }
  return out;
}
