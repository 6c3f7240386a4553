// The audit log: who looked at or changed what, when, in which role and for which purpose.
// Append-only and tamper-evident: a trigger (migrations/003) chains each entry to the one
// before by hash and refuses updates and deletes; `verifyAuditChain` recomputes the chain.
// Entries name ids (user, kimId, recipient list, consent id), never a person's name.
import type { Queryable } from '../store/db.js';

export interface AuditEntry {
  /** user id, api key id, or 'system' */
  actor: string;
  role?: string | null;
  tenant?: string | null;
  /** e.g. read_inbox, read_signal, acknowledge_signal, erasure, consent_change, upload_import */
  action: string;
  /** the kimId, list, consent or import the action concerns */
  subject?: string | null;
  purpose?: string | null;
  details?: Record<string, unknown>;
}


/** Appends entries. Inside a transaction they commit with it; the chain lock is held until then. */
export async function appendAudit(q: Queryable, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  await q.query(
    `INSERT INTO audit_log (actor, role, tenant, action, subject, purpose, details)
     SELECT e.actor, e.role, e.tenant, e.action, e.subject, e.purpose, coalesce(e.details, '{}')
       FROM jsonb_to_recordset($1::jsonb) AS e(actor text, role text, tenant text, action text, subject text, purpose text, details jsonb)`,
    [JSON.stringify(list.map((e) => ({ role: null, tenant: null, subject: null, purpose: null, details: {}, ...e })))],
  );
}

export interface ChainReport {
  entries: number;
  ok: boolean;
  /** the first entry whose content or link does not fit, with what is wrong */
  broken: { id: string; problem: 'content changed' | 'entry missing or reordered before it' } | null;
  /** the hash of the last entry: kept outside the hub, it also proves that nothing was cut off at the end */
  head: string | null;
}

/** Recomputes every entry's hash and link, in pages, from the first entry on. */
export async function verifyAuditChain(db: Queryable, pageSize = 5000): Promise<ChainReport> {
  let prev = '0'.repeat(64);
  let lastId = 0n;
  let entries = 0;
  for (;;) {
    const page = await db.query<{ id: string; prev_hash: string; hash: string; recomputed: string }>(
      `SELECT id, prev_hash, hash, audit_entry_hash(prev_hash, id, at, actor, role, tenant, action, subject, purpose, details) AS recomputed
         FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2`,
      [String(lastId), pageSize],
    );
    for (const r of page.rows) {
      entries++;
      if (r.prev_hash !== prev) return { entries, ok: false, broken: { id: r.id, problem: 'entry missing or reordered before it' }, head: null };
      if (r.recomputed !== r.hash) return { entries, ok: false, broken: { id: r.id, problem: 'content changed' }, head: null };
      prev = r.hash;
      lastId = BigInt(r.id);
    }
    if (page.rows.length < pageSize) return { entries, ok: true, broken: null, head: entries ? prev : null };
  }
}
