// The persons of a read, kept once per list (migration 054, issue 18): an entry names its list by
// digest and count, the list is stored once however often it is read, the chain's verification
// finds a list changed or removed behind the triggers, and audit_log_persons unfolds the lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditAppender } from '../src/audit/appender.js';
import { appendAudit, personListDigest, verifyAuditChain, type AuditEntry } from '../src/audit/log.js';
import { inTransaction } from '../src/store/db.js';
import { createTestHub, type TestHub } from './service-helpers.js';

const KEY = 'a test audit key of at least thirty-two characters';
let hub: TestHub;

const page = ['kim_a', 'kim_b', 'kim_c'];
const other = ['kim_c', 'kim_d'];
const read = (reader: number, persons: string[]): AuditEntry => ({
  actor: `cm-000${reader}`,
  role: 'case_manager',
  tenant: '05158',
  action: 'read_inbox',
  subject: 'inbox:ABH-05158',
  purpose: 'case work',
  details: { filter: {}, persons },
});

beforeAll(async () => {
  hub = await createTestHub({ KIM_AUDIT_KEY: KEY });
}, 60_000);

afterAll(async () => {
  await hub?.close();
});

/** Runs `fn` with the list table's update trigger off, as its owner (or a superuser) can. */
async function behindTriggers(fn: () => Promise<unknown>): Promise<void> {
  await hub.ctx.db.query('ALTER TABLE audit_person_lists DISABLE TRIGGER audit_person_lists_no_update');
  try {
    await fn();
  } finally {
    await hub.ctx.db.query('ALTER TABLE audit_person_lists ENABLE TRIGGER audit_person_lists_no_update');
  }
}

describe('The persons of a read in the audit log', () => {
  let entryIds: string[];

  it('are kept once per list however often it is read, and each entry names its list by digest and count', async () => {
    const append = auditAppender(hub.ctx.db, KEY);
    await Promise.all([append(read(1, page)), append(read(2, page)), append(read(3, other))]);
    await append(read(4, page));
    // In a caller's transaction too (the erasure's way of appending).
    await inTransaction(hub.ctx.db, (tx) => appendAudit(tx, KEY, read(5, page)));
    const entries = (await hub.ctx.db.query<{ id: string; details: Record<string, unknown> }>("SELECT id::text, details FROM audit_log WHERE action = 'read_inbox' ORDER BY id")).rows;
    entryIds = entries.map((e) => e.id);
    expect(entries.map((e) => e.details)).toEqual([page, page, other, page, page].map((p) => ({ filter: {}, personList: personListDigest(p), personCount: p.length })));
    const lists = (await hub.ctx.db.query<{ digest: string; kim_ids: string[] }>('SELECT digest, kim_ids FROM audit_person_lists ORDER BY digest')).rows;
    expect(lists.map((l) => l.kim_ids).sort()).toEqual([page, other].sort());
    expect(await verifyAuditChain(hub.ctx.db, KEY)).toMatchObject({ ok: true, entries: 5 });
  });

  it('are unfolded by audit_log_persons: who read whose data', async () => {
    const rows = (await hub.ctx.db.query<{ actor: string }>("SELECT actor FROM audit_log_persons WHERE kim_id = 'kim_d'")).rows;
    expect(rows.map((r) => r.actor)).toEqual(['cm-0003']);
    expect((await hub.ctx.db.query("SELECT 1 FROM audit_log_persons WHERE kim_id = 'kim_a'")).rowCount).toBe(4);
  });

  it('cannot be changed, deleted or truncated', async () => {
    await expect(hub.ctx.db.query("UPDATE audit_person_lists SET kim_ids = '{}'")).rejects.toThrow(/append-only/);
    await expect(hub.ctx.db.query('DELETE FROM audit_person_lists')).rejects.toThrow(/append-only/);
    await expect(hub.ctx.db.query('TRUNCATE audit_person_lists')).rejects.toThrow(/append-only/);
  });

  it('break the verification at the first entry of a list changed behind the triggers, and of a list removed', async () => {
    const digest = personListDigest(other);
    await behindTriggers(() => hub.ctx.db.query("UPDATE audit_person_lists SET kim_ids = '{kim_c}' WHERE digest = $1", [digest]));
    expect(await verifyAuditChain(hub.ctx.db, KEY, 1)).toMatchObject({ ok: false, broken: { id: entryIds[2], problem: 'person list missing or changed' } });
    await behindTriggers(() => hub.ctx.db.query('DELETE FROM audit_person_lists WHERE digest = $1', [digest]));
    expect(await verifyAuditChain(hub.ctx.db, KEY, 1)).toMatchObject({ ok: false, broken: { id: entryIds[2], problem: 'person list missing or changed' } });
    await hub.ctx.db.query('INSERT INTO audit_person_lists (digest, kim_ids) VALUES ($1, $2)', [digest, other]);
    expect((await verifyAuditChain(hub.ctx.db, KEY, 1)).ok).toBe(true);
  });
});
