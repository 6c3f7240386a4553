// The web workplace under /web: sign-in at the identity provider, server-side sessions, CSRF on
// every form, and the pages (src/web/pages). Server-rendered HTML with one stylesheet and one
// small script served from here, so the Content-Security-Policy allows nothing but 'self'.
// Who may see what is decided by src/auth/access.ts, as for the API.
import path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { appendAudit } from '../audit/log.js';
import { userPrincipal } from '../auth/principal.js';
import { isKimError } from '../errors/registry.js';
import { projectRoot } from '../paths.js';
import { html } from './html.js';
import { page } from './layout.js';
import { createOidcClient, type OidcClient } from './oidc.js';
import { registerBacklogPages } from './pages/backlog.js';
import { registerControllingPages } from './pages/controlling.js';
import { registerInboxPages } from './pages/inbox.js';
import { registerOperationsPages } from './pages/operations.js';
import { registerPersonPages } from './pages/person.js';
import { queueBoardCsp, registerQueueBoard } from './pages/queue-board.js';
import { cookieHeader, createSession, csrfValid, endSession, findSession, loginCookieName, readCookie, sessionCookieName } from './session.js';
import type { WebSettings } from './settings.js';
import { principalOf, refuse, sessionOf, type WebDeps, type WebHub } from './page-deps.js';

export { auditWeb, principalOf, refuse, sessionOf, type WebDeps, type WebHub } from './page-deps.js';

export const ASSETS_DIR = path.join(projectRoot, 'src', 'web', 'assets');

/** Only a path of this workplace may be where the sign-in returns to (no open redirect). */
export function safeReturn(target: unknown): string {
  return typeof target === 'string' && /^\/web\/[A-Za-z0-9/_.?=&%-]*$/.test(target) && !target.includes('//') ? target : '/web/';
}

const HOME: Record<string, string> = { case_manager: '/web/posteingang', abh_b3: '/web/posteingang', ebb_b3: '/web/posteingang', coordinator: '/web/controlling', it_admin: '/web/betrieb' };

export function createWebRouter(ctx: WebHub, settings: WebSettings, oidc: OidcClient = createOidcClient(ctx.db, settings)): Router {
  const router = express.Router();
  const issuerOrigin = new URL(settings.issuer).origin;
  const hubOrigin = new URL(settings.publicUrl).origin;
  const sessionCookie = sessionCookieName(settings);

  // form-action names the identity provider: Chromium checks a form's redirects too (sign-out goes on there).
  const csp = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self' ${issuerOrigin}; frame-ancestors 'none'; base-uri 'none'`;
  router.use((_req, res, next) => {
    res.set('Content-Security-Policy', csp);
    res.set('Cache-Control', 'no-store');
    res.set('Referrer-Policy', 'no-referrer');
    next();
  });
  router.use('/assets', express.static(ASSETS_DIR, { fallthrough: false, index: false, maxAge: 0 }));

  registerSignIn(router, ctx, settings, oidc);
  // Everything below needs a session; without one the browser goes through the sign-in and comes back.
  router.use(requireSession(ctx, settings));
  // Every form carries the session's token; a cross-site page can neither read it nor post without it.
  router.use(express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 }));
  router.use(checkCsrf(ctx, hubOrigin));

  router.post('/abmelden', async (_req, res, next) => {
    try {
      const session = sessionOf(res);
      await endSession(ctx.db, session);
      res.append('Set-Cookie', cookieHeader(settings, sessionCookie, '', 0));
      const end = await oidc.endSessionUrl(session.idToken).catch(() => null);
      res.redirect(303, end?.href ?? '/web/abgemeldet');
    } catch (e) {
      next(e);
    }
  });

  router.get('/', (_req, res) => {
    const role = principalOf(res).role;
    if (role) return res.redirect(303, HOME[role]!);
    res
      .status(403)
      .type('html')
      .send(page({ title: 'Kein Zugang', principal: principalOf(res), csrf: sessionOf(res).csrf, body: html`<p>Ihr Konto ist für diesen KIM-Hub keiner Rolle zugeordnet. Bitte wenden Sie sich an die Koordinierungsstelle.</p>` }));
  });

  const deps: WebDeps = { ctx, settings };
  registerInboxPages(router, deps);
  registerPersonPages(router, deps);
  registerBacklogPages(router, deps);
  registerControllingPages(router, deps);
  registerOperationsPages(router, deps);
  registerQueueBoard(router, deps, queueBoardCsp(csp));

  router.use((_req, res) => refuse(res, 404, sessionOf(res)?.csrf ?? null));
  router.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const e = err as { name?: string; code?: string; stack?: string };
    ctx.log.error({ err: { name: e.name, code: e.code, at: e.stack?.split('\n')[1]?.trim() }, method: req.method }, 'web request failed');
    res
      .status(500)
      .type('html')
      .send(page({ title: 'Fehler', principal: null, csrf: null, body: html`<p>Die Seite konnte nicht geladen werden. Bitte versuchen Sie es später erneut.</p>` }));
  });
  return router;
}

/** The sign-in at the identity provider (authorisation code flow with PKCE) and the signed-out page. */
function registerSignIn(router: Router, ctx: WebHub, settings: WebSettings, oidc: OidcClient): void {
  const sessionCookie = sessionCookieName(settings);
  const loginCookie = loginCookieName(settings);
  router.get('/anmelden', async (req, res, next) => {
    try {
      const { url, state } = await oidc.start(safeReturn(req.query.ziel));
      res.append('Set-Cookie', cookieHeader(settings, loginCookie, state, 600));
      res.redirect(303, url.href);
    } catch (e) {
      next(e);
    }
  });

  router.get('/anmelden/rueckruf', async (req, res, next) => {
    const query = req.originalUrl.split('?')[1] ?? '';
    try {
      const who = await oidc.finish(query, readCookie(req.get('cookie'), loginCookie));
      const { cookie } = await createSession(ctx.db, settings, who);
      res.append('Set-Cookie', cookieHeader(settings, loginCookie, '', 0));
      res.append('Set-Cookie', cookieHeader(settings, sessionCookie, cookie, null));
      await appendAudit(ctx.db, ctx.config.auditKey, { actor: who.subject, tenant: who.tenant, action: 'web_sign_in', subject: `user:${who.subject}`, purpose: 'sign-in', details: {} });
      res.redirect(303, who.returnTo);
    } catch (e) {
      if (!isKimError(e) || e.code !== 'KIM_ERR_AUTH_UNAUTHENTICATED') return next(e);
      ctx.log.info({ reason: e.message }, 'web sign-in refused');
      res
        .status(401)
        .type('html')
        .send(page({ title: 'Anmeldung fehlgeschlagen', principal: null, csrf: null, body: html`<p>Die Anmeldung konnte nicht abgeschlossen werden.</p><p><a href="/web/anmelden">Erneut anmelden</a></p>` }));
    }
  });

  router.get('/abgemeldet', (_req, res) => {
    res.type('html').send(page({ title: 'Abgemeldet', principal: null, csrf: null, body: html`<p>Sie sind abgemeldet.</p><p><a href="/web/anmelden">Wieder anmelden</a></p>` }));
  });
}

/** A signed-in session, or a way through the sign-in back to the page asked for. */
function requireSession(ctx: WebHub, settings: WebSettings): RequestHandler {
  const sessionCookie = sessionCookieName(settings);
  return async (req, res, next) => {
    try {
      const session = await findSession(ctx.db, settings, readCookie(req.get('cookie'), sessionCookie));
      if (!session) {
        if (req.method !== 'GET') return refuse(res, 403);
        return res.redirect(303, `/web/anmelden?ziel=${encodeURIComponent(safeReturn(req.originalUrl))}`);
      }
      res.locals.webSession = session;
      res.locals.principal = userPrincipal(ctx.tenant, session.subject, session.tenant);
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** A form is taken only with the session's token and from the hub's own origin. */
function checkCsrf(ctx: WebHub, hubOrigin: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    const origin = req.get('origin');
    if ((origin && origin !== hubOrigin && origin !== 'null') || !csrfValid(sessionOf(res), (req.body as Record<string, unknown> | undefined)?._csrf)) {
      ctx.log.info({ route: req.path.replace(/\d+/g, ':id') }, 'web form refused (csrf)');
      return refuse(res, 403);
    }
    next();
  };
}
