// Compiles every JSON Schema in schemas/ once into one ajv instance; callers get validators by
// schema file name. Schemas are the contract at every boundary (file record, job, HTTP body).
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { validators as precompiled } from '../generated/validators.js';
import { createAjv, SCHEMA_BASE } from './compile.js';

export { SCHEMA_BASE };

// Two compilations of the same schemas: `fast` stops at the first error and is what every record
// goes through; `full` collects all errors and runs only for a record that failed, to explain it.
// allErrors on the happy path cost a third of `inspect`'s time (npm run bench).
// A whole schema file's `fast` validator comes compiled ahead of time (src/generated/validators.ts,
// same options and formats): every thread that maps records compiled person-record's at its
// start (docs/performance.md, section inspect). Fragments and added schemas are compiled here.
let fastInstance: Ajv2020 | undefined;
let fullInstance: Ajv2020 | undefined;
const extra: Array<{ $id: string }> = [];
const ahead = precompiled as unknown as Record<string, ValidateFunction | undefined>;

function create(allErrors: boolean): Ajv2020 {
  const created = createAjv(allErrors);
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
    const fast = (Object.hasOwn(ahead, name) ? ahead[name] : undefined) ?? compiled(fastAjv(), name);
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
