import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleFacts, type Recipient } from '../consent/index.js';
import type { Consent, KimPerson } from '../generated/kim-types.js';
import { kimIdsKeyedWith, DEVELOPMENT_PSEUDONYM_KEY } from '../kim/pseudonym.js';
import { link } from '../linkage/index.js';
import { sampleRecordsAndConsents } from '../linkage/test-records.js';
import { examplesDir } from '../paths.js';
import { loadPolicy } from '../policy-file.js';
import { loadTenant } from '../tenant.js';
import { personContext, signalStillVisible } from './evaluate-person.js';

const policy = loadPolicy();
const tenant = loadTenant(path.join(examplesDir, 'kreis-mettmann', 'tenant-05158.json'));

// The definition signalStillVisible answers by: every fact the signal rests on is among the facts
// visibleFacts leaves the recipient, and that set is not empty.
function byVisibleFacts(person: KimPerson, consents: Consent[], date: string, recipient: Recipient, facts: Array<{ source: string; sourceRecordId: string; kind: string }>): boolean {
  const visible = visibleFacts(person.facts, recipient, personContext(person, consents, tenant, date), date, policy).facts;
  if (!visible.length) return false;
  return facts.every((f) => visible.some((v) => v.source === f.source && v.sourceRecordId === f.sourceRecordId && v.kind === f.kind));
}

describe('the consent check on read (signalStillVisible)', () => {
  it('answers as visibleFacts does for every sample person, recipient, day and fact set', async () => {
    const { records, consents } = await sampleRecordsAndConsents();
    const { persons, consentsByKimId } = link({ records, consents }, { kimIdFor: kimIdsKeyedWith(DEVELOPMENT_PSEUDONYM_KEY) });
    const recipients: Recipient[] = [...new Set(consents.map((c) => c.caseManager).filter((id): id is string => !!id)), 'cm-stranger'].map((id) => ({ role: 'case_manager', id }) as Recipient);
    recipients.push(...tenant.authorities.filter((a) => a.kind === 'abh' || a.kind === 'ebb').map((a) => ({ role: a.kind === 'abh' ? 'abh_b3' : 'ebb_b3', id: a.id }) as Recipient), { role: 'coordinator', id: 'koord' } as Recipient);
    const answers = { true: 0, false: 0 };
    for (const person of persons) {
      const mine = consentsByKimId.get(person.kimId) ?? [];
      // Each fact alone, all facts, none, and one the person does not have.
      const factSets = [...person.facts.map((f) => [f]), person.facts, [], [{ source: 'abh', sourceRecordId: 'NOT-THERE', kind: 'residence_status' }]];
      for (const date of ['2020-01-01', '2026-11-23', '2031-06-30'])
        for (const recipient of recipients)
          for (const facts of factSets) {
            const expected = byVisibleFacts(person, mine, date, recipient, facts);
            answers[`${expected}`]++;
            expect(signalStillVisible({ person, consents: mine, tenant, policy, date, recipient, facts }), `${person.kimId} ${recipient.id} ${date}`).toBe(expected);
          }
    }
    // Both answers, many times each: the cases reach both sides of every decision.
    expect(answers.true).toBeGreaterThan(100);
    expect(answers.false).toBeGreaterThan(100);
  });
});
