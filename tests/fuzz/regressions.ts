// Inputs on which fuzzing found an adapter at fault (issue 18), kept as regression cases: each
// names the seed and run that found it, the input, and what the adapter must do with it now.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect } from 'vitest';
import { SAMPLES } from '../../adapters/test-helpers.js';
import type { Source } from '../../adapters/types.js';
import { MARKER, type Outcome } from './fuzz.js';

export interface Regression {
  name: string;
  source: Source;
  /** the input as the fuzzer shrank it */
  bytes: () => Buffer;
  /** where the stream cut it */
  cuts?: number[];
  expect: (outcome: Outcome) => void;
}

const sample = (file: string) => readFileSync(path.join(SAMPLES, file));
const sozialamt = () => iconv.decode(sample('sozialamt.xml'), 'iso-8859-15');

export const REGRESSIONS: Regression[] = [
  {
    // FUZZ_SEED=182026, chunking property, run 6: cuts [2, …]
    name: 'a Sozialamt export whose stream delivers its first two bytes alone is still read as ISO-8859-15',
    source: 'sozialamt',
    bytes: () => sample('sozialamt.xml'),
    cuts: [2],
    expect: (o) => expect(o).toMatchObject({ records: 4, rejections: 0, refused: null }),
  },
  {
    // Found with the one above: the guard took a chunk ending in the first byte of what could be
    // a UTF-8 character for proof that a single-byte file was UTF-8.
    name: 'a Sozialamt export cut by its stream right after an "ß" is not taken for UTF-8',
    source: 'sozialamt',
    bytes: () => iconv.encode(sozialamt().replace('HADDAD, Rami', 'HAßAD, Rami'), 'iso-8859-15'),
    cuts: [iconv.encode(sozialamt().slice(0, sozialamt().indexOf('HADDAD') + 3), 'iso-8859-15').length],
    expect: (o) => expect(o).toMatchObject({ records: 4, refused: null }),
  },
  {
    // FUZZ_SEED=182026, Sozialamt, run 133: a value in SozExport/@Stand was repeated in the
    // import's error, which the API shows (values stay on the operator's terminal).
    name: 'a Sozialamt export whose Stand is no date is refused without repeating the value',
    source: 'sozialamt',
    bytes: () => iconv.encode(sozialamt().replace('Stand="20.11.2026"', `Stand="${MARKER} ö äßüßä ü"`), 'iso-8859-15'),
    expect: (o) => expect(o.refused).toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE', message: 'regression.xml: SozExport/@Stand is not a date (dd.mm.yyyy)' }),
  },
];
