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

// Two compilations of the same schemas: `fast` stops at the first error and is what every record
// goes through; `full` collects all errors and runs only for a record that failed, to explain it.
// allErrors on the happy path cost a third of `inspect`'s time (npm run bench).
let fastInstance: Ajv2020 | undefined;
let fullInstance: Ajv2020 | undefined;
const extra: Array<{ $id: string }> = [];

function create(allErrors: boolean): Ajv2020 {
  // discriminator: a fact's `kind` picks its branch of the oneOf instead of trying all thirteen.
  const created = new Ajv2020({ allErrors, discriminator: true, strict: true, strictTypes: false });
  addFormats(created);
  // A KimDate that is a real calendar date (partial dates allowed): "2023-02-30" is refused.
  created.addFormat('kim-date', { type: 'string', validate: (s: string) => parseKimDate(s).ok });
  for (const file of readdirSync(schemasDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    created.addSchema(JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as object);
  }
  for (const schema of extra) created.addSchema(schema);
  return created;
}

const fastAjv = () => (fastInstance ??= create(false));
// Compiled only when a record fails: a clean import never pays for it.
const fullAjv = () => (fullInstance ??= create(true));

/** A type guard with the errors of its last failed call, like ajv's ValidateFunction. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors: ErrorObject[] | null | undefined;
}

const cache = new Map<string, Validator<unknown>>();

function compiled(a: Ajv2020, name: string): ValidateFunction {
  const v = a.getSchema(name.includes('://') ? name : SCHEMA_BASE + name);
  if (!v) throw new Error(`kim-hub: no schema ${name} in schemas/`);
  return v;
}

/** The validator of `schemas/<name>` (e.g. "fact.schema.json" or "fact.schema.json#/$defs/BenefitFact"), or of an added schema's $id. */
export function validator<T>(name: string): Validator<T> {
  let v = cache.get(name);
  if (!v) {
    const fast = compiled(fastAjv(), name);
    let full: ValidateFunction | undefined;
    const check = ((data: unknown) => {
      if (fast(data)) {
        check.errors = null;
        return true;
      }
      full ??= compiled(fullAjv(), name);
      full(data);
      check.errors = full.errors ?? fast.errors;
      return false;
    }) as Validator<unknown>;
    check.errors = null;
    v = check;
    cache.set(name, v);
  }
  return v as Validator<T>;
}

/** Registers an extra schema object (used by adapters for their raw source-record schemas). */
export function addSchema(schema: { $id: string }): void {
  if (extra.some((s) => s.$id === schema.$id)) return;
  extra.push(schema);
  fastInstance?.addSchema(schema);
  fullInstance?.addSchema(schema);
}

/** ajv errors as short human sentences: "/person/birthDate must match format \"kim-date\"". */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
