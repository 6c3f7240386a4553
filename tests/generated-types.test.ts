import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
// @ts-expect-error: plain ESM script without types
import { generate, generateEnums } from '../scripts/generate-types.mjs';
import { CATEGORIES, FACT_SOURCES, LANGUAGE_LEVELS, ROLES, SOURCES } from '../src/generated/enums.js';

const generated = (file: string) => readFileSync(path.join(projectRoot, 'src', 'generated', file), 'utf8');

describe('src/generated/kim-types.ts', () => {
  it('is what the schemas generate today (run `npm run generate:types` when this fails)', async () => {
    expect(generated('kim-types.ts')).toBe(await (generate as () => Promise<string>)());
  });
});

describe('src/generated/enums.ts', () => {
  it('is what the schemas generate today (run `npm run generate:types` when this fails)', () => {
    expect(generated('enums.ts')).toBe((generateEnums as () => string)());
  });

  it('lists the common vocabularies in the order the schema gives them, without null', () => {
    const common = JSON.parse(readFileSync(path.join(projectRoot, 'schemas', 'common.schema.json'), 'utf8')) as { $defs: Record<string, { enum: string[] }> };
    expect(SOURCES).toEqual(common.$defs.Source!.enum);
    expect(FACT_SOURCES).toEqual(common.$defs.FactSource!.enum);
    expect(CATEGORIES).toEqual(common.$defs.Category!.enum);
    expect(ROLES).toEqual(common.$defs.Role!.enum);
    expect(LANGUAGE_LEVELS).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
  });
});
