// The audit chain's group commit (issue 18): the entries of concurrent requests share transactions,
// every one is in the chain when its append resolves, and one entry the database refuses fails alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAppender } from '../src/audit/appender.js';
import { appendAudit, verifyAuditChain, type AuditEntry } from '../src/audit/log.js';
import { createTestHub, type TestHub } from './service-helpers.js';

const KEY = 'a test audit key of at least thirty-two characters';
let hub: TestHub;

const read = (i: number): AuditEntry => ({ actor: 'cm-0001', role: 'case_manager', tenant: '05158', action: 'read_inbox', subject: 'inbox:cm-0001', purpose: 'case work', details: { reader: i } });

/** The entries with `details.reader`, in chain order, with the time of their transaction. */
async function readers(): Promise<Array<{ reader: number; at: string }>> {
  const rows = await hub.ctx.db.query<{ reader: number; at: string }>("SELECT (details->>'reader')::int AS reader, at::text FROM audit_log WHERE details ? 'reader' ORDER BY id");
  return rows.rows;
}

beforeAll(async () => {
  hub = await createTestHub({ KIM_AUDIT_KEY: KEY });
  await appendAudit(hub.ctx.db, KEY, { actor: 'system', action: 'start' });
}, 60_000);

afterAll(async () => {
  await hub?.close();
});

describe('The audit appender', () => {
  it('chains fifty concurrent entries in fewer transactions than entries, each committed when its append resolves, and the chain verifies', async () => {
    const append = auditAppender(hub.ctx.db, KEY);
    const committed: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        append(read(i)).then(async () => {
          const found = await hub.ctx.db.query("SELECT 1 FROM audit_log WHERE (details->>'reader')::int = $1", [i]);
          if (found.rowCount === 1) committed.push(i);
        }),
      ),
    );
    expect(committed.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const rows = await readers();
    expect(rows.map((r) => r.reader).sort((a, b) => a - b)).toEqual(committed);
    // now() is the transaction's time: fewer distinct times than entries means shared transactions.
    expect(new Set(rows.map((r) => r.at)).size).toBeLessThan(50);
    expect((await verifyAuditChain(hub.ctx.db, KEY)).ok).toBe(true);
  });

  it('appends the other entries of a batch when the database refuses one of them, and rejects that one only', async () => {
    const append = auditAppender(hub.ctx.db, KEY);
    // jsonb refuses the NUL character: this entry can never be stored.
    const outcomes = await Promise.allSettled([append(read(100)), append({ ...read(101), details: { note: 'a\u0000b' } }), append(read(102))]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = (await readers()).map((r) => r.reader).filter((r) => r >= 100);
    expect(stored.sort((a, b) => a - b)).toEqual([100, 102]);
    expect((await verifyAuditChain(hub.ctx.db, KEY)).ok).toBe(true);
  });

  it('keeps appending after a refused entry', async () => {
    const append = auditAppender(hub.ctx.db, KEY);
    await expect(append({ ...read(200), details: { note: '\u0000' } })).rejects.toThrow();
    await append(read(201));
    expect((await readers()).some((r) => r.reader === 201)).toBe(true);
    expect((await verifyAuditChain(hub.ctx.db, KEY)).ok).toBe(true);
  });

  it('stores texts with quotes, backslashes, dollar signs and SQL exactly as given (its own transaction sends them as literals)', async () => {
    const hostile = ["O'Brien", 'a\\b\\', "$1 $2 $& $' $`", "'); DELETE FROM audit_log; --", "E'x'", 'Ähnlichkeit ß 😀', '\\u0041'];
    for (const [i, text] of hostile.entries()) await appendAudit(hub.ctx.db, KEY, { ...read(300 + i), subject: text, details: { reader: 300 + i, text } });
    const rows = await hub.ctx.db.query<{ subject: string; text: string }>("SELECT subject, details->>'text' AS text FROM audit_log WHERE (details->>'reader')::int >= 300 ORDER BY id");
    expect(rows.rows).toEqual(hostile.map((text) => ({ subject: text, text })));
    expect((await verifyAuditChain(hub.ctx.db, KEY)).ok).toBe(true);
  });
});
