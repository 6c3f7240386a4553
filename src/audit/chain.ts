// The keyed audit chain, pure: each entry's HMAC-SHA256 under KIM_AUDIT_KEY over the previous
// entry's HMAC and the entry's canonical content. The key never reaches the database, so whoever
// can write the audit table can edit an entry but cannot make a chain that verifies (issue 14,
// finding 8); the SHA-256 chain it replaces could be recomputed by anyone.
import { createHmac } from 'node:crypto';

/**
 * The key of tests and the demo: public, so a chain under it proves nothing. The hub refuses to
 * start with it, or without KIM_AUDIT_KEY, when NODE_ENV=production (src/config.ts).
 */
export const DEVELOPMENT_AUDIT_KEY = 'kim-hub DEVELOPMENT audit key: public, never for real data';

/** The shortest KIM_AUDIT_KEY accepted: 32 characters (e.g. `openssl rand -base64 32` gives 44). */
export const AUDIT_KEY_MIN_LENGTH = 32;

/** One entry as a caller gives it to appendAudit (src/audit/log.ts). */
export interface AuditEntry {
  /** user id, api key id, or 'system' */
  actor: string;
  role?: string | null;
  tenant?: string | null;
  /** e.g. read_inbox, read_signal, acknowledge_signal, erasure, consent_change, upload_import */
  action: string;
  /** the kimId, list, consent or import the action concerns */
  subject?: string | null;
  purpose?: string | null;
  details?: Record<string, unknown>;
}

/** One entry as stored, every value as PostgreSQL renders it (`at` in UTC with microseconds, `details` as jsonb text). */
export interface ChainedContent {
  id: string;
  at: string;
  actor: string;
  role: string | null;
  tenant: string | null;
  action: string;
  subject: string | null;
  purpose: string | null;
  details: string;
}

/**
 * The HMAC of one entry: a JSON array of the previous HMAC and every field, in a fixed order
 * (JSON quoting keeps the fields apart whatever they contain), as UTF-8.
 */
export function entryHmac(key: string, prev: string, e: ChainedContent): string {
  const canonical = JSON.stringify([prev, e.id, e.at, e.actor, e.role, e.tenant, e.action, e.subject, e.purpose, e.details]);
  return createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
}

/** Entries chained after `prev`, in the order given: each with the HMAC before it and its own. */
export function chainEntries<E extends ChainedContent>(key: string, prev: string, entries: readonly E[]): Array<E & { prev_hmac: string; hmac: string }> {
  return entries.map((entry) => {
    const hmac = entryHmac(key, prev, entry);
    const out = { ...entry, prev_hmac: prev, hmac };
    prev = hmac;
    return out;
  });
}
