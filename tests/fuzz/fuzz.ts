// The machinery of the adapter fuzz tests (issue 18): the seed and run count, the one property
// every adapter must hold on any input, and the generators of hostile input from the samples.
// The property: every input ends as records, warnings or rejections, or as a KimError of the
// registry that names the file; never another exception, a hang or output out of proportion.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { ERRORS, KimError } from '../../src/errors/registry.js';
import type { Adapter } from '../../adapters/types.js';

/** Fixed in CI so that a failure repeats; `FUZZ_SEED=$RANDOM npm test` explores further. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 18_2026);
/** Cases per adapter: at least 10,000 in CI (issue 18); `FUZZ_RUNS` lowers or raises it. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** A case that takes longer than this counts as a hang (generous: the CI machine is shared). */
export const CASE_TIMEOUT_MS = 10_000;

/** Personal data in the generated names; no error message or rejection reason may repeat it. */
export const MARKER = 'Zqmarker';

export interface Outcome {
  records: number;
  rejections: number;
  warnings: number;
  /** the KimError that refused the file, if one did */
  refused: KimError | null;
  /** characters of everything the adapter yielded, as JSON */
  outputChars: number;
}

/** Runs an adapter over `bytes`, split into `chunks` pieces as a stream might deliver them. */
export async function readOutcome(adapter: Adapter, file: string, bytes: Buffer, cuts: number[] = []): Promise<Outcome> {
  const outcome: Outcome = { records: 0, rejections: 0, warnings: 0, refused: null, outputChars: 0 };
  const stream = Readable.from(split(bytes, cuts), { objectMode: false });
  try {
    for await (const item of adapter.read({ file, stream, receivedAt: '2026-11-20T02:00:00Z' })) {
      outcome.outputChars += JSON.stringify(item).length;
      if (item.type === 'rejection') {
        outcome.rejections++;
        // Plain checks, not expect(): they run a hundred thousand times.
        if (!(item.code in ERRORS)) throw new Error(`rejection with a code outside the registry: ${item.code}`);
        if (item.position.file !== file) throw new Error(`rejection names another file: ${item.position.file}`);
        if (item.reason.includes(MARKER)) throw new Error(`rejection reason repeats a value: ${item.reason}`);
      } else {
        outcome.records++;
        if ('unrecognised' in item && Array.isArray(item.unrecognised)) outcome.warnings += item.unrecognised.length;
      }
    }
  } catch (e) {
    // Anything but a KimError of the registry naming the file is a crash.
    if (!(e instanceof KimError) || !(e.code in ERRORS)) throw e;
    if (!e.message.startsWith(`${file}`)) throw new Error(`refusal does not name the file: ${e.message}`, { cause: e });
    if (e.message.includes(MARKER)) throw new Error(`refusal repeats a value: ${e.message}`, { cause: e });
    outcome.refused = e;
  }
  // Small in, small out: nothing expands an input (entities, repeated parts) beyond its size.
  if (outcome.outputChars > 60 * bytes.length + 200_000) throw new Error(`${outcome.outputChars} characters out of ${bytes.length} bytes`);
  return outcome;
}

function split(bytes: Buffer, cuts: number[]): Buffer[] {
  if (!bytes.length) return [];
  const at = [...new Set(cuts.map((c) => c % bytes.length).filter((c) => c > 0))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  return out;
}

/** Where a stream may cut the bytes: mostly nowhere or a few places. */
export const cutsArb = fc.oneof({ weight: 3, arbitrary: fc.constant<number[]>([]) }, { weight: 1, arbitrary: fc.array(fc.nat(), { maxLength: 6 }) });

type Mutation =
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'truncate'; at: number };

const mutationArb = (tokens: readonly Buffer[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom(...tokens) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }), to: fc.nat() }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  );

function mutate(sample: Buffer, mutations: Mutation[]): Buffer {
  let b = sample;
  for (const m of mutations) {
    const at = b.length ? m.at % (b.length + 1) : 0;
    if (m.kind === 'set' && b.length) b = Buffer.concat([b.subarray(0, at % b.length), Buffer.from([m.byte]), b.subarray((at % b.length) + 1)]);
    else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    else if (m.kind === 'duplicate') {
      const part = b.subarray(at, at + m.length);
      const to = m.to % (b.length + 1);
      b = Buffer.concat([b.subarray(0, to), part, b.subarray(to)]);
    } else if (m.kind === 'truncate') b = b.subarray(0, at);
  }
  return b;
}

/** The sample with one to eight random byte mutations (set, insert, delete, duplicate, truncate). */
export const mutatedArb = (sample: Buffer, tokens: readonly string[], encoding = 'utf-8'): fc.Arbitrary<Buffer> => {
  const encoded = tokens.map((t) => iconv.encode(t, encoding));
  return fc.array(mutationArb(encoded), { minLength: 1, maxLength: 8 }).map((ms) => mutate(sample, ms));
};

/** Structural tokens of XML that a mutation may insert. */
export const XML_TOKENS = [
  '<',
  '>',
  '&',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&unknown;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE x>',
  '<?xml version="1.0" encoding="UTF-16"?>',
  '"',
  "'",
  '=',
  '/>',
  '</person>',
  '<person>',
  '</Fall>',
  '<Fall Az="1">',
  '\x00',
  '\uFEFF',
  '\uFFFF',
  'ä',
  '€',
  '\r',
  '\n',
  'xmlns:a="b"',
  'a:b',
];
/** Structural tokens of CSV. */
export const CSV_TOKENS = [';', '"', '""', '\r\n', '\n', '\r', '\x00', '\uFEFF', 'ä', '€', '\u2028', ';;;;;;;;;;', '"a""b"', '=1+1', '\t', ' '];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Values an office might put into a field, and values it never should. */
export const valueArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '00.00.0000',
    '00.00.1990',
    '31.02.1990',
    '29.02.2000',
    '29.02.1900',
    '1990-00-00',
    '2026-13-01',
    '2026-02-30',
    '9999-12-31',
    'ja',
    'nein',
    'true',
    'false',
    'TRUE',
    'x',
    'm',
    'w',
    'd',
    '1.234,56',
    '1,5',
    '-0,01',
    '1e309',
    'NaN',
    'Infinity',
    '§ 25a AufenthG',
    '§ 60a Abs. 2 S. 1 AufenthG',
    'AsylbLG § 2',
    '§ 2 AsylbLG',
    'SGB XII',
    'TUR',
    'XXX',
    'SYR',
    '475',
    '998',
    'syrisch',
    'A2',
    'B1 (01.05.2018)',
    'bestanden (20.11.2025)',
    'in Prüfung',
    'abh|sozialamt',
    'stammdaten|leistungen',
    'case_manager',
    '05158004',
    '40822',
    'null',
    'undefined',
    '__proto__',
    'constructor',
  ),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 10_000 })).map(([d, m, y]) => `${pad(d)}.${pad(m)}.${pad(y, 4)}`),
  fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 40 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.tuple(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.nat(99)).map(([e, c]) => `${e.toLocaleString('de-DE')},${pad(c)}`),
  fc.stringMatching(/^\d{1,14}$/),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
  fc.stringMatching(/^[A-Za-zäöüß -]{0,20}$/).map((s) => `${MARKER}${s}`),
);

/** Replaces values at `slots` (a global regex matching exactly a value) with generated ones. */
export const revaluedArb = (text: string, slots: RegExp, escape: (v: string) => string): fc.Arbitrary<string> => {
  const count = [...text.matchAll(slots)].length;
  return fc.array(fc.tuple(fc.nat(count - 1), valueArb), { minLength: 1, maxLength: 12 }).map((changes) => {
    const at = new Map(changes);
    let i = 0;
    return text.replace(slots, (value: string) => {
      const v = at.get(i++);
      return v === undefined ? value : escape(v);
    });
  });
};

export const xmlEscape = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const csvQuote = (v: string): string => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Encodings an export may arrive in by mistake (iconv names). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'latin1', 'windows-1252', 'iso-8859-15', 'cp850', 'koi8-r', 'shift_jis'] as const;

/** The text encoded in a random encoding, with or without a BOM. */
export const reencodedArb = (text: string): fc.Arbitrary<Buffer> => fc.tuple(fc.constantFrom(...ENCODINGS), fc.boolean()).map(([enc, bom]) => iconv.encode(text, enc, { addBOM: bom }));

/** Runs `cases` through `check` with the CI seed; returns how many ran and how long it took. */
export async function fuzz<T>(name: string, arb: fc.Arbitrary<T>, check: (value: T) => Promise<unknown>, runs = FUZZ_RUNS): Promise<{ runs: number; seconds: number }> {
  const started = performance.now();
  let ran = 0;
  let slowest = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (value) => {
      ran++;
      const t = performance.now();
      await check(value);
      slowest = Math.max(slowest, performance.now() - t);
    }),
    { seed: FUZZ_SEED, numRuns: runs, timeout: CASE_TIMEOUT_MS, endOnFailure: true },
  );
  const seconds = (performance.now() - started) / 1000;
  // The figure the acceptance asks for: how many cases ran, and in what time.
  console.info(`fuzz ${name}: ${ran} cases in ${seconds.toFixed(1)} s, the slowest ${slowest.toFixed(0)} ms (seed ${FUZZ_SEED})`);
  return { runs: ran, seconds };
}
