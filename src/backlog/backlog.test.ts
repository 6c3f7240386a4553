import { describe, expect, it } from 'vitest';
import type { NaturalisationApplicationFact } from '../generated/kim-types.js';
import type { ConditionResult, ProvisionResult } from '../rules/index.js';
import { naturalisation, run } from '../rules/test-facts.js';
import { buildBacklog, readiness, selectBacklog, type BacklogSource } from './backlog.js';

const cond = (id: string, outcome: ConditionResult['outcome'], metFrom?: string): ConditionResult => ({ id, outcome, citation: `§ 10 StAG (${id})`, explanation: id, facts: [], ...(metFrom ? { metFrom } : {}) });
const stag10 = (state: ProvisionResult['state'], conditions: ConditionResult[], from?: string): ProvisionResult => ({ provision: 'stag10', lawVersion: 'stag10@2024-06-27', state, conditions, explanation: '', ...(from ? { from } : {}) });
const app = (n: string, receivedOn: string, extra: Partial<NaturalisationApplicationFact> = {}): NaturalisationApplicationFact => ({
  ...(naturalisation(receivedOn) as NaturalisationApplicationFact),
  applicationNumber: n,
  ...extra,
});
const ready = stag10('eligible', [cond('stag10.residence', 'met'), cond('stag10.title', 'met')], '2025-01-01');

describe('readiness for a decision under § 10 StAG', () => {
  it('is ready when every condition is met and no document is missing', () => {
    expect(readiness(ready, []).readiness).toBe('ready');
  });
  it('is missing when documents are missing, even though the conditions are met', () => {
    expect(readiness(ready, ['Einkommensnachweise']).readiness).toBe('missing');
  });
  it('is missing, naming the condition, when a condition is unknown or needs review', () => {
    const r = readiness(stag10('none', [cond('stag10.residence', 'met'), cond('stag10.language', 'unknown')]), []);
    expect(r).toMatchObject({ readiness: 'missing', open: [{ id: 'stag10.language', outcome: 'unknown' }] });
  });
  it('is not yet, from the date, when the conditions will hold later', () => {
    expect(readiness(stag10('upcoming', [cond('stag10.residence', 'not_met', '2027-03-01')], '2027-03-01'), [])).toMatchObject({ readiness: 'not_yet', readyFrom: '2027-03-01' });
  });
  it('is blocked, naming the condition, when a condition fails with no date on which it would hold', () => {
    const r = readiness(stag10('none', [cond('stag10.title', 'not_met'), cond('stag10.language', 'unknown')]), ['Pass']);
    expect(r.readiness).toBe('blocked');
    expect(r.open.map((c) => c.id)).toEqual(['stag10.title', 'stag10.language']);
  });
});

describe('the backlog', () => {
  const sources: BacklogSource[] = [
    { kimId: 'k1', application: app('EB-1', '2026-08-23', { team: 'Team 1', missingDocuments: ['Einkommensnachweise'] }), stag10: ready },
    { kimId: 'k2', application: app('EB-2', '2026-03-14', { team: 'Team 2' }), stag10: ready },
    { kimId: 'k3', application: app('EB-3', '2026-08-22', { team: 'Team 2' }), stag10: stag10('none', [cond('stag10.title', 'not_met')]) },
    { kimId: 'k4', application: app('EB-4', '2025-12-01', { status: 'eingebürgert' }), stag10: ready },
  ];
  const entries = buildBacklog(sources, '2026-11-23');

  it('holds the pending applications only, with the days they have waited', () => {
    expect(entries.map((e) => [e.applicationNumber, e.daysPending])).toEqual([
      ['EB-1', 92],
      ['EB-2', 254],
      ['EB-3', 93],
    ]);
  });

  it('marks an application overdue from the day § 75 VwGO lets the applicant sue, as the rules module computes it', () => {
    // Received 22.08.2026: the three months run from the receipt as an event and end with 22.11.2026 (§ 187 Abs. 1,
    // § 188 Abs. 2 BGB; RULES.md change 12), so on 23.11.2026 it is overdue; one day later received, not yet.
    expect(entries.find((e) => e.applicationNumber === 'EB-3')).toMatchObject({ overdue: true, overdueFrom: '2026-11-23' });
    expect(entries.find((e) => e.applicationNumber === 'EB-1')).toMatchObject({ overdue: false, overdueFrom: '2026-11-24' });
    for (const [receivedOn, stichtag] of [
      ['2026-08-22', '2026-11-23'],
      ['2026-08-23', '2026-11-23'],
      ['2026-08-22', '2026-11-22'],
    ] as const) {
      const signal = run({ stichtag, facts: [naturalisation(receivedOn)] }).signals.some((s) => s.type === 'backlog.overdue');
      expect(buildBacklog([{ kimId: 'k', application: app('EB', receivedOn), stag10: null }], stichtag)[0]!.overdue, `${receivedOn} on ${stichtag}`).toBe(signal);
    }
  });

  it('sorts oldest first, or ready to decide first and then oldest', () => {
    expect(selectBacklog(entries).map((e) => e.applicationNumber)).toEqual(['EB-2', 'EB-3', 'EB-1']);
    expect(selectBacklog(entries, { order: 'ready_first' }).map((e) => [e.applicationNumber, e.readiness])).toEqual([
      ['EB-2', 'ready'],
      ['EB-1', 'missing'],
      ['EB-3', 'blocked'],
    ]);
  });

  it('filters by team, by a missing document, by readiness and by overdue', () => {
    expect(selectBacklog(entries, { team: 'Team 2' }).map((e) => e.applicationNumber)).toEqual(['EB-2', 'EB-3']);
    expect(selectBacklog(entries, { missingDocument: 'einkommen' }).map((e) => e.applicationNumber)).toEqual(['EB-1']);
    expect(selectBacklog(entries, { readiness: 'blocked' }).map((e) => e.applicationNumber)).toEqual(['EB-3']);
    expect(selectBacklog(entries, { overdue: false }).map((e) => e.applicationNumber)).toEqual(['EB-1']);
  });
});

describe('the backlog on 2,000 generated applications', () => {
  // A deterministic generator (linear congruential), so a failure can be repeated exactly.
  let seed = 20261125;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const teams = ['Team 1', 'Team 2', 'Team 3', null];
  const docs = ['Pass', 'Einkommensnachweise', 'Sprachzertifikat B1'];
  const verdicts = [ready, stag10('upcoming', [cond('stag10.residence', 'not_met', '2027-05-01')], '2027-05-01'), stag10('none', [cond('stag10.title', 'not_met')]), null];
  const statuses: NaturalisationApplicationFact['status'][] = ['eingegangen', 'in Prüfung', 'Unterlagen angefordert', 'entscheidungsreif', 'eingebürgert', 'abgelehnt'];
  const sources: BacklogSource[] = Array.from({ length: 2000 }, (_, i) => ({
    kimId: `k${i}`,
    application: app(`EB-${String(i).padStart(5, '0')}`, `20${24 + next(3)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`, {
      team: teams[next(teams.length)]!,
      missingDocuments: docs.filter(() => next(4) === 0),
      status: statuses[next(statuses.length)]!,
    }),
    stag10: verdicts[next(verdicts.length)]!,
  }));
  const entries = buildBacklog(sources, '2026-11-25');

  it('keeps exactly the pending ones, oldest first, and ready to decide first when asked', () => {
    expect(entries.length).toBe(sources.filter((s) => !['eingebürgert', 'abgelehnt'].includes(s.application.status ?? '')).length);
    const oldest = selectBacklog(entries);
    for (let i = 1; i < oldest.length; i++) expect(oldest[i - 1]!.receivedOn <= oldest[i]!.receivedOn).toBe(true);
    const rank = { ready: 0, not_yet: 1, missing: 2, blocked: 3 };
    const readyFirst = selectBacklog(entries, { order: 'ready_first' });
    for (let i = 1; i < readyFirst.length; i++) {
      const [a, b] = [readyFirst[i - 1]!, readyFirst[i]!];
      expect(rank[a.readiness] < rank[b.readiness] || (rank[a.readiness] === rank[b.readiness] && a.receivedOn <= b.receivedOn)).toBe(true);
    }
  });

  it('filters to exactly the entries of a team, with a missing document, and overdue', () => {
    const view = { team: 'Team 2', missingDocument: 'einkommen', overdue: true };
    const picked = selectBacklog(entries, view);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBe(entries.filter((e) => e.team === 'Team 2' && e.overdue && e.missingDocuments.includes('Einkommensnachweise')).length);
  });
});
