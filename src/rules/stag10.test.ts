// § 10 StAG, table-driven: each case names the condition it proves.
import { describe, expect, it } from 'vitest';
import { benefit, condition, conviction, employment, identity, language, provision, run, school, SEES_ABH_ONLY, status, test, type Case } from './test-facts.js';
import type { Outcome } from './types.js';

const ne = status('niederlassungserlaubnis', '2021-10-01', null, '§ 18c Abs. 1 AufenthG');
const base = (over: Partial<Case> = {}): Case => ({
  stichtag: '2026-11-23',
  birthDate: '1985-02-11',
  facts: [status('aufenthaltserlaubnis', '2015-10-01', '2021-09-30', '§ 18b Abs. 1 AufenthG'), ne, language('B1'), test('EBT', true), identity(true), employment('vollzeit', '2019-10-01')],
  ...over,
});

interface Row {
  name: string;
  id: string;
  case: Case;
  outcome: Outcome;
  metFrom?: string;
}

const rows: Row[] = [
  {
    name: 'five years of lawful residence are met on the fifth anniversary',
    id: 'stag10.residence',
    case: base({ facts: [status('aufenthaltserlaubnis', '2021-11-23', null, '§ 18b Abs. 1 AufenthG')] }),
    outcome: 'met',
    metFrom: '2026-11-23',
  },
  {
    name: 'a Duldung never counts and a long one interrupts',
    id: 'stag10.residence',
    case: base({ facts: [status('duldung', '2016-01-01', '2022-12-31'), status('aufenthaltserlaubnis', '2023-01-01', null, '§ 25b Abs. 1 AufenthG')] }),
    outcome: 'not_met',
    metFrom: '2028-01-01',
  },
  {
    name: 'a Gestattung counts when recognition (§ 25 Abs. 2) follows it',
    id: 'stag10.residence',
    case: base({ facts: [status('gestattung', '2021-06-01', '2022-05-31'), status('aufenthaltserlaubnis', '2022-06-01', null, '§ 25 Abs. 2 S. 1 1. Alt. AufenthG')] }),
    outcome: 'met',
    metFrom: '2026-06-01',
  },
  {
    name: 'a Gestattung does not count when no recognition follows it',
    id: 'stag10.residence',
    case: base({ facts: [status('gestattung', '2021-06-01', '2022-05-31'), status('aufenthaltserlaubnis', '2022-06-01', null, '§ 25b Abs. 1 AufenthG')] }),
    outcome: 'not_met',
    metFrom: '2027-06-01',
  },
  { name: 'a settlement permit is an unlimited right of residence', id: 'stag10.title', case: base(), outcome: 'met' },
  { name: 'a permit for study (§ 16b) is an excluded title', id: 'stag10.title', case: base({ facts: [status('aufenthaltserlaubnis', '2019-01-01', '2027-01-01', '§ 16b Abs. 1 AufenthG')] }), outcome: 'not_met' },
  { name: 'a § 25 Abs. 5 permit is an excluded title', id: 'stag10.title', case: base({ facts: [status('aufenthaltserlaubnis', '2019-01-01', '2027-01-01', '§ 25 Abs. 5 AufenthG')] }), outcome: 'not_met' },
  { name: 'a § 25 Abs. 2 permit is not excluded', id: 'stag10.title', case: base({ facts: [status('aufenthaltserlaubnis', '2019-01-01', '2027-01-01', '§ 25 Abs. 2 AufenthG')] }), outcome: 'met' },
  { name: 'a § 104c permit is an excluded title', id: 'stag10.title', case: base({ facts: [status('aufenthaltserlaubnis', '2025-07-01', '2026-12-31', '§ 104c Abs. 1 AufenthG')] }), outcome: 'not_met' },
  { name: 'a Duldung is no right of residence', id: 'stag10.title', case: base({ facts: [status('duldung', '2019-01-01', '2027-01-01')] }), outcome: 'not_met' },
  { name: 'a visible current SGB II benefit is not met', id: 'stag10.livelihood', case: base({ facts: [ne, employment('teilzeit', '2024-01-01'), benefit('SGB II', '2026-01-01', null)] }), outcome: 'not_met' },
  { name: 'SGB II despite 20 of 24 months full-time goes to review', id: 'stag10.livelihood', case: base({ facts: [ne, employment('vollzeit', '2025-03-23'), benefit('SGB II', '2026-01-01', null)] }), outcome: 'needs_review' },
  { name: 'SGB II with only 19 of 24 months full-time is not met', id: 'stag10.livelihood', case: base({ facts: [ne, employment('vollzeit', '2025-04-24'), benefit('SGB II', '2026-01-01', null)] }), outcome: 'not_met' },
  { name: 'no benefit from every benefits source is met', id: 'stag10.livelihood', case: base(), outcome: 'met' },
  { name: 'no benefit while a benefits source is hidden is unknown', id: 'stag10.livelihood', case: base({ sees: SEES_ABH_ONLY }), outcome: 'unknown' },
  { name: 'a fine of 90 daily rates is disregarded', id: 'stag10.convictions', case: base({ facts: [ne, conviction({ dailyRates: 90 })] }), outcome: 'met' },
  { name: 'a fine of 91 daily rates is a slight excess for review', id: 'stag10.convictions', case: base({ facts: [ne, conviction({ dailyRates: 91 })] }), outcome: 'needs_review' },
  { name: 'two fines of 50 daily rates add up past 90', id: 'stag10.convictions', case: base({ facts: [ne, conviction({ dailyRates: 50 }), conviction({ dailyRates: 50 })] }), outcome: 'needs_review' },
  { name: 'an excess beyond the margin of 21 daily rates is not met', id: 'stag10.convictions', case: base({ facts: [ne, conviction({ dailyRates: 112 })] }), outcome: 'not_met' },
  { name: 'an excess of exactly the margin is still for review', id: 'stag10.convictions', case: base({ facts: [ne, conviction({ dailyRates: 111 })] }), outcome: 'needs_review' },
  {
    name: 'three months suspended prison go to review: disregarded only when remitted after probation, which no export records',
    id: 'stag10.convictions',
    case: base({ facts: [ne, conviction({ prisonMonths: 3, suspended: true })] }),
    outcome: 'needs_review',
  },
  {
    name: 'suspended prison and a fine are added up, one daily rate per day',
    id: 'stag10.convictions',
    case: base({ facts: [ne, conviction({ prisonMonths: 3, suspended: true }), conviction({ dailyRates: 10 })] }),
    outcome: 'needs_review',
  },
  { name: 'a racist motive always counts', id: 'stag10.convictions', case: base({ facts: [ne, conviction({ dailyRates: 20, racistMotive: true })] }), outcome: 'not_met' },
  { name: 'a recipient who may not see criminal records gets unknown', id: 'stag10.convictions', case: base({ sees: { abh: ['aufenthalt'] } }), outcome: 'unknown' },
  { name: 'B1 certificate is met', id: 'stag10.german', case: base(), outcome: 'met' },
  { name: 'A2 certificate is below the level', id: 'stag10.german', case: base({ facts: [ne, language('A2')] }), outcome: 'not_met' },
  { name: 'B1 oral only needs review', id: 'stag10.german', case: base({ facts: [ne, language('B1', 'muendlich')] }), outcome: 'needs_review' },
  { name: 'a passed Einbürgerungstest is met', id: 'stag10.test', case: base(), outcome: 'met' },
  { name: 'a German school qualification replaces the test', id: 'stag10.test', case: base({ facts: [ne, school('2010-01-01', '2014-07-01', 'HSA')] }), outcome: 'met' },
  { name: 'a failed test is not met', id: 'stag10.test', case: base({ facts: [ne, test('EBT', false)] }), outcome: 'not_met' },
  { name: 'no test is unknown', id: 'stag10.test', case: base({ facts: [ne] }), outcome: 'unknown' },
  { name: 'unclarified identity is not met', id: 'stag10.identity', case: base({ facts: [ne, identity(false)] }), outcome: 'not_met' },
  { name: 'a 16-year-old applies alone', id: 'stag10.capacity', case: base({ birthDate: '2010-11-23' }), outcome: 'met' },
  { name: 'a 15-year-old needs the legal representative', id: 'stag10.capacity', case: base({ birthDate: '2010-11-24' }), outcome: 'needs_review' },
];

describe('§ 10 StAG conditions', () => {
  it.each(rows)('$id: $name', (row) => {
    const c = condition(run(row.case), row.id);
    expect(c.outcome, c.explanation).toBe(row.outcome);
    if (row.metFrom) expect(c.metFrom).toBe(row.metFrom);
    expect(c.citation).toMatch(/StAG/);
  });
});

describe('§ 10 StAG law versions', () => {
  const facts = [status('aufenthaltserlaubnis', '2017-01-01', null, '§ 18b Abs. 1 AufenthG'), language('B1'), test('EBT', true), identity(true)];
  it.each([
    ['2024-01-15', 'stag10@2000-01-01', '2025-01-01'],
    ['2025-01-15', 'stag10@2024-06-27', '2022-01-01'],
    ['2026-01-15', 'stag10@2025-10-30', '2022-01-01'],
  ])('on %s applies %s (residence complete from %s)', (stichtag, version, metFrom) => {
    const e = run({ stichtag, birthDate: '1985-01-01', facts });
    expect(provision(e, 'stag10').lawVersion).toBe(version);
    expect(condition(e, 'stag10.residence').metFrom).toBe(metFrom);
  });

  it('names the possible shortening under the 2024 version for review, and none from 2025-10-30', () => {
    expect(condition(run({ stichtag: '2025-01-15', facts }), 'stag10.residence').review?.join(' ')).toMatch(/Verkürzung auf 3 Jahre/);
    expect(condition(run({ stichtag: '2026-01-15', facts }), 'stag10.residence').review).toBeUndefined();
  });
});
