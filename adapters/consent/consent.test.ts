import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRejection } from '../types.js';
import { readAll, SAMPLES } from '../test-helpers.js';
import { consentAdapter, mergeConsents } from './index.js';

const text = readFileSync(path.join(SAMPLES, 'consents.csv'), 'utf8');
const [header, ...lines] = text.trim().split('\r\n');

describe('the consent adapter on the Kreis Mettmann sample', () => {
  it('reads all nine consents with their scope lists', async () => {
    const { records, rejections } = await readAll(consentAdapter, 'consents.csv');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(9);
    expect(records[0]).toMatchObject({
      consentId: 'EW-2026-0001',
      givenOn: '2026-02-01',
      validUntil: '2028-01-31',
      withdrawnOn: null,
      caseManager: 'cm-0001',
      evidence: 'KI-Ablage',
      person: { azr: '160901480001', kiAktenzeichen: 'KI-ME-2026-001', birthDate: '2001-04-17' },
      scope: [{ sources: ['abh', 'sozialamt'], categories: ['stammdaten', 'aufenthalt', 'leistungen', 'arbeit', 'bildung_sprache'], recipients: ['case_manager'], purpose: 'integrationsbegleitung' }],
    });
  });

  it('reads the withdrawal date of S9 and the partial birth date of S2', async () => {
    const { records } = await readAll(consentAdapter, 'consents.csv');
    expect(records.find((r) => r.consentId === 'EW-2026-0008')!.withdrawnOn).toBe('2026-10-01');
    expect(records.find((r) => r.consentId === 'EW-2026-0002')!.person.birthDate).toBe('1990-00-00');
  });
});

describe('mergeConsents', () => {
  it('joins the scope lines of rows with the same einwilligung_id into one consent', async () => {
    const second = lines[0]!.replace('abh|sozialamt;stammdaten|aufenthalt|leistungen|arbeit|bildung_sprache;case_manager', 'jobcenter;leistungen;case_manager');
    const { records } = await readAll(consentAdapter, 'c.csv', [header, lines[0], second].join('\n'));
    const { consents, conflicts } = mergeConsents(records);
    expect(conflicts).toEqual([]);
    expect(consents).toHaveLength(1);
    expect(consents[0]!.scope.map((s) => s.sources)).toEqual([['abh', 'sozialamt'], ['jobcenter']]);
  });

  it('reports rows of one consent that disagree on its dates instead of merging silently', async () => {
    const second = lines[0]!.replace('2028-01-31', '2027-01-31');
    const { records } = await readAll(consentAdapter, 'c.csv', [header, lines[0], second].join('\n'));
    const { consents, conflicts } = mergeConsents(records);
    expect(consents[0]!.validUntil).toBe('2028-01-31');
    expect(conflicts).toEqual([
      {
        consentId: 'EW-2026-0001',
        field: 'validUntil',
        positions: [
          { file: 'c.csv', line: 2 },
          { file: 'c.csv', line: 3 },
        ],
      },
    ]);
  });
});

describe('the consent adapter on bad input', () => {
  it('rejects an impossible date, naming the column', async () => {
    const { records, rejections } = await readAll(consentAdapter, 'consents.csv', text.replace('2026-02-01;2028-01-31', '2026-02-30;2028-01-31'));
    expect(records).toHaveLength(8);
    expect(formatRejection(rejections[0]!)).toBe('consents.csv line 2: erteilt_am "2026-02-30" is not a date (no such day in that month)');
  });

  it('rejects an unknown category, naming it', async () => {
    const { rejections } = await readAll(consentAdapter, 'consents.csv', text.replace('stammdaten|aufenthalt;case_manager;integrationsbegleitung;cm-0002', 'stammdaten|gesundheit;case_manager;integrationsbegleitung;cm-0002'));
    expect(rejections[0]).toMatchObject({ field: 'kategorien', value: 'gesundheit', recordId: 'EW-2026-0006' });
  });

  it('rejects a consent valid until before it was given', async () => {
    const { rejections } = await readAll(consentAdapter, 'consents.csv', text.replace('2026-02-01;2028-01-31', '2026-02-01;2025-01-31'));
    expect(rejections[0]).toMatchObject({ field: 'gueltig_bis', reason: 'lies before erteilt_am' });
  });

  it('rejects a row with a wrong column count', async () => {
    const { rejections } = await readAll(consentAdapter, 'consents.csv', text.replace(';cm-0001;KI-Ablage\r\nEW-2026-0002', ';cm-0001\r\nEW-2026-0002'));
    expect(rejections[0]).toMatchObject({ code: 'KIM_ERR_RECORD_COLUMNS', recordId: 'EW-2026-0001' });
  });

  it('refuses a file that is not valid UTF-8', async () => {
    await expect(readAll(consentAdapter, 'consents.csv', Buffer.from(text.replace('Haddad', 'Hüddad'), 'latin1'))).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_ENCODING' });
  });
});
