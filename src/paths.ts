// Locates the project's own files (schemas, examples, policy) whether the code runs from
// src/ under vitest or from dist/src/ after the build.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'kim-hub') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('kim-hub: cannot find the project root (package.json named kim-hub)');
    dir = parent;
  }
}

export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const schemasDir = path.join(projectRoot, 'schemas');
export const examplesDir = path.join(projectRoot, 'examples');
export const configDir = path.join(projectRoot, 'config');
