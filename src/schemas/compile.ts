// The one way kim-hub sets up ajv over schemas/: the options and formats that both the validators
// compiled at run time (src/schemas/registry.ts) and those compiled ahead of time
// (src/schemas/standalone.ts) are made with, so the two cannot drift apart.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ajv2020, CodeOptions } from 'ajv/dist/2020.js';
import { schemasDir } from '../paths.js';
import { KIM_DATE_FORMAT } from './formats.js';

// ajv's compiler is loaded when a schema is first compiled here, not with the module: with the
// validators compiled ahead of time most processes and threads never need it, and loading it
// was a measurable part of every thread's start (docs/performance.md, section inspect).
const require = createRequire(import.meta.url);

export const SCHEMA_BASE = 'https://schemas.kim-hub.org/v1/';

/** The schema files, sorted: every `*.schema.json` in schemas/. */
export function schemaFiles(): string[] {
  return readdirSync(schemasDir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
}

/** An ajv instance with every schema file added; `code` only for generating standalone code. */
export function createAjv(allErrors: boolean, code?: CodeOptions): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
  // discriminator: a fact's `kind` picks its branch of the oneOf instead of trying all thirteen.
  const created = new Ajv({ allErrors, discriminator: true, strict: true, strictTypes: false, ...(code ? { code } : {}) });
  addFormats(created);
  created.addFormat('kim-date', KIM_DATE_FORMAT);
  for (const file of schemaFiles()) {
    created.addSchema(JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as object);
  }
  return created;
}
