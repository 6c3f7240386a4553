// Issue 15 acceptance: `kim-hub evaluate` on persons at the edges of the data gives what
// docs/legal/RULES.md (Changes 2026-12-01) says, with the reason in German in the explanation.
// Runs the compiled CLI (built by tests/global-setup.ts) on person documents built from the
// rules' test facts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact, KimPerson } from '../src/generated/kim-types.js';
import { projectRoot } from '../src/paths.js';
import { benefit, child, conviction, employment, household, identity, language, status, test } from '../src/rules/test-facts.js';

const bin = path.join(projectRoot, 'bin', 'kim-hub.js');
const dir = mkdtempSync(path.join(tmpdir(), 'kim-edges-'));

function person(name: string, birthDate: string, facts: Fact[]): string {
  const doc: KimPerson = {
    kimId: `kim_${name.padEnd(16, '0')}`,
    identity: { identifiers: {}, familyName: 'PRUEFFALL', givenNames: name, nameKey: { family: 'prueffall', given: name }, birthDate, sex: null, nationalities: ['475'], residence: null },
    records: [],
    facts,
  };
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

interface Out {
  provisions: Array<{ provision: string; state: string; conditions: Array<{ id: string; outcome: string; explanation: string; review?: string[] }> }>;
}

function evaluate(file: string, at = '2026-11-23'): { state: (p: string) => string; c: (id: string) => { outcome: string; explanation: string; review?: string[] } } {
  const r = spawnSync(process.execPath, [bin, 'evaluate', '--at', at, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as Out;
  return {
    state: (p) => out.provisions.find((x) => x.provision === p)!.state,
    c: (id) => out.provisions.flatMap((p) => p.conditions).find((x) => x.id === id)!,
  };
}

describe('kim-hub evaluate at the edges of the data (as of 2026-11-23)', () => {
  it('a current § 60b Duldung: 25a.status and 25b.status are not met, naming § 60b (change 3)', () => {
    const e = evaluate(person('duldung60b', '2003-05-01', [status('duldung', '2021-01-01', '2025-12-31'), status('duldung_60b', '2026-01-01', '2027-03-31')]));
    expect(e.c('25a.status')).toMatchObject({ outcome: 'not_met', explanation: expect.stringContaining('Duldung nach § 60b AufenthG') });
    expect(e.c('25b.status')).toMatchObject({ outcome: 'not_met', explanation: expect.stringContaining('§ 60b AufenthG') });
    expect(e.state('p25a')).toBe('none');
  });

  it('a Duldung that ended two weeks ago with nothing after it is not bridged: the status conditions go to review naming the end (change 4)', () => {
    const e = evaluate(person('lapsed', '2003-05-01', [status('duldung', '2019-01-01', '2026-11-08')]));
    for (const id of ['25a.status', '25b.status']) {
      expect(e.c(id).outcome, id).toBe('needs_review');
      expect(e.c(id).explanation, id).toContain('endete am 08.11.2026');
    }
    expect(e.state('p25a')).toBe('none');
  });

  it('a child born 2008-12-00 is a minor on every possible day of 2026-11-23, but not on 2026-12-15: then review (change 16)', () => {
    const file = person('child200812', '1990-01-01', [status('duldung', '2022-06-01', null), child('2008-12-00', null)]);
    const before = evaluate(file);
    expect(before.c('25b.residence')).toMatchObject({ outcome: 'met', explanation: expect.stringContaining('mit minderjährigem Kind im Haushalt') });
    const after = evaluate(file, '2026-12-15');
    expect(after.c('25b.residence')).toMatchObject({ outcome: 'needs_review', explanation: expect.stringContaining('fehlenden Teil seines Geburtsdatums') });
    expect(after.c('25b.children_school')).toMatchObject({ outcome: 'needs_review', explanation: expect.stringContaining('fehlenden Teil des Geburtsdatums') });
  });

  it('a household known only as a count gives the 4 years of § 25b on the Stichtag, and children_school unknown (change 16)', () => {
    const e = evaluate(person('hhcount', '1990-01-01', [status('duldung', '2022-06-01', null), household(2)]));
    expect(e.c('25b.residence')).toMatchObject({ outcome: 'met', explanation: expect.stringContaining('laut Jobcenter, Alter nicht erfasst') });
    expect(e.c('25b.children_school')).toMatchObject({ outcome: 'unknown', explanation: expect.stringContaining('nur als Anzahl bekannt') });
  });

  it('two contiguous full-time records count as 20 of 24 months: SGB II goes to review, not refusal', () => {
    const e = evaluate(
      person('fulltime', '1985-02-11', [
        status('niederlassungserlaubnis', '2015-01-01', null, '§ 9 AufenthG'),
        employment('vollzeit', '2025-03-23', '2025-12-31'),
        employment('vollzeit', '2026-01-01', null),
        benefit('SGB II', '2026-01-01', null),
      ]),
    );
    expect(e.c('stag10.livelihood')).toMatchObject({ outcome: 'needs_review', explanation: expect.stringContaining('trotz Vollzeit seit 20 von 24 Monaten') });
  });

  it('a suspended prison sentence of 3.5 months is a slight excess decided case by case (§ 12a Abs. 1 Satz 4 StAG, change 1)', () => {
    const e = evaluate(person('prison35', '1985-02-11', [status('niederlassungserlaubnis', '2015-01-01', null, '§ 9 AufenthG'), language('B1'), test('EBT', true), identity(true), conviction({ prisonMonths: 3.5, suspended: true })]));
    const c = e.c('stag10.convictions');
    expect(c.outcome).toBe('needs_review');
    expect(c.explanation).toContain('3,5 Monate Freiheitsstrafe auf Bewährung, Grenze 3 Monate geringfügig überschritten');
    expect(c.explanation).toContain('§ 12a Abs. 1 Satz 4 StAG');
    expect(e.state('stag10')).toBe('eligible');
  });
});
