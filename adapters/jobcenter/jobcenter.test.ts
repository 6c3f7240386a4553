import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { warningsOf } from '../record.js';
import { formatRejection } from '../types.js';
import { readAll, SAMPLES } from '../test-helpers.js';
import { jobcenterAdapter } from './index.js';

const text = iconv.decode(readFileSync(path.join(SAMPLES, 'jobcenter.csv')), 'windows-1252');
const encode = (s: string) => iconv.encode(s, 'windows-1252');

describe('the Jobcenter adapter on the Kreis Mettmann sample', () => {
  it('reads both rows of the Windows-1252 file', async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv');
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.sourceRecordId)).toEqual(['962D100008/2025-07-01', '962D100010/2026-01-01']);
    expect(records[0]!.position).toEqual({ file: 'jobcenter.csv', line: 2 });
  });

  it('decodes the umlaut of "türkisch" and maps it to Destatis 163', async () => {
    const sahin = (await readAll(jobcenterAdapter, 'jobcenter.csv')).records[1]!;
    expect(sahin.person.nationalities).toEqual(['163']);
  });

  it('keeps S10 "Sahin" without an AZR, identified by Kundennummer and BG-Nummer', async () => {
    const sahin = (await readAll(jobcenterAdapter, 'jobcenter.csv')).records[1]!;
    expect(sahin.person.identifiers).toEqual({ jobcenterKundennummer: '962D100010', jobcenterBgNummer: '96201//0100010' });
    expect(sahin.person).toMatchObject({ familyName: 'Sahin', birthDate: '1992-06-30', nameKey: { family: 'sahin', given: 'emre' } });
  });

  it('maps the benefit period, part-time work with income, household and reported language level', async () => {
    const sahin = (await readAll(jobcenterAdapter, 'jobcenter.csv')).records[1]!;
    expect(sahin.exportedAt).toBe('2026-11-19');
    expect(sahin.facts).toEqual([
      expect.objectContaining({ kind: 'benefit', law: 'SGB II', validFrom: '2026-01-01', validTo: null, monthlyNeedCents: 145000 }),
      expect.objectContaining({ kind: 'employment', extent: 'teilzeit', validFrom: '2026-01-01', validTo: null, monthlyIncomeCents: 90000 }),
      expect.objectContaining({ kind: 'household_summary', minorChildren: 1, singleParent: false }),
      expect.objectContaining({ kind: 'language', level: 'B1', evidence: 'reported', date: null }),
    ]);
  });
});

describe('the Jobcenter adapter on bad input', () => {
  it('rejects "31.02.1990" as a birth date with the message the operator reads', async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', encode(text.replace('30.06.1992', '31.02.1990')));
    expect(records).toHaveLength(1);
    expect(formatRejection(rejections[0]!)).toBe('jobcenter.csv line 3: Geburtsdatum "31.02.1990" is not a date (no such day in that month)');
    expect(rejections[0]!.recordId).toBe('962D100010');
  });

  it('rejects a row with a wrong column count and reads the others', async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', encode(text.replace(';19.11.2026\r\n962D100010', ';19.11.2026;extra\r\n962D100010')));
    expect(records).toHaveLength(1);
    expect(formatRejection(rejections[0]!)).toBe('jobcenter.csv line 2: has 20 columns, the header has 19');
    expect(rejections[0]!.code).toBe('KIM_ERR_RECORD_COLUMNS');
  });

  it("keeps a person whose nationality adjective no list has, and reads a clerk's spelling of a listed one", async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', encode(text.replace('syrisch', 'marsianisch').replace('türkisch', 'Südkoreanisch')));
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.person.nationalities)).toEqual([[], ['467']]);
    expect(records.flatMap(warningsOf).map((w) => [w.code, w.field, w.value])).toEqual([['KIM_WARN_RECORD_NATIONALITY_UNKNOWN', 'Staatsangehörigkeit', 'marsianisch']]);
  });

  it('keeps the benefit period of a row whose employment extent is "Midijob", the extent flagged', async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', encode(text.replace(';ja;Teilzeit;', ';ja;Midijob;')));
    expect(rejections).toEqual([]);
    const facts = records.flatMap((r) => r.facts);
    expect(facts.filter((f) => f.kind === 'benefit')).toHaveLength(2);
    expect(facts.find((f) => f.kind === 'employment' && f.unrecognised)).toMatchObject({ extent: null, unrecognised: [{ code: 'KIM_WARN_RECORD_UNKNOWN_CODE', field: 'extent', sourceField: 'Beschäftigungsumfang', value: 'Midijob' }] });
  });

  it('refuses the file saved as UTF-8', async () => {
    await expect(readAll(jobcenterAdapter, 'jobcenter.csv', Buffer.from(text, 'utf8'))).rejects.toMatchObject({
      code: 'KIM_ERR_INPUT_ENCODING',
      message: 'jobcenter.csv: the file is encoded as UTF-8, but its format prescribes Windows-1252',
    });
  });

  it('refuses a file with other columns as not a Jobcenter export', async () => {
    await expect(readAll(jobcenterAdapter, 'x.csv', 'a;b;c\r\n1;2;3\r\n')).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE', message: expect.stringContaining('x.csv: not a Jobcenter export') });
  });

  it('refuses an empty file', async () => {
    await expect(readAll(jobcenterAdapter, 'jobcenter.csv', '')).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE', message: 'jobcenter.csv: the file is empty' });
  });
});

describe('the Jobcenter adapter on rows that are not well-formed CSV', () => {
  // Issue 14, finding 7a: csv-parse's message quoted the value, and one stray quote failed the file.
  it('rejects a row with a stray quote in a name, naming its line and not the name, and reads the other rows', async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', encode(text.replace(';Jaber;', ';Ja"ber;')));
    expect(records.map((r) => r.sourceRecordId)).toEqual(['962D100010/2026-01-01']);
    expect(rejections).toEqual([expect.objectContaining({ code: 'KIM_ERR_RECORD_CSV', position: { file: 'jobcenter.csv', line: 2 }, value: null, raw: null })]);
    expect(JSON.stringify(rejections)).not.toMatch(/Ja"?ber|Hassan|151118480008/);
  });

  it('rejects the rows after a quote that never closes, keeping the rows before it, and names no value', async () => {
    const { records, rejections } = await readAll(jobcenterAdapter, 'jobcenter.csv', encode(text.replace(';Sahin;', ';"Sahin;')));
    expect(records.map((r) => r.sourceRecordId)).toEqual(['962D100008/2025-07-01']);
    expect(rejections).toEqual([expect.objectContaining({ code: 'KIM_ERR_RECORD_CSV', position: { file: 'jobcenter.csv', line: 3 } })]);
    expect(JSON.stringify(rejections)).not.toMatch(/Sahin|Emre/);
  });
});
