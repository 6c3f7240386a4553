// The inbox repository of one recipient (a case manager's user id, or an ABH/EBB authority id):
// list with filters, detail with explanation and conditions, acknowledge, done.
import type { Recipient } from '../../consent/index.js';
import type { InboxDetailBody, InboxEntryBody, InboxQuery } from '../../generated/kim-types.js';
import { signalStillVisible } from '../../pipeline/evaluate-person.js';
import type { ConditionResult } from '../../rules/index.js';
import type { ReadDeps } from './deps.js';
import type { InboxPosition } from './inbox-cursor.js';
import { forget, keepPage, keptPagesOf, sharedRead } from './kept-pages.js';
import { personsReusing, PERSON_STATE, type DisplayIdentity, type PersonStateColumns } from './persons.js';

/** The query's filters (InboxQuery of the contract), its dates named for the column they bound. */
export interface InboxFilter extends Pick<InboxQuery, 'type' | 'state'> {
  /** signals whose `from` lies on or after this day */
  fromDate?: string;
  toDate?: string;
  /** one person's signals only (the web's person page) */
  kimId?: string;
}

/** An entry as the API gives it: the types come from schemas/api.schema.json. */
export type InboxEntry = InboxEntryBody;
export type InboxDetail = InboxDetailBody;
/** What an inbox read needs: the pool, and the tenant, policy and Stichtag of the consent check. */
export type InboxStore = Pick<ReadDeps, 'db' | 'tenant' | 'policy' | 'stichtag'>;

// Days and times as the API writes them, formatted by PostgreSQL: parsing them into Dates and
// formatting them again was a tenth of the API's CPU for a page (docs/performance.md, "load").
const UTC_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
// What a list shows and the consent check needs: no explanation, and of the conditions only the
// facts they rest on (the generated column of migrations 051 and 052).
const LIST_COLUMNS = `s.id, s.type, s.state, to_char(s.from_date, 'YYYY-MM-DD') AS from_date, to_char(s.deadline, 'YYYY-MM-DD') AS deadline, s.recipient_role, s.recipient_id, s.kim_id,
  to_char(s.created_at AT TIME ZONE 'UTC', ${UTC_MS}) AS created_at, to_char(s.updated_at AT TIME ZONE 'UTC', ${UTC_MS}) AS updated_at, s.facts`;
// With every signal row, its person's version (PERSON_STATE): the consent check on read and the
// person's name need nothing else while the person has not changed, and a page is one statement.
const STATE_COLUMNS = `person_version.person_version`;

/** A signal row of a list with its person's state, as the queries below select it. */
interface SignalRow extends PersonStateColumns {
  id: string | number;
  type: InboxEntry['type'];
  state: InboxEntry['state'];
  /** YYYY-MM-DD */
  from_date: string;
  deadline: string | null;
  recipient_role: InboxEntry['recipient']['role'];
  recipient_id: string;
  kim_id: string;
  /** ISO 8601 in UTC with milliseconds, as Date.toISOString writes it */
  created_at: string;
  updated_at: string;
  /** the facts the signal's conditions rest on, each once (migration 052) */
  facts: Array<[source: string, sourceRecordId: string, kind: string]>;
}

/** One signal with everything it says: a detail. */
interface DetailRow extends SignalRow {
  law_version: string;
  explanation: string;
  conditions: ConditionResult[];
}

function entry({ row: r, who }: Shown<SignalRow>): InboxEntry {
  return {
    id: String(r.id),
    type: r.type,
    state: r.state,
    from: r.from_date,
    deadline: r.deadline,
    recipient: { role: r.recipient_role, id: r.recipient_id },
    person: { kimId: r.kim_id, ...who },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A row the recipient may see, with the identity its person is shown by. */
interface Shown<R> {
  row: R;
  who: DisplayIdentity;
}

/**
 * The entries whose facts the recipient may still see today: the consent decision applied again
 * on every read (src/consent via signalStillVisible), so an entry that rested on a consent which
 * has ended since the last evaluation disappears at once, not at the next import.
 */
async function stillVisible<R extends SignalRow>(store: InboxStore, rows: R[], date = store.stichtag()): Promise<Array<Shown<R>>> {
  if (!rows.length) return [];
  const persons = await personsReusing(store, new Map(rows.map((r) => [r.kim_id, r])));
  const shown: Array<Shown<R>> = [];
  for (const row of rows) {
    const { person, consents, display } = persons.get(row.kim_id)!;
    if (!person || !display) continue;
    const recipient = { role: row.recipient_role, id: row.recipient_id } as Recipient;
    const facts = row.facts.map(([source, sourceRecordId, kind]) => ({ source, sourceRecordId, kind }));
    if (signalStillVisible({ person, consents, tenant: store.tenant, policy: store.policy, date, recipient, facts })) shown.push({ row, who: display });
  }
  return shown;
}

/** A page of the API inbox: its entries, and where the next starts when there is more. */
export interface InboxListPage {
  entries: InboxEntry[];
  /** the position after the last entry, or null on the last page */
  next: InboxPosition | null;
}

// The API's order with "no deadline" as the latest day, so that one row comparison is the keyset
// condition and the index signals_inbox_api (migration 050) gives the rows in order.
const API_ORDER = `coalesce(s.deadline, 'infinity'::date), s.from_date, s.id`;

/**
 * A page's statement: the state its rows are in, a digest of every row's signal row version (xmin,
 * which every write of the row changes) and person version (PERSON_STATE, which changes with any
 * write of a person's records, links or consents, migration 053); and the rows, unless the state
 * is the one the caller names as known (the parameter `known`): then the state comes alone, in one
 * row without a signal, for the caller has the page made from it already, and the rows are neither
 * formatted nor sent. `rows` selects the page's signals with KEYS, in the API's order.
 */
const withState = (rows: string, known: string) => `WITH page AS MATERIALIZED (
    SELECT s.*, person_version.person_version FROM (${rows}) s ${PERSON_STATE}),
  page_state AS (SELECT encode(sha256(convert_to(coalesce(string_agg(p.id || ',' || p.row_version || ',' || coalesce(p.person_version, '-'), ';' ORDER BY p.id), ''), 'UTF8')), 'hex') AS page_state FROM page p)
  SELECT page_state.page_state, r.* FROM page_state LEFT JOIN (
    SELECT ${LIST_COLUMNS}, s.person_version, row_number() OVER (ORDER BY ${API_ORDER}) AS ord FROM page s WHERE (SELECT page_state FROM page_state) IS DISTINCT FROM ${known}::text) r ON true
  ORDER BY r.ord`;

// What a list row needs of a signal, unformatted (withState formats only the rows it sends), and its row version.
const KEYS = `s.id, s.type, s.state, s.from_date, s.deadline, s.recipient_role, s.recipient_id, s.kim_id, s.created_at, s.updated_at, s.facts, s.xmin::text AS row_version FROM signals s`;

// The first page without filters, which nearly every read asks for, as a named statement: parsed
// once per connection, planned for every read on the tables' current sizes (custom plans, see
// src/store/db.ts).
const FIRST_PAGE = withState(`SELECT ${KEYS} WHERE s.recipient_id = $1 AND s.state <> 'withdrawn' ORDER BY ${API_ORDER} LIMIT $2`, '$3');

const PAGE_AFTER = withState(
  `SELECT ${KEYS}
    WHERE s.recipient_id = $1
      AND ($2::text IS NULL OR s.type = $2)
      AND (CASE WHEN $3::text IS NULL THEN s.state <> 'withdrawn' ELSE s.state = $3 END)
      AND ($4::date IS NULL OR s.from_date >= $4)
      AND ($5::date IS NULL OR s.from_date <= $5)
      AND ($6::text IS NULL OR s.kim_id = $6)
      AND ($7::date IS NULL OR (${API_ORDER}) > ($7::date, $8::date, $9::bigint))
    ORDER BY ${API_ORDER} LIMIT $10`,
  '$11',
);

const isPlainFirstPage = (filter: InboxFilter, after: InboxPosition | null) => !after && !filter.type && !filter.state && !filter.fromDate && !filter.toDate && !filter.kimId;

/** One batch of stored rows after `after` in the API's order, with the person of each; `rows` null when their state is `known`. */
async function rowsAfter(store: InboxStore, recipientId: string, filter: InboxFilter, after: InboxPosition | null, limit: number, known: string | null): Promise<{ state: string; rows: SignalRow[] | null }> {
  const res = isPlainFirstPage(filter, after)
    ? await store.db.query<StatedRow>({ name: 'inbox-first-page', text: FIRST_PAGE, values: [recipientId, limit, known] })
    : await store.db.query<StatedRow>(PAGE_AFTER, [
        recipientId,
        filter.type ?? null,
        filter.state ?? null,
        filter.fromDate ?? null,
        filter.toDate ?? null,
        filter.kimId ?? null,
        after?.deadline ?? null,
        after?.from ?? null,
        after?.id ?? null,
        limit,
        known,
      ]);
  const state = res.rows[0]!.page_state;
  if (state === known) return { state, rows: null };
  return { state, rows: res.rows.filter((r) => r.id !== null) };
}

/** A row of a page's statement: the state, and a signal unless the state was known (then the only row, its signal columns null). */
type StatedRow = SignalRow & { page_state: string };

const positionOf = (r: SignalRow): InboxPosition => ({ deadline: r.deadline ?? 'infinity', from: r.from_date, id: String(r.id) });

/**
 * Up to `limit` entries after `after`, paged in the database: only the page's rows and persons are
 * read. Entries the consent check on read hides are skipped, and more rows are read to fill the
 * page, so a page holds `limit` entries unless it is the last; the next page starts after the last
 * entry shown, never after a hidden one. A page whose rows and persons are as an earlier read found
 * them is that read's page (the same object: callers must not change it). Readers of the same page
 * at the same time share one read that started after they came (sharedRead).
 */
export function listInbox(store: InboxStore, recipientId: string, filter: InboxFilter = {}, page: { limit: number; after?: InboxPosition | null } = { limit: 100 }): Promise<InboxListPage> {
  const kept = keptPagesOf<InboxListPage>(store.db);
  const key = JSON.stringify([recipientId, filter, page.after ?? null, page.limit]);
  return sharedRead(kept, key, async () => {
    const day = store.stichtag();
    const earlier = kept.pages.get(key);
    // One row more than the page holds: it tells whether there is a next page.
    const { state, rows } = await rowsAfter(store, recipientId, filter, page.after ?? null, page.limit + 1, earlier?.day === day ? earlier.state : null);
    if (!rows && earlier) return earlier.page;
    if (!rows) throw new Error('listInbox: the statement gave no rows for a state it did not know');
    const made = await makePage(store, recipientId, filter, page.limit, rows, day);
    // Only a page made from one statement's rows is kept: its state is all it was made from.
    if (made.oneStatement) keepPage(kept, key, { day, state, page: made.page });
    else forget(kept, key);
    return made.page;
  });
}

/** The page from its first statement's rows, reading more rows while the consent check hides entries. */
async function makePage(store: InboxStore, recipientId: string, filter: InboxFilter, limit: number, first: SignalRow[], day: string): Promise<{ page: InboxListPage; oneStatement: boolean }> {
  const shown: Array<Shown<SignalRow>> = [];
  let rows = first;
  for (let statements = 1; ; statements++) {
    shown.push(...(await stillVisible(store, rows, day)));
    if (shown.length > limit || rows.length <= limit) {
      const entries = shown.slice(0, limit);
      return { page: { entries: entries.map(entry), next: shown.length > limit ? positionOf(entries.at(-1)!.row) : null }, oneStatement: statements === 1 };
    }
    rows = (await rowsAfter(store, recipientId, filter, positionOf(rows.at(-1)!), limit + 1, null)).rows!;
  }
}

/** Every entry under the filter, a page at a time (the demo's printout, one person's signals on the web). */
export async function wholeInbox(store: InboxStore, recipientId: string, filter: InboxFilter = {}): Promise<InboxEntry[]> {
  const out: InboxEntry[] = [];
  for (let after: InboxPosition | null = null; ;) {
    const page = await listInbox(store, recipientId, filter, { limit: 500, after });
    out.push(...page.entries);
    if (!page.next) return out;
    after = page.next;
  }
}

export async function inboxDetail(store: InboxStore, recipientId: string, id: string): Promise<InboxDetail | null> {
  if (!/^\d+$/.test(id)) return null;
  const shown = (
    await stillVisible(
      store,
      (await store.db.query<DetailRow>(`SELECT ${LIST_COLUMNS}, s.law_version, s.explanation, s.conditions, ${STATE_COLUMNS} FROM signals s ${PERSON_STATE} WHERE s.recipient_id = $1 AND s.id = $2`, [recipientId, id])).rows,
    )
  )[0];
  if (!shown) return null;
  const { row } = shown;
  return { ...entry(shown), lawVersion: row.law_version, explanation: row.explanation, conditions: row.conditions };
}

/**
 * acknowledge: seen and being worked on; done: dealt with. A withdrawn signal stays withdrawn.
 * The entry after the change, or null when it is gone or no longer visible to the recipient.
 */
export async function setState(store: InboxStore, recipientId: string, id: string, state: 'acknowledged' | 'done'): Promise<InboxDetail | null> {
  const detail = await inboxDetail(store, recipientId, id);
  if (!detail) return null;
  const res = await store.db.query<{ state: InboxEntry['state']; updated_at: Date }>("UPDATE signals SET state = $3, updated_at = now() WHERE recipient_id = $1 AND id = $2 AND state <> 'withdrawn' RETURNING state, updated_at", [
    recipientId,
    id,
    state,
  ]);
  const row = res.rows[0];
  return row ? { ...detail, state: row.state, updatedAt: row.updated_at.toISOString() } : null;
}

export interface InboxPage {
  /** entries per state (open, acknowledged, done) under the filter */
  counts: Record<string, number>;
  entries: InboxEntry[];
}

/**
 * One page of an inbox (the web workplace): counts per state and the page's entries, paged in the
 * database, so a page of a large inbox loads its fifty persons, not all of them. The consent check
 * on read applies to every entry shown; the counts are the stored signals', which until the next
 * evaluation may include one whose consent has just ended (a number, never the entry).
 */
export async function pageInbox(store: InboxStore, recipientId: string, filter: InboxFilter & { state: string }, page: { offset: number; limit: number }): Promise<InboxPage> {
  const where = `s.recipient_id = $1 AND ($2::text IS NULL OR s.type = $2) AND ($3::date IS NULL OR s.from_date >= $3) AND ($4::date IS NULL OR s.from_date <= $4)`;
  const params = [recipientId, filter.type ?? null, filter.fromDate ?? null, filter.toDate ?? null];
  const [counts, rows] = await Promise.all([
    store.db.query<{ state: string; n: number }>(`SELECT s.state, count(*)::int AS n FROM signals s WHERE ${where} AND s.state <> 'withdrawn' GROUP BY 1`, params),
    // The page in the order of the index signals_inbox_page (migration 041), each person's state joined to its rows only.
    store.db.query<SignalRow>(
      `SELECT ${LIST_COLUMNS}, ${STATE_COLUMNS} FROM (SELECT * FROM signals s WHERE ${where} AND s.state = $5 ORDER BY s.deadline NULLS LAST, s.from_date, s.id LIMIT $6 OFFSET $7) s ${PERSON_STATE}
        ORDER BY s.deadline NULLS LAST, s.from_date, s.id`,
      [...params, filter.state, page.limit, page.offset],
    ),
  ]);
  return { counts: Object.fromEntries(counts.rows.map((r) => [r.state, r.n])), entries: (await stillVisible(store, rows.rows)).map(entry) };
}
