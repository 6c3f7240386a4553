// Evaluating the law for many persons, in this process: the rules module is pure, so its cost is
// CPU only. Persons are built from the shipped samples (every kind of case the rules know) with
// shifted ids, and evaluated for a recipient who sees everything, the most work per person.
import { DEVELOPMENT_PSEUDONYM_KEY, kimIdsKeyedWith } from '../src/kim/pseudonym.js';
import path from 'node:path';
import { readExport } from '../adapters/index.js';
import { CATEGORIES, FACT_SOURCES } from '../src/generated/enums.js';
import type { PersonRecord } from '../src/generated/kim-types.js';
import { link } from '../src/linkage/index.js';
import { examplesDir } from '../src/paths.js';
import { evaluate } from '../src/rules/index.js';
import type { BenchRow } from './types.js';

export async function benchRules(options: { persons: number }): Promise<BenchRow[]> {
  const samples = path.join(examplesDir, 'kreis-mettmann');
  const records: PersonRecord[] = [];
  for (const f of ['abh.xml', 'abh-05158032.xml', 'sozialamt.xml', 'jobcenter.csv', 'ebb.csv']) {
    for await (const item of readExport(path.join(samples, f))) if (item.type === 'person_record') records.push(item);
  }
  const persons = link({ records, consents: [] }, { kimIdFor: kimIdsKeyedWith(DEVELOPMENT_PSEUDONYM_KEY) }).persons;
  const visibility = { categoriesBySource: Object.fromEntries(FACT_SOURCES.map((s) => [s, [...CATEGORIES]])) };
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  let signals = 0;
  for (let i = 0; i < options.persons; i++) {
    const p = persons[i % persons.length]!;
    signals += evaluate({ stichtag: '2026-11-23', birthDate: p.identity.birthDate, facts: p.facts, visibility }).signals.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.error(`bench: ${signals} signals from ${options.persons} evaluations`);
  return [
    {
      name: 'rules: evaluate (all provisions and deadlines)',
      records: options.persons,
      seconds,
      recordsPerSecond: options.persons / seconds,
      peakRssMb: Math.max(before, process.memoryUsage().rss) / 1024 / 1024,
    },
  ];
}
