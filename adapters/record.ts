// Finishing a normalised record: its content hash and a check against the KIM schema, the
// contract every downstream stage relies on. The hash leaves out where the record stood in the
// file and when it was exported: tonight's full snapshot of an unchanged person must hash the
// same as last night's, or every re-import would look like a change.
import type { Consent, PersonRecord } from '../src/generated/kim-types.js';
import { recordHash } from '../src/kim/hash.js';
import { describeErrors, validator } from '../src/schemas/registry.js';
import type { Position, Rejection, Source } from './types.js';
import { RecordProblem } from './fields.js';

type Unhashed<T> = Omit<T, 'contentHash'>;

export function hashed<T extends { position: Position }>(record: Unhashed<T>): T {
  const { position, exportedAt, ...content } = record as Unhashed<T> & { position: Position; exportedAt?: string };
  const facts = (content as { facts?: Array<{ exportedAt?: string }> }).facts?.map(({ exportedAt: _e, ...f }) => f);
  return { ...record, contentHash: recordHash(facts ? { ...content, facts } : content) } as unknown as T;
}

/** Validates against the KIM schema; a failure here means a mapping bug, reported as a rejection, never passed on. */
export function checked<T extends PersonRecord | Consent>(record: T, schema: 'person-record.schema.json' | 'consent.schema.json'): T {
  const valid = validator<T>(schema);
  if (!valid(record)) throw new RecordProblem('(record)', null, `does not satisfy the KIM schema: ${describeErrors(valid.errors).join('; ')}`);
  return record;
}

export function rejection(source: Source, position: Position, recordId: string | null, problem: unknown, raw: unknown): Rejection {
  if (problem instanceof RecordProblem) {
    return { type: 'rejection', source, position, recordId, field: problem.field, code: problem.code, reason: problem.reason, value: problem.value, raw };
  }
  throw problem;
}
