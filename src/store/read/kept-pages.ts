// Inbox pages as earlier reads made them (src/store/read/inbox.ts, listInbox), per pool (so per
// database), under the state their rows were read in (withState) and the day of the consent
// check. A read that finds the same state gives the same page without reading the rows again,
// checking consents and building entries; everything else a page depends on (tenant, policy) is
// fixed for the pool's life. Made for inboxes many read at once: an authority's (ABH, EBB), read
// by all its staff (docs/performance.md, issue 18).

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
  /** pages being made now, under the state they are made from */
  making: Map<string, { day: string; state: string; page: Promise<P> }>;
  /** the entries of all pages kept */
  entries: number;
}
const keptPages = new WeakMap<object, KeptPages<Page>>();

/** The pages kept for one pool. */
export function keptPagesOf<P extends Page>(db: object): KeptPages<P> {
  return (keptPages.get(db) ?? keptPages.set(db, { pages: new Map(), making: new Map(), entries: 0 }).get(db)!) as KeptPages<P>;
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
