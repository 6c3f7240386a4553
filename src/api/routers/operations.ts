// Operations: the health checks and the contract, open to all (no personal data); Prometheus
// metrics for it_admin or a scraper's key; the BullMQ dashboard for it_admin, read-only.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router } from 'express';
import { operationsAccess, scopedAccess } from '../../auth/access.js';
import { STAGES } from '../../../workers/queues.js';
import { migrationsCurrent } from '../../store/migrate.js';
import type { ApiDeps } from '../deps.js';
import { createMetrics } from '../metrics.js';
import { openApiDocument } from '../openapi.js';
import { problem } from '../problem.js';
import { gate, principalOf } from '../request.js';

/** Where the queue dashboard is mounted: a router of bull-board's own, named so in the OpenAPI document. */
export const QUEUE_DASHBOARD = '/admin/queues';

/** /healthz, /readyz and /openapi.json: before the sign-in and before `Cache-Control: no-store`. */
export function healthRouter({ db, queues }: Pick<ApiDeps, 'db' | 'queues'>, version: string): Router {
  const router = Router();
  const openapi = openApiDocument(version);
  router.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    const postgres = await db.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const redis = await queues.queue.import.client
      .then((c) => (c as unknown as { ping(): Promise<string> }).ping())
      .then(
        () => true,
        () => false,
      );
    const migrations = postgres && (await migrationsCurrent(db));
    res.status(postgres && redis && migrations ? 200 : 503).json({ postgres, redis, migrations });
  });
  router.get('/openapi.json', (_req, res) => void res.json(openapi));
  return router;
}

/**
 * bull-board's read-only UI over every stage's queue, mounted at `basePath` (the API's and the web
 * workplace's); the caller checks the role and lets only GET and HEAD through.
 */
export function queueBoard(queues: ApiDeps['queues'], basePath: string): Router {
  const board = new ExpressAdapter();
  board.setBasePath(basePath);
  createBullBoard({ queues: STAGES.map((s) => new BullMQAdapter(queues.queue[s], { readOnlyMode: true })), serverAdapter: board });
  return board.getRouter() as Router;
}

/** /metrics and the queue dashboard, behind the sign-in. */
export function operationsRouter({ db, queues, tenant }: Pick<ApiDeps, 'db' | 'queues' | 'tenant'>): Router {
  const router = Router();
  const metrics = createMetrics(db, queues);
  // Aggregates only; for it_admin and for a scraper's API key with the scope "metrics".
  router.get('/metrics', async (_req, res) => {
    if (!gate(res, scopedAccess(principalOf(res), tenant.tenant, 'metrics'), 'reading metrics')) return;
    res.type(metrics.contentType).send(await metrics.metrics());
  });

  // The BullMQ dashboard for it_admin, to look at: read-only. Job data are ids only (claim check),
  // but a job added there would import any path the worker can read, unaudited; retries, removals
  // and pauses go around the stages' own bookkeeping. Only GET and HEAD reach the board at all, so
  // a write route a later bull-board adds is refused as well.
  const board = queueBoard(queues, QUEUE_DASHBOARD);
  router.use(
    QUEUE_DASHBOARD,
    (req, res, next) => {
      if (!gate(res, operationsAccess(principalOf(res), tenant.tenant), 'the queue dashboard')) return;
      if (req.method !== 'GET' && req.method !== 'HEAD') return problem(res, 'KIM_ERR_AUTH_FORBIDDEN', 'the queue dashboard is read-only');
      next();
    },
    board,
  );
  return router;
}
