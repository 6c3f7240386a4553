// Property-based fuzzing of the CSV adapters (Jobcenter in Windows-1252, EBB and consents in
// UTF-8) and of the tenant file, issue 18: random byte mutations of the samples, the samples
// with random values in their cells, and the samples in random encodings. Every case ends as
// records, warnings, rejections or a KimError naming the file (tests/fuzz/fuzz.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { consentAdapter } from '../../adapters/consent/index.js';
import { ebbAdapter } from '../../adapters/ebb/index.js';
import { jobcenterAdapter } from '../../adapters/jobcenter/index.js';
import { tenantAdapter } from '../../adapters/tenant/index.js';
import { SAMPLES } from '../../adapters/test-helpers.js';
import type { Adapter } from '../../adapters/types.js';
import { CSV_TOKENS, csvQuote, cutsArb, fuzz, FUZZ_RUNS, mutatedArb, readOutcome, reencodedArb, revaluedArb } from './fuzz.js';
import { REGRESSIONS } from './regressions.js';

/** A cell: what stands between two separators, on any line but the header. */
const CELL = /(?<=(?:^|;))[^;\r\n]*(?=(?:;|\r?$))/gm;

function csvCases(sample: Buffer, encoding: string): fc.Arbitrary<Buffer> {
  const text = iconv.decode(sample, encoding);
  const header = text.slice(0, text.search(/\r?\n/) + 1);
  // A value outside the file's encoding becomes "?" in Windows-1252, as an office's export would write it.
  const revalued = revaluedArb(text.slice(header.length), CELL, csvQuote).map((rows) => iconv.encode(header + rows, encoding, { addBOM: text.startsWith('\uFEFF') }));
  // Rows in any order, some twice: more rows than the sample, with the same values.
  const rows = text.slice(header.length).split(/\r?\n/).filter(Boolean);
  const reordered = fc.array(fc.constantFrom(...rows), { minLength: 1, maxLength: 20 }).map((picked) => iconv.encode(header + picked.join('\r\n') + '\r\n', encoding));
  return fc.oneof(mutatedArb(sample, CSV_TOKENS, encoding), revalued, reencodedArb(text), reordered);
}

const cases: Array<{ name: string; adapter: Adapter; file: string; encoding: string }> = [
  { name: 'Jobcenter', adapter: jobcenterAdapter, file: 'jobcenter.csv', encoding: 'windows-1252' },
  { name: 'EBB (CSV)', adapter: ebbAdapter, file: 'ebb.csv', encoding: 'utf-8' },
  { name: 'consent', adapter: consentAdapter, file: 'consents.csv', encoding: 'utf-8' },
];

describe('fuzzing the CSV adapters', () => {
  for (const c of cases) {
    it(`ends every one of ${FUZZ_RUNS} mutated, re-valued or re-encoded ${c.name} exports as records, rejections or a coded refusal naming the file`, async () => {
      const arb = fc.tuple(csvCases(readFileSync(path.join(SAMPLES, c.file)), c.encoding), cutsArb);
      const { runs } = await fuzz(c.name, arb, ([bytes, cuts]) => readOutcome(c.adapter, 'fuzz.csv', bytes, cuts));
      expect(runs).toBe(FUZZ_RUNS);
    }, 600_000);
  }

  it(`ends every one of ${FUZZ_RUNS} mutated or re-valued tenant files as a tenant, rejections or a coded refusal naming the file`, async () => {
    const sample = readFileSync(path.join(SAMPLES, 'tenant-05158.json'));
    const text = sample.toString('utf8');
    const strings = revaluedArb(text, /(?<=": ")[^"]*(?=")/g, (v) => JSON.stringify(v).slice(1, -1)).map((t) => Buffer.from(t));
    const arb = fc.tuple(fc.oneof(mutatedArb(sample, ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u0000', 'null', '1e999', '"__proto__": {}']), strings, reencodedArb(text)), cutsArb);
    const { runs } = await fuzz('tenant', arb, ([bytes, cuts]) => readOutcome(tenantAdapter, 'fuzz.json', bytes, cuts));
    expect(runs).toBe(FUZZ_RUNS);
  }, 600_000);

  it('reads every CSV sample alike however a stream cuts its bytes', async () => {
    for (const c of cases) {
      const bytes = readFileSync(path.join(SAMPLES, c.file));
      const whole = await readOutcome(c.adapter, c.file, bytes);
      await fuzz(
        `${c.file} chunking`,
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        async (cuts) => {
          expect(await readOutcome(c.adapter, c.file, bytes, cuts)).toEqual(whole);
        },
        Math.min(FUZZ_RUNS, 500),
      );
    }
  }, 120_000);
});

const bySource = { jobcenter: jobcenterAdapter, ebb: ebbAdapter, consent: consentAdapter, tenant: tenantAdapter } as const;
const regressions = REGRESSIONS.filter((x) => x.source in bySource);
describe.runIf(regressions.length)('CSV inputs the fuzzer found, kept as regression cases', () => {
  for (const r of regressions) {
    it(r.name, async () => {
      r.expect(await readOutcome(bySource[r.source as keyof typeof bySource], r.source === 'tenant' ? 'regression.json' : 'regression.csv', r.bytes(), r.cuts));
    });
  }
});
