// The running hub's pseudonym key (src/kim/pseudonym.ts): KIM_PSEUDONYM_KEY when configured,
// else one the hub generated at its first use and keeps in PostgreSQL, so every process of the
// hub derives the same kimIds and an installation is safe without configuring anything.
import { randomBytes } from 'node:crypto';
import type { Queryable } from './db.js';

const loaded = new WeakMap<Queryable, Promise<string>>();

/** The configured key, or the stored one (read once per pool). */
export function pseudonymKey(db: Queryable, configured: string | null): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let key = loaded.get(db);
  if (!key) {
    key = storedKey(db);
    key.catch(() => loaded.delete(db)); // a failed read is tried again by the next caller
    loaded.set(db, key);
  }
  return key;
}

/** The stored key, created by the first process that asks (two at once: one insert wins, both read it). */
async function storedKey(db: Queryable): Promise<string> {
  await db.query("INSERT INTO installation_secrets (name, value) VALUES ('pseudonym_key', $1) ON CONFLICT (name) DO NOTHING", [randomBytes(32).toString('base64url')]);
  return (await db.query<{ value: string }>("SELECT value FROM installation_secrets WHERE name = 'pseudonym_key'")).rows[0]!.value;
}
