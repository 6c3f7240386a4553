// Deadline and transition signals: warning periods to the day, and what suppresses them.
import { describe, expect, it } from 'vitest';
import { application, benefit, naturalisation, run, SEES_ABH_ONLY, status, type Case } from './test-facts.js';
import { backlogOverdueFrom } from './deadlines.js';

const types = (c: Case) => run(c).signals.map((s) => s.type);
const signal = (c: Case, type: string) => run(c).signals.find((s) => s.type === type);

describe('status.expiring', () => {
  const duldung = (to: string) => status('duldung', '2025-01-15', to);
  it('starts 56 days before the last day of a Duldung (deadline 2026-12-15 → from 2026-10-20)', () => {
    expect(types({ stichtag: '2026-10-19', facts: [duldung('2026-12-15')] })).not.toContain('status.expiring');
    expect(signal({ stichtag: '2026-10-20', facts: [duldung('2026-12-15')] }, 'status.expiring')).toMatchObject({ from: '2026-10-20', deadline: '2026-12-15' });
    expect(types({ stichtag: '2026-12-15', facts: [duldung('2026-12-15')] })).toContain('status.expiring');
    expect(types({ stichtag: '2026-12-16', facts: [duldung('2026-12-15')] })).not.toContain('status.expiring');
  });

  it('is not raised when a follow-up status is recorded', () => {
    expect(types({ stichtag: '2026-11-23', facts: [duldung('2026-12-15'), status('duldung', '2026-12-16', '2027-06-15')] })).not.toContain('status.expiring');
  });

  it('is raised for a Duldung even with an application pending, and names the application', () => {
    const s = signal({ stichtag: '2026-11-23', facts: [duldung('2026-12-15'), application('2026-10-01')] }, 'status.expiring');
    expect(s?.explanation).toMatch(/Antrag vom 01\.10\.2026/);
  });

  it('is suppressed for an Aufenthaltserlaubnis by an application filed while it was valid (§ 81 Abs. 4)', () => {
    const ae = status('aufenthaltserlaubnis', '2024-01-01', '2026-12-15', '§ 25 Abs. 2 AufenthG');
    expect(types({ stichtag: '2026-11-23', facts: [ae] })).toContain('status.expiring');
    expect(types({ stichtag: '2026-11-23', facts: [ae, application('2026-11-01', '§ 26 Abs. 3 AufenthG')] })).not.toContain('status.expiring');
  });
});

describe('p104c.expiring', () => {
  const permit = status('aufenthaltserlaubnis', '2025-07-01', '2026-12-31', '§ 104c Abs. 1 AufenthG');
  it('starts 120 days before the permit ends and replaces status.expiring', () => {
    expect(types({ stichtag: '2026-09-01', facts: [permit] })).not.toContain('p104c.expiring');
    const e = run({ stichtag: '2026-09-02', facts: [permit] });
    expect(e.signals.find((s) => s.type === 'p104c.expiring')).toMatchObject({ from: '2026-09-02', deadline: '2026-12-31' });
    expect(e.signals.map((s) => s.type)).not.toContain('status.expiring');
  });

  it('is suppressed by an application for a residence title filed while the permit was valid', () => {
    expect(types({ stichtag: '2026-11-23', facts: [permit, application('2026-10-01')] })).not.toContain('p104c.expiring');
  });

  it('is not suppressed by an application filed before the permit began', () => {
    expect(types({ stichtag: '2026-11-23', facts: [permit, application('2025-06-01')] })).toContain('p104c.expiring');
  });

  it('carries the § 25a and § 25b conditions', () => {
    const ids = signal({ stichtag: '2026-11-23', facts: [permit] }, 'p104c.expiring')!.conditions.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['25a.status', '25b.residence']));
  });
});

describe('rechtskreis.gap', () => {
  const facts = [status('gestattung', '2024-02-12', '2026-08-31'), status('aufenthaltserlaubnis', '2026-09-01', '2029-08-31', '§ 25 Abs. 2 S. 1 1. Alt. AufenthG'), benefit('AsylbLG', '2024-02-12', '2026-09-30')];
  it('is raised from the day after the 14-day grace period', () => {
    expect(types({ stichtag: '2026-10-14', facts })).not.toContain('rechtskreis.gap');
    expect(signal({ stichtag: '2026-10-15', facts }, 'rechtskreis.gap')?.from).toBe('2026-10-15');
  });

  it('is not raised once an SGB II period has started', () => {
    expect(types({ stichtag: '2026-11-23', facts: [...facts, benefit('SGB II', '2026-11-01', null)] })).not.toContain('rechtskreis.gap');
  });

  it('needs both benefits sources visible, since the other office may be paying', () => {
    expect(types({ stichtag: '2026-11-23', facts, sees: { abh: ['aufenthalt'], sozialamt: ['leistungen'] } })).not.toContain('rechtskreis.gap');
  });

  it('is not raised without a residence permit', () => {
    expect(types({ stichtag: '2026-11-23', facts: [status('duldung', '2024-02-12', null), benefit('AsylbLG', '2024-02-12', '2026-09-30')] })).not.toContain('rechtskreis.gap');
  });
});

describe('backlog.overdue', () => {
  // § 75 Satz 2 VwGO with § 187 Abs. 1, § 188 Abs. 2 BGB (change 12): the day of receipt does not count.
  it('is not raised on the day the three months from the receipt end (received 2026-09-01, Stichtag 2026-12-01)', () => {
    expect(types({ stichtag: '2026-12-01', facts: [naturalisation('2026-09-01')] })).not.toContain('backlog.overdue');
  });

  it('is raised from the day after the three months end (received 2026-09-01 → overdue from 2026-12-02)', () => {
    expect(signal({ stichtag: '2026-12-02', facts: [naturalisation('2026-09-01')] }, 'backlog.overdue')?.from).toBe('2026-12-02');
    expect(signal({ stichtag: '2026-12-03', facts: [naturalisation('2026-09-01')] }, 'backlog.overdue')?.from).toBe('2026-12-02');
  });

  it('is not raised for a decided application', () => {
    expect(types({ stichtag: '2026-11-23', facts: [naturalisation('2026-03-14', 'eingebürgert')] })).not.toContain('backlog.overdue');
  });

  it('ends the three months from 30 November on 28 February (no 30 February), overdue from 1 March', () => {
    expect(signal({ stichtag: '2027-03-01', facts: [naturalisation('2026-11-30')] }, 'backlog.overdue')?.from).toBe('2027-03-01');
    expect(types({ stichtag: '2027-02-28', facts: [naturalisation('2026-11-30')], sees: SEES_ABH_ONLY })).not.toContain('backlog.overdue');
    expect(signal({ stichtag: '2027-03-02', facts: [naturalisation('2026-11-30')] }, 'backlog.overdue')?.from).toBe('2027-03-01');
  });

  it('ends the three months from 31 August on 30 November, overdue from 1 December', () => {
    expect(backlogOverdueFrom('2026-08-31', 3)).toBe('2026-12-01');
    expect(backlogOverdueFrom('2026-08-30', 3)).toBe('2026-12-01');
    expect(backlogOverdueFrom('2026-08-29', 3)).toBe('2026-11-30');
  });
});
