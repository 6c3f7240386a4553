// Inbox pages as earlier reads made them (src/store/read/inbox.ts, listInbox), per pool (so per
// database), under the state their rows were read in (withState) and the day of the consent
// check. A read that finds the same state gives the same page without reading the rows again,
// checking consents and building entries; everything else a page depends on (tenant, policy) is
// fixed for the pool's life. Made for inboxes many read at once: an authority's (ABH, EBB), read
// by all its staff (docs/performance.md, issue 18). Reads of one page that arrive while it is being
// read share the next read (sharedRead): one statement answers them all.

// Bounded by their entries (a page holds up to 500): some 10 MB of entries and their JSON text.
const KEPT_ENTRIES = 10_000;
/** A page is anything with entries; inbox.ts keeps its InboxListPage. */
interface Page {
  entries: readonly unknown[];
}
export interface KeptPage<P extends Page> {
  day: string;
  state: string;
  page: P;
}
export interface KeptPages<P extends Page> {
  pages: Map<string, KeptPage<P>>;
  /** the pages being read now, each with the read that starts after it (sharedRead) */
  reads: Map<string, PageReads<P>>;
  /** the entries of all pages kept */
  entries: number;
}
const keptPages = new WeakMap<object, KeptPages<Page>>();

/** The pages kept for one pool. */
export function keptPagesOf<P extends Page>(db: object): KeptPages<P> {
  return (keptPages.get(db) ?? keptPages.set(db, { pages: new Map(), reads: new Map(), entries: 0 }).get(db)!) as KeptPages<P>;
}

/** Keeps a page under `key`, the oldest pages going first while more than KEPT_ENTRIES entries are kept. */
export function keepPage<P extends Page>(kept: KeptPages<P>, key: string, value: KeptPage<P>): void {
  forget(kept, key);
  kept.pages.set(key, value);
  kept.entries += value.page.entries.length;
  for (const oldest of kept.pages.keys()) {
    if (kept.entries <= KEPT_ENTRIES) break;
    forget(kept, oldest);
  }
}

export function forget<P extends Page>(kept: KeptPages<P>, key: string): void {
  kept.entries -= kept.pages.get(key)?.page.entries.length ?? 0;
  kept.pages.delete(key);
}

interface PageReads<P> {
  /** the read that starts when the running one has ended, and the readers waiting for it */
  queued: { page: Promise<P>; start: () => void } | null;
}

/**
 * The page under `key` as `read` reads it, shared by the readers of the same page: a reader who
 * comes while the page is being read waits for the read that starts after the running one, and
 * every reader who comes until then shares it. A reader never gets a read that started before it
 * came, so it sees every change committed before its request (as with a read of its own); the
 * statements sent are one per running read, not one per reader.
 */
export function sharedRead<P extends Page>(kept: KeptPages<P>, key: string, read: () => Promise<P>): Promise<P> {
  const reads = kept.reads.get(key);
  if (!reads) return run(kept, key, read);
  if (reads.queued) return reads.queued.page;
  let start!: () => void;
  const page = new Promise<P>((resolve, reject) => (start = () => run(kept, key, read).then(resolve, reject)));
  reads.queued = { page, start };
  return page;
}

/** Starts a read of `key` now; when it ends, the queued read starts, or the page's reads are done. */
function run<P extends Page>(kept: KeptPages<P>, key: string, read: () => Promise<P>): Promise<P> {
  const running = Promise.resolve().then(read);
  const reads: PageReads<P> = { queued: null };
  kept.reads.set(key, reads);
  const next = (): void => {
    if (kept.reads.get(key) !== reads) return;
    kept.reads.delete(key);
    reads.queued?.start();
  };
  running.then(next, next);
  return running;
}
