import { describe, expect, it } from 'vitest';
import { fingerprint, signalDiff, type ActiveSignal, type PersonSignals } from './signal-diff.js';

const signal = (type: string, explanation = 'erfüllt', deadline?: string) => ({ type, from: '2026-11-23', ...(deadline ? { deadline } : {}), lawVersion: '2024-01-01', explanation, conditions: [{ id: 'c1', result: 'met' }] });
const cm = { role: 'case_manager', id: 'cm-0001' };
const abh = { role: 'abh_b3', id: 'ABH-05158' };
const stored = (id: string, kimId: string, type: string, recipientId: string, s = signal(type)): ActiveSignal => ({
  id,
  kim_id: kimId,
  type,
  recipient_id: recipientId,
  fingerprint: fingerprint({ from: s.from, deadline: s.deadline ?? null, lawVersion: s.lawVersion, explanation: s.explanation, conditions: JSON.stringify(s.conditions) }),
});

describe('routing an evaluation', () => {
  it('creates a signal a person did not have, once per recipient', () => {
    const results: PersonSignals[] = [
      {
        kimId: 'K1',
        signals: [
          { recipient: cm, signal: signal('p25a.eligible') },
          { recipient: abh, signal: signal('p25a.eligible') },
        ],
      },
    ];
    const diff = signalDiff(results, new Set(['K1']), []);
    expect(diff.inserts.map((s) => s.recipientId)).toEqual(['cm-0001', 'ABH-05158']);
    expect(diff.updates).toEqual([]);
    expect(diff.withdrawn).toEqual([]);
  });

  it('changes nothing for a signal that holds as it was, so nobody is alerted twice', () => {
    const results: PersonSignals[] = [{ kimId: 'K1', signals: [{ recipient: cm, signal: signal('p25a.eligible') }] }];
    expect(signalDiff(results, new Set(['K1']), [stored('1', 'K1', 'p25a.eligible', 'cm-0001')])).toEqual({ inserts: [], updates: [], withdrawn: [] });
  });

  it('updates a signal whose deadline changed, without creating it again', () => {
    const results: PersonSignals[] = [{ kimId: 'K1', signals: [{ recipient: cm, signal: signal('p104c.expiring', 'erfüllt', '2026-12-31') }] }];
    const diff = signalDiff(results, new Set(['K1']), [stored('7', 'K1', 'p104c.expiring', 'cm-0001')]);
    expect(diff.inserts).toEqual([]);
    expect(diff.updates.map((u) => [u.id, u.deadline])).toEqual([['7', '2026-12-31']]);
  });

  it('withdraws an active signal that no longer holds, and one of a person left with no signals at all', () => {
    const results: PersonSignals[] = [{ kimId: 'K1', signals: [] }];
    expect(signalDiff(results, new Set(['K1']), [stored('3', 'K1', 'p25b.eligible', 'cm-0001')]).withdrawn).toEqual(['3']);
  });

  it('leaves alone a person whose newer evaluation was routed already', () => {
    const results: PersonSignals[] = [{ kimId: 'K1', signals: [{ recipient: cm, signal: signal('p25a.eligible') }] }];
    expect(signalDiff(results, new Set(), [])).toEqual({ inserts: [], updates: [], withdrawn: [] });
  });

  it('takes the first of two signals of one type for one recipient', () => {
    const results: PersonSignals[] = [
      {
        kimId: 'K1',
        signals: [
          { recipient: cm, signal: signal('p25a.eligible', 'erste') },
          { recipient: cm, signal: signal('p25a.eligible', 'zweite') },
        ],
      },
    ];
    expect(signalDiff(results, new Set(['K1']), []).inserts.map((s) => s.explanation)).toEqual(['erste']);
  });
});

describe('the fingerprint of a signal', () => {
  it('tells a missing deadline from an empty explanation: the fields never run into each other', () => {
    const base = { from: '2026-11-23', lawVersion: 'v', conditions: '[]' };
    expect(fingerprint({ ...base, deadline: null, explanation: 'x' })).not.toBe(fingerprint({ ...base, deadline: 'x', explanation: '' }));
  });
});
