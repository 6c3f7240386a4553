import { describe, expect, it } from 'vitest';
import type { Category, Consent, FactSource } from '../generated/kim-types.js';
import { loadPolicy } from '../policy-file.js';
import { consentActiveOn, decideDataFlow, type PersonContext, type Recipient } from './index.js';

const policy = loadPolicy();
const DATE = '2026-11-23';
const ABH: Recipient = { role: 'abh_b3', id: 'ABH-05158' };
const OTHER_ABH: Recipient = { role: 'abh_b3', id: 'ABH-05158032' };
const EBB: Recipient = { role: 'ebb_b3', id: 'EBB-05158' };
const CM: Recipient = { role: 'case_manager', id: 'cm-0001' };

function consent(over: Partial<Consent> & { sources?: FactSource[]; categories?: Category[]; recipients?: Consent['scope'][0]['recipients'] } = {}): Consent {
  const { sources = ['abh', 'sozialamt'], categories = ['stammdaten', 'aufenthalt', 'leistungen'], recipients = ['case_manager'], ...rest } = over;
  return {
    type: 'consent',
    consentId: 'EW-1',
    person: { azr: null, kiAktenzeichen: null, familyName: 'X', givenNames: 'Y', nameKey: { family: 'x', given: 'y' }, birthDate: null },
    givenOn: '2026-02-01',
    validUntil: '2028-01-31',
    withdrawnOn: null,
    evidence: 'KI-Ablage',
    caseManager: 'cm-0001',
    scope: [{ sources, categories, recipients, purpose: 'integrationsbegleitung' }],
    position: { file: 'c.csv', line: 2 },
    contentHash: '0'.repeat(64),
    ...rest,
  };
}

const person = (over: Partial<PersonContext> = {}): PersonContext => ({ consents: [], responsibleAbh: 'ABH-05158', responsibleEbb: 'EBB-05158', pendingNaturalisationAt: [], ...over });

describe('statutory flows of RULES.md section 6', () => {
  it.each(['stammdaten', 'aufenthalt', 'bildung_sprache', 'arbeit', 'straf'] as Category[])('gives the responsible ABH its own %s data under § 86 AufenthG', (category) => {
    expect(decideDataFlow({ source: 'abh', category }, ABH, person(), DATE, policy)).toEqual({ allow: true, basis: { kind: 'statute', id: 'abh-own-task', citation: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 86 AufenthG' } });
  });

  it('gives ABH data to the ABH of the new residence, not to the one that exported it, after a move', () => {
    const moved = person({ responsibleAbh: 'ABH-05158032' });
    expect(decideDataFlow({ source: 'abh', category: 'aufenthalt' }, OTHER_ABH, moved, DATE, policy).allow).toBe(true);
    expect(decideDataFlow({ source: 'abh', category: 'aufenthalt' }, ABH, moved, DATE, policy).allow).toBe(false);
  });

  it.each(['stammdaten', 'einbuergerung', 'bildung_sprache'] as Category[])('gives the responsible EBB its own %s data under § 31 StAG', (category) => {
    expect(decideDataFlow({ source: 'ebb', category }, EBB, person(), DATE, policy)).toMatchObject({ allow: true, basis: { kind: 'statute', id: 'ebb-own-task' } });
  });

  it('gives ABH data to the EBB while a naturalisation application is pending there (§ 32 Abs. 1 StAG)', () => {
    expect(decideDataFlow({ source: 'abh', category: 'aufenthalt' }, EBB, person({ pendingNaturalisationAt: ['EBB-05158'] }), DATE, policy)).toMatchObject({
      allow: true,
      basis: { id: 'abh-to-ebb-pending-naturalisation', citation: '§ 32 Abs. 1 StAG' },
    });
  });

  it('keeps ABH data from the EBB when no application is pending', () => {
    expect(decideDataFlow({ source: 'abh', category: 'aufenthalt' }, EBB, person(), DATE, policy)).toEqual({ allow: false, reason: 'no_basis' });
  });

  it('keeps ABH data from an EBB other than the one with the pending application', () => {
    expect(decideDataFlow({ source: 'abh', category: 'aufenthalt' }, { role: 'ebb_b3', id: 'EBB-OTHER' }, person({ pendingNaturalisationAt: ['EBB-05158'] }), DATE, policy).allow).toBe(false);
  });

  it('gives the ABH no EBB data and the EBB no ABH conviction data without a pending application', () => {
    expect(decideDataFlow({ source: 'ebb', category: 'einbuergerung' }, ABH, person(), DATE, policy).allow).toBe(false);
    expect(decideDataFlow({ source: 'abh', category: 'straf' }, EBB, person(), DATE, policy).allow).toBe(false);
  });
});

describe('social data', () => {
  it.each([
    ['jobcenter', 'leistungen', ABH],
    ['sozialamt', 'leistungen', ABH],
    ['jobcenter', 'arbeit', ABH],
    ['jobcenter', 'leistungen', EBB],
    ['sozialamt', 'leistungen', EBB],
    ['sozialamt', 'stammdaten', EBB],
  ] as Array<[FactSource, Category, Recipient]>)('never gives %s %s to %o without a consent, even with an application pending', (source, category, recipient) => {
    expect(decideDataFlow({ source, category }, recipient, person({ pendingNaturalisationAt: ['EBB-05158'] }), DATE, policy)).toEqual({ allow: false, reason: 'no_basis' });
  });

  it('reaches the ABH with a consent that names the flow: source, category and role', () => {
    const c = consent({ sources: ['sozialamt'], categories: ['leistungen'], recipients: ['abh_b3'] });
    expect(decideDataFlow({ source: 'sozialamt', category: 'leistungen' }, ABH, person({ consents: [c] }), DATE, policy)).toEqual({ allow: true, basis: { kind: 'consent', consentId: 'EW-1' } });
  });

  it('does not reach the ABH with a consent for the case manager only', () => {
    expect(decideDataFlow({ source: 'sozialamt', category: 'leistungen' }, ABH, person({ consents: [consent()] }), DATE, policy).allow).toBe(false);
  });
});

describe('the case manager', () => {
  it('sees what the consent covers when the consent names them', () => {
    expect(decideDataFlow({ source: 'sozialamt', category: 'leistungen' }, CM, person({ consents: [consent()] }), DATE, policy)).toEqual({ allow: true, basis: { kind: 'consent', consentId: 'EW-1' } });
  });
  it('sees nothing of a source the consent does not list', () => {
    expect(decideDataFlow({ source: 'jobcenter', category: 'leistungen' }, CM, person({ consents: [consent()] }), DATE, policy).allow).toBe(false);
  });
  it('sees nothing of a category the consent does not list', () => {
    expect(decideDataFlow({ source: 'abh', category: 'straf' }, CM, person({ consents: [consent()] }), DATE, policy).allow).toBe(false);
  });
  it('sees nothing when the consent names another case manager', () => {
    expect(decideDataFlow({ source: 'abh', category: 'aufenthalt' }, { role: 'case_manager', id: 'cm-0002' }, person({ consents: [consent()] }), DATE, policy).allow).toBe(false);
  });
  it('sees nothing without consent, not even ABH data', () => {
    expect(decideDataFlow({ source: 'abh', category: 'aufenthalt' }, CM, person(), DATE, policy)).toEqual({ allow: false, reason: 'no_basis' });
  });
});

describe('consent dates', () => {
  it('hold from the day the consent was given, not the day before', () => {
    expect(consentActiveOn(consent(), '2026-01-31')).toBe(false);
    expect(consentActiveOn(consent(), '2026-02-01')).toBe(true);
  });
  it('hold through the last valid day and not the day after (expiry behaves like withdrawal)', () => {
    expect(consentActiveOn(consent(), '2028-01-31')).toBe(true);
    expect(consentActiveOn(consent(), '2028-02-01')).toBe(false);
  });
  it('stop on the day of the withdrawal, and held the day before', () => {
    const withdrawn = consent({ withdrawnOn: '2026-10-01' });
    expect(consentActiveOn(withdrawn, '2026-09-30')).toBe(true);
    expect(consentActiveOn(withdrawn, '2026-10-01')).toBe(false);
    expect(decideDataFlow({ source: 'abh', category: 'aufenthalt' }, CM, person({ consents: [withdrawn] }), '2026-10-01', policy).allow).toBe(false);
  });
  it('hold without end when no end date is given', () => {
    expect(consentActiveOn(consent({ validUntil: null }), '2099-01-01')).toBe(true);
  });
});

describe('roles without personal data', () => {
  it.each(['coordinator', 'it_admin'] as const)('deny the %s everything, whatever a consent says', (role) => {
    const c = consent({ recipients: ['case_manager', 'coordinator', 'it_admin'] });
    expect(decideDataFlow({ source: 'abh', category: 'stammdaten' }, { role, id: 'x' }, person({ consents: [c] }), DATE, policy)).toEqual({ allow: false, reason: 'role_sees_no_personal_data' });
  });
});
