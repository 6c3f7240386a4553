import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { generateAbhExport } from '../../bench/generate/abh.js';
import { abhFormat } from '../abh/index.js';
import { compactBuilder, decodeBatch, encodeBatch, type CompactItem } from './compact.js';
import { streamXmlRecords, type XmlItem } from './record-stream.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kim-compact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function items<R>(text: string, compact: boolean): Promise<Array<XmlItem<R>>> {
  const input = { file: 'abh.xml', stream: Readable.from([Buffer.from(text)]) };
  const out: Array<XmlItem<R>> = [];
  const stream = compact ? streamXmlRecords(input, abhFormat.options, compactBuilder()) : streamXmlRecords(input, abhFormat.options);
  for await (const item of stream) out.push(item as XmlItem<R>);
  return out;
}

/** The trees the compact form gives back after a trip through one batch string. */
async function roundTrip(text: string) {
  const compact = (await items<string>(text, true)).filter((i): i is CompactItem => i.kind !== 'root');
  return [...decodeBatch(encodeBatch(compact))];
}

describe('records in compact form for the worker threads', () => {
  it('give back exactly the trees of the adapters, record for record, on a generated export', async () => {
    const file = path.join(dir, 'abh.xml');
    await generateAbhExport(file, 300);
    const text = readFileSync(file, 'utf8');
    const trees = (await items(text, false)).filter((i) => i.kind !== 'root');
    expect(trees).toHaveLength(300);
    expect(await roundTrip(text)).toEqual(trees);
  });

  it('give back the broken record of a file that stops inside it, with its partial tree', async () => {
    const file = path.join(dir, 'abh.xml');
    await generateAbhExport(file, 20);
    const full = readFileSync(file, 'utf8');
    const text = full.slice(0, full.indexOf('<aufenthalt>', full.length / 2) + 20);
    const trees = (await items(text, false)).filter((i) => i.kind !== 'root');
    expect(trees.at(-1)).toMatchObject({ kind: 'broken', partial: { name: 'person' } });
    expect(await roundTrip(text)).toEqual(trees);
  });

  it('keep attributes, text with separators of other formats, and entities as the parser gave them', async () => {
    const text =
      '<?xml version="1.0" encoding="UTF-8"?><abhExport exportDatum="2026-11-20" behoerde="ABH-05158" art="vollbestand"><person><familienname>Ş&amp;ahin; "o" t c</familienname><staatsangehoerigkeit schluessel="423" art="x"/></person></abhExport>';
    const trees = (await items(text, false)).filter((i) => i.kind !== 'root');
    expect(await roundTrip(text)).toEqual(trees);
  });

  it('take a NUL character in a record as malformed XML, in both forms: the records before it are kept', async () => {
    const file = path.join(dir, 'abh.xml');
    await generateAbhExport(file, 5);
    const full = readFileSync(file, 'utf8');
    const at = full.indexOf('</familienname>', full.indexOf('<person>', full.indexOf('<person>') + 1));
    const text = `${full.slice(0, at)}\u0000${full.slice(at)}`;
    writeFileSync(path.join(dir, 'nul.xml'), text);
    const trees = (await items(text, false)).filter((i) => i.kind !== 'root');
    expect(trees.map((t) => t.kind)).toEqual(['record', 'broken']);
    expect(trees[1]).toMatchObject({ index: 2, reason: expect.stringContaining('NUL') });
    expect(await roundTrip(text)).toEqual(trees);
  });
});
