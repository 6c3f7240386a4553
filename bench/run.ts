// `npm run bench`: generates city-scale exports and measures each stage against its targets.
// Figures are printed as a Markdown table and written to bench/out/results.md.
// Sizes can be lowered for a quick look: BENCH_PERSONS=20000 BENCH_CITY_PERSONS=25000 npm run bench
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths.js';
import type { BenchRow } from './types.js';
import { benchInspect } from './inspect.bench.js';
import { benchLoad } from './load.bench.js';
import { benchRules } from './rules.bench.js';
import { benchService } from './service.bench.js';
import { benchWeb } from './web.bench.js';

const persons = Number(process.env.BENCH_PERSONS ?? 200_000);
const rulePersons = Number(process.env.BENCH_RULE_PERSONS ?? 100_000);
const cityPersons = Number(process.env.BENCH_CITY_PERSONS ?? 250_000);
// The ABH export whose largest inbox the web bench reads (about 5,000 signals in ABH-05158's at 7,000).
const webPersons = Number(process.env.BENCH_WEB_PERSONS ?? 7_000);
// BENCH_ONLY=service (or inspect, rules, web, load) runs one part alone.
const only = process.env.BENCH_ONLY;
const workDir = path.join(projectRoot, 'bench', 'out');
mkdirSync(workDir, { recursive: true });

function table(rows: BenchRow[]): string {
  const lines = ['| measurement | records | seconds | records/s | peak RSS (MB) |', '|---|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.name} | ${r.records.toLocaleString('en')} | ${r.seconds.toFixed(2)} | ${Math.round(r.recordsPerSecond).toLocaleString('en')} | ${r.peakRssMb.toFixed(0)} |`);
  }
  return lines.join('\n');
}

const rows: BenchRow[] = [];
if (!only || only === 'inspect') {
  console.error(`bench: ABH export of ${persons} persons (inspect vs raw parser)`);
  rows.push(...(await benchInspect({ persons, workDir })));
}
if (!only || only === 'rules') {
  console.error(`bench: rules on ${rulePersons} persons`);
  rows.push(...(await benchRules({ persons: rulePersons })));
}
if (cityPersons > 0 && (!only || only === 'service')) {
  console.error(`bench: service path, city of ${cityPersons} persons (Redis and PostgreSQL needed; BENCH_CITY_PERSONS=0 skips)`);
  rows.push(...(await benchService({ persons: cityPersons, workDir })));
}

if (webPersons > 0 && (!only || only === 'web')) {
  console.error(`bench: web workplace, inbox page (ABH export of ${webPersons} persons; BENCH_WEB_PERSONS=0 skips)`);
  rows.push(...(await benchWeb({ persons: webPersons, workDir })));
}

// The load test is not part of a full run: it imports the city once more, with readers alongside.
if (cityPersons > 0 && only === 'load') {
  console.error(`bench: API load during the import of a city of ${cityPersons} persons`);
  rows.push(...(await benchLoad({ persons: cityPersons, workDir })));
}

const report = `# kim-hub benchmark (${new Date().toISOString()}, node ${process.version})\n\n${table(rows)}\n`;
writeFileSync(path.join(workDir, 'results.md'), report);
console.log(report);
