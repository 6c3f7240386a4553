// The record bounds hold on the worker-thread path too (large XML exports): records built in
// compact form by the same stream, mapped by mapBatch as each thread does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { abhFormat } from '../abh/index.js';
import { MAX_FIELD_CHARS } from '../limits.js';
import { SAMPLES } from '../test-helpers.js';
import { compactBuilder, encodeBatch, type CompactItem } from './compact.js';
import { mapBatch } from './parallel.js';
import { streamXmlRecords } from './record-stream.js';
import type { XmlFormat } from './xml-adapter.js';

const abh = readFileSync(path.join(SAMPLES, 'abh.xml'), 'utf8');

async function onThreads(xml: string) {
  const items: CompactItem[] = [];
  let header: unknown;
  for await (const item of streamXmlRecords({ file: 'abh.xml', stream: Readable.from([Buffer.from(xml)]) }, abhFormat.options, compactBuilder())) {
    if (item.kind === 'root') header = abhFormat.header(item.attrs, 'abh.xml');
    else items.push(item);
  }
  return mapBatch(abhFormat as XmlFormat<unknown>, { seq: 0, file: 'abh.xml', header, items: encodeBatch(items) } as Parameters<typeof mapBatch>[1]).result.out;
}

describe('the record bounds on the worker-thread path', () => {
  it('reject an over-long family name there as well, and read the other persons', async () => {
    const out = await onThreads(abh.replace('<familienname>Haddad</familienname>', `<familienname>${'H'.repeat(MAX_FIELD_CHARS * 50)}</familienname>`));
    const rejections = out.filter((o) => 'type' in o && o.type === 'rejection');
    expect(rejections).toEqual([expect.objectContaining({ code: 'KIM_ERR_RECORD_FIELD_TOO_LONG', field: 'familienname' })]);
    expect(out.some((o) => 'ndjson' in o)).toBe(true);
  });

  it('stop a record nested too deep there as well, with KIM_ERR_INPUT_RECORD_TOO_LARGE', async () => {
    const xml = abh.slice(0, abh.indexOf('<person>') + '<person>'.length) + '<a>'.repeat(100_000);
    await expect(onThreads(xml)).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_RECORD_TOO_LARGE' });
  });
});
