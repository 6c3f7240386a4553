// § 25b AufenthG, table-driven: each case names the condition it proves.
import { describe, expect, it } from 'vitest';
import { benefit, child, condition, conviction, employment, language, provision, run, school, SEES_ABH_ONLY, status, test, type Case } from './test-facts.js';
import type { Outcome } from './types.js';

const base = (over: Partial<Case> = {}): Case => ({
  stichtag: '2026-11-23',
  birthDate: '1990-05-05',
  facts: [status('gestattung', '2019-01-10', '2019-05-31'), status('duldung', '2019-06-01', '2027-05-31'), language('A2', 'muendlich'), test('LiD', true), employment('vollzeit', '2021-09-01')],
  ...over,
});
const duldung = status('duldung', '2019-06-01', '2027-05-31');

interface Row {
  name: string;
  id: string;
  case: Case;
  outcome: Outcome;
  metFrom?: string;
}

const rows: Row[] = [
  { name: 'a current Duldung under § 60a is the required status', id: '25b.status', case: base(), outcome: 'met' },
  { name: 'a § 60b Duldung is not enough', id: '25b.status', case: base({ facts: [status('duldung_60b', '2019-06-01', '2027-05-31')] }), outcome: 'not_met' },
  { name: 'six years are met on the sixth anniversary', id: '25b.residence', case: base({ facts: [status('duldung', '2020-11-23', null)] }), outcome: 'met', metFrom: '2026-11-23' },
  { name: 'six years less a day are not yet met', id: '25b.residence', case: base({ facts: [status('duldung', '2020-11-24', null)] }), outcome: 'not_met', metFrom: '2026-11-24' },
  { name: 'four years suffice with a minor child in the household', id: '25b.residence', case: base({ facts: [status('duldung', '2022-11-23', null), child('2019-05-02')] }), outcome: 'met', metFrom: '2026-11-23' },
  { name: 'a child who turned 18 no longer shortens the period', id: '25b.residence', case: base({ facts: [status('duldung', '2022-11-23', null), child('2008-11-23')] }), outcome: 'not_met', metFrom: '2028-11-23' },
  {
    name: 'a § 60b period is not counted for a Duldung holder',
    id: '25b.residence',
    case: base({ facts: [status('duldung', '2020-01-01', '2020-12-31'), status('duldung_60b', '2021-01-01', '2021-12-31'), status('duldung', '2022-01-01', null)] }),
    outcome: 'not_met',
    metFrom: '2027-01-01',
  }, // 2026-01-01 + 365 days of § 60b in 2021
  {
    name: 'a § 60b period is counted for a § 104c holder',
    id: '25b.residence',
    case: base({ facts: [status('duldung', '2019-01-01', '2019-12-31'), status('duldung_60b', '2020-01-01', '2022-06-30'), status('aufenthaltserlaubnis', '2022-07-01', '2027-12-31', '§ 104c Abs. 1 AufenthG')] }),
    outcome: 'met',
    metFrom: '2025-01-01',
  },
  { name: 'a passed Leben-in-Deutschland test proves basic knowledge', id: '25b.knowledge', case: base(), outcome: 'met' },
  { name: 'a German school qualification proves basic knowledge', id: '25b.knowledge', case: base({ facts: [duldung, school('2019-08-01', '2022-07-01', 'MSA')] }), outcome: 'met' },
  { name: 'a failed test and nothing else is not met', id: '25b.knowledge', case: base({ facts: [duldung, test('LiD', false)] }), outcome: 'not_met' },
  { name: 'no test record is unknown', id: '25b.knowledge', case: base({ facts: [duldung] }), outcome: 'unknown' },
  { name: 'work and no benefit from every benefits source is met', id: '25b.livelihood', case: base(), outcome: 'met' },
  { name: 'work with top-up benefits needs review', id: '25b.livelihood', case: base({ facts: [duldung, employment('teilzeit', '2023-03-01'), benefit('AsylbLG', '2018-03-01', null)] }), outcome: 'needs_review' },
  { name: 'benefits without work are not met', id: '25b.livelihood', case: base({ facts: [duldung, benefit('AsylbLG', '2018-03-01', null)] }), outcome: 'not_met' },
  { name: 'benefits without work go to review for a family with a minor child', id: '25b.livelihood', case: base({ facts: [duldung, benefit('SGB II', '2024-01-01', null), child('2020-01-01')] }), outcome: 'needs_review' },
  { name: 'work while the benefits sources are hidden is unknown, never met', id: '25b.livelihood', case: base({ sees: SEES_ABH_ONLY }), outcome: 'unknown' },
  { name: 'nothing visible is unknown', id: '25b.livelihood', case: base({ facts: [duldung] }), outcome: 'unknown' },
  { name: 'oral A2 is the required level', id: '25b.german', case: base(), outcome: 'met' },
  { name: 'a certificate below A2 is not met', id: '25b.german', case: base({ facts: [duldung, language('A1')] }), outcome: 'not_met' },
  { name: 'a level reported without certificate needs review', id: '25b.german', case: base({ facts: [duldung, language('B1', null, 'reported')] }), outcome: 'needs_review' },
  { name: 'a school-age child at school is met', id: '25b.children_school', case: base({ facts: [duldung, child('2018-01-01', true)] }), outcome: 'met' },
  { name: 'a school-age child not at school is not met', id: '25b.children_school', case: base({ facts: [duldung, child('2018-01-01', false)] }), outcome: 'not_met' },
  { name: 'the same child in two exports, one silent on school, counts as attending', id: '25b.children_school', case: base({ facts: [duldung, child('2018-01-01', true), child('2018-01-01', null)] }), outcome: 'met' },
  { name: 'two exports contradicting each other on a child go to review', id: '25b.children_school', case: base({ facts: [duldung, child('2018-01-01', true), child('2018-01-01', false)] }), outcome: 'needs_review' },
  { name: 'a household with only a toddler has no school-age child', id: '25b.children_school', case: base({ facts: [duldung, child('2024-01-01', null)] }), outcome: 'met' },
  { name: 'the deception flag on the current Duldung is obstruction', id: '25b.obstruction', case: base({ facts: [status('duldung', '2019-06-01', null, '', { deception: true })] }), outcome: 'not_met' },
  { name: 'a conviction flagged serious is a serious expulsion interest', id: '25b.expulsion', case: base({ facts: [duldung, conviction({ serious: true, prisonMonths: 24, suspended: false })] }), outcome: 'not_met' },
  { name: 'any other conviction needs review', id: '25b.expulsion', case: base({ facts: [duldung, conviction({ dailyRates: 30 })] }), outcome: 'needs_review' },
  { name: 'a recipient who may not see criminal records gets unknown', id: '25b.expulsion', case: base({ sees: { abh: ['stammdaten', 'aufenthalt'] } }), outcome: 'unknown' },
];

describe('§ 25b AufenthG conditions', () => {
  it.each(rows)('$id: $name', (row) => {
    const c = condition(run(row.case), row.id);
    expect(c.outcome, c.explanation).toBe(row.outcome);
    if (row.metFrom) expect(c.metFrom).toBe(row.metFrom);
    expect(c.citation).toMatch(/^§ 25b /);
  });
});

describe('§ 25b AufenthG provision state', () => {
  it('is eligible from the day the six years were complete', () => {
    expect(provision(run(base()), 'p25b')).toMatchObject({ state: 'eligible', from: '2025-01-10', lawVersion: 'p25b@2022-12-31' });
  });

  it('is eligible from 2022-12-31 when the six years were complete before the current version began', () => {
    const e = run(base({ facts: [status('duldung', '2015-01-01', null), language('A2', 'muendlich'), test('LiD', true), employment('vollzeit', '2021-09-01')] }));
    expect(provision(e, 'p25b')).toMatchObject({ state: 'eligible', from: '2022-12-31' });
  });

  it('explains the residence condition the way a case manager reads it', () => {
    const e = run(base({ facts: [status('gestattung', '2016-09-05', '2018-03-01'), status('duldung', '2018-03-02', '2027-03-31')] }));
    expect(condition(e, '25b.residence').explanation).toBe('Voraufenthalt: 6 Jahre erforderlich, erfüllt seit 05.09.2022 (§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG)');
  });

  it('applies the old version (eight years) to a Stichtag before 2022-12-31', () => {
    const e = run(base({ stichtag: '2022-06-01', facts: [status('duldung', '2015-01-01', null)] }));
    expect(provision(e, 'p25b').lawVersion).toBe('p25b@2015-08-01');
    expect(condition(e, '25b.residence').metFrom).toBe('2023-01-01');
  });

  it('lists unknown and needs_review conditions in an eligible signal without blocking it', () => {
    const e = run(base({ sees: SEES_ABH_ONLY }));
    const s = e.signals.find((x) => x.type === 'p25b.eligible')!;
    expect(s.conditions.find((c) => c.id === '25b.livelihood')?.outcome).toBe('unknown');
    expect(s.explanation).toContain('25b.livelihood');
  });

  it('lists a bridged gap among the points to review', () => {
    const e = run(base({ facts: [status('duldung', '2018-01-01', '2019-12-31'), status('duldung', '2020-03-01', null)] }));
    expect(condition(e, '25b.residence').review?.[0]).toMatch(/Lücke vom 01\.01\.2020 bis 29\.02\.2020 überbrückt/);
  });
});
