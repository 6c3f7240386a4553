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
  KIM_ERR_RECORD_NATIONALITY: { status: 422, retryable: false, description: 'A record names a nationality that is not in the code list.' },
  KIM_ERR_INPUT_XLSX_TOO_LARGE: { status: 422, retryable: false, description: 'An XLSX workbook unpacks to more than the hub reads (a zip bomb, or far beyond any office export); refused while unpacking.' },
  // Uploads and requests
  KIM_ERR_UPLOAD_MALFORMED: { status: 400, retryable: false, description: 'An upload is not a well-formed multipart/form-data body with the export in the field "file", or it was cut off; nothing of it is kept.' },
  KIM_ERR_UPLOAD_TOO_LARGE: { status: 413, retryable: false, description: 'An upload is longer than KIM_UPLOAD_MAX_BYTES; it is refused, never imported cut off.' },
  KIM_ERR_REQUEST_INVALID: { status: 400, retryable: false, description: 'A request is malformed: a query value or path segment that is not what the endpoint takes.' },
  KIM_ERR_API_NOT_FOUND: { status: 404, retryable: false, description: 'No endpoint has this path and method.' },
  // Configuration and command line
  KIM_ERR_CONFIG_INVALID: { status: 500, retryable: false, description: 'A configuration value (environment variable, tenant or policy file) is missing or invalid.' },
  KIM_ERR_CLI_USAGE: { status: 400, retryable: false, description: 'A command was called with missing or invalid arguments.' },
  KIM_ERR_EVALUATION_INPUT: { status: 422, retryable: false, description: 'A person document given to the rules is not a valid KIM person.' },
  KIM_ERR_REPORT_PERIOD: { status: 400, retryable: false, description: 'A report period is not YYYY-MM to YYYY-MM, is empty, reaches past the report date or spans more than 36 months.' },
  // Access
  KIM_ERR_AUTH_UNAUTHENTICATED: { status: 401, retryable: false, description: 'No credentials, or a token or API key that is expired, revoked, badly signed or for another issuer or audience.' },
  KIM_ERR_AUTH_FORBIDDEN: { status: 403, retryable: false, description: 'Authenticated, but the role or key scope does not allow this operations endpoint.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

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
