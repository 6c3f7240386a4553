// Issue 3 acceptance: the ten sample persons of examples/kreis-mettmann, evaluated as of
// 2026-11-23 for each recipient, give the conditions and dates that EXPECTED.md implies, not
// only the right signal names (tests/dry-run.test.ts checks those).
import { DEVELOPMENT_PSEUDONYM_KEY, kimIdsKeyedWith } from '../src/kim/pseudonym.js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeConsents } from '../adapters/consent/index.js';
import { loadTenant } from '../src/cli/dry-run.js';
import { loadPolicy } from '../src/policy-file.js';
import { link } from '../src/linkage/index.js';
import { examplesDir } from '../src/paths.js';
import { collect } from '../src/pipeline/dry-run.js';
import { evaluateForRecipients, type RecipientEvaluation } from '../src/pipeline/evaluate-person.js';
import type { Evaluation, Provision } from '../src/rules/index.js';
import { readdirSync } from 'node:fs';

const samples = path.join(examplesDir, 'kreis-mettmann');
const byAzr = new Map<string, RecipientEvaluation[]>();

beforeAll(async () => {
  const files = readdirSync(samples)
    .filter((f) => /\.(xml|csv)$/.test(f))
    .map((f) => path.join(samples, f));
  const collected = await collect(files);
  const consents = mergeConsents(collected.consents).consents;
  const linked = link({ records: collected.records, consents }, { kimIdFor: kimIdsKeyedWith(DEVELOPMENT_PSEUDONYM_KEY) });
  const tenant = loadTenant(path.join(samples, 'tenant-05158.json'));
  const policy = loadPolicy();
  for (const person of linked.persons) {
    const evaluations = evaluateForRecipients({ person, consents: linked.consentsByKimId.get(person.kimId) ?? [], tenant, stichtag: '2026-11-23', policy });
    byAzr.set(person.identity.identifiers.azr ?? person.kimId, evaluations);
  }
});

function evaluationFor(azr: string, recipient: string): Evaluation {
  const e = byAzr.get(azr)?.find((r) => r.recipient.id === recipient)?.evaluation;
  if (!e) throw new Error(`no evaluation of ${azr} for ${recipient}`);
  return e;
}
const outcome = (azr: string, recipient: string, id: string) =>
  evaluationFor(azr, recipient)
    .provisions.flatMap((p) => p.conditions)
    .find((c) => c.id === id)?.outcome;
const state = (azr: string, recipient: string, p: Provision) => evaluationFor(azr, recipient).provisions.find((x) => x.provision === p);
const signal = (azr: string, recipient: string, type: string) => evaluationFor(azr, recipient).signals.find((s) => s.type === type);

describe('the sample persons as of 2026-11-23', () => {
  it('S1 Haddad: § 25a and § 25b hold; part-time work with AsylbLG top-up is for the case manager to weigh', () => {
    expect(state('160901480001', 'cm-0001', 'p25a')).toMatchObject({ state: 'eligible', from: '2022-12-31' });
    expect(outcome('160901480001', 'cm-0001', '25b.livelihood')).toBe('needs_review');
    expect(outcome('160901480001', 'ABH-05158', '25b.livelihood')).toBe('unknown');
    expect(
      evaluationFor('160901480001', 'cm-0001')
        .provisions.find((p) => p.provision === 'p25b')!
        .conditions.find((c) => c.id === '25b.residence')!.explanation,
    ).toContain('erfüllt seit 05.09.2022');
  });

  it('S2 Rahimi: the partial birth date 1990-00-00 rules out § 25a for every possible day; § 25b holds with four years (child)', () => {
    expect(outcome('190108480002', 'cm-0002', '25a.age')).toBe('not_met');
    expect(state('190108480002', 'ABH-05158032', 'p25b')?.state).toBe('eligible');
    expect(outcome('190108480002', 'ABH-05158032', '25b.children_school')).toBe('met');
  });

  it('S3 Khalil: § 25b livelihood not_met for the case manager (AsylbLG visible), unknown for the ABH; age deadline 14.03.2027', () => {
    expect(outcome('190402480003', 'cm-0001', '25b.livelihood')).toBe('not_met');
    expect(state('190402480003', 'cm-0001', 'p25b')?.state).toBe('none');
    expect(outcome('190402480003', 'ABH-05158', '25b.livelihood')).toBe('unknown');
    expect(signal('190402480003', 'cm-0001', 'p25a.age_deadline')).toMatchObject({ from: '2026-09-15', deadline: '2027-03-14' });
  });

  it('S4 Nouri: § 25a upcoming from 2027-06-01, when 12 months of Duldung are complete', () => {
    expect(state('221001480004', 'ABH-05158', 'p25a')).toMatchObject({ state: 'upcoming', from: '2027-06-01' });
    expect(outcome('221001480004', 'ABH-05158', '25a.school')).toBe('needs_review');
  });

  it('S5 Demir: § 10 StAG eligible for the EBB under the 2025 version; backlog overdue since 15.06.2026 (receipt 14.03. + 3 months + 1 day, change 12)', () => {
    expect(state('150915480005', 'EBB-05158', 'stag10')).toMatchObject({ state: 'eligible', lawVersion: 'stag10@2025-10-30' });
    expect(outcome('150915480005', 'EBB-05158', 'stag10.livelihood')).toBe('unknown');
    expect(signal('150915480005', 'EBB-05158', 'backlog.overdue')?.from).toBe('2026-06-15');
  });

  it('S6 Ahmadi: SGB II has not followed AsylbLG (ended 30.09.2026) for more than 14 days', () => {
    expect(signal('240210480006', 'cm-0001', 'rechtskreis.gap')?.from).toBe('2026-10-15');
  });

  it('S7 Aziz: the Duldung ends 31.12.2026; the warning runs from 05.11.2026', () => {
    expect(signal('240601480007', 'cm-0002', 'status.expiring')).toMatchObject({ from: '2026-11-05', deadline: '2026-12-31' });
  });

  it('S8 Jaber: the § 104c permit ends 31.12.2026 (warning from 02.09.2026) and § 25b holds beside it', () => {
    expect(signal('151118480008', 'ABH-05158', 'p104c.expiring')).toMatchObject({ from: '2026-09-02', deadline: '2026-12-31' });
    expect(signal('151118480008', 'ABH-05158', 'status.expiring')).toBeUndefined();
    expect(state('151118480008', 'cm-0001', 'p25b')?.state).toBe('eligible');
  });

  it('S9 Saleh: own deception excludes § 25a and § 25b; the withdrawn consent leaves the case manager nothing', () => {
    expect(outcome('201101480009', 'ABH-05158', '25a.deception')).toBe('not_met');
    expect(outcome('201101480009', 'ABH-05158', '25b.obstruction')).toBe('not_met');
    expect(byAzr.get('201101480009')!.map((r) => r.recipient.id)).not.toContain('cm-0002');
  });

  it('S10 Şahin: the linked Jobcenter row shows SGB II, so § 10 StAG livelihood is not met', () => {
    expect(outcome('170801480010', 'cm-0001', 'stag10.livelihood')).toBe('not_met');
    expect(state('170801480010', 'cm-0001', 'stag10')?.state).toBe('none');
  });
});
