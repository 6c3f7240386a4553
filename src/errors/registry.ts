// The one registry of kim-hub's error codes. Each code is stable (clients and runbooks key on it),
// carries the HTTP status the API answers with, and whether retrying can help; docs/errors.md
// documents every code and a test keeps the two in step.

export interface ErrorSpec {
  /** HTTP status for API answers */
  status: number;
  /** true when the same operation may succeed later (an infrastructure fault), false for bad input */
  retryable: boolean;
  /** one line for the docs */
  description: string;
}

export const ERRORS = {
  // Input files and records (adapters)
  KIM_ERR_INPUT_UNREADABLE: { status: 422, retryable: false, description: 'A file cannot be read at all: not the format, empty, or cut off before its first record.' },
  KIM_ERR_INPUT_UNKNOWN_SOURCE: { status: 422, retryable: false, description: 'The source of a file cannot be detected from its content and none was given.' },
  KIM_ERR_INPUT_ENCODING: { status: 422, retryable: false, description: 'A file is not in the character encoding its format prescribes.' },
  KIM_ERR_INPUT_XML_ENTITIES: { status: 422, retryable: false, description: 'An XML file declares a DOCTYPE or entities; it is refused without expanding anything.' },
  KIM_ERR_INPUT_XML_MALFORMED: { status: 422, retryable: false, description: 'An XML file is not well-formed (for example truncated); records read before the fault are kept.' },
  KIM_ERR_RECORD_INVALID: { status: 422, retryable: false, description: 'A record breaks its source schema: a missing field, an impossible date, a wrong value.' },
  KIM_ERR_RECORD_COLUMNS: { status: 422, retryable: false, description: 'A CSV row has a different number of columns than the header.' },
  KIM_ERR_RECORD_FIELD_TOO_LONG: { status: 422, retryable: false, description: 'A field of a record is longer than 1,000 characters; the record is rejected.' },
  KIM_ERR_RECORD_CONTROL_CHAR: { status: 422, retryable: false, description: 'A field of a record contains a NUL character, which the store cannot hold; the record is rejected.' },
  KIM_ERR_INPUT_RECORD_TOO_LARGE: { status: 422, retryable: false, description: 'A record of a file is larger or nested deeper than any export needs; the file is not read on.' },
  KIM_ERR_IMPORT_TOO_MANY_REJECTIONS: { status: 422, retryable: false, description: 'An import rejected more records than the quarantine takes per import; the file is not read on.' },
  KIM_ERR_IMPORT_STAGE_FAILED: { status: 500, retryable: true, description: 'A stage of an import failed on every attempt; the import ends as failed.' },
  KIM_ERR_JOB_DATA_INVALID: { status: 500, retryable: false, description: 'A queued job carries data that is not what its queue takes; it is not retried, and an import it names ends as failed.' },
  KIM_ERR_RECORD_CSV: { status: 422, retryable: false, description: 'A CSV row is not well-formed (a stray or unclosed quote); that row is quarantined, the rest of the file is read.' },
  KIM_ERR_IMPORT_BATCH_REFUSED: { status: 422, retryable: false, description: 'The database refused a batch of an import for its content; the import ends as failed, its other batches are kept, nothing is closed.' },
  KIM_ERR_IMPORT_SNAPSHOT_HELD: { status: 409, retryable: false, description: 'A full snapshot would close more than KIM_SNAPSHOT_MAX_CLOSE_SHARE of its scope; it is held (closes and links nothing) until an it_admin confirms it.' },
  KIM_ERR_IMPORT_SUPERSEDED: { status: 409, retryable: false, description: 'A held full snapshot was overtaken by a later import of its source before it was confirmed; it closed nothing, its records were linked.' },
  KIM_ERR_IMPORT_NOT_HELD: { status: 409, retryable: false, description: 'A confirmation was sent for an import that is not held.' },
  KIM_ERR_IMPORT_EXPORT_GONE: { status: 410, retryable: false, description: 'A replay was asked for an import whose export the hub no longer keeps; the export has to be delivered again.' },
  KIM_ERR_INPUT_XLSX_TOO_LARGE: { status: 422, retryable: false, description: 'An XLSX workbook unpacks to more than the hub reads (a zip bomb, or far beyond any office export); refused while unpacking.' },
  // Uploads and requests
  KIM_ERR_UPLOAD_MALFORMED: { status: 400, retryable: false, description: 'An upload is not a well-formed multipart/form-data body with the export in the field "file", or it was cut off; nothing of it is kept.' },
  KIM_ERR_TEMP_DIR_UNAVAILABLE: { status: 503, retryable: true, description: "The hub's temporary directory (KIM_TEMP_DIR) cannot be made or written (full, missing rights); the file is read again on the next attempt." },
  KIM_ERR_UPLOAD_SPOOL_FULL: { status: 507, retryable: true, description: 'The spool (KIM_SPOOL_DIR) has no room left for an upload; nothing of it is kept or imported, send it again once there is room.' },
  KIM_ERR_UPLOAD_TOO_LARGE: { status: 413, retryable: false, description: 'An upload is longer than KIM_UPLOAD_MAX_BYTES; it is refused, never imported cut off.' },
  KIM_ERR_REQUEST_INVALID: { status: 400, retryable: false, description: 'A request is malformed: a query value or path segment that is not what the endpoint takes.' },
  KIM_ERR_API_NOT_FOUND: { status: 404, retryable: false, description: 'No endpoint has this path and method.' },
  KIM_ERR_API_RESOURCE_NOT_FOUND: { status: 404, retryable: false, description: "The inbox, entry, list or import addressed does not exist, or is not the caller's to see: the two are not told apart." },
  KIM_ERR_API_INTERNAL: { status: 500, retryable: true, description: 'An unexpected fault while answering a request; the log has its kind and place, the answer nothing of it.' },
  // Configuration and command line
  KIM_ERR_CONFIG_INVALID: { status: 500, retryable: false, description: 'A configuration value (environment variable, tenant or policy file) is missing or invalid.' },
  KIM_ERR_CLI_USAGE: { status: 400, retryable: false, description: 'A command was called with missing or invalid arguments.' },
  KIM_ERR_EVALUATION_INPUT: { status: 422, retryable: false, description: 'A person document given to the rules is not a valid KIM person.' },
  KIM_ERR_REPORT_PERIOD: { status: 400, retryable: false, description: 'A report period is not YYYY-MM to YYYY-MM, is empty, reaches past the report date or spans more than 36 months.' },
  // Access
  KIM_ERR_AUTH_UNAUTHENTICATED: { status: 401, retryable: false, description: 'No credentials, or a token or API key that is expired, revoked, badly signed or for another issuer or audience.' },
  KIM_ERR_AUTH_KEY_SCOPE: { status: 403, retryable: false, description: 'An import key delivered a source or an authority it is not bound to: the upload is refused, an import ends as failed and closes nothing.' },
  KIM_ERR_AUTH_FORBIDDEN: { status: 403, retryable: false, description: 'Authenticated, but the role or key scope does not allow this operations endpoint.' },
  KIM_ERR_AUTH_THROTTLED: { status: 429, retryable: true, description: 'Too many wrong credentials from one client address within a minute; its further wrong ones are refused until the minute is over.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * Warnings: the record is accepted and kept, with the value as delivered (open world, RULES.md
 * change 15). Counted and listed per import beside the rejections, never a reason to drop a person.
 */
export const WARNINGS = {
  KIM_WARN_RECORD_NATIONALITY_UNKNOWN: { description: 'A well-formed nationality code (Destatis key, ISO alpha-3, adjective) that the code list does not know; kept as delivered.' },
  KIM_WARN_RECORD_NATIONALITY_MALFORMED: { description: 'A nationality value that cannot be a code of its scheme at all; kept as delivered.' },
  KIM_WARN_RECORD_UNKNOWN_CODE: { description: 'A value outside a code list (status kind, language level, employment extent, application state, …); kept, and the rules that need it say needs_review.' },
  KIM_WARN_RECORD_LEGAL_BASIS: { description: 'A legal basis typed as free text that the parser cannot read; kept as text, and the rules that need it say needs_review.' },
} as const satisfies Record<string, { description: string }>;

export type WarningCode = keyof typeof WARNINGS;

export class KimError extends Error {
  override readonly name = 'KimError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.status = ERRORS[code].status;
    this.retryable = ERRORS[code].retryable;
  }
}

export function isKimError(e: unknown): e is KimError {
  return e instanceof KimError;
}
