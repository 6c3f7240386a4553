import { describe, expect, it } from 'vitest';
import { forget, keepPage, keptPagesOf, sharedRead } from './kept-pages.js';

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

/** A read that ends when the test says, and the number of reads started. */
function reads() {
  const started: Array<{ resolve: (p: { entries: number[] }) => void; reject: (e: Error) => void }> = [];
  const read = () => new Promise<{ entries: number[] }>((resolve, reject) => started.push({ resolve, reject }));
  return { started, read };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Shared reads of one page', () => {
  it('start at once for a reader alone, and leave nothing behind when done', async () => {
    const pages = keptPagesOf<{ entries: number[] }>({});
    const { started, read } = reads();
    const one = sharedRead(pages, 'k', read);
    await tick();
    expect(started).toHaveLength(1);
    started[0]!.resolve(page(1));
    expect((await one).entries).toEqual([0]);
    expect(pages.reads.size).toBe(0);
  });

  it('give the readers who come while a read runs one read that starts after it, never the running one', async () => {
    const pages = keptPagesOf<{ entries: number[] }>({});
    const { started, read } = reads();
    const first = sharedRead(pages, 'k', read);
    await tick();
    const later = [sharedRead(pages, 'k', read), sharedRead(pages, 'k', read), sharedRead(pages, 'k', read)];
    await tick();
    expect(started).toHaveLength(1);
    started[0]!.resolve(page(1));
    expect((await first).entries).toHaveLength(1);
    await tick();
    expect(started).toHaveLength(2);
    started[1]!.resolve(page(2));
    const pagesRead = await Promise.all(later);
    expect(new Set(pagesRead).size).toBe(1);
    expect(pagesRead[0]!.entries).toHaveLength(2);
    expect(pages.reads.size).toBe(0);
  });

  it('share nothing between pages: another key reads at once', async () => {
    const pages = keptPagesOf<{ entries: number[] }>({});
    const { started, read } = reads();
    void sharedRead(pages, 'a', read);
    void sharedRead(pages, 'b', read);
    await tick();
    expect(started).toHaveLength(2);
    started.forEach((s) => s.resolve(page(0)));
  });

  it('fail only the readers of a read that failed, and the read queued behind it still runs', async () => {
    const pages = keptPagesOf<{ entries: number[] }>({});
    const { started, read } = reads();
    const first = sharedRead(pages, 'k', read);
    await tick();
    const later = sharedRead(pages, 'k', read);
    started[0]!.reject(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await tick();
    started[1]!.resolve(page(3));
    expect((await later).entries).toHaveLength(3);
  });
});
