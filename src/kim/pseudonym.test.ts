import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { DEVELOPMENT_PSEUDONYM_KEY, kimIdsKeyedWith, offlinePseudonymKey } from './pseudonym.js';

const anchor = 'azr:160901480001';
const unkeyed = `kim_${createHash('sha256').update(anchor).digest('hex').slice(0, 20)}`;

describe('the kimId, a keyed pseudonym (issue 14, finding 7b)', () => {
  it('is not the unkeyed SHA-256 of the AZR anchor that could be reversed by trying every AZR', () => {
    const id = kimIdsKeyedWith('a'.repeat(32))(anchor);
    expect(id).toMatch(/^kim_[0-9a-f]{20}$/);
    expect(id).not.toBe(unkeyed);
    expect(kimIdsKeyedWith(DEVELOPMENT_PSEUDONYM_KEY)(anchor)).not.toBe(unkeyed);
  });

  it('differs between two installations for the same AZR, and is stable under one key', () => {
    const one = kimIdsKeyedWith('installation one: 0123456789abcdef');
    const two = kimIdsKeyedWith('installation two: 0123456789abcdef');
    expect(one(anchor)).not.toBe(two(anchor));
    expect(one(anchor)).toBe(one(anchor));
  });

  it('uses the public development key only outside production, and takes a configured key there', () => {
    expect(offlinePseudonymKey({})).toBe(DEVELOPMENT_PSEUDONYM_KEY);
    expect(() => offlinePseudonymKey({ NODE_ENV: 'production' })).toThrow(/KIM_PSEUDONYM_KEY is required with NODE_ENV=production/);
    expect(offlinePseudonymKey({ NODE_ENV: 'production', KIM_PSEUDONYM_KEY: 'k'.repeat(44) })).toBe('k'.repeat(44));
  });

  it('is configured with at least 32 characters, never the development key in production', () => {
    expect(loadConfig({}).pseudonymKey).toBeNull();
    expect(loadConfig({ KIM_PSEUDONYM_KEY: 'k'.repeat(32) }).pseudonymKey).toBe('k'.repeat(32));
    expect(() => loadConfig({ KIM_PSEUDONYM_KEY: 'short' })).toThrow(/^KIM_PSEUDONYM_KEY must be at least 32 characters/);
    expect(() => loadConfig({ KIM_PSEUDONYM_KEY: DEVELOPMENT_PSEUDONYM_KEY, NODE_ENV: 'production' })).toThrow(/public development key/);
  });
});
