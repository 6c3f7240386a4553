// `kim-hub api`: uploads, import status, quarantine, inboxes. Every endpoint but the health
// checks needs a bearer token of the identity provider or an API key (src/auth); who may see
// what is decided in src/auth/access.ts, and every read of personal data is audited.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Source } from '../../adapters/types.js';
import { appendAudit } from '../audit/log.js';
import { backlogAccess, deliveryRefusal, inboxAccess, operationsAccess, reportAccess, scopedAccess, type Access } from '../auth/access.js';
import { looksLikeApiKey, verifyApiKey } from '../auth/api-keys.js';
import { actorOf, userPrincipal, type Principal } from '../auth/principal.js';
import { createFailureThrottle } from '../auth/throttle.js';
import { createTokenVerifier } from '../auth/tokens.js';
import type { BacklogQuery, ImportQuery, InboxQuery, OutreachQuery, QuarantineQuery, ReportQuery } from '../generated/kim-types.js';
import { backlogCsv, backlogXlsx, loadBacklog } from './backlog.js';
import { loadControllingReport, reportCsv } from './report.js';
import { loadOutreach, outreachCsv, outreachEnabled } from './outreach.js';
import { describeErrors, validator } from '../schemas/registry.js';
import { isKimError, KimError } from '../errors/registry.js';
import { migrationsCurrent } from '../store/migrate.js';
import type { Context } from './context.js';
import { confirmHeldImport, createImport, importStatus, spoolPath } from './imports.js';
import { inboxDetail, listInbox, setState } from './inbox.js';
import { createMetrics } from './metrics.js';
import { openApiDocument } from './openapi.js';
import { uploadRefusal } from './upload-bounds.js';
import { STAGES } from './queues.js';
import { receiveUpload } from './upload.js';
import { createWebRouter } from '../web/router.js';

const VERSION = '0.1.0';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The query validated by the contract's schema (schemas/api.schema.json), or a 400 sent. */
function query<T>(req: Request, res: Response, schema: string): T | null {
  const valid = validator<T>(`api.schema.json#/$defs/${schema}`);
  if (valid(req.query)) return req.query;
  problem(res, 400, 'invalid query', describeErrors(valid.errors).join('; '));
  return null;
}

function problem(res: Response, status: number, title: string, detail?: string): void {
  res.status(status).type('application/problem+json').json({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) });
}

const principalOf = (res: Response): Principal => res.locals.principal as Principal;

/** 'forbidden' → 403 with a code; 'hidden' → 404 as if the record did not exist. Returns true when the request may go on. */
function gate(res: Response, access: Access, what: string): boolean {
  if (access === 'allowed') return true;
  if (access === 'forbidden') problem(res, 403, 'KIM_ERR_AUTH_FORBIDDEN', `your role does not allow ${what}`);
  else problem(res, 404, 'not found');
  return false;
}

/** The purpose the client states for a read (X-Purpose), else the endpoint's own. */
function purposeOf(req: Request, fallback: string): string {
  const stated = req.get('x-purpose');
  return stated && /^[\p{L}\p{N} .,:;/()_-]{1,200}$/u.test(stated) ? stated : fallback;
}

export function createApp(ctx: Context): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Only the configured proxies' X-Forwarded-For is believed (KIM_TRUST_PROXY); otherwise the socket's address is the client.
  app.set('trust proxy', ctx.config.trustProxy);
  app.use(helmet());
  // A request id for the logs and the client (no personal data in either).
  app.use((req, res, next) => {
    const given = req.get('x-request-id');
    const id = given && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
    res.set('X-Request-Id', id);
    const log = ctx.log.child({ requestId: id });
    res.locals.log = log;
    // Method, path (ids only) and status; never a query or a body. A refused request's path may be
    // anything a client typed (a name instead of an id): only the route it matched, if any.
    res.on('finish', () => log.debug({ method: req.method, ...(res.statusCode < 400 ? { path: req.path } : { route: req.route?.path ?? null }), status: res.statusCode }, 'request'));
    next();
  });
  const tenant = ctx.tenant.tenant;
  const throttle = createFailureThrottle({ max: 20, windowMs: 60_000 });
  const openapi = openApiDocument(VERSION);
  const metrics = createMetrics(ctx);
  const verifyToken = ctx.config.oidc ? createTokenVerifier(ctx.config.oidc) : null;
  const audit = async (req: Request, res: Response, action: string, subject: string, details: Record<string, unknown> = {}, purpose = 'case work') => {
    // A HEAD answer carries headers only, no personal data: it is no read to account for.
    if (req.method === 'HEAD') return;
    const p = principalOf(res);
    return appendAudit(ctx.db, ctx.config.auditKey, { actor: actorOf(p), role: p.kind === 'user' ? p.role : 'api_key', tenant: p.tenant, action, subject, purpose: purposeOf(req, purpose), details });
  };

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const db = await ctx.db.query('SELECT 1').then(() => true, () => false);
    const redis = await ctx.queues.queue.import.client.then((c) => (c as unknown as { ping(): Promise<string> }).ping()).then(() => true, () => false);
    const migrations = db && (await migrationsCurrent(ctx.db));
    res.status(db && redis && migrations ? 200 : 503).json({ postgres: db, redis, migrations });
  });

  app.get('/openapi.json', (_req, res) => void res.json(openapi));

  // The web workplace signs in with its own session cookie (src/web), never with the API's bearer credentials.
  if (ctx.config.web) app.use('/web', createWebRouter(ctx, ctx.config.web));

  // Everything below may carry personal data: no cache (browser, proxy) keeps a copy.
  app.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  // Everything below needs credentials: a bearer token of the identity provider or an API key.
  // Failed sign-ins are throttled per client address, but only the failures: valid credentials
  // from a throttled address still pass, or one guesser behind a proxy or NAT would lock out
  // everybody behind it. The throttle answers wrong guesses with 429; it does not protect the
  // secrets themselves (256-bit API keys and signed tokens cannot be guessed at any rate).
  app.use(async (req, res, next) => {
    const client = req.ip ?? 'unknown';
    const credential = /^Bearer (\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    let principal: Principal | null = null;
    try {
      if (credential && looksLikeApiKey(credential)) principal = await verifyApiKey(ctx.db, credential);
      else if (credential && verifyToken) {
        const token = await verifyToken(credential);
        principal = userPrincipal(ctx.tenant, token.subject, token.tenant);
      }
    } catch (e) {
      if (!isKimError(e) || e.code !== 'KIM_ERR_AUTH_UNAUTHENTICATED') return next(e);
      (res.locals.log as Context['log']).info({ path: req.path, reason: e.message }, 'credentials refused');
    }
    if (!principal) {
      // A wrong credential, not a missing one, is a guess.
      const wait = credential ? throttle.blockedFor(client) : 0;
      if (wait > 0) {
        res.set('Retry-After', String(Math.ceil(wait / 1000)));
        return problem(res, 429, 'too many failed sign-ins', 'try again later');
      }
      if (credential) throttle.fail(client);
      res.set('WWW-Authenticate', 'Bearer');
      return problem(res, 401, 'KIM_ERR_AUTH_UNAUTHENTICATED', 'a valid bearer token or API key is required');
    }
    res.locals.principal = principal;
    next();
  });

  // Aggregates only; for it_admin and for a scraper's API key with the scope "metrics".
  app.get('/metrics', async (_req, res) => {
    if (!gate(res, scopedAccess(principalOf(res), tenant, 'metrics'), 'reading metrics')) return;
    res.type(metrics.contentType).send(await metrics.metrics());
  });

  // The BullMQ dashboard for it_admin, to look at: read-only. Job data are ids only (claim check),
  // but a job added there would import any path the worker can read, unaudited; retries, removals
  // and pauses go around the stages' own bookkeeping. Only GET and HEAD reach the board at all, so
  // a write route a later bull-board adds is refused as well.
  const board = new ExpressAdapter();
  board.setBasePath('/admin/queues');
  createBullBoard({ queues: STAGES.map((s) => new BullMQAdapter(ctx.queues.queue[s], { readOnlyMode: true })), serverAdapter: board });
  app.use('/admin/queues', (req, res, next) => {
    if (!gate(res, operationsAccess(principalOf(res), tenant), 'the queue dashboard')) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') return problem(res, 403, 'KIM_ERR_AUTH_FORBIDDEN', 'the queue dashboard is read-only');
    next();
  }, board.getRouter());

  // Streamed upload: multipart field "file"; the body goes to the spool on disk, never into memory.
  app.post('/imports', async (req, res, next) => {
    if (!gate(res, scopedAccess(principalOf(res), tenant, 'imports'), 'uploading exports')) return;
    const q = query<ImportQuery>(req, res, 'ImportQuery');
    if (!q) return;
    const source = q.source;
    // A key bound to other sources (or to none, a key from before the bounds) is refused before the body is read.
    const p = principalOf(res);
    const early = p.kind === 'api_key' && (source || !p.sources.length) ? deliveryRefusal(p, source ?? '', null) : null;
    if (early) return problem(res, 403, 'KIM_ERR_AUTH_KEY_SCOPE', early);
    const id = randomUUID();
    try {
      // KIM_UPLOAD_MAX_BYTES, 2 GB by default; a city's ABH snapshot is ~150 MB.
      const { file, name } = await receiveUpload(req, { spoolDir: ctx.config.spoolDir, target: (n) => spoolPath(ctx, id, n), maxBytes: ctx.config.uploadMaxBytes });
      const refused = await uploadRefusal(p, file, name, source as Source | undefined);
      if (refused) {
        await rm(file, { force: true });
        await audit(req, res, 'upload_refused', id, { reason: refused }, 'import'); // sources and authority ids only
        return problem(res, 403, 'KIM_ERR_AUTH_KEY_SCOPE', refused);
      }
      await createImport(ctx, { id, file, fileName: name, trigger: 'upload', how: 'in-spool', ...(source ? { source: source as Source } : {}), ...(p.kind === 'api_key' ? { apiKey: p.keyId } : {}) });
      await audit(req, res, 'upload_import', id, {}, 'import');
      res.status(202).location(`/imports/${id}`).json(await importStatus(ctx, id));
    } catch (e) {
      next(e);
    }
  });

  app.get('/imports/:id', async (req, res) => {
    if (!gate(res, scopedAccess(principalOf(res), tenant, 'imports'), 'reading import status')) return;
    const p = principalOf(res);
    // An import key sees the imports it delivered, no other office's (their figures and errors are not its business).
    const own = p.kind !== 'api_key' || (UUID.test(req.params.id) && (await ctx.db.query('SELECT 1 FROM imports WHERE id = $1 AND api_key = $2', [req.params.id, p.keyId])).rowCount);
    const status = own && UUID.test(req.params.id) ? await importStatus(ctx, req.params.id) : null;
    if (!status) return problem(res, 404, 'no such import');
    res.json(status);
  });

  // The quarantine without the rejected values: reason, field, position and code suffice to find
  // the record. Warnings (kind=warning) name their value: a code as delivered, which is what the
  // operator adds to the code list.
  app.get('/quarantine', async (req, res) => {
    if (!gate(res, operationsAccess(principalOf(res), tenant), 'reading the quarantine')) return;
    const q = query<QuarantineQuery>(req, res, 'QuarantineQuery');
    if (!q) return;
    const importId = q.import ?? null;
    const kind = q.kind ?? 'rejection';
    await audit(req, res, 'read_quarantine', importId ? `import:${importId}` : 'quarantine', { kind }, 'operations');
    const rows = await ctx.db.query(
      kind === 'rejection'
        ? 'SELECT id, import_id, source, file_name, position, record_id, field, code, reason, created_at, replayed_in, NULL AS value FROM quarantine WHERE ($1::uuid IS NULL OR import_id = $1) ORDER BY id LIMIT 1000'
        : 'SELECT id, import_id, source, file_name, position, record_id, field, code, reason, created_at, NULL AS replayed_in, value FROM import_warnings WHERE ($1::uuid IS NULL OR import_id = $1) ORDER BY id LIMIT 1000',
      [importId],
    );
    res.json(rows.rows.map((r) => ({ id: String(r.id), kind, importId: r.import_id, source: r.source, file: r.file_name, position: r.position, recordId: r.record_id, field: r.field, code: r.code, reason: r.reason, createdAt: r.created_at, replayedIn: r.replayed_in, value: r.value })));
  });

  // Replay: the import's file runs again while the hub still has it (before it has been read);
  // records accepted before are unchanged by hash, the quarantined ones get their second chance.
  app.post('/imports/:id/replay', async (req, res, next) => {
    if (!gate(res, operationsAccess(principalOf(res), tenant), 'replaying imports')) return;
    try {
      // Checked before the database sees it: a malformed id is no import (not a 500 quoting the value).
      const row = UUID.test(req.params.id) ? (await ctx.db.query('SELECT spool_path, file_name, source FROM imports WHERE id = $1', [req.params.id])).rows[0] : undefined;
      if (!row) return problem(res, 404, 'no such import');
      // Kept only for an import with rejections, for KIM_REPLAY_DAYS (README, "How long exports are kept").
      if (!existsSync(row.spool_path)) return problem(res, 410, 'the export is no longer kept', 'the hub keeps an export only while an import with rejected records may be replayed; deliver the corrected export again');
      const id = await createImport(ctx, { file: row.spool_path, fileName: row.file_name, trigger: 'replay', how: 'copy', ...(row.source ? { source: row.source } : {}) });
      await ctx.db.query('UPDATE quarantine SET replayed_in = $2 WHERE import_id = $1 AND replayed_in IS NULL', [req.params.id, id]);
      await audit(req, res, 'replay_import', id, { replayOf: req.params.id }, 'operations');
      res.status(202).location(`/imports/${id}`).json(await importStatus(ctx, id));
    } catch (e) {
      next(e);
    }
  });

  // A held full snapshot (it would close more than KIM_SNAPSHOT_MAX_CLOSE_SHARE of its scope) closes only once confirmed.
  app.post('/imports/:id/confirm', async (req, res, next) => {
    if (!gate(res, operationsAccess(principalOf(res), tenant), 'confirming imports')) return;
    try {
      const status = /^[0-9a-f-]{36}$/.test(req.params.id) ? await importStatus(ctx, req.params.id) : null;
      if (!status) return problem(res, 404, 'no such import');
      if (!(await confirmHeldImport(ctx, req.params.id))) return problem(res, 409, 'KIM_ERR_IMPORT_NOT_HELD', `the import is ${status.status}, not held`);
      await audit(req, res, 'confirm_snapshot', req.params.id, { heldFor: status.error?.message ?? null }, 'operations');
      res.json(await importStatus(ctx, req.params.id));
    } catch (e) {
      next(e);
    }
  });

  // Inboxes hold personal data: another recipient's or tenant's inbox answers 404, and every
  // read or change is audited (ids only).
  app.get('/inbox/:recipient', async (req, res) => {
    if (!gate(res, inboxAccess(principalOf(res), tenant, req.params.recipient), 'this inbox')) return;
    const q = query<InboxQuery>(req, res, 'InboxQuery');
    if (!q) return;
    const filter = { ...(q.type ? { type: q.type } : {}), ...(q.state ? { state: q.state } : {}), ...(q.from ? { fromDate: q.from } : {}), ...(q.to ? { toDate: q.to } : {}) };
    const entries = await listInbox(ctx, req.params.recipient, filter);
    await audit(req, res, 'read_inbox', `inbox:${req.params.recipient}`, { filter, persons: [...new Set(entries.map((e) => e.person.kimId))] });
    res.json(entries);
  });

  app.get('/inbox/:recipient/signals/:id', async (req, res) => {
    if (!gate(res, inboxAccess(principalOf(res), tenant, req.params.recipient), 'this inbox')) return;
    const detail = /^\d{1,18}$/.test(req.params.id) ? await inboxDetail(ctx, req.params.recipient, req.params.id) : null;
    if (!detail) return problem(res, 404, 'not found');
    await audit(req, res, 'read_signal', detail.person.kimId, { signal: detail.id, recipient: req.params.recipient });
    res.json(detail);
  });

  for (const [action, state] of [['acknowledge', 'acknowledged'], ['done', 'done']] as const) {
    app.post(`/inbox/:recipient/signals/:id/${action}`, async (req, res) => {
      if (!gate(res, inboxAccess(principalOf(res), tenant, req.params.recipient), 'this inbox')) return;
      const detail = /^\d{1,18}$/.test(req.params.id) ? await setState(ctx, req.params.recipient, req.params.id, state) : null;
      if (!detail) return problem(res, 404, 'not found');
      await audit(req, res, `${action}_signal`, detail.person.kimId, { signal: detail.id, recipient: req.params.recipient });
      res.json(detail);
    });
  }

  // An EBB's backlog of pending naturalisation applications, as JSON or as a file for Excel.
  app.get('/backlog/:ebb', async (req, res) => {
    if (!gate(res, backlogAccess(principalOf(res), tenant, req.params.ebb), 'this backlog')) return;
    const q = query<BacklogQuery>(req, res, 'BacklogQuery');
    if (!q) return;
    const entries = await loadBacklog(ctx, req.params.ebb, {
      ...(q.order ? { order: q.order } : {}),
      ...(q.team ? { team: q.team } : {}),
      ...(q.missingDocument ? { missingDocument: q.missingDocument } : {}),
      ...(q.readiness ? { readiness: q.readiness } : {}),
      ...(q.overdue ? { overdue: q.overdue === 'true' } : {}),
    });
    const format = q.format ?? 'json';
    await audit(req, res, format === 'json' ? 'read_backlog' : 'export_backlog', `backlog:${req.params.ebb}`, { format, persons: [...new Set(entries.map((e) => e.kimId))] });
    const name = `rueckstand-${req.params.ebb}-${ctx.stichtag()}`;
    if (format === 'csv') return void res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(backlogCsv(entries));
    if (format === 'xlsx') return void res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment(`${name}.xlsx`).send(await backlogXlsx(entries));
    res.json(entries);
  });

  // The naturalisation campaign's outreach list: only where the policy file enables it (off by default).
  app.get('/outreach/:ebb', async (req, res) => {
    if (!gate(res, backlogAccess(principalOf(res), tenant, req.params.ebb), 'this outreach list')) return;
    if (!outreachEnabled(ctx)) return problem(res, 404, 'not found', 'the outreach list is not enabled in the policy file');
    const q = query<OutreachQuery>(req, res, 'OutreachQuery');
    if (!q) return;
    const entries = await loadOutreach(ctx, req.params.ebb);
    const format = q.format ?? 'json';
    await audit(req, res, 'read_outreach', `outreach:${req.params.ebb}`, { format, persons: entries.map((e) => e.kimId) }, 'naturalisation campaign');
    if (format === 'csv') return void res.type('text/csv; charset=utf-8').attachment(`einbuergerungskampagne-${req.params.ebb}-${ctx.stichtag()}.csv`).send(outreachCsv(ctx, entries));
    res.json(entries);
  });

  // The controlling report for the state: per municipality and month, counts of persons below five suppressed.
  app.get('/report', async (req, res) => {
    if (!gate(res, reportAccess(principalOf(res), tenant), 'the controlling report')) return;
    const q = query<ReportQuery>(req, res, 'ReportQuery');
    if (!q) return;
    const report = await loadControllingReport(ctx, { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });
    const format = q.format ?? 'json';
    await audit(req, res, 'read_report', `report:${tenant}`, { format, months: report.months }, 'controlling');
    if (format === 'csv') return void res.type('text/csv; charset=utf-8').attachment(`controlling-${tenant}-${report.months[0]}-${report.months.at(-1)}.csv`).send(reportCsv(report));
    res.json(report);
  });

  // No such endpoint: problem+json like every other answer, not Express's HTML page.
  app.use((_req, res) => problem(res, 404, 'KIM_ERR_API_NOT_FOUND', 'no endpoint has this path and method'));

  // Errors reach the client as problem+json with a code, never with a stack or personal data.
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof KimError) return problem(res, err.status, err.code, err.message);
    // Express's own 4xx (a path that is not valid percent-encoding, say): the client's fault. Its
    // message quotes what was sent, which may be anything: neither the answer nor the log repeats it.
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return problem(res, 400, 'KIM_ERR_REQUEST_INVALID', 'the request is malformed');
    // The message of an unexpected error may quote input too (a database error quotes the value it
    // refused): the log gets its kind, code and where it was thrown.
    const e = err as { name?: string; code?: string; stack?: string };
    ctx.log.error({ err: { name: e.name, code: e.code, at: e.stack?.split('\n')[1]?.trim() }, method: req.method, path: req.route?.path }, 'request failed');
    problem(res, 500, 'internal error');
  });
  return app;
}

export async function startApi(ctx: Context, host = process.env.KIM_API_HOST ?? '127.0.0.1'): Promise<Server> {
  const app = createApp(ctx);
  return new Promise((resolve) => {
    const server = app.listen(ctx.config.port, host, () => resolve(server));
  });
}
