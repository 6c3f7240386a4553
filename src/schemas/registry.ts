// Compiles every JSON Schema in schemas/ once into one ajv instance; callers get validators by
// schema file name. Schemas are the contract at every boundary (file record, job, HTTP body).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemasDir } from '../paths.js';
import { parseKimDate } from '../kim/dates.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const SCHEMA_BASE = 'https://schemas.kim-hub.org/v1/';

let ajv: Ajv2020 | undefined;

function instance(): Ajv2020 {
  if (ajv) return ajv;
  const created = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(created);
  // A KimDate that is a real calendar date (partial dates allowed): "2023-02-30" is refused.
  created.addFormat('kim-date', { type: 'string', validate: (s: string) => parseKimDate(s).ok });
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    created.addSchema(JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as object);
  }
  ajv = created;
  return created;
}

const cache = new Map<string, ValidateFunction>();

/** The compiled validator of `schemas/<name>` (e.g. "fact.schema.json" or "fact.schema.json#/$defs/BenefitFact"). */
export function validator<T>(name: string): ValidateFunction<T> {
  let v = cache.get(name);
  if (!v) {
    v = instance().getSchema(SCHEMA_BASE + name);
    if (!v) throw new Error(`kim-hub: no schema ${name} in schemas/`);
    cache.set(name, v);
  }
  return v as ValidateFunction<T>;
}

/** Registers an extra schema object (used by adapters for their raw source-record schemas). */
export function addSchema(schema: { $id: string }): void {
  const a = instance();
  if (!a.getSchema(schema.$id)) a.addSchema(schema);
}

/** ajv errors as short human sentences: "/person/birthDate must match format \"kim-date\"". */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
