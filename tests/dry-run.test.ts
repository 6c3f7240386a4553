// Issue 4 acceptance: the dry run over every shipped sample gives exactly the expected signals,
// and a corrupted record in each file costs only that record.
import { DEVELOPMENT_PSEUDONYM_KEY } from '../src/kim/pseudonym.js';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DryRunOutput } from '../src/generated/kim-types.js';
import { examplesDir } from '../src/paths.js';
import { collect, dryRun } from '../src/pipeline/dry-run.js';
import { loadTenant } from '../src/cli/dry-run.js';
import { validator } from '../src/schemas/registry.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const tenantFile = path.join(samples, 'tenant-05158.json');
const exportFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(xml|csv)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));

interface Expected {
  stichtag: string;
  signals: Array<{ type: string; azr: string; recipient: string; from?: string }>;
}
const expected = JSON.parse(readFileSync(path.join(samples, 'expected.json'), 'utf8')) as Expected;

/** (type, azr, recipient, from) as one comparable string; `from` only where expected.json states it. */
function key(s: { type: string; azr: string | null; recipient: string; from?: string }): string {
  return `${s.type} ${s.azr} → ${s.recipient}${s.from ? ` from ${s.from}` : ''}`;
}

function actualKeys(out: DryRunOutput): string[] {
  const withFrom = new Set(expected.signals.filter((s) => s.from).map((s) => s.type));
  return out.signals.map((s) => key({ type: s.type, azr: s.person.azr, recipient: s.recipient.id, ...(withFrom.has(s.type) ? { from: s.from } : {}) })).sort();
}

async function run(dir: string): Promise<DryRunOutput> {
  return dryRun(await collect(exportFiles(dir)), { stichtag: expected.stichtag, tenant: loadTenant(tenantFile), pseudonymKey: DEVELOPMENT_PSEUDONYM_KEY });
}

describe('the dry run on the Kreis Mettmann samples as of 2026-11-23', () => {
  it('raises exactly the signals of expected.json: nothing more, nothing less', async () => {
    const out = await run(samples);
    expect(actualKeys(out)).toEqual(expected.signals.map(key).sort());
  });

  it('rejects no record of the samples and needs no linkage review', async () => {
    const out = await run(samples);
    expect(out.rejected).toEqual([]);
    expect(out.review).toEqual([]);
  });

  it('prints a document that satisfies its published JSON Schema', async () => {
    const out = await run(samples);
    const valid = validator('dry-run-output.schema.json');
    expect(valid(JSON.parse(JSON.stringify(out))), JSON.stringify(valid.errors)).toBe(true);
  });

  it('names for every signal the conditions with their citations', async () => {
    const out = await run(samples);
    for (const s of out.signals) {
      for (const c of s.conditions) expect(c.citation, `${s.type} ${c.id}`).toMatch(/§|Art\./);
    }
  });
});

describe('the dry run with one record of each file corrupted', () => {
  // One record per file is broken in a way its adapter must reject (structurally: a value outside
  // a code list is not such a way, see the next test); the persons of those records are then
  // missing, but every other person's signals must be as before.
  const corruptions: Record<string, [string, string, string]> = {
    'abh.xml': ['<geburtsdatum>1995-07-07</geburtsdatum>', '<geburtsdatum>1995-02-30</geburtsdatum>', '240601480007'],
    'abh-05158032.xml': ['<aktenzeichen>VEL-2019-0107</aktenzeichen>', '<aktenzeichen> </aktenzeichen>', '190108480002'],
    'sozialamt.xml': ['<GebDat>01.12.1998</GebDat>', '<GebDat>31.02.1998</GebDat>', '240210480006'],
    'jobcenter.csv': ['10.10.1988', '31.02.1988', '151118480008'],
    'ebb.csv': ['14.03.2026', '32.03.2026', '150915480005'],
    'consents.csv': ['EW-2026-0006;240601480007;KI-ME-2026-006;Aziz;Karwan;1995-07-07;2026-04-01', 'EW-2026-0006;240601480007;KI-ME-2026-006;Aziz;Karwan;1995-07-07;2026-13-01', '240601480007'],
  };

  it('still raises every signal of the untouched persons and lists each corrupted record', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-corrupt-'));
    for (const f of readdirSync(samples)) copyFileSync(path.join(samples, f), path.join(dir, f));
    const touched = new Set<string>();
    for (const [file, [from, to, azr]] of Object.entries(corruptions)) {
      const p = path.join(dir, file);
      const encoding = file === 'jobcenter.csv' || file === 'sozialamt.xml' ? 'latin1' : 'utf8';
      const text = readFileSync(p, encoding);
      expect(text.includes(from), `${file} contains the text to corrupt`).toBe(true);
      writeFileSync(p, text.replace(from, to), encoding);
      touched.add(azr);
    }
    const out = await run(dir);
    const untouched = expected.signals
      .filter((s) => !touched.has(s.azr))
      .map(key)
      .sort();
    expect(actualKeys(out).filter((k) => !touched.has(k.split(' ')[1]!))).toEqual(untouched);
    expect(out.rejected.map((r) => r.file).sort()).toEqual(Object.keys(corruptions).sort());
  });
});

describe('the dry run on single-value variants of the samples (open world, RULES.md change 15)', () => {
  // Each variant puts one value into one file that no code list of the hub has. No record may be
  // lost, the value must show up as a warning, every expected signal must still be raised, and a
  // signal that appears or changes must name the value in a needs_review condition.
  // A status of an unknown kind may lose a signal: its date-bound status conditions are
  // needs_review, and an eligible signal needs them met (RULES.md introduction). Only that
  // person's signals may go; the import warning names the value to the operator.
  const variants: Array<{ name: string; file: string; from: string; to: string; value: string; mayLoseOf?: string }> = [
    { name: 'a Jobcenter "Midijob"', file: 'jobcenter.csv', from: ';ja;Teilzeit;', to: ';ja;Midijob;', value: 'Midijob' },
    { name: 'an EBB "Zusicherung erteilt"', file: 'ebb.csv', from: ';TUR;in Prüfung;', to: ';TUR;Zusicherung erteilt;', value: 'Zusicherung erteilt' },
    { name: 'an ABH "§ 104 c" (read as § 104c: changes nothing)', file: 'abh.xml', from: 'grundlage="§ 104c Abs. 1 AufenthG"', to: 'grundlage="§ 104 c Abs. 1 AufenthG"', value: '' },
    { name: 'an ABH legal basis no parser reads', file: 'abh.xml', from: 'grundlage="§ 104c Abs. 1 AufenthG"', to: 'grundlage="Chancen-AE"', value: 'Chancen-AE', mayLoseOf: '151118480008' },
    { name: 'a Sozialamt "§ 2 AsylbLG"', file: 'sozialamt.xml', from: 'Rechtsgrundlage="AsylbLG § 2"', to: 'Rechtsgrundlage="§ 2 AsylbLG"', value: '§ 2 AsylbLG' },
    { name: 'an ABH status kind no list has', file: 'abh.xml', from: '<status art="duldung"', to: '<status art="grenzuebertrittsbescheinigung"', value: 'grenzuebertrittsbescheinigung', mayLoseOf: '160901480001' },
    { name: 'a Destatis key outside the list', file: 'abh.xml', from: '<staatsangehoerigkeit schluessel="475"/>', to: '<staatsangehoerigkeit schluessel="901"/>', value: '901' },
    { name: 'an ISO code no list has', file: 'sozialamt.xml', from: '<StAng>SYR</StAng>', to: '<StAng>XYZ</StAng>', value: 'XYZ' },
    { name: 'an adjective no list has', file: 'jobcenter.csv', from: ';syrisch;', to: ';marsianisch;', value: 'marsianisch' },
  ];
  const baseline = run(samples);

  it.each(variants)('$name: no record lost, the value a warning, no expected signal lost, every change names the value', async ({ file, from, to, value, mayLoseOf }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kim-variant-'));
    for (const f of readdirSync(samples)) copyFileSync(path.join(samples, f), path.join(dir, f));
    const encoding = file === 'jobcenter.csv' || file === 'sozialamt.xml' ? 'latin1' : 'utf8';
    const text = readFileSync(path.join(dir, file), encoding);
    expect(text.includes(from), `${file} contains ${from}`).toBe(true);
    writeFileSync(path.join(dir, file), text.replace(from, to), encoding);
    const out = await run(dir);
    expect(out.rejected).toEqual([]);
    expect(out.warnings.map((w) => w.value)).toEqual(value ? [value] : []);
    const keys = new Set(actualKeys(out));
    for (const e of expected.signals) if (e.azr !== mayLoseOf) expect(keys.has(key(e)), `expected signal ${key(e)}`).toBe(true);
    const before = new Map((await baseline).signals.map((s) => [`${s.type} ${s.person.azr} ${s.recipient.id}`, JSON.stringify(s)]));
    for (const s of out.signals) {
      if (before.get(`${s.type} ${s.person.azr} ${s.recipient.id}`) === JSON.stringify(s)) continue;
      const named = s.conditions.some((c) => c.outcome === 'needs_review' && c.explanation.includes(`„${value}“`)) || s.explanation.includes(`„${value}“`);
      expect(value && named, `${s.type} ${s.person.azr} → ${s.recipient.id} changed without naming the value`).toBeTruthy();
    }
  });
});
