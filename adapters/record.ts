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
type Dated = { exportedAt?: string | undefined };

/**
 * Adds the content hash to a record the mapping has just built (and hands over: it is changed
 * in place). For the one serialisation that is hashed, `position` and every `exportedAt` are
 * set to undefined, which JSON.stringify leaves out, and then put back: the same text as a copy
 * of the record without them, without copying every record and fact three times (a sixth of
 * the ABH mapping's time, npm run bench).
 */
export function hashed<T extends { position: Position }>(record: Unhashed<T>): T {
  const r = record as unknown as Dated & { position: Position | undefined; facts?: Dated[]; contentHash?: string };
  const position = r.position;
  // Only where the key exists: a record or fact without one must not gain it.
  const dated = [r, ...(r.facts ?? [])].filter((o) => 'exportedAt' in o).map((o) => [o, o.exportedAt] as const);
  try {
    r.position = undefined;
    for (const [o] of dated) o.exportedAt = undefined;
    r.contentHash = recordHash(r);
  } finally {
    r.position = position;
    for (const [o, exportedAt] of dated) o.exportedAt = exportedAt;
  }
  return r as unknown as T;
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
