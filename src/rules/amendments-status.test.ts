// RULES.md "Changes 2026-12-01" on the status timeline: § 104c as a transitional provision
// (change 2), § 60b pauses the count (3), a lapsed last status (4), one bridged gap for § 25b
// (5), legal bases as typed (14) and household evidence (16). Each on its boundaries.
import { describe, expect, it } from 'vitest';
import { application, child, condition, household, provision, run, status, type Case } from './test-facts.js';
import type { Outcome } from './types.js';

const outcome = (c: Case, id: string) => condition(run(c), id);
const types = (c: Case) => run(c).signals.map((s) => s.type);

describe('change 3: a § 60b Duldung pauses the count and is no § 60a Duldung', () => {
  // 6 months § 60a, 151 days § 60b, § 60a again: 12 months complete 2026-06-01 + 151 days.
  const facts = [status('duldung', '2025-06-01', '2025-11-30'), status('duldung_60b', '2025-12-01', '2026-04-30'), status('duldung', '2026-05-01', null)];

  it.each<[string, Outcome, string | undefined]>([
    ['2026-10-29', 'not_met', '2026-10-30'],
    ['2026-10-30', 'met', '2026-10-30'],
    ['2026-10-31', 'met', '2026-10-30'],
  ])('on %s the 12 months of § 60a Duldung around five months of § 60b are %s (complete from 2026-10-30)', (stichtag, expected, metFrom) => {
    const c = outcome({ stichtag, birthDate: '2005-01-01', facts }, '25a.status');
    expect(c.outcome).toBe(expected);
    expect(c.metFrom).toBe(metFrom);
    expect(c.review?.join()).toContain('§ 60b AufenthG');
  });

  const switched = [status('duldung', '2024-01-01', '2025-06-30'), status('duldung_60b', '2025-07-01', '2026-11-22'), status('duldung', '2026-11-23', null)];
  it.each<[string, Outcome]>([
    ['2026-11-22', 'not_met'],
    ['2026-11-23', 'met'],
    ['2026-11-24', 'met'],
  ])('on %s 25a.status is %s: a § 60b Duldung current on the Stichtag is not met (it ends 2026-11-22)', (stichtag, expected) => {
    const c = outcome({ stichtag, birthDate: '2005-01-01', facts: switched }, '25a.status');
    expect(c.outcome).toBe(expected);
    if (expected === 'not_met') expect(c.explanation).toContain('Duldung nach § 60b AufenthG');
  });
});

describe('change 4: a last status that ended before the Stichtag is not bridged', () => {
  const lapsed = [status('duldung', '2019-01-01', '2026-11-08')];
  it.each<[string, Outcome]>([
    ['2026-11-08', 'met'],
    ['2026-11-09', 'needs_review'],
    ['2026-11-23', 'needs_review'],
  ])('on %s, a Duldung that ended 2026-11-08 with nothing after it gives 25a.status and 25b.status %s', (stichtag, expected) => {
    const e = run({ stichtag, birthDate: '2005-01-01', facts: lapsed });
    for (const id of ['25a.status', '25b.status']) {
      expect(condition(e, id).outcome, id).toBe(expected);
      if (expected === 'needs_review') expect(condition(e, id).explanation).toContain('08.11.2026');
    }
  });

  it('a gap up to a status recorded to begin after the Stichtag is bridged like any gap', () => {
    const c = outcome({ stichtag: '2026-11-23', birthDate: '2005-01-01', facts: [...lapsed, status('duldung', '2026-12-01', null)] }, '25a.status');
    expect(c.outcome).toBe('met');
    expect(c.review?.join()).toContain('überbrückt');
  });

  const permit = status('aufenthaltserlaubnis', '2015-01-01', '2026-11-08', '§ 18b Abs. 1 AufenthG');
  it('a lapsed Aufenthaltserlaubnis without an application makes stag10.title needs_review, naming the end', () => {
    const c = outcome({ stichtag: '2026-11-09', facts: [permit] }, 'stag10.title');
    expect(c.outcome).toBe('needs_review');
    expect(c.explanation).toContain('08.11.2026');
  });

  it('an application filed while the Aufenthaltserlaubnis was valid keeps it alive (§ 81 Abs. 4 AufenthG)', () => {
    const c = outcome({ stichtag: '2026-11-23', facts: [permit, application('2026-10-01', '§ 9 AufenthG')] }, 'stag10.title');
    expect(c.outcome).toBe('met');
    expect(c.review?.join()).toContain('01.10.2026');
  });

  it('an application does not keep a Duldung alive', () => {
    expect(outcome({ stichtag: '2026-11-23', birthDate: '2005-01-01', facts: [...lapsed, application('2026-10-01')] }, '25b.status').outcome).toBe('needs_review');
  });
});

describe('change 5: § 25b bridges only the most recent gap of up to three months', () => {
  // RULES.md example: status since 2019-05-05, gaps 2020-07-01–08-31 and 2022-07-01–08-31 → met from 2026-11-02.
  const facts = [status('duldung', '2019-05-05', '2020-06-30'), status('duldung', '2020-09-01', '2022-06-30'), status('duldung', '2022-09-01', null)];
  it.each<[string, Outcome]>([
    ['2026-11-01', 'not_met'],
    ['2026-11-02', 'met'],
    ['2026-11-03', 'met'],
  ])('on %s 25b.residence is %s: six years from 2020-09-01 plus the 62 bridged days of 2022', (stichtag, expected) => {
    const c = outcome({ stichtag, birthDate: '1990-01-01', facts }, '25b.residence');
    expect(c.outcome).toBe(expected);
    expect(c.metFrom).toBe('2026-11-02');
  });

  it('§ 25a keeps the general rule and bridges both gaps', () => {
    expect(outcome({ stichtag: '2026-11-23', birthDate: '2005-01-01', facts }, '25a.residence').metFrom).toBe('2022-09-06');
  });
});

describe('change 2: § 104c is transitional; its privileges in § 25a/§ 25b end 2027-06-30', () => {
  const permit = status('aufenthaltserlaubnis', '2025-06-01', '2026-11-30', '§ 104 c AufenthG');
  const base = { birthDate: '2003-01-01', facts: [status('duldung_60b', '2023-01-01', '2025-05-31'), permit, application('2026-10-01', '§ 25b Abs. 1 AufenthG')] };

  it.each<[string, Outcome, string]>([
    ['2027-06-29', 'met', 'p25a@2022-12-31'],
    ['2027-06-30', 'met', 'p25a@2022-12-31'],
    ['2027-07-01', 'not_met', 'p25a@2027-07-01'],
  ])('on %s a § 104c permit kept alive by a § 25b application gives 25a.status %s (law %s)', (stichtag, expected, version) => {
    const e = run({ stichtag, ...base });
    expect(condition(e, '25a.status').outcome).toBe(expected);
    expect(condition(e, '25b.status').outcome).toBe(expected);
    expect(provision(e, 'p25a').lawVersion).toBe(version);
  });

  it.each<[string, Outcome]>([
    ['2027-06-30', 'met'],
    ['2027-07-01', 'not_met'],
  ])('on %s § 60b periods of a § 104c holder count for 25a.residence: %s', (stichtag, expected) => {
    expect(outcome({ stichtag, ...base }, '25a.residence').outcome).toBe(expected);
  });

  it('the permit no longer counts once it has expired without a § 25a/§ 25b application', () => {
    const e = run({ stichtag: '2026-12-01', birthDate: '2003-01-01', facts: [permit, application('2026-10-01', '§ 18a AufenthG')] });
    expect(condition(e, '25a.status').outcome).toBe('not_met');
    expect(condition(e, '25b.status').outcome).toBe('needs_review');
  });

  it('p104c.expiring is suppressed by a § 25b application filed while the permit was valid', () => {
    expect(types({ stichtag: '2026-11-23', birthDate: '2003-01-01', facts: [permit, application('2026-10-01', '§ 25b Abs. 1 AufenthG')] })).not.toContain('p104c.expiring');
  });

  it('p104c.expiring is raised despite an application for another title (§ 18a), and names it', () => {
    const e = run({ stichtag: '2026-11-23', birthDate: '2003-01-01', facts: [permit, application('2026-10-01', '§ 18a AufenthG')] });
    const s = e.signals.find((x) => x.type === 'p104c.expiring');
    expect(s?.explanation).toContain('§ 18a AufenthG');
    expect(s?.lawVersion).toBe('p104c@2025-12-31');
  });

  it('eligibility under the row from 2027-07-01 keeps the date its requirements took effect', () => {
    const e = run({ stichtag: '2027-07-01', birthDate: '1990-01-01', facts: [status('duldung', '2015-01-01', null)] });
    expect(provision(e, 'p25b').lawVersion).toBe('p25b@2027-07-01');
    expect(condition(e, '25b.residence').outcome).toBe('met');
  });
});

describe('change 14: legal bases as typed', () => {
  it('reads "§ 104 c AufenthG" as a § 104c permit for 25a.status and 25b.status', () => {
    const e = run({ stichtag: '2026-06-01', birthDate: '2003-01-01', facts: [status('aufenthaltserlaubnis', '2025-06-01', '2026-11-30', '§ 104 c AufenthG')] });
    expect(condition(e, '25a.status').outcome).toBe('met');
    expect(condition(e, '25b.status').outcome).toBe('met');
  });

  it('an unreadable legal basis of a current permit sends 25a.status, 25b.status and stag10.title to review, naming the text', () => {
    const e = run({ stichtag: '2026-06-01', birthDate: '2003-01-01', facts: [status('aufenthaltserlaubnis', '2025-06-01', '2026-11-30', 'Chancen-Aufenthaltsrecht')] });
    for (const id of ['25a.status', '25b.status', 'stag10.title']) {
      expect(condition(e, id).outcome, id).toBe('needs_review');
      expect(condition(e, id).explanation, id).toContain('„Chancen-Aufenthaltsrecht“');
    }
  });

  it('a Gestattung followed by a permit whose legal basis cannot be read sends stag10.residence to review, naming the text', () => {
    const c = outcome({ stichtag: '2026-11-23', facts: [status('gestattung', '2020-01-01', '2021-12-31'), status('aufenthaltserlaubnis', '2022-01-01', null, 'Flüchtlingsschutz')] }, 'stag10.residence');
    expect(c.outcome).toBe('needs_review');
    expect(c.explanation).toContain('„Flüchtlingsschutz“');
  });

  it.each<[string, Outcome]>([
    ['§ 25 Abs. 4a AufenthG', 'not_met'],
    ['§ 25 Abs. 4 b AufenthG', 'not_met'],
    ['§ 25 Abs. 5 i.V.m. § 60a Abs. 2 AufenthG', 'not_met'],
    ['§ 25 (2) AufenthG', 'met'],
    ['§ 25 Absatz 2 Satz 1 Alternative 2 AufenthG', 'met'],
    ['§ 20a AufenthG', 'met'],
  ])('stag10.title for "%s" is %s ("§ 25 Abs. 3 bis 5" includes 4a and 4b; § 20a not listed)', (basis, expected) => {
    expect(outcome({ stichtag: '2026-11-23', facts: [status('aufenthaltserlaubnis', '2024-01-01', null, basis)] }, 'stag10.title').outcome).toBe(expected);
  });

  // A permit ending 2026-12-31 whose basis cannot be read: warned of 120 days before, as § 104c would be.
  it.each<[string, boolean]>([
    ['2026-09-01', false],
    ['2026-09-02', true],
    ['2026-09-03', true],
  ])('on %s an Aufenthaltserlaubnis with an unreadable basis ending 2026-12-31 raises status.expiring: %s (the § 104c window)', (stichtag, raised) => {
    const e = run({ stichtag, birthDate: '2003-01-01', facts: [status('aufenthaltserlaubnis', '2025-07-01', '2026-12-31', 'Chancen-AE')] });
    const s = e.signals.find((x) => x.type === 'status.expiring');
    expect(s !== undefined).toBe(raised);
    if (s) expect(s.explanation).toContain('„Chancen-AE“ nicht lesbar');
  });

  it('an application for another title does not suppress the warning for a permit whose basis cannot be read', () => {
    const facts = [status('aufenthaltserlaubnis', '2025-07-01', '2026-12-31', 'Chancen-AE')];
    expect(types({ stichtag: '2026-11-23', facts: [...facts, application('2026-10-01', '§ 18a AufenthG')] })).toContain('status.expiring');
    expect(types({ stichtag: '2026-11-23', facts: [...facts, application('2026-10-01', '§ 25b Abs. 1 AufenthG')] })).not.toContain('status.expiring');
  });

  it('a § 20a permit is not an excluded title, but the point is listed for review (change 11, verify)', () => {
    expect(outcome({ stichtag: '2026-11-23', facts: [status('aufenthaltserlaubnis', '2024-01-01', null, '§ 20a AufenthG')] }, 'stag10.title').review?.join()).toContain('§ 20a');
  });

  it('a fact stored with a numeric Absatz and no text stays valid', () => {
    const stored = { ...status('aufenthaltserlaubnis', '2022-01-01', null), legalBasis: { law: 'AufenthG', paragraph: '25', absatz: 2 }, legalBasisText: '' };
    const c = outcome({ stichtag: '2026-11-23', facts: [status('gestattung', '2020-01-01', '2021-12-31'), stored] }, 'stag10.residence');
    expect(c).toMatchObject({ outcome: 'met', metFrom: '2025-01-01' });
  });
});

describe('change 16: household evidence', () => {
  const since = [status('duldung', '2022-06-01', null)];
  it.each<[string, Outcome, string]>([
    ['2026-05-31', 'not_met', '2028-06-01'],
    ['2026-06-01', 'met', '2026-06-01'],
    ['2026-06-02', 'met', '2026-06-01'],
  ])('on %s a household known only as "2 minor children" gives 25b.residence %s (4 years on the Stichtag, else the 6-year date)', (stichtag, expected, metFrom) => {
    const c = outcome({ stichtag, birthDate: '1990-01-01', facts: [...since, household(2)] }, '25b.residence');
    expect(c.outcome).toBe(expected);
    expect(c.metFrom).toBe(metFrom);
    expect(c.review?.join()).toContain('nur als Anzahl');
  });

  it('a household known only as a count makes 25b.children_school unknown', () => {
    expect(outcome({ stichtag: '2026-11-23', facts: [...since, household(2)] }, '25b.children_school').outcome).toBe('unknown');
  });

  it('a child without a birth date: whether 4 years suffice is unknown, 6 years are met', () => {
    expect(outcome({ stichtag: '2026-11-23', facts: [...since, child(null, null)] }, '25b.residence').outcome).toBe('unknown');
    expect(outcome({ stichtag: '2028-06-01', facts: [...since, child(null, null)] }, '25b.residence').outcome).toBe('met');
    expect(outcome({ stichtag: '2026-11-23', facts: [...since, child(null, null)] }, '25b.children_school').outcome).toBe('unknown');
    expect(outcome({ stichtag: '2026-11-23', facts: [...since, child(null, true)] }, '25b.children_school').outcome).toBe('met');
  });

  // Born 2008-12-00: 18 between 2026-12-01 and 2026-12-31.
  it.each<[string, Outcome, Outcome]>([
    ['2026-11-30', 'met', 'unknown'],
    ['2026-12-01', 'needs_review', 'needs_review'],
    ['2026-12-30', 'needs_review', 'needs_review'],
    ['2026-12-31', 'not_met', 'met'],
  ])('on %s a child born 2008-12-00 gives 25b.residence %s and 25b.children_school %s', (stichtag, residence, schoolOutcome) => {
    const e = run({ stichtag, birthDate: '1990-01-01', facts: [...since, child('2008-12-00', null)] });
    expect(condition(e, '25b.residence').outcome).toBe(residence);
    expect(condition(e, '25b.children_school').outcome).toBe(schoolOutcome);
  });

  it('a school record of the child settles its school attendance even when its age is unclear', () => {
    expect(outcome({ stichtag: '2026-12-15', facts: [...since, child('2008-12-00', true)] }, '25b.children_school').outcome).toBe('met');
  });
});
