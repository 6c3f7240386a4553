// Reading a city-scale ABH export: `kim-hub inspect` (sax stream, ajv, normalisation, NDJSON)
// against the bare sax parser on the same file, each in its own process so that peak RSS is the
// process's own (GNU time's %M). stdout goes to /dev/null: we measure reading, not the terminal.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths.js';
import { generateAbhExport, GENERATOR_VERSION } from './generate/abh.js';
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

function timed(args: string[]): { seconds: number; peakRssMb: number } {
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
  return { seconds, peakRssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

export async function benchInspect(options: { persons: number; workDir: string }): Promise<BenchRow[]> {
  // The generator version is in the name, so a changed generator never measures a stale file.
  const file = path.join(options.workDir, `abh-${options.persons}-${GENERATOR_VERSION}.xml`);
  if (!existsSync(file)) await generateAbhExport(file, options.persons);
  console.error(`bench: ${file} (${(statSync(file).size / 1024 / 1024).toFixed(0)} MB)`);
  const cases: Array<[string, string[]]> = [
    ['ABH export: raw sax parse (baseline)', [process.execPath, '-e', RAW_SAX, file]],
    ['ABH export: kim-hub inspect --source abh', [process.execPath, path.join(projectRoot, 'bin', 'kim-hub.js'), 'inspect', '--source', 'abh', file]],
  ];
  return cases.map(([name, args]) => {
    const { seconds, peakRssMb } = timed(args);
    return { name, records: options.persons, seconds, recordsPerSecond: options.persons / seconds, peakRssMb };
  });
}
