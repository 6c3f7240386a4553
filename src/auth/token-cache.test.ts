import { describe, expect, it } from 'vitest';
import { cachedVerifier, type CachedToken } from './token-cache.js';

// A verifier that counts its calls; tokens named "bad…" are refused, the others expire at `exp`.
function counting(exp: number) {
  const calls: string[] = [];
  const verify = async (token: string): Promise<CachedToken<string>> => {
    calls.push(token);
    if (token.startsWith('bad')) throw new Error('refused');
    return { value: `subject of ${token}`, exp };
  };
  return { calls, verify };
}

describe('the verified-token cache', () => {
  const T0 = Date.UTC(2026, 11, 2, 8, 0, 0);

  it('verifies a token once and answers from memory within the ttl', async () => {
    const { calls, verify } = counting(T0 / 1000 + 3600);
    let now = T0;
    const cached = cachedVerifier(verify, { ttlMs: 60_000, maxEntries: 10, now: () => now });
    expect(await cached('a')).toBe('subject of a');
    now = T0 + 59_999;
    expect(await cached('a')).toBe('subject of a');
    expect(calls).toEqual(['a']);
  });

  it('verifies the token again once the ttl has passed', async () => {
    const { calls, verify } = counting(T0 / 1000 + 3600);
    let now = T0;
    const cached = cachedVerifier(verify, { ttlMs: 60_000, maxEntries: 10, now: () => now });
    await cached('a');
    now = T0 + 60_000;
    await cached('a');
    expect(calls).toEqual(['a', 'a']);
  });

  it('never answers from memory for a token past its expiry, even within the ttl', async () => {
    const exp = T0 / 1000 + 10;
    const calls: string[] = [];
    let now = T0;
    const cached = cachedVerifier(
      async (token) => {
        calls.push(token);
        if (now >= exp * 1000) throw new Error('expired');
        return { value: token, exp };
      },
      { ttlMs: 60_000, maxEntries: 10, now: () => now },
    );
    await cached('a');
    now = T0 + 10_000;
    await expect(cached('a')).rejects.toThrow('expired');
    expect(calls).toEqual(['a', 'a']);
  });

  it('does not remember refusals: a refused token is checked every time', async () => {
    const { calls, verify } = counting(T0 / 1000 + 3600);
    const cached = cachedVerifier(verify, { ttlMs: 60_000, maxEntries: 10, now: () => T0 });
    await expect(cached('bad-1')).rejects.toThrow('refused');
    await expect(cached('bad-1')).rejects.toThrow('refused');
    expect(calls).toEqual(['bad-1', 'bad-1']);
  });

  it('holds at most maxEntries tokens, dropping the oldest first', async () => {
    const { calls, verify } = counting(T0 / 1000 + 3600);
    const cached = cachedVerifier(verify, { ttlMs: 60_000, maxEntries: 2, now: () => T0 });
    for (const t of ['a', 'b', 'c', 'b', 'c', 'a']) await cached(t);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
