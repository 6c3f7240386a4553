// The audit append in one statement after the head a process wrote itself (migration 055,
// src/audit/known-head.ts, issue 18): the details rendered as PostgreSQL renders jsonb, appends of
// two processes interleaved and at the same moment, and a head that moved meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAtKnownHead, knownHead } from '../src/audit/known-head.js';
import { jsonbText } from '../src/audit/jsonb-text.js';
import { appendAudit, verifyAuditChain, type AuditEntry } from '../src/audit/log.js';
import { createPool, type Db } from '../src/store/db.js';
import { createTestHub, type TestHub } from './service-helpers.js';

const KEY = 'a test audit key of at least thirty-two characters';
let hub: TestHub;
let other: Db;

const entry = (actor: string, details: Record<string, unknown> = {}): AuditEntry => ({ actor, tenant: '05158', action: 'read_inbox', subject: 'inbox:cm-0001', purpose: 'case work', details });

beforeAll(async () => {
  hub = await createTestHub({ KIM_AUDIT_KEY: KEY });
  // A second pool on the same database: another process of the hub.
  other = createPool(hub.env.DATABASE_URL!);
}, 60_000);

afterAll(async () => {
  await other?.end();
  await hub?.close();
});

/** A deterministic generator of JSON values: keys of every length and script, escapes, integers. */
function values(count: number): unknown[] {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const pieces = ['a', 'Z', 'ä', 'ß', '€', '😀', '"', '\\', '\n', '\t', '\u0001', '\u001f', '\u007f', ' ', '/', 'é', 'ab', '0'];
  const str = () => Array.from({ length: next(6) }, () => pieces[next(pieces.length)]).join('');
  const value = (depth: number): unknown => {
    const kind = next(depth > 2 ? 4 : 6);
    if (kind === 0) return str();
    if (kind === 1) return next(2) ? next(1_000_000) - 500_000 : Number.MAX_SAFE_INTEGER - next(10);
    if (kind === 2) return [true, false, null][next(3)];
    if (kind === 3) return '';
    if (kind === 4) return Array.from({ length: next(4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: next(6) }, () => [str(), value(depth + 1)]));
  };
  return Array.from({ length: count }, () => ({ filter: value(0), personList: str(), personCount: next(500) }));
}

describe('An audit entry chained without asking PostgreSQL first', () => {
  it('has its details rendered exactly as jsonb renders them, for 2,000 generated values', async () => {
    const all = values(2000);
    const rendered = (await hub.ctx.db.query<{ t: string }>('SELECT x::text AS t FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(x, n) ORDER BY n', [JSON.stringify(all)])).rows.map((r) => r.t);
    expect(all.map((v) => jsonbText(v))).toEqual(rendered);
  });

  it('follows the head its process wrote in one statement, and the chain verifies with ids in order', async () => {
    for (let i = 0; i < 4; i++) await appendAudit(hub.ctx.db, KEY, [entry(`a${i}`, { n: i, note: 'über "x"' }), entry(`b${i}`)]);
    const ids = (await hub.ctx.db.query<{ id: string }>('SELECT id::text FROM audit_log ORDER BY audit_log.id')).rows.map((r) => BigInt(r.id));
    expect(ids.map((id) => id - ids[0]!)).toEqual([0n, 1n, 2n, 3n, 4n, 5n, 6n, 7n]);
    const head = (await hub.ctx.db.query<{ last_hmac: string; last_id: string }>('SELECT last_hmac, last_id::text FROM audit_head')).rows[0]!;
    expect(head.last_id).toBe(String(ids[7]));
    // What the next append of this process starts from: one statement, no lock taken first.
    expect(knownHead(hub.ctx.db)).toEqual({ hmac: head.last_hmac, id: ids[7] });
    expect(await verifyAuditChain(hub.ctx.db, KEY)).toMatchObject({ ok: true, entries: 8 });
  });

  it('writes nothing, neither entries nor lists, when the head has moved since', async () => {
    const head = (await hub.ctx.db.query<{ last_hmac: string; last_id: string }>('SELECT last_hmac, last_id::text FROM audit_head')).rows[0]!;
    await appendAudit(other, KEY, entry('the other process'));
    const before = (await hub.ctx.db.query('SELECT (SELECT count(*) FROM audit_log) AS entries, (SELECT count(*) FROM audit_person_lists) AS lists')).rows[0];
    const moved = await appendAtKnownHead(hub.ctx.db, KEY, { hmac: head.last_hmac, id: BigInt(head.last_id) }, [entry('stale')], new Map([['d'.repeat(64), ['kim_x']]]));
    expect(moved).toBeNull();
    expect((await hub.ctx.db.query('SELECT (SELECT count(*) FROM audit_log) AS entries, (SELECT count(*) FROM audit_person_lists) AS lists')).rows[0]).toEqual(before);
    expect(await verifyAuditChain(hub.ctx.db, KEY)).toMatchObject({ ok: true, entries: 9 });
  });

  it('keeps the chain whole when two processes append in turn and at the same moment, and details it cannot render go under the lock', async () => {
    const before = Number((await hub.ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0]!.n);
    for (let i = 0; i < 3; i++) {
      await appendAudit(hub.ctx.db, KEY, entry(`turn-a${i}`, { persons: [`kim_${i}`] }));
      await appendAudit(other, KEY, entry(`turn-b${i}`, { persons: [`kim_${i}`] }));
    }
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(i % 2 ? other : hub.ctx.db, KEY, [entry(`both${i}`), entry(`both${i}`, { ratio: 0.25, big: 2 ** 60 })])));
    const rows = (await hub.ctx.db.query<{ id: string; actor: string; details: Record<string, unknown> }>('SELECT id::text, actor, details FROM audit_log ORDER BY audit_log.id')).rows;
    expect(rows).toHaveLength(before + 6 + 40);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(
      rows
        .filter((r) => r.actor.startsWith('both'))
        .map((r) => r.details)
        .filter((d) => 'ratio' in d),
    ).toHaveLength(20);
    const ids = rows.map((r) => BigInt(r.id));
    expect(ids.map((id) => String(id - ids[0]!))).toEqual(ids.map((_, i) => String(i)));
    expect(await verifyAuditChain(hub.ctx.db, KEY)).toMatchObject({ ok: true, entries: rows.length });
  });
});
