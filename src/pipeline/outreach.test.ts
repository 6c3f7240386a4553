import { describe, expect, it } from 'vitest';
import type { Consent, Fact, KimPerson, Policy } from '../generated/kim-types.js';
import { parsePolicy } from '../consent/index.js';
import { loadPolicy } from '../policy-file.js';
import { naturalisation, status } from '../rules/test-facts.js';
import path from 'node:path';
import { examplesDir } from '../paths.js';
import { loadTenant } from '../tenant.js';
import { outreachEntry } from './outreach.js';

const shipped = loadPolicy();
const tenant = loadTenant(path.join(examplesDir, 'kreis-mettmann', 'tenant-05158.json'));
const STICHTAG = '2026-11-25';
const withStatute: Policy = { ...shipped, outreach: { enabled: true, statutoryBasis: { citation: '§ 3 EinbKampagneG NRW (Beispiel)', description: 'test' } } };
const withConsent: Policy = { ...shipped, outreach: { enabled: true, consentPurpose: 'einbuergerungskampagne' } };

/** Lawful residence since 2019 (Aufenthaltserlaubnis, then Niederlassungserlaubnis), in Hilden. */
const settled = (): Fact[] => [status('aufenthaltserlaubnis', '2019-03-01', '2022-02-28', '§ 25 Abs. 2 S. 1 1. Alt. AufenthG'), status('niederlassungserlaubnis', '2022-03-01', null, '§ 26 Abs. 3 AufenthG')];

function person(facts: Fact[], ags = '05158016'): KimPerson {
  return {
    kimId: 'K-1',
    identity: { identifiers: {}, familyName: 'Muster', givenNames: 'Mira', nameKey: { family: 'muster', given: 'mira' }, birthDate: '1990-05-05', sex: 'w', nationalities: ['475'], residence: { ags } },
    records: [],
    facts,
  } as KimPerson;
}

function consent(purpose: string, over: Partial<Consent> = {}): Consent {
  return {
    type: 'consent',
    consentId: 'EW-9',
    person: { azr: null, kiAktenzeichen: null, familyName: 'X', givenNames: 'Y', nameKey: { family: 'x', given: 'y' }, birthDate: null },
    givenOn: '2026-02-01',
    validUntil: null,
    withdrawnOn: null,
    evidence: 'KI-Ablage',
    caseManager: null,
    scope: [{ sources: ['abh'], categories: ['stammdaten', 'aufenthalt'], recipients: ['ebb_b3'], purpose }],
    position: { file: 'c.csv', line: 2 },
    contentHash: '0'.repeat(64),
    ...over,
  } as Consent;
}

const entry = (p: KimPerson, policy: Policy, consents: Consent[] = [], ebbId = 'EBB-05158') => outreachEntry({ person: p, consents, tenant, policy, stichtag: STICHTAG, ebbId });

describe('the outreach list of the naturalisation campaign', () => {
  it('is off with the shipped policy file: nobody is listed', () => {
    expect(shipped.outreach?.enabled ?? false).toBe(false);
    expect(entry(person(settled()), shipped)).toBeNull();
  });

  it('lists a person with more than five years of lawful residence and a Niederlassungserlaubnis, naming the statute', () => {
    const e = entry(person(settled()), withStatute);
    expect(e).toMatchObject({ kimId: 'K-1', familyName: 'Muster', ags: '05158016', basis: { kind: 'statute', citation: '§ 3 EinbKampagneG NRW (Beispiel)' } });
    expect(e!.conditions.map((c) => c.id)).toEqual(['stag10.residence', 'stag10.title']);
    expect(e!.conditions[0]!.citation).toMatch(/§ 10 Abs. 1/);
  });

  it('does not list a person whose lawful residence is shorter than the law asks', () => {
    expect(entry(person([status('aufenthaltserlaubnis', '2023-01-01', null, '§ 25 Abs. 2 S. 1 1. Alt. AufenthG')]), withStatute)).toBeNull();
  });

  it('does not list a person with a Duldung, however long', () => {
    expect(entry(person([status('duldung', '2015-01-01', null, '§ 60a Abs. 2 S. 1 AufenthG')]), withStatute)).toBeNull();
  });

  it('does not list a person with a pending application or one already naturalised, but one whose application was refused', () => {
    const app = (st: Parameters<typeof naturalisation>[1]) => ({ ...naturalisation('2025-01-10', st), source: 'ebb' }) as Fact;
    expect(entry(person([...settled(), app('in Prüfung')]), withStatute)).toBeNull();
    expect(entry(person([...settled(), app('eingebürgert')]), withStatute)).toBeNull();
    expect(entry(person([...settled(), app('abgelehnt')]), withStatute)).not.toBeNull();
  });

  it("does not list a person outside the EBB's area", () => {
    expect(entry(person(settled()), withStatute, [], 'EBB-05162')).toBeNull();
  });

  it('without a statute, lists only persons whose active consent names the campaign purpose, ABH data and the EBB', () => {
    expect(entry(person(settled()), withConsent)).toBeNull();
    expect(entry(person(settled()), withConsent, [consent('integrationsbegleitung')])).toBeNull();
    expect(entry(person(settled()), withConsent, [consent('einbuergerungskampagne', { withdrawnOn: '2026-11-01' })])).toBeNull();
    expect(entry(person(settled()), withConsent, [consent('einbuergerungskampagne')])).toMatchObject({ basis: { kind: 'consent', consentId: 'EW-9' } });
  });

  it('refuses a policy file that enables the list without a basis or a consent purpose', () => {
    expect(() => parsePolicy('version: 1\nstatutoryBases: []\noutreach: { enabled: true }\n')).toThrow(expect.objectContaining({ code: 'KIM_ERR_CONFIG_INVALID', message: expect.stringContaining('outreach is enabled') }));
  });
});
