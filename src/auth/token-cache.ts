// Verified bearer tokens remembered for a short while. A case manager's browser sends the same
// token with every request until it expires; checking its ECDSA or RSA signature again each time
// was the largest single cost of an inbox read under load (docs/performance.md, issue 18). A
// token is looked up by its SHA-256, so that the map holds no credential, and answers from here
// only while it is still within its own validity: the expiry is checked on every use, as jose
// would. A token whose key the identity provider has since withdrawn is accepted at most `ttlMs`
// longer than a fresh check would; jose's own JWKS cache already allows that much.
import { createHash } from 'node:crypto';

export interface CachedToken<T> {
  value: T;
  /** seconds since the epoch, as the token's `exp` */
  exp: number;
}

export interface TokenCacheOptions {
  /** how long a verification is reused, at most */
  ttlMs: number;
  /** entries at most; the oldest go first */
  maxEntries: number;
  /** the clock in milliseconds (tests pin it) */
  now?: () => number;
}

/** Wraps `verify` so that a token verified within `ttlMs` and not yet expired is not verified again. */
export function cachedVerifier<T>(verify: (token: string) => Promise<CachedToken<T>>, options: TokenCacheOptions): (token: string) => Promise<T> {
  const now = options.now ?? Date.now;
  const seen = new Map<string, { token: CachedToken<T>; until: number }>();
  return async (token) => {
    const key = createHash('sha256').update(token).digest('base64');
    const hit = seen.get(key);
    const at = now();
    if (hit && at < hit.until && at < hit.token.exp * 1000) return hit.token.value;
    if (hit) seen.delete(key);
    // Refusals are not cached: a refused token costs its check every time, as before.
    const verified = await verify(token);
    if (seen.size >= options.maxEntries) seen.delete(seen.keys().next().value!);
    seen.set(key, { token: verified, until: at + options.ttlMs });
    return verified.value;
  };
}
