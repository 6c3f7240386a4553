// An XML export adapter is two parts: the streaming parse (sax → one small tree per record,
// always in the main thread) and a pure `map` from that tree to a KIM record or a rejection.
// Keeping `map` pure and separate lets `readXmlParallel` run it in worker threads.
import type { PersonRecord } from '../../src/generated/kim-types.js';
import type { Adapter, AdapterInput, ReadItem, Source } from '../types.js';
import { streamXmlRecords, type XmlItem, type XmlStreamOptions } from './record-stream.js';

export type XmlRecordItem = Exclude<XmlItem, { kind: 'root' }>;

export interface XmlFormat<H> {
  source: Extract<Source, 'abh' | 'sozialamt'>;
  options: XmlStreamOptions;
  /** Reads the root element's attributes; throws a KimError when the file is unusable. */
  header(attrs: Record<string, string>, file: string): H;
  /** One record (or the broken rest of one) to a KIM record or a rejection. Pure; never throws for bad data. */
  map(item: XmlRecordItem, header: H, file: string): ReadItem<PersonRecord>;
}

export async function* readXmlItems<H>(format: XmlFormat<H>, input: AdapterInput): AsyncGenerator<{ header: H } | { item: XmlRecordItem }> {
  for await (const item of streamXmlRecords(input, format.options)) {
    if (item.kind === 'root') yield { header: format.header(item.attrs, input.file) };
    else yield { item };
  }
}

export function xmlAdapter<H>(format: XmlFormat<H>): Adapter<PersonRecord> & { format: XmlFormat<H> } {
  async function* read(input: AdapterInput): AsyncGenerator<ReadItem<PersonRecord>> {
    let header: H | undefined;
    for await (const next of readXmlItems(format, input)) {
      if ('header' in next) header = next.header;
      else yield format.map(next.item, header as H, input.file);
    }
  }
  return { source: format.source, read, format };
}
