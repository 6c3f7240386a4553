import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSource } from './detect.js';
import { readExport } from './index.js';
import { SAMPLES } from './test-helpers.js';

describe('detecting the source of a file from its content', () => {
  it.each([
    ['abh.xml', 'abh'],
    ['abh-05158032.xml', 'abh'],
    ['sozialamt.xml', 'sozialamt'],
    ['jobcenter.csv', 'jobcenter'],
    ['ebb.csv', 'ebb'],
    ['consents.csv', 'consent'],
    ['tenant-05158.json', 'tenant'],
  ])('knows %s as %s', (file, source) => {
    expect(detectSource(readFileSync(path.join(SAMPLES, file)))).toBe(source);
  });

  it('knows a zip archive as the EBB workbook', () => {
    expect(detectSource(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('ebb');
  });

  it('does not guess for an XML file with another root or a CSV with other columns', () => {
    expect(detectSource(Buffer.from('<?xml version="1.0"?><rechnung/>'))).toBeNull();
    expect(detectSource(Buffer.from('Name;Vorname\n'))).toBeNull();
    expect(detectSource(Buffer.from('{"name": "x"}'))).toBeNull();
  });
});

describe('readExport', () => {
  it('reads every sample through the adapter its content names, with no record rejected', async () => {
    let records = 0;
    for (const file of readdirSync(SAMPLES).filter((f) => /\.(xml|csv|json)$/.test(f) && f !== 'expected.json')) {
      for await (const item of readExport(path.join(SAMPLES, file))) {
        expect(item.type, `${file}`).not.toBe('rejection');
        records++;
      }
    }
    expect(records).toBe(9 + 1 + 4 + 2 + 1 + 9 + 1);
  });

  it('refuses a file it cannot place, saying that --source helps', async () => {
    const it = readExport(path.join(SAMPLES, 'EXPECTED.md'));
    await expect(it.next()).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNKNOWN_SOURCE' });
  });
});
