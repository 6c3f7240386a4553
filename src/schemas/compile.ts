// The one way kim-hub sets up ajv over schemas/: the options and formats that both the validators
// compiled at run time (src/schemas/registry.ts) and those compiled ahead of time
// (src/schemas/standalone.ts) are made with, so the two cannot drift apart.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type CodeOptions } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemasDir } from '../paths.js';
import { KIM_DATE_FORMAT } from './formats.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const SCHEMA_BASE = 'https://schemas.kim-hub.org/v1/';

/** The schema files, sorted: every `*.schema.json` in schemas/. */
export function schemaFiles(): string[] {
  return readdirSync(schemasDir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
}

/** An ajv instance with every schema file added; `code` only for generating standalone code. */
export function createAjv(allErrors: boolean, code?: CodeOptions): Ajv2020 {
  // discriminator: a fact's `kind` picks its branch of the oneOf instead of trying all thirteen.
  const created = new Ajv2020({ allErrors, discriminator: true, strict: true, strictTypes: false, ...(code ? { code } : {}) });
  addFormats(created);
  created.addFormat('kim-date', KIM_DATE_FORMAT);
  for (const file of schemaFiles()) {
    created.addSchema(JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as object);
  }
  return created;
}
