// The api_keys table: only the SHA-256 of a key's secret is stored (src/auth/api-keys.ts makes
// and checks the keys; this is where their rows are written and read).
import type { Queryable } from './db.js';

export interface ApiKeyRow {
  id: string;
  tenant: string;
  name: string;
  scopes: string[];
  secretHash: string;
  sources: string[];
  authority: string | null;
}

export async function insertApiKey(db: Queryable, row: ApiKeyRow): Promise<void> {
  await db.query('INSERT INTO api_keys (id, tenant, name, scopes, secret_hash, sources, authority) VALUES ($1, $2, $3, $4, $5, $6, $7)', [row.id, row.tenant, row.name, row.scopes, row.secretHash, row.sources, row.authority]);
}

/** False when there is no such key or it is revoked already. */
export async function revokeApiKeyRow(db: Queryable, id: string): Promise<boolean> {
  return ((await db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id])).rowCount ?? 0) > 0;
}

/** A key that is not revoked, as stored. */
export async function activeApiKey(db: Queryable, id: string): Promise<{ tenant: string; scopes: string[]; secret_hash: string; sources: string[]; authority: string | null } | undefined> {
  return (
    await db.query<{ tenant: string; scopes: string[]; secret_hash: string; sources: string[]; authority: string | null }>('SELECT tenant, scopes, secret_hash, sources, authority FROM api_keys WHERE id = $1 AND revoked_at IS NULL', [id])
  ).rows[0];
}

export interface KeyBounds {
  sources: string[];
  authority: string | null;
}

/** The bounds of the key an import came with (revoked since or not: it was valid when it delivered). */
export async function importKeyBounds(db: Queryable, keyId: string): Promise<KeyBounds | null> {
  const row = (await db.query<KeyBounds>('SELECT sources, authority FROM api_keys WHERE id = $1', [keyId])).rows[0];
  return row ?? null;
}
