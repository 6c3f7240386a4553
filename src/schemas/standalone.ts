// Generates src/generated/validators.ts: each schema file's first-error validator compiled ahead
// of time with ajv's standalone code, so that no process spends its start compiling the schemas
// (every thread that maps records did, docs/performance.md section inspect). Written by
// `npm run generate:validators`; a test fails when the committed file is not what this returns.
import standaloneModule from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { createAjv, SCHEMA_BASE, schemaFiles } from './compile.js';

// A CommonJS module whose export is the function itself (as with ajv-formats in registry.ts).
const standaloneCode = standaloneModule as unknown as typeof standaloneModule.default;

/** The export name of a schema file's validator: "person-record.schema.json" → "personRecord". */
export function exportName(file: string): string {
  return file.replace(/\.schema\.json$/, '').replace(/-(.)/g, (_m, c: string) => c.toUpperCase());
}

export function validatorsModule(): string {
  // Formats are looked up in `formats`, which the module imports (src/schemas/formats.ts); ajv's
  // own helpers are `require`d by the code ajv writes, hence createRequire in an ES module.
  const ajv = createAjv(false, { source: true, esm: true, lines: true, formats: _`formats` });
  const files = schemaFiles();
  const code = standaloneCode(ajv, Object.fromEntries(files.map((f) => [exportName(f), SCHEMA_BASE + f])));
  return [
    '// GENERATED FILE: do not edit. Source: schemas/*.schema.json compiled by src/schemas/standalone.ts; run `npm run generate:validators`.',
    '// @ts-nocheck',
    "import { createRequire } from 'node:module';",
    "import { schemaFormats as formats } from '../schemas/formats.js';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";\n?/, ''),
    '/** Each schema file\'s validator (ajv, allErrors off), by file name. */',
    'export const validators = {',
    ...files.map((f) => `  ${JSON.stringify(f)}: ${exportName(f)},`),
    '};',
    '',
  ].join('\n');
}
