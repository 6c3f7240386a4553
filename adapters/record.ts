// Finishing a normalised record: its content hash and a check against the KIM schema, the
// contract every downstream stage relies on. The hash leaves out where the record stood in the
// file and when it was exported: tonight's full snapshot of an unchanged person must hash the
// same as last night's, or every re-import would look like a change.
import type { Consent, PersonRecord } from '../src/generated/kim-types.js';
import { recordHash } from '../src/kim/hash.js';
import { describeErrors, validator } from '../src/schemas/registry.js';
import type { Position, Rejection, Source, Warning } from './types.js';
import type { WarningCode } from '../src/errors/registry.js';
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

const WARNING_REASONS: Record<WarningCode, (kimField: string) => string> = {
  KIM_WARN_RECORD_NATIONALITY_UNKNOWN: () => 'is not in the nationality code list; kept as delivered',
  KIM_WARN_RECORD_NATIONALITY_MALFORMED: () => 'is not a well-formed nationality code; kept as delivered',
  KIM_WARN_RECORD_UNKNOWN_CODE: (f) => `is not a known value of ${f}; kept as delivered, rules that need it say needs_review`,
  KIM_WARN_RECORD_LEGAL_BASIS: () => 'cannot be read as a legal basis; kept as text, rules that need it say needs_review',
};

/** Whether a record holds a value outside a code list: a cheap look before warningsOf, for the hot path. */
export function hasFlags(record: PersonRecord): boolean {
  if (record.person.unrecognised) return true;
  for (const f of record.facts) if (f.unrecognised) return true;
  return false;
}

/** The warnings of an accepted record: one per value outside a code list, in the person's and every fact's `unrecognised`. */
export function warningsOf(record: PersonRecord): Warning[] {
  const flags = [...(record.person.unrecognised ?? []), ...record.facts.flatMap((f) => f.unrecognised ?? [])];
  return flags.map((f) => ({
    type: 'warning',
    source: record.source,
    position: record.position,
    recordId: record.sourceRecordId,
    field: f.sourceField,
    code: f.code as WarningCode,
    reason: WARNING_REASONS[f.code as WarningCode](f.field),
    value: f.value,
  }));
}
