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
const exportFiles = (dir: string) => readdirSync(dir).filter((f) => /\.(xml|csv)$/.test(f)).sort().map((f) => path.join(dir, f));

interface Expected { stichtag: string; signals: Array<{ type: string; azr: string; recipient: string; from?: string }> }
const expected = JSON.parse(readFileSync(path.join(samples, 'expected.json'), 'utf8')) as Expected;

/** (type, azr, recipient, from) as one comparable string; `from` only where expected.json states it. */
function key(s: { type: string; azr: string | null; recipient: string; from?: string }): string {
  return `${s.type} ${s.azr} → ${s.recipient}${s.from ? ` from ${s.from}` : ''}`;
}

function actualKeys(out: DryRunOutput): string[] {
  const withFrom = new Set(expected.signals.filter((s) => s.from).map((s) => s.type));
  return out.signals
    .map((s) => key({ type: s.type, azr: s.person.azr, recipient: s.recipient.id, ...(withFrom.has(s.type) ? { from: s.from } : {}) }))
    .sort();
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
  // One record per file is broken in a way its adapter must reject; the persons of those records
  // are then missing, but every other person's signals must be as before.
  const corruptions: Record<string, [string, string, string]> = {
    'abh.xml': ['<geburtsdatum>1995-07-07</geburtsdatum>', '<geburtsdatum>1995-02-30</geburtsdatum>', '240601480007'],
    'abh-05158032.xml': ['<staatsangehoerigkeit schluessel="423"/>', '<staatsangehoerigkeit schluessel="999999"/>', '190108480002'],
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
    const untouched = expected.signals.filter((s) => !touched.has(s.azr)).map(key).sort();
    expect(actualKeys(out).filter((k) => !touched.has(k.split(' ')[1]!))).toEqual(untouched);
    expect(out.rejected.map((r) => r.file).sort()).toEqual(Object.keys(corruptions).sort());
  });
});
