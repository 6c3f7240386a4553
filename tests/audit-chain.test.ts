// The keyed audit chain against the real PostgreSQL (issue 14, finding 8): an edit with the chain
// recomputed the way anyone with table access can is still named, entries written before the
// keyed chain keep their SHA-256 chain and are anchored by it, and no key means no start in production.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../src/audit/log.js';
import { DEVELOPMENT_AUDIT_KEY } from '../src/audit/chain.js';
import { loadConfig } from '../src/config.js';
import { projectRoot } from '../src/paths.js';
import { createPool, type Db } from '../src/store/db.js';
import { migrate, migrationFiles } from '../src/store/migrate.js';
import { ADMIN_URL, createTestHub, type TestHub } from './service-helpers.js';

const KEY = 'a test audit key of at least thirty-two characters';
let hub: TestHub;
let ids: string[];
let kept: { id: string; hmac: string };

/** Runs `sql` behind the update trigger, as the table's owner (or a superuser) can. */
async function behindTriggers(db: Db, fn: () => Promise<void>): Promise<void> {
  await db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_no_update');
  try {
    await fn();
  } finally {
    await db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_no_update');
  }
}

/** What an attacker with write access does: edit an entry, then recompute every SHA-256 hash from there on (migration 003's function). */
async function editAndRecompute(db: Db, id: string): Promise<void> {
  await behindTriggers(db, async () => {
    await db.query("UPDATE audit_log SET purpose = 'nothing to see' WHERE id = $1", [id]);
    let prev = (await db.query<{ hash: string }>('SELECT hash FROM audit_log WHERE id < $1 AND hash IS NOT NULL ORDER BY id DESC LIMIT 1', [id])).rows[0]?.hash ?? '0'.repeat(64);
    for (const r of (await db.query<{ id: string }>('SELECT id FROM audit_log WHERE id >= $1 ORDER BY id', [id])).rows) {
      prev = (await db.query<{ hash: string }>('UPDATE audit_log SET prev_hash = $1, hash = audit_entry_hash($1, id, at, actor, role, tenant, action, subject, purpose, details) WHERE id = $2 RETURNING hash', [prev, r.id])).rows[0]!.hash;
    }
  });
}

function cliVerify(env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'audit-verify'], { encoding: 'utf8', env: { ...process.env, ...env } });
}

beforeAll(async () => {
  hub = await createTestHub({ KIM_AUDIT_KEY: KEY });
  for (let i = 0; i < 12; i++) {
    await appendAudit(hub.ctx.db, KEY, { actor: `cm-000${i % 3}`, role: 'case_manager', tenant: '05158', action: 'read_signal', subject: `kim_${i}`, purpose: 'Beratungsgespräch', details: { b: i, a: [1, 'zwei'], 'ä"': null } });
  }
  ids = (await hub.ctx.db.query<{ id: string }>('SELECT id FROM audit_log ORDER BY id')).rows.map((r) => r.id);
}, 60_000);

afterAll(async () => {
  await hub?.close();
});

describe('the keyed audit chain', () => {
  it('verifies a chain appended in batches and from concurrent transactions, and prints its head entry and HMAC', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        appendAudit(hub.ctx.db, KEY, [
          { actor: 'system', action: 'consent_change', subject: `c${i}` },
          { actor: 'system', action: 'consent_change', subject: `d${i}` },
        ]),
      ),
    );
    ids = (await hub.ctx.db.query<{ id: string }>('SELECT id FROM audit_log ORDER BY id')).rows.map((r) => r.id);
    const report = await verifyAuditChain(hub.ctx.db, KEY, 5);
    expect(report).toMatchObject({ ok: true, broken: null, entries: 24, headId: ids[23] });
    const cli = cliVerify(hub.env);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toBe(`audit log intact: 24 entries, head ${ids[23]}:${report.head}\n`);
    kept = { id: ids[23]!, hmac: report.head! };
    expect(await verifyAuditChain(hub.ctx.db, KEY, 5, kept)).toMatchObject({ ok: true });
  });

  it('does not verify under another key', async () => {
    expect(await verifyAuditChain(hub.ctx.db, 'another key of at least thirty-two characters')).toMatchObject({ ok: false, broken: { id: ids[0], problem: 'content changed' } });
  });

  it('refuses an entry inserted without the hub chaining it', async () => {
    await expect(hub.ctx.db.query("INSERT INTO audit_log (actor, action) VALUES ('x', 'y')")).rejects.toThrow(/chained by the hub/);
  });

  it('notices a cut-off end against the head row, and against a kept head when the head row was moved back too', async () => {
    const last = ids[ids.length - 1]!;
    await behindTriggers(hub.ctx.db, async () => void (await hub.ctx.db.query('DELETE FROM audit_log WHERE id = $1', [last])));
    expect(await verifyAuditChain(hub.ctx.db, KEY)).toMatchObject({ ok: false, broken: { id: ids[ids.length - 2], problem: 'entries cut off after it' } });
    // Whoever can write the table can also move the head row back: only a head kept outside the hub notices then.
    await hub.ctx.db.query('UPDATE audit_head SET last_hmac = (SELECT hmac FROM audit_log ORDER BY id DESC LIMIT 1)');
    expect(await verifyAuditChain(hub.ctx.db, KEY)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(hub.ctx.db, KEY, 5, kept)).toMatchObject({ ok: false, broken: { id: kept.id, problem: 'kept head not found' } });
    const cli = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'audit-verify', '--expect-head', `${kept.id}:${kept.hmac}`], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    expect(cli.status).toBe(4);
    expect(cli.stdout).toContain(`BROKEN at entry ${kept.id}: kept head not found`);
  });

  // Regression, issue 14 finding 8: on the SHA-256 chain this edit verified as intact.
  it('names an entry edited by someone who recomputed the SHA-256 chain, as anyone with write access to the table can', async () => {
    await editAndRecompute(hub.ctx.db, ids[4]!);
    expect(await verifyAuditChain(hub.ctx.db, KEY, 5)).toMatchObject({ ok: false, broken: { id: ids[4], problem: 'content changed' } });
    const cli = cliVerify(hub.env);
    expect(cli.status).toBe(4);
    expect(cli.stdout).toContain(`BROKEN at entry ${ids[4]}: content changed`);
  });
});

describe('entries written before the keyed chain', () => {
  const dbName = `kim_test_auditpre_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  let db: Db;
  let oldIds: string[];
  let keyedIds: string[];

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    db = createPool(ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`));
    // The database as it was before migration 030: entries chained by the SHA-256 trigger.
    for (const m of migrationFiles().filter((f) => f.version < 30)) await db.query(readFileSync(m.file, 'utf8'));
    await db.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    for (const m of migrationFiles().filter((f) => f.version < 30)) await db.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    for (let i = 0; i < 5; i++) await db.query("INSERT INTO audit_log (actor, action, subject, details) VALUES ('system', 'erasure', $1, $2)", [`kim_old${i}`, JSON.stringify({ records: i })]);
    oldIds = (await db.query<{ id: string }>('SELECT id FROM audit_log ORDER BY id')).rows.map((r) => r.id);
    expect(await migrate(db)).toContain(30);
    for (let i = 0; i < 3; i++) await appendAudit(db, KEY, { actor: 'system', action: 'erasure', subject: `kim_new${i}` });
    keyedIds = (await db.query<{ id: string }>('SELECT id FROM audit_log WHERE hmac IS NOT NULL ORDER BY id')).rows.map((r) => r.id);
  }, 60_000);

  afterAll(async () => {
    await db?.end();
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  let preHead: { id: string; hmac: string };

  it('keep their SHA-256 chain, and the keyed chain continues from its last hash', async () => {
    expect(keyedIds).toHaveLength(3);
    expect((await db.query('SELECT keyed_from::text FROM audit_head')).rows[0]).toEqual({ keyed_from: String(BigInt(oldIds[4]!) + 1n) });
    const report = await verifyAuditChain(db, KEY, 2);
    expect(report).toMatchObject({ ok: true, entries: 8, headId: keyedIds[2] });
    preHead = { id: report.headId!, hmac: report.head! };
  });

  it('are still named when edited without recomputing', async () => {
    await behindTriggers(db, async () => void (await db.query("UPDATE audit_log SET subject = 'kim_other' WHERE id = $1", [oldIds[1]])));
    expect(await verifyAuditChain(db, KEY, 2)).toMatchObject({ ok: false, broken: { id: oldIds[1], problem: 'content changed' } });
  });

  it('once edited with the SHA-256 chain recomputed, break the keyed chain at its first entry', async () => {
    await editAndRecompute(db, oldIds[1]!);
    expect(await verifyAuditChain(db, KEY, 2)).toMatchObject({ ok: false, broken: { id: keyedIds[0], problem: 'unkeyed entries before it changed' } });
  });

  it('cannot hide a rewrite that turns every keyed entry into a SHA-256 one from a head kept outside the hub', async () => {
    await behindTriggers(db, async () => {
      let prev = '0'.repeat(64);
      for (const r of (await db.query<{ id: string }>('SELECT id FROM audit_log ORDER BY id')).rows) {
        prev = (
          await db.query<{ hash: string }>('UPDATE audit_log SET prev_hmac = NULL, hmac = NULL, prev_hash = $1, hash = audit_entry_hash($1, id, at, actor, role, tenant, action, subject, purpose, details) WHERE id = $2 RETURNING hash', [
            prev,
            r.id,
          ])
        ).rows[0]!.hash;
      }
      await db.query('UPDATE audit_head SET keyed_from = (SELECT max(id) + 1 FROM audit_log), anchor = $1, last_hmac = NULL', [prev]);
    });
    // Inside the database nothing is left to tell: the residual risk README.md names.
    expect(await verifyAuditChain(db, KEY, 2)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(db, KEY, 2, preHead)).toMatchObject({ ok: false, broken: { id: preHead.id, problem: 'kept head not found' } });
  });
});

describe('the audit key', () => {
  it('is required with NODE_ENV=production, at least 32 characters, and never the public development key there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/^KIM_AUDIT_KEY is required with NODE_ENV=production/);
    expect(() => loadConfig({ KIM_AUDIT_KEY: 'short' })).toThrow(/^KIM_AUDIT_KEY must be at least 32 characters/);
    expect(() => loadConfig({ NODE_ENV: 'production', KIM_AUDIT_KEY: DEVELOPMENT_AUDIT_KEY })).toThrow(/public development key/);
    expect(loadConfig({ NODE_ENV: 'production', KIM_AUDIT_KEY: KEY }).auditKey).toBe(KEY);
    expect(loadConfig({}).auditKey).toBe(DEVELOPMENT_AUDIT_KEY);
  });
});
