// RULES.md change 15: a value outside a code list makes the conditions that depend on it
// needs_review, naming it; conditions it cannot change keep their outcome.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../generated/kim-types.js';
import { projectRoot } from '../paths.js';
import { READINGS } from './open-world.js';
import { benefit, condition, employment, identity, language, naturalisation, run, status, test as testFact } from './test-facts.js';

/** The fact with one field replaced by null and its raw value flagged, as an adapter keeps it. */
function unknown<F extends Fact>(fact: F, field: string, value: string, sourceField = field): F {
  return { ...fact, [field]: null, unrecognised: [{ code: 'KIM_WARN_RECORD_UNKNOWN_CODE', field, sourceField, value }] };
}

const STICHTAG = '2026-11-23';
const settled = [status('aufenthaltserlaubnis', '2016-01-01', null, '§ 25 Abs. 2 AufenthG'), identity(true), language('B1'), testFact('EBT', true)];

describe('values outside a code list in the rules', () => {
  it('a current SGB II period decides § 10 livelihood whatever a "Midijob" extent is: not_met stays, no stag10.eligible', () => {
    const e = run({ stichtag: STICHTAG, birthDate: '1990-01-01', facts: [...settled, benefit('SGB II', '2026-01-01', null), unknown(employment('teilzeit', '2026-01-01'), 'extent', 'Midijob', 'Beschäftigungsumfang')] });
    expect(condition(e, 'stag10.livelihood').outcome).toBe('not_met');
    expect(e.signals.map((s) => s.type)).not.toContain('stag10.eligible');
  });

  it('an employment extent that could be full time makes § 10 livelihood needs_review, naming the value', () => {
    // Full time for 20 of 24 months opens the exception of § 10 Abs. 1 Satz 1 Nr. 3: the unknown extent decides it.
    const e = run({ stichtag: STICHTAG, birthDate: '1990-01-01', facts: [...settled, benefit('SGB II', '2026-01-01', null), unknown(employment('vollzeit', '2023-01-01'), 'extent', 'Vollzeit+', 'Beschäftigungsumfang')] });
    const c = condition(e, 'stag10.livelihood');
    expect(c.outcome).toBe('needs_review');
    expect(c.explanation).toContain('„Vollzeit+“ (Beschäftigungsumfang)');
  });

  it('a status of an unknown kind makes the conditions on the status timeline needs_review, naming the raw kind', () => {
    const e = run({ stichtag: STICHTAG, birthDate: '2005-01-01', facts: [unknown(status('duldung', '2019-01-01', null), 'status', 'grenzuebertrittsbescheinigung', 'aufenthalt/status[1]/@art')] });
    for (const id of ['25a.status', '25b.status', 'stag10.title']) {
      expect(condition(e, id).outcome, id).toBe('needs_review');
      expect(condition(e, id).explanation, id).toContain('„grenzuebertrittsbescheinigung“ (aufenthalt/status[1]/@art)');
    }
  });

  it('a language level outside A1 to C2 makes § 10 German needs_review, and leaves the conditions that do not read it alone', () => {
    const e = run({
      stichtag: STICHTAG,
      birthDate: '1990-01-01',
      facts: [status('aufenthaltserlaubnis', '2016-01-01', null, '§ 25 Abs. 2 AufenthG'), identity(true), unknown(language('B1'), 'level', 'B1+', 'sprache[1]/@niveau'), testFact('EBT', true)],
    });
    expect(condition(e, 'stag10.german')).toMatchObject({ outcome: 'needs_review' });
    expect(condition(e, 'stag10.german').explanation).toContain('„B1+“');
    expect(condition(e, 'stag10.title').outcome).toBe('met');
  });

  it('an application in an unknown state keeps backlog.overdue, which names the state', () => {
    const e = run({ stichtag: STICHTAG, birthDate: '1990-01-01', facts: [unknown(naturalisation('2026-03-14'), 'status', 'Zusicherung erteilt', 'Status')] });
    const overdue = e.signals.find((s) => s.type === 'backlog.overdue');
    expect(overdue).toBeDefined();
    expect(overdue!.explanation).toContain('„Zusicherung erteilt“ (Status)');
  });

  it('a status of an unknown kind that ends soon is signalled as status.expiring, naming the kind', () => {
    const e = run({ stichtag: STICHTAG, birthDate: '1990-01-01', facts: [unknown(status('duldung', '2026-01-01', '2026-12-15'), 'status', 'Duldung (neu)', 'aufenthalt/status[1]/@art')] });
    const expiring = e.signals.find((s) => s.type === 'status.expiring');
    expect(expiring?.explanation).toContain('„Duldung (neu)“');
  });

  it('a person without unknown values is evaluated exactly as before (no reading is tried)', () => {
    const facts = [...settled, benefit('SGB II', '2026-01-01', null)];
    expect(
      run({ stichtag: STICHTAG, birthDate: '1990-01-01', facts })
        .provisions.flatMap((p) => p.conditions)
        .some((c) => c.explanation.includes('unbekannten Wert')),
    ).toBe(false);
  });

  it('tries every value of the code lists of schemas/fact.schema.json', () => {
    const schema = JSON.parse(readFileSync(path.join(projectRoot, 'schemas', 'fact.schema.json'), 'utf8')) as { $defs: Record<string, { properties?: Record<string, { const?: string; enum?: unknown[] }> }> };
    for (const def of Object.values(schema.$defs)) {
      const kind = def.properties?.kind?.const;
      if (!kind) continue;
      for (const [field, spec] of Object.entries(def.properties!)) {
        if (!spec.enum || field === 'category' || field === 'source' || field === 'evidence') continue;
        const known = spec.enum.filter((v) => v !== null);
        expect(
          READINGS[kind]?.[field]?.filter((v) => v !== null),
          `${kind}.${field}`,
        ).toEqual(known);
      }
    }
  });
});
