// The audit append in one statement, for a process that wrote the chain's head itself. Appending
// under the head's lock takes four round trips (BEGIN, lock and read the head, insert, COMMIT),
// and the API's readers wait for them with every read; on a machine busy with an import each
// round trip waits for a core (docs/performance.md, issue 18). A process that knows the head
// because it wrote it chains the next entries at once, and one statement appends them and moves
// the head only if the head is still where the process left it. If anyone appended since, the
// statement changes nothing and the caller appends under the lock (src/audit/log.ts).
import type { Db } from '../store/db.js';
import { chainEntries, type AuditEntry, type ChainedContent } from './chain.js';
import { jsonbText } from './jsonb-text.js';
import { insertChainedEntries, insertPersonLists, personListsJson } from './statements.js';

/** The head of the chain as this process last wrote it: the last entry's HMAC and id. */
export interface Head {
  hmac: string;
  id: bigint;
}

const heads = new WeakMap<Db, Head>();

export const knownHead = (db: Db): Head | undefined => heads.get(db);
export const rememberHead = (db: Db, head: Head): void => void heads.set(db, head);
export const forgetHead = (db: Db): void => void heads.delete(db);

// A concurrent append moves the head first: this UPDATE then waits for its commit, finds the
// head changed (READ COMMITTED checks the condition again on the row as committed) and moves
// nothing, so neither the entries nor the lists are inserted.
const APPEND_AT_HEAD = `
  WITH moved AS (
    UPDATE audit_head SET last_hmac = $3, last_id = $4 WHERE last_hmac = $5 AND last_id = $6 RETURNING 1),
  lists AS (${insertPersonLists('$2', 'EXISTS (SELECT FROM moved)')}),
  appended AS (${insertChainedEntries('$1', 'EXISTS (SELECT FROM moved)')})
  SELECT count(*)::int AS moved FROM moved`;

/**
 * Appends `entries` after `head` in one statement; returns the new head, or null when the head
 * has moved since (nothing was written) or an entry's details are not ones whose jsonb text this
 * process can be sure of. `at` is this process's clock, to the millisecond.
 */
export async function appendAtKnownHead(db: Db, key: string, head: Head, entries: readonly AuditEntry[], lists: ReadonlyMap<string, readonly string[]>, now = new Date()): Promise<Head | null> {
  const at = now.toISOString().replace(/Z$/, '000Z');
  const content: ChainedContent[] = [];
  for (const [i, e] of entries.entries()) {
    const details = jsonbText(e.details ?? {});
    if (details === null) return null;
    content.push({ id: String(head.id + BigInt(i + 1)), at, actor: e.actor, role: e.role ?? null, tenant: e.tenant ?? null, action: e.action, subject: e.subject ?? null, purpose: e.purpose ?? null, details });
  }
  const chained = chainEntries(key, head.hmac, content);
  const last = chained[chained.length - 1]!;
  const { rows } = await db.query<{ moved: number }>(APPEND_AT_HEAD, [JSON.stringify(chained), personListsJson(lists), last.hmac, last.id, head.hmac, String(head.id)]);
  return rows[0]?.moved === 1 ? { hmac: last.hmac, id: BigInt(last.id) } : null;
}
