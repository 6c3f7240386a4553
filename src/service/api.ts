// `kim-hub api`: uploads, import status, quarantine, inboxes. Authentication and authorisation
// come with issue 6; until then the API listens on 127.0.0.1 only (KIM_API_HOST to change it).
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Source } from '../../adapters/types.js';
import { isKimError } from '../errors/registry.js';
import { migrationsCurrent } from '../store/migrate.js';
import type { Context } from './context.js';
import { createImport, importStatus, spoolPath } from './imports.js';
import { inboxDetail, listInbox, setState } from './inbox.js';

const SOURCES = ['abh', 'jobcenter', 'sozialamt', 'ebb', 'consent'];

function problem(res: Response, status: number, title: string, detail?: string): void {
  res.status(status).type('application/problem+json').json({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) });
}

export function createApp(ctx: Context): express.Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const db = await ctx.db.query('SELECT 1').then(() => true, () => false);
    const redis = await ctx.queues.queue.import.client.then((c) => (c as unknown as { ping(): Promise<string> }).ping()).then(() => true, () => false);
    const migrations = db && (await migrationsCurrent(ctx.db));
    res.status(db && redis && migrations ? 200 : 503).json({ postgres: db, redis, migrations });
  });

  // Streamed upload: multipart field "file"; the body goes to the spool on disk, never into memory.
  app.post('/imports', (req, res, next) => {
    const source = typeof req.query.source === 'string' ? req.query.source : undefined;
    if (source && !SOURCES.includes(source)) return problem(res, 400, 'unknown source', `source must be one of ${SOURCES.join(', ')}`);
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: 2 * 1024 ** 3 } });
    } catch {
      return problem(res, 400, 'expected multipart/form-data with a field "file"');
    }
    const id = randomUUID();
    let upload: Promise<{ file: string; name: string }> | null = null;
    bb.on('file', (_field, stream, info) => {
      const name = path.basename(info.filename || 'upload');
      const file = spoolPath(ctx, id, name);
      upload = mkdir(ctx.config.spoolDir, { recursive: true }).then(() => pipeline(stream, createWriteStream(file))).then(() => ({ file, name }));
    });
    bb.on('close', async () => {
      try {
        if (!upload) return problem(res, 400, 'no file', 'send the export in the multipart field "file"');
        const { file, name } = await upload;
        await createImport(ctx, { id, file, fileName: name, trigger: 'upload', how: 'in-spool', ...(source ? { source: source as Source } : {}) });
        res.status(202).location(`/imports/${id}`).json(await importStatus(ctx, id));
      } catch (e) {
        next(e);
      }
    });
    req.pipe(bb);
  });

  app.get('/imports/:id', async (req, res) => {
    const status = /^[0-9a-f-]{36}$/.test(req.params.id) ? await importStatus(ctx, req.params.id) : null;
    if (!status) return problem(res, 404, 'no such import');
    res.json(status);
  });

  // The quarantine without the rejected values: reason, field, position and code suffice to find the record.
  app.get('/quarantine', async (req, res) => {
    const importId = typeof req.query.import === 'string' && /^[0-9a-f-]{36}$/.test(req.query.import) ? req.query.import : null;
    const rows = await ctx.db.query(
      'SELECT id, import_id, source, file_name, position, record_id, field, code, reason, created_at, replayed_in FROM quarantine WHERE ($1::uuid IS NULL OR import_id = $1) ORDER BY id LIMIT 1000',
      [importId],
    );
    res.json(rows.rows.map((r) => ({ id: String(r.id), importId: r.import_id, source: r.source, file: r.file_name, position: r.position, recordId: r.record_id, field: r.field, code: r.code, reason: r.reason, createdAt: r.created_at, replayedIn: r.replayed_in })));
  });

  // Replay: the import's file runs again (after a fix of the export's code list, say); records
  // accepted before are unchanged by hash, the quarantined ones get their second chance.
  app.post('/imports/:id/replay', async (req, res, next) => {
    try {
      const row = (await ctx.db.query('SELECT spool_path, file_name, source FROM imports WHERE id = $1', [req.params.id])).rows[0];
      if (!row) return problem(res, 404, 'no such import');
      const id = await createImport(ctx, { file: row.spool_path, fileName: row.file_name, trigger: 'replay', how: 'copy', ...(row.source ? { source: row.source } : {}) });
      await ctx.db.query('UPDATE quarantine SET replayed_in = $2 WHERE import_id = $1 AND replayed_in IS NULL', [req.params.id, id]);
      res.status(202).location(`/imports/${id}`).json(await importStatus(ctx, id));
    } catch (e) {
      next(e);
    }
  });

  app.get('/inbox/:recipient', async (req, res) => {
    const q = (k: string) => (typeof req.query[k] === 'string' ? (req.query[k] as string) : undefined);
    for (const k of ['from', 'to']) if (q(k) && !/^\d{4}-\d{2}-\d{2}$/.test(q(k)!)) return problem(res, 400, `${k} must be a date YYYY-MM-DD`);
    const state = q('state');
    if (state && !['open', 'acknowledged', 'done', 'withdrawn'].includes(state)) return problem(res, 400, 'state must be open, acknowledged, done or withdrawn');
    res.json(await listInbox(ctx, req.params.recipient, { ...(q('type') ? { type: q('type')! } : {}), ...(state ? { state } : {}), ...(q('from') ? { fromDate: q('from')! } : {}), ...(q('to') ? { toDate: q('to')! } : {}) }));
  });

  app.get('/inbox/:recipient/signals/:id', async (req, res) => {
    const detail = await inboxDetail(ctx, req.params.recipient, req.params.id);
    if (!detail) return problem(res, 404, 'no such signal in this inbox');
    res.json(detail);
  });

  for (const [action, state] of [['acknowledge', 'acknowledged'], ['done', 'done']] as const) {
    app.post(`/inbox/:recipient/signals/:id/${action}`, async (req, res) => {
      if (!(await setState(ctx, req.params.recipient, req.params.id, state))) return problem(res, 404, 'no such open signal in this inbox');
      res.json(await inboxDetail(ctx, req.params.recipient, req.params.id));
    });
  }

  // Errors reach the client as problem+json with a code, never with a stack or personal data.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (isKimError(err)) return problem(res, err.status, err.code, err.message);
    ctx.log.error({ err: { message: (err as Error).message } }, 'request failed');
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
