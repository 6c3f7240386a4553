// What every router does with a request: validate its query against the contract, let the
// access decision through or answer for it, and write the audit entry of a read or change.
import type { Request, Response } from 'express';
import { auditAppender } from '../audit/appender.js';
import type { Access } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { describeErrors, validator } from '../schemas/registry.js';
import type { Db } from '../store/db.js';
import { problem } from './problem.js';

/** The query validated by the contract's schema (schemas/api.schema.json), or a 400 sent. */
export function validQuery<T>(req: Request, res: Response, schema: string): T | null {
  const valid = validator<T>(`api.schema.json#/$defs/${schema}`);
  if (valid(req.query)) return req.query;
  problem(res, 'KIM_ERR_REQUEST_INVALID', describeErrors(valid.errors).join('; '));
  return null;
}

/** Who signed in (set by the authentication middleware, src/api/auth.ts). */
export const principalOf = (res: Response): Principal => res.locals.principal as Principal;

/** 'forbidden' → 403 with a code; 'hidden' → 404 as if the record did not exist. Returns true when the request may go on. */
export function gate(res: Response, access: Access, what: string): boolean {
  if (access === 'allowed') return true;
  if (access === 'forbidden') problem(res, 'KIM_ERR_AUTH_FORBIDDEN', `your role does not allow ${what}`);
  else problem(res, 'KIM_ERR_API_RESOURCE_NOT_FOUND', 'not found');
  return false;
}

/** The purpose the client states for a read (X-Purpose), else the endpoint's own. */
function purposeOf(req: Request, fallback: string): string {
  const stated = req.get('x-purpose');
  return stated && /^[\p{L}\p{N} .,:;/()_-]{1,200}$/u.test(stated) ? stated : fallback;
}

/** Writes one audit entry for the signed-in caller: ids only, never a name. */
export type Audit = (req: Request, res: Response, action: string, subject: string, details?: Record<string, unknown>, purpose?: string) => Promise<void>;

export function createAudit(db: Db, auditKey: string): Audit {
  // One appender for the app: concurrent reads share a transaction of the chain (src/audit/appender.ts).
  const append = auditAppender(db, auditKey);
  return async (req, res, action, subject, details = {}, purpose = 'case work') => {
    // A HEAD answer carries headers only, no personal data: it is no read to account for.
    if (req.method === 'HEAD') return;
    const p = principalOf(res);
    await append({ actor: actorOf(p), role: p.kind === 'user' ? p.role : 'api_key', tenant: p.tenant, action, subject, purpose: purposeOf(req, purpose), details });
  };
}
