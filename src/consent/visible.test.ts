import { describe, expect, it } from 'vitest';
import type { Fact } from '../generated/kim-types.js';
import { parsePolicy, visibleFacts } from './index.js';
import { loadPolicy } from '../policy-file.js';

const base = { sourceRecordId: 'r', exportedAt: '2026-11-20' };
const facts: Fact[] = [
  { kind: 'identity', category: 'aufenthalt', source: 'abh', clarified: true, ...base },
  { kind: 'benefit', category: 'leistungen', source: 'sozialamt', law: 'AsylbLG', provision: '§ 2', validFrom: '2018-03-01', validTo: null, monthlyNeedCents: null, ...base },
];

describe('visibleFacts', () => {
  it('gives the ABH its own facts and hides the Sozialamt benefit, saying what it may see at all', () => {
    const v = visibleFacts(facts, { role: 'abh_b3', id: 'ABH-05158' }, { consents: [], responsibleAbh: 'ABH-05158', responsibleEbb: 'EBB-05158', pendingNaturalisationAt: [] }, '2026-11-23', loadPolicy());
    expect(v.facts.map((f) => f.kind)).toEqual(['identity']);
    expect(v.categoriesBySource).toEqual({ abh: ['stammdaten', 'aufenthalt', 'arbeit', 'bildung_sprache', 'straf'] });
    expect(v.decisions).toHaveLength(28);
  });
});

describe('the policy file', () => {
  it('is refused with a clear message when an entry names an unknown category', () => {
    expect(() => parsePolicy('version: 1\nstatutoryBases:\n  - { id: x, description: d, citation: "§ 1 X", source: abh, categories: [gesundheit], recipient: { role: abh_b3, authority: responsible_abh } }\n', 'p.yaml')).toThrow(
      /p\.yaml: .*categories\/0 must be equal to one of the allowed values/,
    );
  });
});
