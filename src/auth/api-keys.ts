// API keys for machine clients (the offices' export jobs): "kimk_<id>.<secret>". Only the
// SHA-256 of the 256-bit secret is stored; a key is shown once, when it is created. An import
// key is bound to the sources and the authority it may deliver for (src/auth/access.ts).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { IMPORT_QUERY_SOURCES } from '../generated/enums.js';
import type { Tenant } from '../generated/kim-types.js';
import type { Queryable } from '../store/db.js';
import { activeApiKey, insertApiKey, revokeApiKeyRow } from '../store/api-keys.js';
import type { Principal } from './principal.js';

/** imports: upload and import status (export jobs); metrics: /metrics (a Prometheus scraper). */
export const API_KEY_SCOPES = ['imports', 'metrics'] as const;
/**
 * What an import key may deliver: the sources an import can come from (api.schema.json, ImportQuery;
 * the tenant file is not delivered by an export job). `consent` is the case managers' channel: a key
 * with it may have no other source, so no office's export job can ever deliver a consent or a withdrawal.
 */
export const KEY_SOURCES = IMPORT_QUERY_SOURCES;
const hash = (secret: string) => createHash('sha256').update(secret).digest();

export interface NewApiKey {
  tenant: string;
  name: string;
  scopes: string[];
  /** the sources an import key may deliver; empty for a metrics key */
  sources?: string[];
  /** the authority an import key delivers for (the export's `behoerde` where the format names one) */
  authority?: string | null;
}

/**
 * Why a key may not be created as asked, or null. An import key needs its sources and its
 * authority; an ABH key's authority must be an ABH of the tenant file, since ABH exports name
 * theirs and are held to it.
 */
export function keyBoundsProblem(input: NewApiKey, tenant: Tenant): string | null {
  const sources = input.sources ?? [];
  const unknown = sources.filter((s) => !(KEY_SOURCES as readonly string[]).includes(s));
  if (unknown.length) return `unknown source ${unknown.join(', ')}; known: ${KEY_SOURCES.join(', ')}`;
  if (!input.scopes.includes('imports')) return sources.length || input.authority ? 'sources and authority belong to a key with the scope imports' : null;
  if (!sources.length) return 'an import key needs --source (one or more of the sources it delivers)';
  if (sources.includes('consent') && sources.length > 1) return 'consents come only through a key of their own: --source consent alone';
  if (!input.authority || !/^[A-Za-z0-9._-]{1,64}$/.test(input.authority)) return 'an import key needs --authority (the id of the office it delivers for)';
  if (sources.includes('abh') && !tenant.authorities.some((a) => a.id === input.authority && a.kind === 'abh')) return `${input.authority} is not an ABH of the tenant file`;
  return null;
}

export async function createApiKey(db: Queryable, input: NewApiKey): Promise<{ id: string; key: string }> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await insertApiKey(db, {
    id,
    tenant: input.tenant,
    name: input.name,
    scopes: input.scopes,
    secretHash: hash(secret).toString('hex'),
    sources: [...new Set(input.sources ?? [])],
    authority: input.authority ?? null,
  });
  return { id, key: `kimk_${id}.${secret}` };
}

export async function revokeApiKey(db: Queryable, id: string): Promise<boolean> {
  return revokeApiKeyRow(db, id);
}

export const looksLikeApiKey = (credential: string): boolean => credential.startsWith('kimk_');

/** The principal of a presented key, or null for an unknown, revoked or wrong key. */
export async function verifyApiKey(db: Queryable, presented: string): Promise<Principal | null> {
  const m = /^kimk_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/.exec(presented);
  if (!m) return null;
  const row = await activeApiKey(db, m[1]!);
  if (!row) return null;
  if (!timingSafeEqual(hash(m[2]!), Buffer.from(row.secret_hash, 'hex'))) return null;
  return { kind: 'api_key', keyId: m[1]!, tenant: row.tenant, scopes: row.scopes, sources: row.sources, authority: row.authority };
}
