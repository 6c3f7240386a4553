import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './inbox-cursor.js';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

describe('The inbox cursor', () => {
  it('gives back the position it was made from, with and without a deadline', () => {
    for (const p of [
      { deadline: '2026-12-31', from: '2026-01-01', id: '1' },
      { deadline: 'infinity', from: '2024-02-29', id: '999999999999999999' },
    ])
      expect(decodeCursor(encodeCursor(p))).toEqual(p);
  });

  it('is URL-safe as it stands', () => {
    expect(encodeCursor({ deadline: 'infinity', from: '2026-11-23', id: '4711' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses days that are not in the calendar (30 February, month 13, 29 February of a common year)', () => {
    for (const day of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      expect(decodeCursor(b64(`${day}|2026-01-01|1`)), day).toBeNull();
      expect(decodeCursor(b64(`infinity|${day}|1`)), day).toBeNull();
    }
  });

  it('refuses an id of 19 digits or with a sign, and a position of two or four parts', () => {
    for (const text of ['infinity|2026-01-01|1234567890123456789', 'infinity|2026-01-01|-1', 'infinity|2026-01-01', 'infinity|2026-01-01|1|2', 'never|2026-01-01|1', '']) expect(decodeCursor(b64(text)), text).toBeNull();
  });
});
