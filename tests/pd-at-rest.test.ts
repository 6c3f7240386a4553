// Issue 18: no personal data at rest outside PostgreSQL. After the samples are imported and
// evaluated, every Redis key and value under the hub's prefix (jobs, completed and failed sets,
// event streams), every file in the spool and the hub's temp directory, and every log line is
// free of the sample persons' names, birth dates (as any export writes them) and AZR numbers.
// What a consent withdrawal leaves behind (PostgreSQL and files): tests/service-erasure.test.ts.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readExport } from '../adapters/index.js';
import { examplesDir } from '../src/paths.js';
import { allFiles, allRedis, allRows } from './at-rest.js';
import { importAllInWaves, type TestHub, withHubAndWorkers } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const exportFiles = readdirSync(samples)
  .filter((f) => /\.(xml|csv)$/.test(f))
  .sort()
  .map((f) => path.join(samples, f));

let hub: TestHub;
withHubAndWorkers({}, (h) => (hub = h));

/** Names (three letters or more), AZR numbers and birth dates (ISO and dd.mm.yyyy) of every sample person. */
async function personalData(): Promise<RegExp> {
  const words = new Set<string>();
  const dates = new Set<string>();
  for (const file of exportFiles) {
    for await (const item of readExport(file)) {
      if (item.type !== 'person_record') continue;
      const p = item.person;
      for (const v of [p.familyName, ...(p.givenNames ?? '').split(/\s+/), p.identifiers.azr]) if (v && v.length >= 3) words.add(v);
      if (p.birthDate) {
        const [y, m, d] = p.birthDate.split('-');
        dates.add(p.birthDate).add(`${d}.${m}.${y}`);
      }
    }
  }
  const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\d])(${[...words, ...dates].map(escape).join('|')})(?![\\p{L}\\d])`, 'iu');
}

/** The EBB sample as an XLSX whose worksheet precedes its shared strings: exceljs spills it to a temp file. */
async function ebbWorkbook(dir: string): Promise<string> {
  const [header, row] = readFileSync(path.join(samples, 'ebb.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const ws = wb.addWorksheet('Anträge');
  ws.addRow(header!.split(';')).commit();
  ws.addRow(row!.split(';')).commit();
  ws.commit();
  await wb.commit();
  const file = path.join(dir, 'ebb.xlsx');
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

describe('personal data at rest outside PostgreSQL', () => {
  it('after the samples are imported and evaluated, no Redis key or value, spool or temp file, or log line names a sample person, their birth date or AZR number', async () => {
    await importAllInWaves(hub, [...exportFiles, await ebbWorkbook(mkdtempSync(path.join(tmpdir(), 'kim-pd-')))]);
    const pattern = await personalData();
    // The samples were evaluated, and PostgreSQL (where they belong) holds what the scan looks for.
    expect(Number((await hub.ctx.db.query<{ n: string }>("SELECT count(*) AS n FROM signals WHERE state <> 'withdrawn'")).rows[0]!.n)).toBeGreaterThan(0);
    expect((await allRows(hub)).filter((r) => pattern.test(r.row)).length).toBeGreaterThan(0);

    const redis = await allRedis(hub);
    expect(redis.length).toBeGreaterThan(0); // the queues, their completed sets and event streams are there to scan
    const files = [...allFiles(hub.config.spoolDir), ...allFiles(hub.config.tempDir)];
    const found = [
      ...redis.filter((r) => pattern.test(r.text)).map((r) => `redis ${r.key}: ${pattern.exec(r.text)![0]}`),
      ...files.filter((f) => pattern.test(f.text)).map((f) => `file ${f.file}: ${pattern.exec(f.text)![0]}`),
      ...hub.logs.filter((l) => pattern.test(l)).map((l) => `log: ${l.slice(0, 200)}`),
    ];
    expect(found).toEqual([]);
  }, 180_000);
});
