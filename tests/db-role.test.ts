// The least-privilege role against the real PostgreSQL (issue 14, finding 8): a hub connected as
// the role `kim-hub db-roles` makes imports through the queues and writes audit entries, while
// the role can neither edit the audit log nor disable or drop its triggers. Roles are
// cluster-wide: each run makes its own and drops it afterwards.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../src/audit/log.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { examplesDir, projectRoot } from '../src/paths.js';
import { closeContext, createContext, type Context } from '../src/service/context.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { startWorkers } from '../workers/index.js';
import { migrate } from '../src/store/migrate.js';
import { createAppRole } from '../src/store/roles.js';
import { consentsFirst, createTestHub, type TestHub } from './service-helpers.js';

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ROLE = `kim_app_t${run}`;
const NOLOGIN_ROLE = `kim_app_n${run}`;
const PASSWORD = `pw-${run}-of-the-test-role`;
let hub: TestHub;
let app: Context;

beforeAll(async () => {
  hub = await createTestHub();
  await createAppRole(hub.ctx.db, ROLE, PASSWORD);
  const url = new URL(hub.env.DATABASE_URL!);
  url.username = ROLE;
  url.password = PASSWORD;
  app = createContext(loadConfig({ ...hub.env, DATABASE_URL: url.toString() }), createLogger({ level: 'warn', destination: { write: (line: string) => void hub.logs.push(line) } }));
}, 60_000);

afterAll(async () => {
  if (app) await closeContext(app).catch(() => undefined);
  for (const role of [ROLE, NOLOGIN_ROLE]) {
    if (!(await hub.ctx.db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount) continue;
    await hub.ctx.db.query(`DROP OWNED BY "${role}"`); // its grants, here and on the database
    await hub.ctx.db.query(`DROP ROLE "${role}"`);
  }
  await hub?.close();
}, 60_000);

describe('the least-privilege database role', () => {
  it('runs the hub: starts on the migrated database, imports the samples through the queues, writes a verifiable audit chain', async () => {
    expect(await migrate(app.db)).toEqual([]);
    const workers = startWorkers(app);
    try {
      const samples = path.join(examplesDir, 'kreis-mettmann');
      const files = readdirSync(samples)
        .filter((f) => /\.(xml|csv)$/.test(f))
        .map((f) => path.join(samples, f));
      for (const wave of consentsFirst(files)) {
        const ids = [];
        for (const f of wave) ids.push(await createImport(app, { file: f, trigger: 'cli', how: 'copy' }));
        const statuses = await waitForImports(app, ids, 60_000);
        expect(statuses.map((s) => s.status)).toEqual(wave.map(() => 'done'));
        await waitForIdle(app, 60_000);
      }
    } finally {
      await workers.close();
    }
    expect(Number((await app.db.query<{ n: string }>('SELECT count(*) AS n FROM signals')).rows[0]!.n)).toBeGreaterThan(0);
    expect(Number((await app.db.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'consent_change'")).rows[0]!.n)).toBeGreaterThan(0);
    // An API read's entry: appended in a transaction of its own on the role's pool.
    await appendAudit(app.db, app.config.auditKey, { actor: 'cm-0001', role: 'case_manager', action: 'read_inbox', subject: 'cm-0001' });
    expect(await verifyAuditChain(app.db, app.config.auditKey)).toMatchObject({ ok: true });
  }, 120_000);

  it('owns nothing and cannot edit the audit log or its person lists, disable or drop their triggers, or create tables', async () => {
    const owned = await hub.ctx.db.query('SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1', [ROLE]);
    expect(owned.rows).toEqual([]);
    for (const [sql, refusal] of [
      ["UPDATE audit_log SET purpose = 'x'", /permission denied/],
      ['DELETE FROM audit_log', /permission denied/],
      ['TRUNCATE audit_log', /permission denied/],
      ['ALTER TABLE audit_log DISABLE TRIGGER ALL', /must be owner/],
      ['ALTER TABLE audit_log DISABLE TRIGGER audit_no_update', /must be owner/],
      ['DROP TRIGGER audit_no_update ON audit_log', /must be owner/],
      ['DROP TABLE audit_log', /must be owner/],
      ["UPDATE audit_person_lists SET kim_ids = '{}'", /permission denied/],
      ['DELETE FROM audit_person_lists', /permission denied/],
      ['ALTER TABLE audit_person_lists DISABLE TRIGGER ALL', /must be owner/],
      ['SET session_replication_role = replica', /permission denied/],
      ['CREATE TABLE x (y int)', /permission denied/],
      ["INSERT INTO schema_migrations (version, name) VALUES (999, 'x')", /permission denied/],
    ] as const) {
      await expect(app.db.query(sql), sql).rejects.toThrow(refusal);
    }
  });

  it('is made NOLOGIN by kim-hub db-roles without KIM_APP_DB_PASSWORD, again and again', async () => {
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'db-roles', '--role', NOLOGIN_ROLE], {
        encoding: 'utf8',
        env: { ...process.env, ...hub.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', KIM_MIGRATE_DATABASE_URL: hub.env.DATABASE_URL!, KIM_APP_DB_PASSWORD: '' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`role ${NOLOGIN_ROLE} ready (no password given: a new role is NOLOGIN`);
    }
    expect((await hub.ctx.db.query('SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = $1', [NOLOGIN_ROLE])).rows).toEqual([{ rolcanlogin: false, rolsuper: false }]);
  });

  it('is refused a role name that is no plain identifier', () => {
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'db-roles', '--role', 'x"; DROP TABLE audit_log; --'], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    expect(r.status).toBe(64);
  });
});
