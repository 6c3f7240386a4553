import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
// @ts-expect-error: plain ESM script without types
import { generate } from '../scripts/generate-types.mjs';

describe('src/generated/kim-types.ts', () => {
  it('is what the schemas generate today (run `npm run generate:types` when this fails)', async () => {
    const current = readFileSync(path.join(projectRoot, 'src', 'generated', 'kim-types.ts'), 'utf8');
    expect(current).toBe(await (generate as () => Promise<string>)());
  });
});
