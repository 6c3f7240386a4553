// The kimId, a person's pseudonym across the hub: an HMAC-SHA256 of the person's anchor (the AZR
// number, else their first record's key) under a per-installation secret. Unkeyed, the id was a
// plain SHA-256 of the AZR, and an AZR is recovered from it by trying the few billion numbers
// there are (issue 14, finding 7b); without the key the id says nothing about the AZR.
import { createHmac } from 'node:crypto';
import { KimError } from '../errors/registry.js';

/**
 * The key of runs that store nothing and of tests: public, so ids under it are as reversible
 * as the old unkeyed ones. Refused when NODE_ENV=production (developmentPseudonymKey).
 */
export const DEVELOPMENT_PSEUDONYM_KEY = 'kim-hub DEVELOPMENT pseudonym key: public, never for real data';

/** The shortest KIM_PSEUDONYM_KEY accepted: 32 characters (e.g. `openssl rand -base64 32` gives 44). */
export const PSEUDONYM_KEY_MIN_LENGTH = 32;

/** The kimId for an anchor under `key`: "kim_" and the first 20 hex digits (80 bits) of the HMAC. */
export function kimIdsKeyedWith(key: string): (anchor: string) => string {
  return (anchor) => `kim_${createHmac('sha256', key).update(anchor).digest('hex').slice(0, 20)}`;
}

/**
 * The key for a run without the hub's database (the dry run): KIM_PSEUDONYM_KEY, else the
 * development key, which production refuses. The running hub uses src/service/pseudonym.ts.
 */
export function offlinePseudonymKey(env: Record<string, string | undefined>): string {
  if (env.KIM_PSEUDONYM_KEY) return env.KIM_PSEUDONYM_KEY;
  if (env.NODE_ENV === 'production') throw new KimError('KIM_ERR_CONFIG_INVALID', 'KIM_PSEUDONYM_KEY is required with NODE_ENV=production (the development key is public)');
  return DEVELOPMENT_PSEUDONYM_KEY;
}
