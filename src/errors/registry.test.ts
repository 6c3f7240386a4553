import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths.js';
import { ERRORS, WARNINGS } from './registry.js';

const doc = readFileSync(path.join(projectRoot, 'docs', 'errors.md'), 'utf8');
const documented = new Map([...doc.matchAll(/^## (KIM_ERR_\w+)\n(?:.*\n)*?Status (\d{3}), retry (yes|no)\./gm)].map((m) => [m[1]!, { status: Number(m[2]), retryable: m[3] === 'yes' }]));

describe('the error registry and docs/errors.md', () => {
  it('document every code of the registry with its status and retry flag', () => {
    for (const [code, spec] of Object.entries(ERRORS)) {
      expect(documented.get(code), `${code} in docs/errors.md`).toEqual({ status: spec.status, retryable: spec.retryable });
    }
  });

  it('document no code the registry does not have', () => {
    expect([...documented.keys()].filter((c) => !(c in ERRORS))).toEqual([]);
  });

  it('use only codes of the form KIM_ERR_<AREA>_<WHAT>', () => {
    for (const code of Object.keys(ERRORS)) expect(code).toMatch(/^KIM_ERR_[A-Z]+_[A-Z_]+$/);
  });

  it('document every warning as a kept record, and no warning the registry does not have', () => {
    const warnings = [...doc.matchAll(/^## (KIM_WARN_[A-Z]+_[A-Z_]+)\nWarning, the record is kept\./gm)].map((m) => m[1]!);
    expect(warnings.sort()).toEqual(Object.keys(WARNINGS).sort());
    expect([...doc.matchAll(/^## (KIM_WARN_\w+)/gm)].length).toBe(warnings.length);
  });
});
