import { describe, expect, it } from 'vitest';
import { boundedRaw, MAX_RAW_CHARS } from './quarantine.js';

describe('what the quarantine keeps of a rejected record', () => {
  it('keeps a record nested two million deep without overflowing the stack, cut at a fixed depth', () => {
    let deep: { name: string; children: unknown[] } = { name: 'a', children: [] };
    for (let i = 0; i < 2_000_000; i++) deep = { name: 'a', children: [deep] };
    const kept = JSON.stringify(boundedRaw(deep));
    expect(kept.length).toBeLessThan(1_000);
  });

  it('keeps no more than about MAX_RAW_CHARS of a record of many long fields, and no NUL', () => {
    const cells = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`c${i}`, 'x\u0000'.repeat(5_000)]));
    const kept = JSON.stringify(boundedRaw(cells));
    expect(kept.length).toBeLessThan(MAX_RAW_CHARS + 2_000);
    expect(kept).not.toContain('\\u0000');
  });

  it('keeps a small record as it is', () => {
    expect(boundedRaw({ Familienname: 'Muster', Kinder: ['1', '2'] })).toEqual({ Familienname: 'Muster', Kinder: ['1', '2'] });
  });
});
