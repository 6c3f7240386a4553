// RULES.md "Changes 2026-12-01" on single conditions: § 12a StAG (change 1), 25a.age (6),
// 25a.school (7), 25a.livelihood (8), the Gestattung for § 10 StAG (9), B1 by a German school
// certificate (10), p25a.age_deadline with a partial birth date (13). Each on its boundaries.
import { describe, expect, it } from 'vitest';
import { benefit, condition, conviction, employment, provision, run, school, SEES_ABH_ONLY, status, type Case } from './test-facts.js';
import type { Outcome } from './types.js';

const outcome = (c: Case, id: string) => condition(run(c), id);

describe('change 1: stag10.convictions under § 12a Abs. 1 StAG', () => {
  const at = (c: Parameters<typeof conviction>[0], stichtag = '2026-11-23') => outcome({ stichtag, facts: [conviction(c)] }, 'stag10.convictions');

  it.each<[number, Outcome]>([
    [90, 'met'],
    [91, 'needs_review'],
    [111, 'needs_review'],
    [112, 'not_met'],
  ])('%i daily rates are %s (limit 90, slight excess up to 21 more)', (dailyRates, expected) => {
    expect(at({ dailyRates }).outcome).toBe(expected);
  });

  it('names the slight-excess clause as Satz 4 from 2024-06-27 and Satz 3 on the day before', () => {
    expect(at({ dailyRates: 100 }, '2024-06-27').explanation).toContain('§ 12a Abs. 1 Satz 4 StAG');
    expect(at({ dailyRates: 100 }, '2024-06-26').explanation).toContain('§ 12a Abs. 1 Satz 3 StAG');
  });

  it.each<[number, Outcome]>([
    [3, 'needs_review'],
    [3.5, 'needs_review'],
    [3.7, 'needs_review'],
    [3.75, 'not_met'],
  ])('%s months of suspended prison are %s (3 months only when remitted, a margin of 21 days beyond)', (prisonMonths, expected) => {
    expect(at({ prisonMonths, suspended: true }).outcome).toBe(expected);
  });

  it('3.5 months suspended are a slight excess of the 3-month limit, decided case by case (§ 12a Abs. 1 Satz 4)', () => {
    const c = at({ prisonMonths: 3.5, suspended: true });
    expect(c.explanation).toContain('3,5 Monate');
    expect(c.explanation).toContain('geringfügig überschritten');
    expect(c.explanation).toContain('Satz 4');
  });

  it('a suspended sentence within the limit goes to review because remission after probation is not recorded, naming it', () => {
    const c = at({ prisonMonths: 2, suspended: true, date: '2021-03-04' });
    expect(c.outcome).toBe('needs_review');
    expect(c.explanation).toContain('nach Ablauf der Bewährungszeit erlassen');
    expect(c.explanation).toContain('04.03.2021');
  });

  it('prison that was not suspended is never disregarded, however short', () => {
    expect(at({ prisonMonths: 1, suspended: false }).outcome).toBe('not_met');
  });

  it('a suspended sentence and a fine are added up, one month of prison as 30 days', () => {
    expect(at({ prisonMonths: 2, suspended: true }).outcome).toBe('needs_review');
    expect(outcome({ stichtag: '2026-11-23', facts: [conviction({ prisonMonths: 2, suspended: true }), conviction({ dailyRates: 52 })] }, 'stag10.convictions').outcome).toBe('not_met');
  });
});

describe('change 6: the minimum age 14 of 25a.age is date-bound', () => {
  // Born 2012-12-01: 14 on 2026-12-01. Duldung, residence and school all held long before.
  const base = (stichtag: string): Case => ({ stichtag, birthDate: '2012-12-01', facts: [status('duldung', '2018-01-01', null), school('2019-08-01', null)] });

  it.each<[string, Outcome, string]>([
    ['2026-11-30', 'not_met', 'upcoming'],
    ['2026-12-01', 'met', 'eligible'],
    ['2026-12-02', 'met', 'eligible'],
  ])('on %s 25a.age is %s and § 25a %s from 2026-12-01', (stichtag, expected, state) => {
    const e = run(base(stichtag));
    expect(condition(e, '25a.age')).toMatchObject({ outcome: expected, metFrom: '2026-12-01' });
    expect(provision(e, 'p25a')).toMatchObject({ state, from: '2026-12-01' });
  });

  it('a partial birth date around the 27th birthday does not block § 25a (the deadline part counts as data)', () => {
    const e = run({ stichtag: '2026-12-15', birthDate: '1999-12-00', facts: [status('duldung', '2018-01-01', null), school('2010-08-01', '2016-07-15', 'HSA')] });
    expect(condition(e, '25a.age').outcome).toBe('needs_review');
    expect(provision(e, 'p25a').state).toBe('eligible');
  });
});

describe('change 7: ongoing school attendance short of 3 years is date-bound', () => {
  it.each<[string, Outcome, string | undefined]>([
    ['2026-12-01', 'not_met', '2026-12-02'],
    ['2026-12-02', 'needs_review', undefined],
    ['2026-12-03', 'needs_review', undefined],
  ])('attendance from 2023-12-02 on %s: %s (three years complete from 2026-12-02; success then for review)', (stichtag, expected, metFrom) => {
    const c = outcome({ stichtag, birthDate: '2008-01-01', facts: [status('duldung', '2018-01-01', null), school('2023-12-02', null)] }, '25a.school');
    expect(c.outcome).toBe(expected);
    expect(c.metFrom).toBe(metFrom);
  });
});

describe('change 8: 25a.livelihood outside education', () => {
  const facts = [status('duldung', '2018-01-01', null)];
  it('no current benefit and every benefits source visible is met', () => {
    expect(outcome({ stichtag: '2026-11-23', birthDate: '2003-01-01', facts }, '25a.livelihood').outcome).toBe('met');
  });

  it('no visible benefit but not every benefits source visible is unknown', () => {
    expect(outcome({ stichtag: '2026-11-23', birthDate: '2003-01-01', facts, sees: SEES_ABH_ONLY }, '25a.livelihood').outcome).toBe('unknown');
  });
});

describe('change 9: a Gestattung counts for § 10 StAG whenever recognition follows it', () => {
  // Gestattung, a Fiktion, then § 25 Abs. 2: five years from 2021-01-01 are complete on 2026-01-01.
  const withFiktion = [status('gestattung', '2021-01-01', '2022-12-31'), status('fiktion', '2023-01-01', '2023-03-31', '§ 81 Abs. 3 AufenthG'), status('aufenthaltserlaubnis', '2023-04-01', null, '§ 25 Abs. 2 S. 1 2. Alt. AufenthG')];
  it.each<[string, Outcome]>([
    ['2025-12-31', 'not_met'],
    ['2026-01-01', 'met'],
    ['2026-01-02', 'met'],
  ])('on %s, with a Fiktion between Gestattung and recognition, stag10.residence is %s', (stichtag, expected) => {
    expect(outcome({ stichtag, facts: withFiktion }, 'stag10.residence')).toMatchObject({ outcome: expected, metFrom: '2026-01-01' });
  });

  it('a bridged gap between Gestattung and recognition does not stop the Gestattung from counting (its days do not count)', () => {
    const facts = [status('gestattung', '2021-01-01', '2022-12-31'), status('aufenthaltserlaubnis', '2023-03-01', null, '§ 25 Abs. 1 AufenthG')];
    expect(outcome({ stichtag: '2026-11-23', facts }, 'stag10.residence')).toMatchObject({ outcome: 'met', metFrom: '2026-03-01' });
  });

  it('a Gestattung does not count when no recognition follows at any time', () => {
    const facts = [status('gestattung', '2021-01-01', '2022-12-31'), status('aufenthaltserlaubnis', '2023-01-01', null, '§ 25 Abs. 5 AufenthG')];
    expect(outcome({ stichtag: '2026-11-23', facts }, 'stag10.residence')).toMatchObject({ outcome: 'not_met', metFrom: '2028-01-01' });
  });
});

describe('change 10: a German school certificate of HSA or higher proves B1 for § 10 StAG', () => {
  it.each<[string, Outcome]>([
    ['HSA', 'met'],
    ['MSA', 'met'],
    ['ABI', 'met'],
    ['BERUF', 'unknown'],
  ])('a completed %s gives stag10.german %s', (qualification, expected) => {
    const facts = [school('2010-08-01', '2016-07-15', qualification as 'HSA')];
    expect(outcome({ stichtag: '2026-11-23', facts }, 'stag10.german').outcome).toBe(expected);
  });
});

describe('change 13: p25a.age_deadline with a partial birth date', () => {
  // Born 1999-12-00: possible last days 2026-11-30 … 2026-12-30; warning from 2026-06-03.
  const at = (stichtag: string) => run({ stichtag, birthDate: '1999-12-00', facts: [status('duldung', '2018-01-01', null), school('2010-08-01', '2016-07-15', 'HSA')] }).signals.find((s) => s.type === 'p25a.age_deadline');

  it.each<[string, string | null]>([
    ['2026-06-02', null],
    ['2026-06-03', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
    ['2026-12-01', '2026-12-30'],
    ['2026-12-30', '2026-12-30'],
    ['2026-12-31', null],
  ])('on %s the signal has the deadline %s', (stichtag, deadline) => {
    const s = at(stichtag);
    if (deadline === null) expect(s).toBeUndefined();
    else expect(s).toMatchObject({ from: '2026-06-03', deadline });
  });

  it('says that the exact birth date decides', () => {
    expect(at('2026-12-01')?.explanation).toContain('der genaue Geburtstag entscheidet');
  });

  it('warns 180 days before the last day for a full birth date: born 2000-06-15, last day 2027-06-14, from 2026-12-16', () => {
    const facts = [status('duldung', '2018-01-01', null), school('2010-08-01', '2016-07-15', 'HSA')];
    expect(run({ stichtag: '2026-12-15', birthDate: '2000-06-15', facts }).signals.map((s) => s.type)).not.toContain('p25a.age_deadline');
    expect(run({ stichtag: '2026-12-16', birthDate: '2000-06-15', facts }).signals.find((s) => s.type === 'p25a.age_deadline')).toMatchObject({ from: '2026-12-16', deadline: '2027-06-14' });
  });
});

describe('the full-time exception of § 10 Abs. 1 Satz 1 Nr. 3 StAG over several records', () => {
  const facts = (firstDay: string) => [
    status('niederlassungserlaubnis', '2015-01-01', null, '§ 9 AufenthG'),
    employment('vollzeit', firstDay, '2025-12-31'),
    employment('vollzeit', '2026-01-01', null),
    benefit('SGB II', '2026-01-01', null),
  ];
  it.each<[string, Outcome]>([
    ['2025-03-22', 'needs_review'],
    ['2025-03-23', 'needs_review'],
    ['2025-03-24', 'not_met'],
  ])('two contiguous full-time records from %s give stag10.livelihood %s on 2026-11-23 (20 of 24 months from 2025-03-23)', (firstDay, expected) => {
    expect(outcome({ stichtag: '2026-11-23', facts: facts(firstDay) }, 'stag10.livelihood').outcome).toBe(expected);
  });
});
