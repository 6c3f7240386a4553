// The audit log: who looked at or changed what, when, in which role and for which purpose.
// Append-only and tamper-evident: the hub chains each entry to the one before with an HMAC under
// KIM_AUDIT_KEY (src/audit/chain.ts), a key the database never sees; triggers (migrations 003,
// 030) refuse updates, deletes and unchained inserts; `verifyAuditChain` recomputes the chain.
// Entries name ids (user, kimId, recipient list, consent id), never a person's name. A list of
// kimIds (details.persons, the persons of a page read) is kept once, under its digest (migration
// 054): the entry names the digest, which its HMAC covers.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { inTransaction, type Db, type Queryable, type Tx } from '../store/db.js';
import { chainEntries, entryHmac, type AuditEntry, type ChainedContent } from './chain.js';
import { appendAtKnownHead, forgetHead, knownHead, rememberHead, type Head } from './known-head.js';
import { insertChainedEntries, insertPersonLists, personListsJson } from './statements.js';

export type { AuditEntry } from './chain.js';

const AT_UTC = `to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Appends entries, chained under `key`. Given the pool: in one statement when this process wrote
 * the chain's head last and nobody appended since (src/audit/known-head.ts), else in a transaction
 * of its own. Given a transaction's client (it must be in a transaction), they commit with it, and
 * the chain's head row stays locked until then, so appends are chained one after the other. An entry's
 * `details.persons` (kimIds) is stored as `details.personList`, the digest of the list, and
 * `details.personCount`; the list goes into audit_person_lists unless it is there already.
 */
export async function appendAudit(q: Db | Tx, key: string, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  if (!(q instanceof pg.Pool)) return void (await appendChained(q, key, withListsApart(list, new Set())));
  const stored = storedLists.get(q) ?? storedLists.set(q, new Set()).get(q)!;
  const apart = withListsApart(list, stored);
  const head = await appendAtHeadOrLocked(q, key, apart);
  rememberHead(q, head);
  // Only lists that are committed are left out of later appends.
  if (stored.size + apart.lists.size > STORED_LISTS_MAX) stored.clear();
  for (const digest of apart.lists.keys()) stored.add(digest);
}

/** In one statement after the head this process wrote last, if it is still the head; else under the lock. */
async function appendAtHeadOrLocked(db: Db, key: string, apart: Apart): Promise<Head> {
  const known = knownHead(db);
  forgetHead(db);
  const moved = known ? await appendAtKnownHead(db, key, known, apart.entries, apart.lists) : null;
  return moved ?? (await inTransaction(db, (tx) => appendChained(tx, key, apart)));
}

/** The digest a list of kimIds is kept under: SHA-256 of its JSON text, in hex. */
export const personListDigest = (kimIds: readonly string[]): string => createHash('sha256').update(JSON.stringify(kimIds), 'utf8').digest('hex');

// The digests of lists this process has committed, per pool: not sent again (a page read again
// and again has the same list). Bounded: past the limit it starts again, and a list sent twice
// is kept once.
const storedLists = new WeakMap<Db, Set<string>>();
const STORED_LISTS_MAX = 10_000;

interface Apart {
  entries: AuditEntry[];
  /** lists to store, by digest */
  lists: Map<string, readonly string[]>;
}

function withListsApart(list: AuditEntry[], stored: Set<string>): Apart {
  const lists = new Map<string, readonly string[]>();
  const entries = list.map((e) => {
    const { persons, ...details } = e.details ?? {};
    if (!Array.isArray(persons) || !persons.every((p) => typeof p === 'string')) return e;
    const digest = personListDigest(persons);
    if (!stored.has(digest)) lists.set(digest, persons);
    return { ...e, details: { ...details, personList: digest, personCount: persons.length } };
  });
  return { entries, lists };
}

// Two statements while the head row is locked, one round trip each: the lock with the ids and
// times (and the new person lists), then the chained entries with the new head. The ids follow the
// last id of the head row the first statement has locked, so no two appends give the same id.
const LOCK_AND_DRAW = `
  WITH lists AS (${insertPersonLists('$2')}),
  head AS MATERIALIZED (SELECT last_hmac, anchor, last_id FROM audit_head FOR UPDATE)
  SELECT head.last_hmac, head.anchor, e.* FROM head CROSS JOIN LATERAL (
    SELECT (head.last_id + e.ord + 1)::text AS id,
           to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
           e.actor, e.role, e.tenant, e.action, e.subject, e.purpose, coalesce(e.details, '{}')::text AS details, e.ord
      FROM jsonb_to_recordset($1::jsonb) AS e(actor text, role text, tenant text, action text, subject text, purpose text, details jsonb, ord int)) e
  ORDER BY e.ord`;

const INSERT_AND_MOVE_HEAD = `
  WITH appended AS (${insertChainedEntries('$1')})
  UPDATE audit_head SET last_hmac = $2, last_id = $3`;

type DrawnRow = Omit<ChainedContent, 'id'> & { id: string; last_hmac: string | null; anchor: string; ord: number };

async function appendChained(tx: Tx, key: string, { entries: list, lists }: Apart): Promise<Head> {
  // The values as PostgreSQL will store them (jsonb's rendering of the details, the time with
  // microseconds), so that the verifier, reading them back, hashes exactly the same text.
  const rows = (await tx.query<DrawnRow>(LOCK_AND_DRAW, [JSON.stringify(list.map((e, ord) => ({ role: null, tenant: null, subject: null, purpose: null, details: {}, ...e, ord }))), personListsJson(lists)])).rows;
  const head = rows[0];
  if (!head) throw new Error('audit_head is empty: run the migrations');
  // Ids follow the locked head's last id in entry order: id order is chain order.
  const chained = chainEntries(
    key,
    head.last_hmac ?? head.anchor,
    rows.map(({ last_hmac: _head, anchor: _anchor, ord: _ord, ...r }) => r),
  );
  const last = chained[chained.length - 1]!;
  await tx.query(INSERT_AND_MOVE_HEAD, [JSON.stringify(chained), last.hmac, last.id]);
  return { hmac: last.hmac, id: BigInt(last.id) };
}

export type ChainProblem =
  | 'content changed'
  | 'entry missing or reordered before it'
  | 'unkeyed entries before it changed'
  | 'entries cut off after it'
  /** the head kept outside the hub (`--expect-head`) is not in the chain as it was */
  | 'kept head not found'
  /** the list of persons the entry names by its digest is not there, or not the list the digest was made of */
  | 'person list missing or changed';

/** A head printed by an earlier `audit-verify` and kept outside the hub. */
export interface KeptHead {
  id: string;
  hmac: string;
}

export interface ChainReport {
  entries: number;
  ok: boolean;
  /** the first entry whose content or link does not fit, with what is wrong */
  broken: { id: string; problem: ChainProblem } | null;
  /** the id and HMAC of the last entry: kept outside the hub, they also prove that nothing was cut off at the end */
  head: string | null;
  headId: string | null;
}

type Found = { entries: number; prev: string; lastId: string | null; broken: ChainReport['broken']; seen: Map<string, string> };

/**
 * Recomputes the chain in pages: the SHA-256 part written before migration 030 (ids below
 * audit_head.keyed_from), then the keyed part, whose first entry links to the last SHA-256 hash.
 */
export async function verifyAuditChain(db: Queryable, key: string, pageSize = 5000, kept: KeptHead | null = null): Promise<ChainReport> {
  const head = (await db.query<{ keyed_from: string; anchor: string; last_hmac: string | null }>('SELECT keyed_from::text, anchor, last_hmac FROM audit_head')).rows[0];
  if (!head) throw new Error('audit_head is empty: run the migrations');
  const unkeyed = await verifyUnkeyed(db, head.keyed_from, pageSize, kept?.id ?? null);
  const report = (f: Found): ChainReport => ({ entries: f.entries, ok: !f.broken, broken: f.broken, head: f.broken || !f.entries ? null : f.prev, headId: f.broken ? null : f.lastId });
  if (unkeyed.broken) return report(unkeyed);
  const keyed = await verifyKeyed(db, key, head, unkeyed, pageSize, kept?.id ?? null);
  if (keyed.broken) return report(keyed);
  // The head row is written with every append: a last entry that is not the head was cut off after.
  if (head.last_hmac !== null && head.last_hmac !== keyed.prev) return report({ ...keyed, broken: { id: keyed.lastId ?? '0', problem: 'entries cut off after it' } });
  // Against a head kept outside the hub: entries cut off, or the whole chain rewritten below it.
  if (kept && keyed.seen.get(kept.id) !== kept.hmac) return report({ ...keyed, broken: { id: kept.id, problem: 'kept head not found' } });
  const list = await brokenPersonList(db, pageSize);
  return report(list ? { ...keyed, broken: { id: list, problem: 'person list missing or changed' } } : keyed);
}

/**
 * The first entry whose person list is missing or changed, or null. The chain has proved each
 * entry's digest; here every list is hashed again and every digest an entry names is looked up.
 */
async function brokenPersonList(db: Queryable, pageSize: number): Promise<string | null> {
  const firstNaming = async (digest: string) => (await db.query<{ id: string }>("SELECT min(id)::text AS id FROM audit_log WHERE details->>'personList' = $1", [digest])).rows[0]?.id ?? null;
  for (let after = ''; ;) {
    const page = await db.query<{ digest: string; kim_ids: string[] }>('SELECT digest, kim_ids FROM audit_person_lists WHERE digest > $1 ORDER BY digest LIMIT $2', [after, pageSize]);
    for (const l of page.rows) {
      if (personListDigest(l.kim_ids) !== l.digest) return (await firstNaming(l.digest)) ?? '0';
      after = l.digest;
    }
    if (page.rows.length < pageSize) break;
  }
  const missing = await db.query<{ id: string }>(
    `SELECT min(a.id)::text AS id FROM audit_log a
      WHERE a.details ? 'personList' AND NOT EXISTS (SELECT 1 FROM audit_person_lists l WHERE l.digest = a.details->>'personList')`,
  );
  return missing.rows[0]?.id ?? null;
}

async function verifyUnkeyed(db: Queryable, keyedFrom: string, pageSize: number, keptId: string | null): Promise<Found> {
  const f: Found = { entries: 0, prev: '0'.repeat(64), lastId: null, broken: null, seen: new Map() };
  let lastId = '0';
  for (;;) {
    const page = await db.query<{ id: string; prev_hash: string | null; hash: string | null; recomputed: string }>(
      `SELECT id, prev_hash, hash, audit_entry_hash(prev_hash, id, at, actor, role, tenant, action, subject, purpose, details) AS recomputed
         FROM audit_log WHERE id > $1 AND id < $2 ORDER BY id LIMIT $3`,
      [lastId, keyedFrom, pageSize],
    );
    for (const r of page.rows) {
      f.entries++;
      if (r.prev_hash !== f.prev) return { ...f, broken: { id: r.id, problem: 'entry missing or reordered before it' } };
      if (r.recomputed !== r.hash) return { ...f, broken: { id: r.id, problem: 'content changed' } };
      f.prev = r.hash;
      f.lastId = lastId = r.id;
      if (r.id === keptId) f.seen.set(r.id, r.hash);
    }
    if (page.rows.length < pageSize) return f;
  }
}

async function verifyKeyed(db: Queryable, key: string, head: { keyed_from: string; anchor: string }, before: Found, pageSize: number, keptId: string | null): Promise<Found> {
  const f: Found = { ...before };
  let lastId = String(BigInt(head.keyed_from) - 1n);
  let first = true;
  for (;;) {
    const page = await db.query<ChainedContent & { prev_hmac: string | null; hmac: string | null }>(
      `SELECT id::text, ${AT_UTC} AS at, actor, role, tenant, action, subject, purpose, details::text AS details, prev_hmac, hmac
         FROM audit_log WHERE id > $1 ORDER BY audit_log.id LIMIT $2`,
      [lastId, pageSize],
    );
    for (const r of page.rows) {
      f.entries++;
      if (r.prev_hmac !== f.prev) {
        // The first keyed entry names the SHA-256 head it was chained to: when that is still the
        // recorded anchor, the unkeyed part was rewritten (and its chain recomputed) since.
        const rewritten = first && r.prev_hmac === head.anchor;
        return { ...f, broken: { id: r.id, problem: rewritten ? 'unkeyed entries before it changed' : 'entry missing or reordered before it' } };
      }
      if (entryHmac(key, f.prev, r) !== r.hmac) return { ...f, broken: { id: r.id, problem: 'content changed' } };
      f.prev = r.hmac;
      f.lastId = lastId = r.id;
      if (r.id === keptId) f.seen.set(r.id, r.hmac);
      first = false;
    }
    if (page.rows.length < pageSize) return f;
  }
}
