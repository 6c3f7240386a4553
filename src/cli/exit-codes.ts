// Exit codes of the kim-hub commands, documented in README.md and `kim-hub --help`.
export const EXIT = {
  /** every record of every file was accepted */
  OK: 0,
  /** an unexpected internal error */
  INTERNAL: 1,
  /** some records were rejected (and listed); all others were read */
  SOME_REJECTED: 2,
  /** at least one file could not be read at all */
  FILE_UNREADABLE: 3,
  /** `kim-hub audit-verify`: the audit chain is broken (an entry was edited or removed) */
  AUDIT_BROKEN: 4,
  /** wrong arguments */
  USAGE: 64,
} as const;
