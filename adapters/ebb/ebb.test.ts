import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { warningsOf } from '../record.js';
import { formatRejection, formatWarning } from '../types.js';
import { readAll, SAMPLES } from '../test-helpers.js';
import { ebbAdapter } from './index.js';
import { DEMIR_ROW, ebbWorkbook } from './test-workbook.js';

const text = readFileSync(path.join(SAMPLES, 'ebb.csv'), 'utf8');

describe('the EBB adapter on the Kreis Mettmann sample (CSV with BOM)', () => {
  it('reads the one application, the BOM not spoiling the first column', async () => {
    const { records, rejections } = await readAll(ebbAdapter, 'ebb.csv');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      source: 'ebb',
      sourceRecordId: 'EB-2026-00123',
      person: { identifiers: { azr: '150915480005', ebbAntragsnummer: 'EB-2026-00123' }, givenNames: 'Ayşe', birthDate: '1985-02-11', nationalities: ['163'] },
    });
  });

  it('maps the application, the language certificate and the passed Einbürgerungstest', async () => {
    const [demir] = (await readAll(ebbAdapter, 'ebb.csv')).records;
    expect(demir!.facts).toEqual([
      expect.objectContaining({ kind: 'naturalisation_application', receivedOn: '2026-03-14', status: 'in Prüfung', lastActivity: '2026-07-02', missingDocuments: ['Einkommensnachweise'], team: 'Team 2' }),
      expect.objectContaining({ kind: 'language', level: 'B1', date: '2018-05-01', evidence: 'certificate', category: 'bildung_sprache' }),
      expect.objectContaining({ kind: 'test', test: 'EBT', passed: true, date: '2025-11-20' }),
    ]);
  });
});

describe('the EBB adapter on XLSX', () => {
  it('reads sheet "Anträge" with Excel dates as the same record the CSV gives', async () => {
    const csv = (await readAll(ebbAdapter, 'ebb.csv')).records[0]!;
    const { records, rejections } = await readAll(ebbAdapter, 'ebb.xlsx', await ebbWorkbook([DEMIR_ROW]));
    expect(rejections).toEqual([]);
    expect(records[0]!.contentHash).toBe(csv.contentHash);
    expect(records[0]!.position).toEqual({ file: 'ebb.xlsx', line: 2 });
  });

  it('keeps a row with a status outside the list, the status as delivered and flagged', async () => {
    const other = [...DEMIR_ROW];
    other[0] = 'EB-2026-00999';
    other[7] = 'Zusicherung erteilt';
    const { records, rejections } = await readAll(ebbAdapter, 'ebb.xlsx', await ebbWorkbook([DEMIR_ROW, other]));
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records.flatMap(warningsOf).map((w) => formatWarning(w))).toEqual(['ebb.xlsx line 3: Status "Zusicherung erteilt" is not a known value of status; kept as delivered, rules that need it say needs_review']);
    expect(records[1]!.facts[0]).toMatchObject({ kind: 'naturalisation_application', status: null });
  });

  it('says so when the workbook has no sheet "Anträge"', async () => {
    await expect(readAll(ebbAdapter, 'ebb.xlsx', await ebbWorkbook([DEMIR_ROW], 'Tabelle1'))).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE', message: 'ebb.xlsx: no sheet "Anträge"' });
  });
});

describe('the EBB adapter on bad input', () => {
  it('rejects an impossible Eingangsdatum and reads the other rows', async () => {
    const twice = text + text.split('\n')[1]!.replace('EB-2026-00123;14.03.2026', 'EB-2026-00124;31.04.2026') + '\n';
    const { records, rejections } = await readAll(ebbAdapter, 'ebb.csv', twice);
    expect(records).toHaveLength(1);
    expect(formatRejection(rejections[0]!)).toBe('ebb.csv line 3: Eingangsdatum "31.04.2026" is not a date (no such day in that month)');
  });

  it('rejects a row with a missing column', async () => {
    const { rejections } = await readAll(ebbAdapter, 'ebb.csv', text.replace(';Team 2', ''));
    expect(rejections[0]).toMatchObject({ code: 'KIM_ERR_RECORD_COLUMNS', recordId: 'EB-2026-00123', reason: 'has 12 columns, the header has 13' });
  });

  it('keeps a person with an ISO code no list has, and one with three digits where letters belong', async () => {
    const row = text.split('\n')[1]!;
    const csv = text.replace(';TUR;', ';XYZ;') + row.replace('EB-2026-00123', 'EB-2026-00124').replace(';TUR;', ';792;') + '\n';
    const { records, rejections } = await readAll(ebbAdapter, 'ebb.csv', csv);
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records.flatMap(warningsOf).map((w) => [w.code, w.value])).toEqual([
      ['KIM_WARN_RECORD_NATIONALITY_UNKNOWN', 'XYZ'],
      ['KIM_WARN_RECORD_NATIONALITY_MALFORMED', '792'],
    ]);
  });

  it('keeps a language certificate written in a form it cannot read, as evidence with the level empty', async () => {
    const { records } = await readAll(ebbAdapter, 'ebb.csv', text.replace(/;B1 \([0-9.]+\);/, ';Zertifikat Deutsch;'));
    expect(records[0]!.facts.find((f) => f.kind === 'language')).toMatchObject({ level: null, unrecognised: [{ field: 'level', value: 'Zertifikat Deutsch' }] });
  });

  it('refuses a file that is not valid UTF-8', async () => {
    await expect(readAll(ebbAdapter, 'ebb.csv', Buffer.from(text, 'latin1'))).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_ENCODING' });
  });

  it('refuses a zip file that is no workbook', async () => {
    await expect(readAll(ebbAdapter, 'ebb.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100)]))).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE' });
  });
});
