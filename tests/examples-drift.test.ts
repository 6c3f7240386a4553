// The project ships its own copy of the sample exports (examples/kreis-mettmann); the reference
// copy lives in ../shared/formats/samples when the repository sits in the team's workspace.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, projectRoot } from '../src/paths.js';

const shared = path.resolve(projectRoot, '..', 'shared', 'formats', 'samples');
const copy = path.join(examplesDir, 'kreis-mettmann');

describe('the shipped sample exports', () => {
  it('are present in examples/kreis-mettmann', () => {
    expect(readdirSync(copy)).toEqual(expect.arrayContaining(['abh.xml', 'jobcenter.csv', 'sozialamt.xml', 'ebb.csv', 'consents.csv', 'tenant-05158.json', 'expected.json']));
  });

  it.runIf(existsSync(shared))('have not drifted from ../shared/formats/samples', () => {
    const files = readdirSync(shared).sort();
    expect(
      readdirSync(copy)
        .filter((f) => files.includes(f))
        .sort(),
    ).toEqual(files);
    for (const f of files) {
      expect(readFileSync(path.join(copy, f)).equals(readFileSync(path.join(shared, f))), `${f} differs from the shared sample`).toBe(true);
    }
  });
});
