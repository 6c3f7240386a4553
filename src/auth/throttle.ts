// Failed sign-ins per client address: after `max` failures within `windowMs` the address's
// further wrong credentials are answered 429 until the window has passed (valid ones still pass:
// the API asks `blockedFor` only for a credential that failed, so one guesser behind a NAT or
// proxy locks nobody else out). The client address is the socket's, or X-Forwarded-For's behind
// a proxy named in KIM_TRUST_PROXY.
// In memory, per API process: behind several replicas each counts its own share, which still
// bounds guessing; a shared limit would need Redis and buys little for this threat.
export interface FailureThrottle {
  /** milliseconds until the address may try again; 0 = not blocked */
  blockedFor(key: string): number;
  fail(key: string): void;
}

export function createFailureThrottle(options: { max: number; windowMs: number; now?: () => number }): FailureThrottle {
  const now = options.now ?? Date.now;
  const failures = new Map<string, { count: number; since: number }>();
  const current = (key: string) => {
    const f = failures.get(key);
    if (f && now() - f.since >= options.windowMs) {
      failures.delete(key);
      return undefined;
    }
    return f;
  };
  return {
    blockedFor(key) {
      const f = current(key);
      return f && f.count >= options.max ? options.windowMs - (now() - f.since) : 0;
    },
    fail(key) {
      const f = current(key);
      if (f) f.count++;
      else failures.set(key, { count: 1, since: now() });
      // Bounded memory under a spray of addresses: forget the oldest entries.
      if (failures.size > 10_000) for (const k of [...failures.keys()].slice(0, 1000)) failures.delete(k);
    },
  };
}
