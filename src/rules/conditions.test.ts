// Every condition id of the specification (docs/legal/RULES.md, the project's copy of
// ../shared/legal/RULES.md) is implemented with its citation; and the copy has not drifted.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths.js';
import { CONDITIONS } from './conditions.js';
import { run, status } from './test-facts.js';

const spec = readFileSync(path.join(projectRoot, 'docs', 'legal', 'RULES.md'), 'utf8');
const shared = path.resolve(projectRoot, '..', 'shared', 'legal', 'RULES.md');

/** Rows of the condition tables: `| id | condition | citation | data | kind |`. */
const specRows = [...spec.matchAll(/^\| ((?:25a|25b|stag10)\.[a-z_]+) \|[^|]*\| ([^|]+) \|/gm)].map((m) => ({ id: m[1]!, citation: m[2]!.trim() }));

/** Citations compared without statute names and editorial notes: "§ 25b Abs. 2 Nr. 2 (verify wording)" ≙ "§ 25b Abs. 2 Nr. 2 AufenthG". */
const norm = (c: string) =>
  c
    .replace(/\([^)]*\)/g, '')
    .replace(/\b(AufenthG|StAG|AsylG)\b/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ;/g, ';')
    .trim();

describe('the conditions of RULES.md', () => {
  it('are all found in the specification (the table parser works)', () => {
    expect(specRows.length).toBe(27);
  });

  it.each(specRows)('$id is implemented with the citation $citation', ({ id, citation }) => {
    const implemented = (CONDITIONS as Record<string, { citation: string }>)[id];
    expect(implemented, `${id} missing from src/rules/conditions.ts`).toBeDefined();
    expect(norm(implemented!.citation)).toBe(norm(citation));
  });

  it('has no implemented condition the specification does not name', () => {
    expect(Object.keys(CONDITIONS).sort()).toEqual(specRows.map((r) => r.id).sort());
  });

  it('every condition appears in an evaluation with its citation', () => {
    const e = run({ stichtag: '2026-11-23', birthDate: '2000-01-01', facts: [status('duldung', '2018-01-01', null)] });
    const seen = new Map(e.provisions.flatMap((p) => p.conditions).map((c) => [c.id, c.citation]));
    for (const [id, { citation }] of Object.entries(CONDITIONS)) expect(seen.get(id), id).toBe(citation);
  });

  it.runIf(existsSync(shared))('the shipped copy has not drifted from ../shared/legal/RULES.md', () => {
    expect(spec).toBe(readFileSync(shared, 'utf8'));
  });
});
