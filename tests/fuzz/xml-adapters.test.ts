// Property-based fuzzing of the two XML adapters (ABH, Sozialamt), issue 18: random byte
// mutations of the samples, the samples with random values in their fields, and the samples in
// random encodings under random declarations. Every case ends as records, warnings, rejections
// or a KimError naming the file (tests/fuzz/fuzz.ts); FUZZ_RUNS cases per adapter.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { abhAdapter } from '../../adapters/abh/index.js';
import { sozialamtAdapter } from '../../adapters/sozialamt/index.js';
import { SAMPLES } from '../../adapters/test-helpers.js';
import { cutsArb, fuzz, FUZZ_RUNS, mutatedArb, readOutcome, reencodedArb, revaluedArb, XML_TOKENS, xmlEscape } from './fuzz.js';
import { REGRESSIONS } from './regressions.js';

/** Text content and attribute values: the slots a clerk's software fills. */
const XML_SLOTS = /(?<=>)\s*[^<>\s][^<>]*(?=<)|(?<==")[^"]*(?=")/g;
const DECLARATIONS = ['UTF-8', 'utf-8', 'ISO-8859-15', 'ISO-8859-1', 'windows-1252', 'UTF-16', 'UTF-16LE', 'US-ASCII', 'EBCDIC-US', 'x-unknown', ''];

/** One arbitrary for a sample: a third mutated bytes, a third new values, a third another encoding. */
function xmlCases(sample: Buffer, encoding: string): fc.Arbitrary<Buffer> {
  const text = iconv.decode(sample, encoding);
  // The declaration keeps its encoding here: a changed one is the third kind of case.
  const prolog = text.slice(0, text.indexOf('?>') + 2);
  const revalued = revaluedArb(text.slice(prolog.length), XML_SLOTS, xmlEscape).map((t) => iconv.encode(prolog + t, encoding));
  const redeclared = fc.tuple(fc.constantFrom(...DECLARATIONS), fc.boolean()).chain(([decl, keep]) => reencodedArb(keep ? text : text.replace(/encoding="[^"]*"/, decl ? `encoding="${decl}"` : '')));
  return fc.oneof(mutatedArb(sample, XML_TOKENS, encoding), revalued, redeclared);
}

const samples = {
  abh: { adapter: abhAdapter, file: 'abh.xml', bytes: readFileSync(path.join(SAMPLES, 'abh.xml')), encoding: 'utf-8' },
  abhDelta: { adapter: abhAdapter, file: 'abh-05158032.xml', bytes: readFileSync(path.join(SAMPLES, 'abh-05158032.xml')), encoding: 'utf-8' },
  sozialamt: { adapter: sozialamtAdapter, file: 'sozialamt.xml', bytes: readFileSync(path.join(SAMPLES, 'sozialamt.xml')), encoding: 'iso-8859-15' },
};

describe('fuzzing the XML adapters', () => {
  it(`ends every one of ${FUZZ_RUNS} mutated, re-valued or re-encoded ABH exports as records, rejections or a coded refusal naming the file`, async () => {
    const { abh, abhDelta } = samples;
    const arb = fc.tuple(fc.oneof(xmlCases(abh.bytes, abh.encoding), xmlCases(abhDelta.bytes, abhDelta.encoding)), cutsArb);
    const { runs } = await fuzz('abh', arb, ([bytes, cuts]) => readOutcome(abh.adapter, 'fuzz.xml', bytes, cuts));
    expect(runs).toBe(FUZZ_RUNS);
  }, 600_000);

  it(`ends every one of ${FUZZ_RUNS} mutated, re-valued or re-encoded Sozialamt exports as records, rejections or a coded refusal naming the file`, async () => {
    const { sozialamt } = samples;
    const arb = fc.tuple(xmlCases(sozialamt.bytes, sozialamt.encoding), cutsArb);
    const { runs } = await fuzz('sozialamt', arb, ([bytes, cuts]) => readOutcome(sozialamt.adapter, 'fuzz.xml', bytes, cuts));
    expect(runs).toBe(FUZZ_RUNS);
  }, 600_000);

  it('reads every sample alike however a stream cuts its bytes', async () => {
    for (const s of Object.values(samples)) {
      const whole = await readOutcome(s.adapter, s.file, s.bytes);
      await fuzz(
        `${s.file} chunking`,
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        async (cuts) => {
          expect(await readOutcome(s.adapter, s.file, s.bytes, cuts)).toEqual(whole);
        },
        Math.min(FUZZ_RUNS, 500),
      );
    }
  }, 120_000);
});

describe('inputs the fuzzer found, kept as regression cases', () => {
  for (const r of REGRESSIONS.filter((x) => x.source === 'abh' || x.source === 'sozialamt')) {
    it(r.name, async () => {
      const adapter = r.source === 'abh' ? abhAdapter : sozialamtAdapter;
      const outcome = await readOutcome(adapter, 'regression.xml', r.bytes(), r.cuts);
      r.expect(outcome);
    });
  }
});
