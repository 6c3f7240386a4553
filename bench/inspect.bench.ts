// Reading a city-scale ABH export: `kim-hub inspect` (sax stream, ajv, normalisation, NDJSON)
// against the bare sax parser on the same file, each in its own process so that peak RSS is the
// process's own (GNU time's %M). stdout goes to /dev/null: we measure reading, not the terminal.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths.js';
import { generateAbhExport, GENERATOR_VERSION } from './generate/abh.js';
import { UNKNOWN_EVERY } from './generate/persons.js';
import type { BenchRow } from './types.js';

const GNU_TIME = '/usr/bin/time';

// The baseline: sax alone, counting <person> elements, nothing else.
const RAW_SAX = `
const sax = require('sax');
let n = 0;
const s = sax.createStream(true);
s.on('opentag', (t) => { if (t.name === 'person') n++; });
s.on('end', () => process.stderr.write('persons=' + n + '\\n'));
require('fs').createReadStream(process.argv[1]).pipe(s);
`;

function timed(args: string[]): { seconds: number; peakRssMb: number; stderr: string } {
  const useTime = existsSync(GNU_TIME);
  const started = process.hrtime.bigint();
  const res = spawnSync(useTime ? GNU_TIME : args[0]!, useTime ? ['-f', 'RSS_KB=%M', ...args] : args.slice(1), {
    stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
    encoding: 'utf8',
    cwd: projectRoot,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status !== 0 && res.status !== 2) throw new Error(`bench: ${args.join(' ')} exited ${res.status}: ${res.stderr.slice(-500)}`);
  const rss = /RSS_KB=(\d+)/.exec(res.stderr);
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN, stderr: res.stderr };
}

/** The bare sax parser over `file` as a row, so a part's figures stand beside it from the same minutes. */
export function rawSaxRow(file: string, persons: number, what: string): BenchRow {
  const { seconds, peakRssMb } = timed([process.execPath, '-e', RAW_SAX, file]);
  return { name: `${what}: raw sax parse of the ABH export (baseline)`, records: persons, seconds, recordsPerSecond: persons / seconds, peakRssMb };
}

export async function benchInspect(options: { persons: number; workDir: string }): Promise<BenchRow[]> {
  // The generator version is in the name, so a changed generator never measures a stale file.
  const file = path.join(options.workDir, `abh-${options.persons}-${GENERATOR_VERSION}.xml`);
  if (!existsSync(file)) await generateAbhExport(file, options.persons);
  console.error(`bench: ${file} (${(statSync(file).size / 1024 / 1024).toFixed(0)} MB)`);
  const cases: Array<[string, string[]]> = [
    ['ABH export: raw sax parse (baseline)', [process.execPath, '-e', RAW_SAX, file]],
    ['ABH export: kim-hub inspect --source abh (211 nationality keys, 2 % unknown)', [process.execPath, path.join(projectRoot, 'bin', 'kim-hub.js'), 'inspect', '--source', 'abh', file]],
  ];
  // This VM's speed drifts by a third within minutes: the two are run alternately, ROUNDS times,
  // and each row is the median round, so a slow minute does not land on one side only.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const runs: Array<Array<{ seconds: number; peakRssMb: number }>> = cases.map(() => []);
  for (let r = 0; r < rounds; r++) {
    cases.forEach(([, args], i) => {
      const { seconds, peakRssMb, stderr } = timed(args);
      if (args.includes('inspect')) checkEveryPersonAccepted(stderr, options.persons);
      runs[i]!.push({ seconds, peakRssMb });
    });
  }
  const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rows = cases.map(([name], i) => {
    const seconds = median(runs[i]!.map((x) => x.seconds));
    return { name: `${name}${rounds > 1 ? `, median of ${rounds}` : ''}`, records: options.persons, seconds, recordsPerSecond: options.persons / seconds, peakRssMb: Math.max(...runs[i]!.map((x) => x.peakRssMb)) };
  });
  const [raw, inspect] = rows;
  const ratios = runs[1]!.map((x, r) => (runs[0]![r]!.seconds / x.seconds).toFixed(2)).join(', ');
  console.error(`bench: inspect reads at ${(raw!.seconds / inspect!.seconds).toFixed(2)}x of the bare sax parser (median; rounds ${ratios}; target >= 0.5x), peak RSS ${inspect!.peakRssMb.toFixed(0)} MB (target < 300 MB)`);
  return rows;
}

/** A fast run that drops persons is no result: every person accepted, one warning per unknown code. */
function checkEveryPersonAccepted(stderr: string, persons: number): void {
  const summary = /^\S+\s+abh\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(stderr);
  if (!summary) throw new Error(`bench: no inspect summary in: ${stderr.slice(-300)}`);
  const [read, accepted, rejected, warnings] = summary.slice(1).map(Number) as [number, number, number, number];
  const unknown = Math.floor(persons / UNKNOWN_EVERY);
  if (read !== persons || accepted !== persons || rejected !== 0 || warnings !== unknown) {
    throw new Error(`bench: inspect read ${read}, accepted ${accepted}, rejected ${rejected}, warned ${warnings}; expected ${persons} accepted and ${unknown} warnings`);
  }
}
