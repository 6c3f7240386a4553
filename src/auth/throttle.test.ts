import { describe, expect, it } from 'vitest';
import { createFailureThrottle } from './throttle.js';

describe('the failed sign-in throttle', () => {
  const setup = () => {
    let t = 0;
    const throttle = createFailureThrottle({ max: 3, windowMs: 60_000, now: () => t });
    return { throttle, at: (ms: number) => (t = ms) };
  };

  it('lets an address fail max - 1 times without blocking it', () => {
    const { throttle } = setup();
    throttle.fail('a');
    throttle.fail('a');
    expect(throttle.blockedFor('a')).toBe(0);
  });

  it('blocks an address at the max-th failure until the window has passed, and no other address', () => {
    const { throttle, at } = setup();
    for (let i = 0; i < 3; i++) throttle.fail('a');
    at(10_000);
    expect(throttle.blockedFor('a')).toBe(50_000);
    expect(throttle.blockedFor('b')).toBe(0);
    at(59_999);
    expect(throttle.blockedFor('a')).toBe(1);
    at(60_000);
    expect(throttle.blockedFor('a')).toBe(0);
  });
});
