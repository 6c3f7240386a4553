import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { abhAdapter } from '../../adapters/abh/index.js';
import { readAll } from '../../adapters/test-helpers.js';
import { validators } from '../generated/validators.js';
import { projectRoot } from '../paths.js';
import { createAjv, SCHEMA_BASE, schemaFiles } from './compile.js';
import { validator } from './registry.js';
import { validatorsModule } from './standalone.js';

const ahead = validators as unknown as Record<string, ValidateFunction>;
const atRunTime = createAjv(false);
const allErrors = createAjv(true);
const compiled = (file: string) => atRunTime.getSchema(SCHEMA_BASE + file)!;

/** A sample person's record, changed by `edit`: each a way to break the contract. */
async function brokenRecords(): Promise<Array<[string, unknown]>> {
  const { records } = await readAll(abhAdapter, 'abh.xml');
  const copy = () => structuredClone(records[0]!) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const cases: Array<[string, (r: Record<string, any>) => void]> = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a birth date that is no calendar day', (r) => (r.person.birthDate = '2023-02-30')],
    ['a fact of an unknown kind', (r) => (r.facts[0].kind = 'horoscope')],
    ['a fact without its category', (r) => delete r.facts[0].category],
    ['a property the schema does not know', (r) => (r.person.shoeSize = 44)],
    ['a record without a content hash', (r) => delete r.contentHash],
    ['a record id that is a number', (r) => (r.sourceRecordId = 42)],
    ['an unknown sex', (r) => (r.person.sex = 'q')],
    ['facts that are not a list', (r) => (r.facts = {})],
  ];
  return [['the sample record itself', copy()], ...cases.map(([name, edit]): [string, unknown] => [name, ((r) => (edit(r), r))(copy())])];
}

describe('src/generated/validators.ts', () => {
  it('is what the schemas compile to today (run `npm run generate:validators` when this fails)', () => {
    expect(readFileSync(path.join(projectRoot, 'src', 'generated', 'validators.ts'), 'utf8')).toBe(validatorsModule());
  });

  it('has a validator for every schema file', () => {
    expect(Object.keys(validators)).toEqual(schemaFiles());
  });

  it('accepts and refuses what the validators compiled at run time do, with the same first error', async () => {
    for (const [, record] of await brokenRecords()) {
      const fast = ahead['person-record.schema.json']!;
      const reference = compiled('person-record.schema.json');
      expect(fast(record)).toBe(reference(record));
      expect(fast.errors).toEqual(reference.errors);
    }
  });

  it('leaves the explanation of a refused record to the validator that collects every error', async () => {
    const explain = allErrors.getSchema(SCHEMA_BASE + 'person-record.schema.json')!;
    const valid = validator('person-record.schema.json');
    for (const [name, record] of await brokenRecords()) {
      const ok = valid(record);
      explain(record);
      expect(ok, name).toBe(name === 'the sample record itself');
      expect(valid.errors, name).toEqual(ok ? null : explain.errors);
    }
  });
});
