import { describe, expect, it } from 'vitest';
import { forget, keepPage, keptPagesOf } from './kept-pages.js';

const page = (n: number) => ({ entries: Array.from({ length: n }, (_, i) => i) });
const kept = (state: string, n: number) => ({ day: '2026-11-23', state, page: page(n) });

describe('Kept inbox pages', () => {
  it('are kept per pool, and a page kept again under its key replaces the one before', () => {
    const pool = {};
    const pages = keptPagesOf(pool);
    expect(keptPagesOf(pool)).toBe(pages);
    expect(keptPagesOf({})).not.toBe(pages);
    keepPage(pages, 'a', kept('1', 100));
    keepPage(pages, 'a', kept('2', 40));
    expect(pages.pages.get('a')?.state).toBe('2');
    expect(pages.entries).toBe(40);
  });

  it('hold at most 10,000 entries: the oldest pages go first, and the page just kept stays', () => {
    const pages = keptPagesOf({});
    for (let i = 0; i < 20; i++) keepPage(pages, `p${i}`, kept(String(i), 500));
    expect(pages.entries).toBe(10_000);
    keepPage(pages, 'one more', kept('x', 1));
    expect(pages.entries).toBe(9_501);
    expect(pages.pages.has('p0')).toBe(false);
    expect(pages.pages.has('p1')).toBe(true);
    expect(pages.pages.has('one more')).toBe(true);
  });

  it('forget a page and its entries, and a key never kept changes nothing', () => {
    const pages = keptPagesOf({});
    keepPage(pages, 'a', kept('1', 3));
    forget(pages, 'nothing');
    expect(pages.entries).toBe(3);
    forget(pages, 'a');
    expect(pages.entries).toBe(0);
    expect(pages.pages.size).toBe(0);
  });
});
