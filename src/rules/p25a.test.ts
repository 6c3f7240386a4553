// § 25a AufenthG, table-driven: each case names the condition it proves and sits on a boundary.
import { describe, expect, it } from 'vitest';
import { benefit, child, condition, employment, provision, run, school, SEES_ABH_ONLY, status, type Case } from './test-facts.js';
import type { Outcome } from './types.js';

// A young person with a long Duldung and a school qualification: every § 25a condition holds.
const base = (over: Partial<Case> = {}): Case => ({
  stichtag: '2026-11-23',
  birthDate: '2001-04-17',
  facts: [status('gestattung', '2016-09-05', '2018-03-01'), status('duldung', '2018-03-02', '2027-03-31'), school('2016-10-01', '2020-07-15', 'HSA')],
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
  // 25a.age: the application must be filed before the 27th birthday.
  { name: 'the day before the 27th birthday is the last day to apply', id: '25a.age', case: base({ stichtag: '2028-04-16' }), outcome: 'met' },
  { name: 'on the 27th birthday the door is closed', id: '25a.age', case: base({ stichtag: '2028-04-17' }), outcome: 'not_met' },
  { name: 'a person born on 29 February completes 27 years on 1 March of a common year', id: '25a.age', case: base({ birthDate: '2000-02-29', stichtag: '2027-02-28' }), outcome: 'met' },
  { name: 'a person born on 29 February is 27 from 1 March of a common year', id: '25a.age', case: base({ birthDate: '2000-02-29', stichtag: '2027-03-01' }), outcome: 'not_met' },
  { name: 'a birth year whose possible days straddle the 27th birthday needs review', id: '25a.age', case: base({ birthDate: '1999-00-00', stichtag: '2026-06-15' }), outcome: 'needs_review' },
  { name: 'a birth year entirely more than 27 years back is not met', id: '25a.age', case: base({ birthDate: '1990-00-00' }), outcome: 'not_met' },
  { name: 'a birth month entirely before the cut-off is met', id: '25a.age', case: base({ birthDate: '2000-07-00', stichtag: '2027-06-30' }), outcome: 'met' },
  { name: 'a 13-year-old becomes eligible by age on the 14th birthday', id: '25a.age', case: base({ birthDate: '2013-05-10' }), outcome: 'not_met', metFrom: '2027-05-10' },
  { name: 'an unknown birth date is unknown, not a refusal', id: '25a.age', case: base({ birthDate: null }), outcome: 'unknown' },
  // 25a.status: 12 months of Duldung without interruption.
  { name: 'exactly 12 months of Duldung are met on the same calendar day a year later', id: '25a.status', case: base({ facts: [status('duldung', '2025-11-23', '2027-03-31')] }), outcome: 'met', metFrom: '2026-11-23' },
  { name: '12 months of Duldung less one day are not yet met and name the day they will be', id: '25a.status', case: base({ facts: [status('duldung', '2025-11-24', '2027-03-31')] }), outcome: 'not_met', metFrom: '2026-11-24' },
  {
    name: 'a gap of 3 months between Duldungen is bridged and moves the date by its length',
    id: '25a.status',
    case: base({ facts: [status('duldung', '2024-01-01', '2024-05-31'), status('duldung', '2024-09-01', '2027-03-31')] }),
    outcome: 'met',
    metFrom: '2025-04-03', // 2025-01-01 + 92 gap days (1 Jun to 31 Aug)
  },
  {
    name: 'a gap of 3 months and 1 day interrupts: counting starts again after it',
    id: '25a.status',
    case: base({ stichtag: '2025-06-01', facts: [status('duldung', '2024-01-01', '2024-05-31'), status('duldung', '2024-09-02', '2027-03-31')] }),
    outcome: 'not_met',
    metFrom: '2025-09-02',
  },
  {
    name: 'a § 60b period neither counts as Duldung nor interrupts it',
    id: '25a.status',
    case: base({ facts: [status('duldung', '2025-01-01', '2025-03-31'), status('duldung_60b', '2025-04-01', '2025-06-30'), status('duldung', '2025-07-01', '2027-03-31')] }),
    outcome: 'met',
    metFrom: '2026-04-02', // 2026-01-01 + 91 days of § 60b (1 April to 30 June)
  },
  { name: 'a § 104c permit counts instead of the Duldung until 2027-06-30', id: '25a.status', case: base({ facts: [status('aufenthaltserlaubnis', '2025-07-01', '2026-12-31', '§ 104c Abs. 1 AufenthG')] }), outcome: 'met' },
  { name: 'a § 104c permit no longer counts after 2027-06-30', id: '25a.status', case: base({ stichtag: '2027-07-01', facts: [status('aufenthaltserlaubnis', '2026-01-01', '2027-12-31', '§ 104c Abs. 1 AufenthG')] }), outcome: 'not_met' },
  // 25a.residence: 3 years with Duldung, Gestattung or permit; § 60b not counted.
  {
    name: 'three years of Gestattung and Duldung are met on the third anniversary',
    id: '25a.residence',
    case: base({ facts: [status('gestattung', '2023-11-23', '2024-05-31'), status('duldung', '2024-06-01', '2027-03-31')] }),
    outcome: 'met',
    metFrom: '2026-11-23',
  },
  {
    name: 'a § 60b period does not count towards the three years',
    id: '25a.residence',
    case: base({ facts: [status('gestattung', '2023-06-01', '2023-12-31'), status('duldung_60b', '2024-01-01', '2024-12-31'), status('duldung', '2025-01-01', '2027-03-31')] }),
    outcome: 'not_met',
    metFrom: '2027-06-02', // 2026-06-01 + 366 days of § 60b in 2024
  },
  // 25a.school
  { name: 'a recognised qualification proves the school condition', id: '25a.school', case: base(), outcome: 'met' },
  { name: 'three years of attendance without a certificate need a look at the grades', id: '25a.school', case: base({ facts: [status('duldung', '2018-01-01', null), school('2022-11-01', null)] }), outcome: 'needs_review' },
  { name: 'ongoing attendance short of three years is met from the day it completes', id: '25a.school', case: base({ facts: [status('duldung', '2018-01-01', null), school('2024-08-20', null)] }), outcome: 'not_met', metFrom: '2027-08-20' },
  { name: 'no school record is unknown, never not_met', id: '25a.school', case: base({ facts: [status('duldung', '2018-01-01', null)] }), outcome: 'unknown' },
  // 25a.deception
  { name: 'a Duldung resting on own deception excludes § 25a', id: '25a.deception', case: base({ facts: [status('duldung', '2018-01-01', null, '', { deception: true })] }), outcome: 'not_met' },
  // 25a.livelihood
  { name: 'benefits do not matter while in school', id: '25a.livelihood', case: base({ facts: [status('duldung', '2018-01-01', null), school('2024-08-01', null), benefit('AsylbLG', '2018-01-01', null)] }), outcome: 'met' },
  { name: 'benefits outside education go to review', id: '25a.livelihood', case: base({ facts: [status('duldung', '2018-01-01', null), benefit('AsylbLG', '2018-01-01', null)] }), outcome: 'needs_review' },
  { name: 'no visible benefit from every benefits source is met', id: '25a.livelihood', case: base({ facts: [status('duldung', '2018-01-01', null), employment('vollzeit', '2022-01-01')] }), outcome: 'met' },
  {
    name: 'no visible benefit while some benefits sources are hidden is unknown',
    id: '25a.livelihood',
    case: base({ sees: SEES_ABH_ONLY, facts: [status('duldung', '2018-01-01', null), employment('vollzeit', '2022-01-01')] }),
    outcome: 'unknown',
  },
];

describe('§ 25a AufenthG conditions', () => {
  it.each(rows)('$id: $name', (row) => {
    const c = condition(run(row.case), row.id);
    expect(c.outcome, c.explanation).toBe(row.outcome);
    if (row.metFrom) expect(c.metFrom).toBe(row.metFrom);
    expect(c.citation).toMatch(/^§ 25a /);
  });
});

describe('§ 25a AufenthG provision state', () => {
  it('is eligible from the start of the current version when everything was met earlier', () => {
    const p = provision(run(base()), 'p25a');
    expect(p.state).toBe('eligible');
    expect(p.from).toBe('2022-12-31');
    expect(p.lawVersion).toBe('p25a@2022-12-31');
  });

  it('is upcoming from the day the 12 months of Duldung are complete, within the horizon', () => {
    const e = run(base({ birthDate: '2006-08-09', facts: [status('gestattung', '2022-10-04', '2026-05-31'), status('duldung', '2026-06-01', '2027-08-31'), school('2022-11-01', null)] }));
    expect(provision(e, 'p25a')).toMatchObject({ state: 'upcoming', from: '2027-06-01' });
    expect(e.signals.map((s) => [s.type, s.from])).toContainEqual(['p25a.upcoming', '2027-06-01']);
  });

  it('keeps an upcoming date beyond the horizon in the evaluation but raises no signal', () => {
    const e = run(base({ birthDate: '2006-08-09', facts: [status('duldung', '2026-06-01', '2027-08-31'), school('2022-11-01', null)], settings: { upcomingHorizonDays: 100 } }));
    expect(provision(e, 'p25a').state).toBe('upcoming');
    expect(e.signals.map((s) => s.type)).not.toContain('p25a.upcoming');
  });

  it('is not upcoming when the date would fall on or after the 27th birthday', () => {
    const e = run(base({ birthDate: '2000-01-10', stichtag: '2026-11-23', facts: [status('duldung', '2026-06-01', '2027-08-31'), school('2016-10-01', '2020-07-15', 'HSA')] }));
    expect(provision(e, 'p25a').state).toBe('none');
  });

  it('applies the old version (age 21, four years, no Duldung period) to a Stichtag before 2022-12-31', () => {
    const e = run(base({ stichtag: '2021-06-01', birthDate: '2001-04-17' }));
    const p = provision(e, 'p25a');
    expect(p.lawVersion).toBe('p25a@2015-08-01');
    expect(condition(e, '25a.age').outcome).toBe('met');
    expect(condition(e, '25a.residence').metFrom).toBe('2020-09-05');
    expect(
      run(base({ stichtag: '2022-06-01' }))
        .provisions.find((x) => x.provision === 'p25a')!
        .conditions.find((c) => c.id === '25a.age')!.outcome,
    ).toBe('not_met');
  });

  it('warns of the age deadline 180 days before the last day to apply, to the day', () => {
    const types = (stichtag: string) => run(base({ birthDate: '2000-03-15', stichtag, facts: [status('duldung', '2020-02-01', '2027-12-31'), school('2019-08-20', '2022-07-01', 'BERUF')] })).signals;
    expect(types('2026-09-14').map((s) => s.type)).not.toContain('p25a.age_deadline');
    const s = types('2026-09-15').find((x) => x.type === 'p25a.age_deadline');
    expect(s).toMatchObject({ from: '2026-09-15', deadline: '2027-03-14' });
    expect(types('2027-03-14').map((x) => x.type)).toContain('p25a.age_deadline');
    expect(types('2027-03-15').map((x) => x.type)).not.toContain('p25a.age_deadline');
  });

  it('uses the earliest possible day of a partial birth date for the deadline', () => {
    const e = run(base({ birthDate: '2000-03-00', stichtag: '2026-11-23', facts: [status('duldung', '2020-02-01', '2027-12-31'), school('2019-08-20', '2022-07-01', 'BERUF'), child('2019-01-01')] }));
    expect(e.signals.find((s) => s.type === 'p25a.age_deadline')?.deadline).toBe('2027-02-28');
  });
});
