// Group commit of the audit chain for one process: the entries of concurrent requests go into
// the chain together, one transaction for all that arrived while the one before was committing.
// The chain is appended one transaction after the other (its head row is locked), so fifty
// readers each with a transaction of their own queue behind each other and hold fifty pool
// connections while they wait; batched, they wait for one commit and hold one connection.
import type { Db } from '../store/db.js';
import { appendAudit, type AuditEntry } from './log.js';

/** Entries per transaction at most, so that one transaction's parameter stays small. */
const MAX_BATCH = 500;

interface Waiting {
  entry: AuditEntry;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * An append that resolves once the entry is committed, like `appendAudit(db, key, entry)`, and
 * rejects when it could not be: a request still never answers with data whose read is not in the
 * log. When a batch fails, its entries are appended one by one, so one bad entry fails alone.
 */
export function auditAppender(db: Db, key: string): (entry: AuditEntry) => Promise<void> {
  let waiting: Waiting[] = [];
  let draining = false;

  async function appendEach(batch: Waiting[]): Promise<void> {
    for (const w of batch) await appendAudit(db, key, w.entry).then(w.resolve, w.reject);
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (waiting.length) {
        const batch = waiting.slice(0, MAX_BATCH);
        waiting = waiting.slice(MAX_BATCH);
        try {
          await appendAudit(
            db,
            key,
            batch.map((w) => w.entry),
          );
          for (const w of batch) w.resolve();
        } catch (err) {
          if (batch.length === 1) batch[0]!.reject(err);
          else await appendEach(batch);
        }
      }
    } finally {
      draining = false;
    }
  }

  return (entry) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ entry, resolve, reject });
      if (!draining) void drain();
    });
}
