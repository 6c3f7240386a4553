import { describe, expect, it } from 'vitest';
import type { Consent } from '../generated/kim-types.js';
import { loadPolicy } from '../policy-file.js';
import { retention } from './retention.js';

const consent = (over: Partial<Consent>): Consent =>
  ({
    type: 'consent',
    consentId: 'EW-1',
    person: { azr: null, kiAktenzeichen: null, familyName: 'X', givenNames: 'Y', nameKey: { family: 'x', given: 'y' }, birthDate: null },
    givenOn: '2026-01-01',
    validUntil: '2027-12-31',
    withdrawnOn: null,
    evidence: 'KI-Ablage',
    caseManager: 'cm-0001',
    scope: [{ sources: ['abh', 'sozialamt'], categories: ['leistungen'], recipients: ['case_manager'], purpose: 'x' }],
    position: { file: 'c.csv', line: 2 },
    contentHash: '0'.repeat(64),
    ...over,
  }) as Consent;

describe('which sources the hub keeps for a person', () => {
  const policy = loadPolicy();
  it('keeps ABH and EBB data on their statutory bases without any consent', () => {
    expect([...retention(policy, [], '2026-11-23').keep].sort()).toEqual(['abh', 'ebb']);
  });
  it('keeps Sozialamt data while a consent covers it', () => {
    expect(retention(policy, [consent({})], '2026-11-23').keep.has('sozialamt')).toBe(true);
  });
  it('keeps it no longer from the day of withdrawal, and names the consent for the erasure record', () => {
    const r = retention(policy, [consent({ withdrawnOn: '2026-11-23' })], '2026-11-23');
    expect(r.keep.has('sozialamt')).toBe(false);
    expect(r.endedConsents.get('sozialamt')).toEqual(['EW-1']);
  });
  it('keeps it no longer after expiry', () => {
    expect(retention(policy, [consent({ validUntil: '2026-11-22' })], '2026-11-23').keep.has('sozialamt')).toBe(false);
  });
  it('keeps Jobcenter data when another, active consent still covers it', () => {
    const r = retention(
      policy,
      [
        consent({ withdrawnOn: '2026-06-01', scope: [{ sources: ['jobcenter'], categories: ['leistungen'], recipients: ['case_manager'], purpose: 'x' }] }),
        consent({ consentId: 'EW-2', scope: [{ sources: ['jobcenter'], categories: ['leistungen'], recipients: ['case_manager'], purpose: 'x' }] }),
      ],
      '2026-11-23',
    );
    expect(r.keep.has('jobcenter')).toBe(true);
    expect(r.endedConsents.size).toBe(0);
  });
});
