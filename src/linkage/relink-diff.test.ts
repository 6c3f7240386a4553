import { describe, expect, it } from 'vitest';
import { nameKey } from '../kim/names.js';
import { affectedPersons, changedConsentLinks, decidedConsentLinks, lookupKeys, recordKey, recordLinkDiff, splitRecordKey, type RecordLink } from './relink-diff.js';

const k = recordKey;
const l = (source: string, id: string, kimId: string): [string, RecordLink] => [k(source, id), { source, id, kimId, reason: 'azr' }];

describe('a record key', () => {
  it('splits back into source and record number, even when the number holds a separator like "|" or ":"', () => {
    expect(splitRecordKey(recordKey('abh', 'a|b:c'))).toEqual(['abh', 'a|b:c']);
  });
});

describe('the lookup keys of a person', () => {
  it('carry the AZR and the birth year with each name key, so persons born in other years never share one', () => {
    const keys = lookupKeys({ azr: '123456789012', nameKey: nameKey('Haddad', 'Rami'), birthDate: '1990-00-00' });
    expect(keys[0]).toBe('azr:123456789012');
    expect(keys.slice(1).every((x) => x.startsWith('name:') && x.endsWith('|1990'))).toBe(true);
  });
  it('carry an empty year for a person without a birth date, and no AZR key without an AZR', () => {
    const keys = lookupKeys({ azr: null, nameKey: nameKey('Haddad', 'Rami'), birthDate: null });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((x) => x.startsWith('name:') && x.endsWith('|'))).toBe(true);
  });
});

describe('the record-link difference', () => {
  it('is empty when linkage gives every record the person it had', () => {
    expect(recordLinkDiff(new Map([[k('abh', '1'), 'K1']]), new Map([l('abh', '1', 'K1')]))).toEqual({ removed: [], added: [] });
  });
  it('removes and re-adds a record that moved to another person', () => {
    const diff = recordLinkDiff(new Map([[k('abh', '1'), 'K1']]), new Map([l('abh', '1', 'K2')]));
    expect(diff).toEqual({ removed: [k('abh', '1')], added: [{ source: 'abh', id: '1', kimId: 'K2', reason: 'azr' }] });
  });
  it('removes the link of a record linkage no longer links (closed or erased), adds a new record', () => {
    const diff = recordLinkDiff(new Map([[k('abh', '1'), 'K1']]), new Map([l('ebb', '2', 'K1')]));
    expect(diff.removed).toEqual([k('abh', '1')]);
    expect(diff.added.map((a) => a.id)).toEqual(['2']);
  });
});

describe('the consent links a relink decides', () => {
  const stored = new Map([
    ['c-near', 'K1'],
    ['c-far', 'K9'],
  ]);
  it('leave the link of a consent of a person outside the scope as it is', () => {
    const { before, after } = decidedConsentLinks(stored, new Map(), { all: false, changedConsents: new Set(), kimIds: new Set(['K1']) });
    expect([...before.keys()]).toEqual(['c-near']);
    expect(changedConsentLinks(before, after)).toEqual(['c-near']);
  });
  it('decide every consent when everything was relinked', () => {
    const { before } = decidedConsentLinks(stored, new Map(), { all: true, changedConsents: new Set(), kimIds: new Set() });
    expect([...before.keys()].sort()).toEqual(['c-far', 'c-near']);
  });
  it('decide a consent the import changed, though its person is outside the scope', () => {
    const { before } = decidedConsentLinks(stored, new Map(), { all: false, changedConsents: new Set(['c-far']), kimIds: new Set() });
    expect([...before.keys()]).toEqual(['c-far']);
  });
  it('count a consent linkage linked again to its person as unchanged, and one moved to another person as changed', () => {
    const same = decidedConsentLinks(stored, new Map([['c-far', 'K9']]), { all: false, changedConsents: new Set(), kimIds: new Set() });
    expect(changedConsentLinks(same.before, same.after)).toEqual([]);
    const moved = decidedConsentLinks(stored, new Map([['c-far', 'K2']]), { all: false, changedConsents: new Set(), kimIds: new Set() });
    expect(changedConsentLinks(moved.before, moved.after)).toEqual(['c-far']);
  });
});

describe('the persons to evaluate again', () => {
  const none = { before: new Map<string, string>(), after: new Map<string, string>() };
  it('are both persons of a record that moved from one to the other', () => {
    const records = { before: new Map([[k('abh', '1'), 'K1']]), after: new Map([l('abh', '1', 'K2')]) };
    expect([...affectedPersons(records, none, [])].sort()).toEqual(['K1', 'K2']);
  });
  it('are none when no link changed and the import changed nothing', () => {
    const records = { before: new Map([[k('abh', '1'), 'K1']]), after: new Map([l('abh', '1', 'K1')]) };
    expect(affectedPersons(records, none, []).size).toBe(0);
  });
  it('include the person of a record whose content changed though its link did not', () => {
    const records = { before: new Map([[k('abh', '1'), 'K1']]), after: new Map([l('abh', '1', 'K1')]) };
    expect([...affectedPersons(records, none, [{ source: 'abh', source_record_id: '1' }])]).toEqual(['K1']);
  });
  it('include the person of a changed consent, and both persons of a consent that moved', () => {
    const consents = {
      before: new Map([
        ['c1', 'K1'],
        ['c2', 'K3'],
      ]),
      after: new Map([
        ['c1', 'K1'],
        ['c2', 'K4'],
      ]),
    };
    expect([...affectedPersons({ before: new Map(), after: new Map() }, consents, [{ source: 'consent', source_record_id: 'c1' }])].sort()).toEqual(['K1', 'K3', 'K4']);
  });
});
