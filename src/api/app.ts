// `kim-hub api`: the Express app assembled from one router per resource. Every endpoint but the
// health checks and the contract needs a bearer token of the identity provider or an API key
// (src/api/auth.ts); who may see what is decided in src/auth/access.ts, every read of personal
// data is audited, and every refusal is a problem answer with a registry code (src/api/problem.ts).
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { authenticate } from './auth.js';
import { createWebRouter } from '../web/router.js';
import type { ApiDeps } from './deps.js';
import { errorHandler, notFound } from './problem.js';
import { createAudit } from './request.js';
import { backlogRouter } from './routers/backlog.js';
import { importsRouter } from './routers/imports.js';
import { inboxRouter } from './routers/inbox.js';
import { healthRouter, operationsRouter } from './routers/operations.js';
import { outreachRouter } from './routers/outreach.js';
import { reportRouter } from './routers/report.js';

const VERSION = '0.1.0';

/**
 * More routers on the same app (the web UI, say). `public` ones come before the sign-in and may
 * be cached (static assets); `routers` come after it: `res.locals.principal` says who signed in,
 * every answer carries `Cache-Control: no-store`, and refusals use `problem`/`gate` of src/api.
 */
export interface ApiExtensions {
  public?: Router[];
  routers?: Router[];
}

/** A request id for the logs and the client (no personal data in either), and one log line per request. */
function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const id = given && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
    res.set('X-Request-Id', id);
    // The request's logger is made when something logs: most requests log nothing below debug,
    // and a child logger per request was a fiftieth of the API's CPU under load (docs/performance.md).
    let child: Logger | undefined;
    Object.defineProperty(res.locals, 'log', { get: () => (child ??= log.child({ requestId: id })), enumerable: true });
    // Method, path (ids only) and status; never a query or a body. A refused request's path may be
    // anything a client typed (a name instead of an id): only the route it matched, if any.
    if (log.isLevelEnabled('debug')) res.on('finish', () => (res.locals.log as Logger).debug({ method: req.method, ...(res.statusCode < 400 ? { path: req.path } : { route: req.route?.path ?? null }), status: res.statusCode }, 'request'));
    next();
  };
}

/** Everything after it may carry personal data: no cache (browser, proxy) keeps a copy. */
const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

export function createApp(deps: ApiDeps, extensions: ApiExtensions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Only the configured proxies' X-Forwarded-For is believed (KIM_TRUST_PROXY); otherwise the socket's address is the client.
  app.set('trust proxy', deps.config.trustProxy);
  app.use(helmet());
  app.use(requestLog(deps.log));
  app.use(healthRouter(deps, VERSION));
  // The web workplace signs in with its own session cookie (src/web) and sets no-store itself; never the API's bearer credentials.
  if (deps.config.web) app.use('/web', createWebRouter(deps, deps.config.web));
  for (const router of extensions.public ?? []) app.use(router);
  app.use(noStore);
  app.use(authenticate({ db: deps.db, tenant: deps.tenant, oidc: deps.config.oidc }));

  const audit = createAudit(deps.db, deps.config.auditKey);
  app.use(operationsRouter(deps));
  app.use(importsRouter(deps, audit));
  app.use(inboxRouter(deps, audit));
  app.use(backlogRouter(deps, audit));
  app.use(outreachRouter(deps, audit));
  app.use(reportRouter(deps, audit));
  for (const router of extensions.routers ?? []) app.use(router);

  app.use(notFound);
  app.use(errorHandler(deps.log));
  return app;
}

export async function startApi(deps: ApiDeps, host = '127.0.0.1', extensions: ApiExtensions = {}): Promise<Server> {
  const app = createApp(deps, extensions);
  return new Promise((resolve) => {
    const server = app.listen(deps.config.port, host, () => resolve(server));
  });
}
