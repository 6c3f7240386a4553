// Who may do what (DESIGN.md section 6), as pure decisions on a principal. The API answers
// 'hidden' with 404, so nobody learns whether another tenant's or recipient's record exists;
// 'forbidden' (403) only where nothing personal is at stake (operations endpoints).
import type { Principal } from './principal.js';

export type Access = 'allowed' | 'forbidden' | 'hidden';

/** Operations: imports, quarantine, replay, queues. `it_admin` of the tenant; nobody sees names there. */
export function operationsAccess(p: Principal, tenant: string): Access {
  return p.kind === 'user' && p.tenant === tenant && p.role === 'it_admin' ? 'allowed' : 'forbidden';
}

/** What a machine client may do with its key's scope (imports: upload and status; metrics), and `it_admin` of this tenant. */
export function scopedAccess(p: Principal, tenant: string, scope: 'imports' | 'metrics'): Access {
  if (p.kind === 'api_key') return p.tenant === tenant && p.scopes.includes(scope) ? 'allowed' : 'forbidden';
  return operationsAccess(p, tenant);
}

/**
 * Why an import key may not deliver a record of `source` from `authority`, or null when it may.
 * The source must be one of the key's; the authority must be the key's wherever the export
 * names one (the ABH's `behoerde`). Jobcenter, Sozialamt, EBB and consent exports name none:
 * for them the key's source binding is what holds. Consents need a key with source `consent`.
 */
export function deliveryRefusal(key: { sources: string[]; authority: string | null }, source: string, authority: string | null): string | null {
  if (!key.sources.includes(source)) return key.sources.length ? `this key delivers ${key.sources.join(', ')}, not ${source}` : 'this key is bound to no source; create one with --source and --authority';
  if (authority !== null && authority !== key.authority) return `this key delivers for ${key.authority ?? 'no authority'}, not for ${authority}`;
  return null;
}

/**
 * An inbox and its entries: a case manager's own inbox (the persons routed to them), an
 * abh_b3 / ebb_b3 user's authority's inbox. Everyone else, including `coordinator` and
 * `it_admin`, gets 'hidden': the inbox holds personal data.
 */
export function inboxAccess(p: Principal, tenant: string, recipientId: string): Access {
  if (p.kind !== 'user' || p.tenant !== tenant || p.role === null) return 'hidden';
  if (p.role === 'case_manager') return p.subject === recipientId ? 'allowed' : 'hidden';
  if (p.role === 'abh_b3' || p.role === 'ebb_b3') return p.authority !== null && p.authority === recipientId ? 'allowed' : 'hidden';
  return 'hidden';
}

/** An EBB's backlog list: the ebb_b3 staff of that EBB only; everyone else gets 'hidden'. */
export function backlogAccess(p: Principal, tenant: string, ebbId: string): Access {
  return p.kind === 'user' && p.tenant === tenant && p.role === 'ebb_b3' && p.authority === ebbId ? 'allowed' : 'hidden';
}

/** The controlling report: aggregated and suppressed, so 403 (not 404) for everyone but the tenant's coordinator. */
export function reportAccess(p: Principal, tenant: string): Access {
  return p.kind === 'user' && p.tenant === tenant && p.role === 'coordinator' ? 'allowed' : 'forbidden';
}
