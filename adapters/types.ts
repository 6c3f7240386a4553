// The port every source adapter implements: read one export as a stream and yield, record by
// record, either the normalised record or a rejection that says where and why. Adapters never
// hold a whole export in memory and never throw for a bad record, only for an unreadable file.
import type { Readable } from 'node:stream';
import type { SOURCES } from '../src/generated/enums.js';
import type { Consent, FactSource, PersonRecord, Position, Tenant } from '../src/generated/kim-types.js';
import type { ErrorCode, WarningCode } from '../src/errors/registry.js';

export type { Consent, FactSource, PersonRecord, Position, Tenant };

/** Every kind of file kim-hub reads (common.schema.json, Source). */
export type Source = (typeof SOURCES)[number];

export interface TenantRecord {
  type: 'tenant';
  position: Position;
  contentHash: string;
  tenant: Tenant;
}

/** What an adapter yields for a readable record. */
export type NormalisedRecord = PersonRecord | Consent | TenantRecord;

/** A record that could not be read; it goes to quarantine and can be replayed. */
export interface Rejection {
  type: 'rejection';
  source: Source;
  position: Position;
  /** the record's id in its source when it could be read (Aktenzeichen, Antragsnummer, …) */
  recordId: string | null;
  /** the field at fault, as named in the export (e.g. "Geburtsdatum"), when one field is */
  field: string | null;
  code: ErrorCode;
  /** the problem without the offending value: safe for logs and API answers */
  reason: string;
  /** the offending value as read; personal data, so it stays in quarantine and the local CLI */
  value: string | null;
  /** the raw record as read, for replay after correction; personal data as above */
  raw: unknown;
}

export type ReadItem<T extends NormalisedRecord = NormalisedRecord> = T | Rejection;

/**
 * A value outside a code list in an accepted record (open world): the record is kept with the
 * value as delivered; the warning is counted and listed with the import, apart from rejections.
 * Derived from the record's `unrecognised` entries (warningsOf), never stored twice in it.
 */
export interface Warning {
  type: 'warning';
  source: Source;
  position: Position;
  recordId: string;
  /** the field as named in the export */
  field: string;
  code: WarningCode;
  /** what is wrong, without the value: safe for logs */
  reason: string;
  /** the value as delivered (a code or a legal basis as typed, at most 200 characters) */
  value: string;
}

export interface AdapterInput {
  /** file name as shown in messages (no directories needed) */
  file: string;
  /** the export's bytes */
  stream: Readable;
  /**
   * When the file was received (ISO date-time), for formats that do not say when they were
   * exported (the EBB export); formats that do say it ignore this.
   */
  receivedAt?: string;
}

export interface Adapter<T extends NormalisedRecord = NormalisedRecord> {
  source: Source;
  read(input: AdapterInput): AsyncIterable<ReadItem<T>>;
}

/** "jobcenter.csv line 17: Geburtsdatum \"31.02.1990\" is not a date" — for the operator's terminal. */
export function formatRejection(r: Rejection, withValue = true): string {
  const where = r.position.line !== undefined ? `line ${r.position.line}` : `element ${r.position.element ?? '?'}`;
  const what = r.field ? `${r.field}${withValue && r.value !== null ? ` "${r.value}"` : ''} ` : '';
  return `${r.position.file} ${where}: ${what}${r.reason}`;
}

/** "abh.xml line 3: staatsangehoerigkeit[1]/@schluessel \"901\" is not in the nationality code list (kept)". */
export function formatWarning(w: Warning, withValue = true): string {
  const where = w.position.line !== undefined ? `line ${w.position.line}` : `element ${w.position.element ?? '?'}`;
  return `${w.position.file} ${where}: ${w.field}${withValue ? ` "${w.value}"` : ''} ${w.reason}`;
}

/**
 * Bytes per read from an export file. 64 KiB, not more: a chunk with one umlaut decodes to a
 * two-byte string of twice its size, and above 128 KiB that string lands in V8's large-object
 * space, which maps fresh pages for every chunk (figures in docs/performance.md).
 */
export const READ_CHUNK = 64 * 1024;
