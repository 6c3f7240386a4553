// What every page of the web workplace gets and shares: the hub's parts, the signed-in user, their
// session, the audit call and the refusal page. Apart from router.ts so the pages need not import it.
import type { Response } from 'express';
import type { ApiDeps } from '../api/deps.js';
import { appendAudit } from '../audit/log.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { html } from './html.js';
import { page } from './layout.js';
import type { WebSession } from './session.js';
import type { WebSettings } from './settings.js';

/** The web workplace needs what the API needs (it reads through the same repositories). */
export type WebHub = ApiDeps;

/** What every page handler gets: the hub, the signed-in user, their session, and an audit call. */
export interface WebDeps {
  ctx: WebHub;
  settings: WebSettings;
}

export const principalOf = (res: Response): Principal & { kind: 'user' } => res.locals.principal as Principal & { kind: 'user' };
export const sessionOf = (res: Response): WebSession => res.locals.webSession as WebSession;

export function auditWeb(ctx: WebHub, res: Response, action: string, subject: string, details: Record<string, unknown> = {}, purpose = 'case work') {
  const p = principalOf(res);
  return appendAudit(ctx.db, ctx.config.auditKey, { actor: actorOf(p), role: p.role, tenant: p.tenant, action, subject, purpose, details: { ...details, via: 'web' } });
}

/** A page that says no: 404 for what the reader may not know exists, 403 where nothing personal is at stake. */
export function refuse(res: Response, status: 403 | 404, csrf: string | null = null): void {
  const title = status === 404 ? 'Nicht gefunden' : 'Kein Zugriff';
  const text = status === 404 ? 'Diese Seite gibt es nicht, oder sie ist für Sie nicht sichtbar.' : 'Ihre Rolle erlaubt diese Seite nicht.';
  res
    .status(status)
    .type('html')
    .send(page({ title, principal: res.locals.principal ?? null, csrf, body: html`<p>${text}</p><p><a href="/web/">Zur Startseite</a></p>` }));
}
