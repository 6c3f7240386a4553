// API keys for machine clients (the offices' export jobs): "kimk_<id>.<secret>". Only the
// SHA-256 of the 256-bit secret is stored; a key is shown once, when it is created.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../store/db.js';
import type { Principal } from './principal.js';

/** imports: upload and import status (export jobs); metrics: /metrics (a Prometheus scraper). */
export const API_KEY_SCOPES = ['imports', 'metrics'] as const;
const hash = (secret: string) => createHash('sha256').update(secret).digest();

export async function createApiKey(db: Queryable, input: { tenant: string; name: string; scopes: string[] }): Promise<{ id: string; key: string }> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await db.query('INSERT INTO api_keys (id, tenant, name, scopes, secret_hash) VALUES ($1, $2, $3, $4, $5)', [id, input.tenant, input.name, input.scopes, hash(secret).toString('hex')]);
  return { id, key: `kimk_${id}.${secret}` };
}

export async function revokeApiKey(db: Queryable, id: string): Promise<boolean> {
  return ((await db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id])).rowCount ?? 0) > 0;
}

export const looksLikeApiKey = (credential: string): boolean => credential.startsWith('kimk_');

/** The principal of a presented key, or null for an unknown, revoked or wrong key. */
export async function verifyApiKey(db: Queryable, presented: string): Promise<Principal | null> {
  const m = /^kimk_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/.exec(presented);
  if (!m) return null;
  const row = (await db.query<{ tenant: string; scopes: string[]; secret_hash: string }>('SELECT tenant, scopes, secret_hash FROM api_keys WHERE id = $1 AND revoked_at IS NULL', [m[1]])).rows[0];
  if (!row) return null;
  if (!timingSafeEqual(hash(m[2]!), Buffer.from(row.secret_hash, 'hex'))) return null;
  return { kind: 'api_key', keyId: m[1]!, tenant: row.tenant, scopes: row.scopes };
}
