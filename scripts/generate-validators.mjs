// Writes src/generated/validators.ts (the schemas' validators compiled ahead of time) from the
// built src/schemas/standalone.js; `--check` exits 1 when the committed file is stale instead.
// Run through `npm run generate:validators`, which builds first.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'src', 'generated', 'validators.ts');
const { validatorsModule } = await import(path.join(root, 'dist', 'src', 'schemas', 'standalone.js'));
const text = validatorsModule();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`${path.relative(root, target)} is stale: run \`npm run generate:validators\``);
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${path.relative(root, target)}`);
}
