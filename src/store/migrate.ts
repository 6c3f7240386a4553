// Versioned migrations: migrations/NNN_name.sql, applied in order, all pending ones in one
// transaction (a failing one leaves none of them applied), recorded in schema_migrations. The
// transaction's advisory lock makes concurrent starts (api + workers) safe.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { KimError } from '../errors/registry.js';
import { projectRoot } from '../paths.js';
import { inTransaction, type Db } from './db.js';

const DIR = path.join(projectRoot, 'migrations');
const LOCK = 5_158_001; // any constant; the same in every process

export function migrationFiles(): Array<{ version: number; name: string; file: string }> {
  return readdirSync(DIR)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.slice(4, -4), file: path.join(DIR, f) }));
}

/** Applies every migration not yet applied; returns the versions it applied. */
export async function migrate(db: Db): Promise<number[]> {
  return inTransaction(db, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    // Checked first: the hub's least-privilege role (src/store/roles.ts) may not create tables,
    // not even "IF NOT EXISTS", but starts fine on a database the owner has migrated.
    const exists = (await tx.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t")).rows[0]!.t;
    if (!exists) await tx.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrationFiles()) {
      if (done.has(m.version)) continue;
      await tx.query(readFileSync(m.file, 'utf8')).catch((e: { code?: string }) => {
        if (e.code !== '42501') throw e;
        throw new KimError('KIM_ERR_CONFIG_INVALID', `DATABASE_URL's role may not apply migration ${m.version} (it owns no tables): run kim-hub migrate as the owner (KIM_MIGRATE_DATABASE_URL) first`);
      });
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** True when every migration file has been applied (for /readyz). */
export async function migrationsCurrent(db: Db): Promise<boolean> {
  const res = await db.query<{ version: number }>('SELECT version FROM schema_migrations').catch(() => ({ rows: [] as Array<{ version: number }> }));
  const done = new Set(res.rows.map((r) => r.version));
  return migrationFiles().every((m) => done.has(m.version));
}
