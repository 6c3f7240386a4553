// The least-privilege database role the hub's processes run as (issue 14, finding 8): it owns
// nothing, so it cannot ALTER TABLE … DISABLE TRIGGER or DROP TRIGGER, and it may only insert
// into and read audit_log. The tables belong to the role that runs the migrations (the owner).
import type { Db, Queryable } from './db.js';
import { inTransaction } from './db.js';

/** The role's name unless `kim-hub db-roles --role` says otherwise. */
import { appRoleNameProblem, DEFAULT_APP_ROLE } from './app-role.js';

export { appRoleNameProblem, DEFAULT_APP_ROLE };

/** Tables the hub reads but never writes, and the audit log, which it only appends to. */
const READ_ONLY = ['schema_migrations'];
const APPEND_ONLY = ['audit_log', 'audit_person_lists'];

/** Whether the cluster has the role (the migrations refresh its grants only then). */
export async function roleExists(q: Queryable, role: string): Promise<boolean> {
  return !!(await q.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
}

/**
 * Creates the role if it does not exist (LOGIN with `password`, else NOLOGIN: then give it a
 * login in the cluster's own way, e.g. a certificate; an existing role keeps its login unless a
 * password is given), strips any power beyond the tables (superuser, createdb, …), and
 * grants what the hub needs. Idempotent; run it as the owner after every migration.
 */
export async function createAppRole(db: Db, role: string, password: string | null): Promise<void> {
  const problem = appRoleNameProblem(role);
  if (problem) throw new Error(problem);
  await inTransaction(db, async (tx) => {
    const exists = (await tx.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
    // Without a password an existing role keeps its login (it may sign in by certificate).
    const login = password !== null ? 'LOGIN PASSWORD %L' : exists ? '' : 'NOLOGIN';
    const sql = (await tx.query<{ sql: string }>(`SELECT format('${exists ? 'ALTER' : 'CREATE'} ROLE %I NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ${login}', $1::text, $2::text) AS sql`, [role, password])).rows[0]!.sql;
    await tx.query(sql);
    await grantAppPrivileges(tx, role);
  });
}

/** Grants the role what the hub needs on every table and sequence of the schema, and no more. */
export async function grantAppPrivileges(q: Queryable, role: string): Promise<void> {
  const problem = appRoleNameProblem(role);
  if (problem) throw new Error(problem);
  const owns = (await q.query<{ n: string }>("SELECT count(*) AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1 AND c.relnamespace = 'public'::regnamespace", [role])).rows[0]!.n;
  if (owns !== '0') throw new Error(`role ${role} owns tables: it would be able to disable the audit triggers; run the hub as a role that owns nothing`);
  const name = `"${role}"`;
  for (const statement of [
    `GRANT CONNECT ON DATABASE "${(await q.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db.replace(/"/g, '""')}" TO ${name}`,
    `GRANT USAGE ON SCHEMA public TO ${name}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${name}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name}`,
    `REVOKE INSERT, UPDATE, DELETE ON ${READ_ONLY.join(', ')} FROM ${name}`,
    `REVOKE UPDATE, DELETE ON ${APPEND_ONLY.join(', ')} FROM ${name}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${name}`,
  ]) {
    await q.query(statement);
  }
}
