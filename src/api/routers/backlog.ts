// /backlog/{ebb}: an EBB's backlog of pending naturalisation applications, for that EBB's
// ebb_b3 staff, as JSON or as a file for Excel (CSV, XLSX). Audited with the persons listed.
import { Router } from 'express';
import { backlogAccess } from '../../auth/access.js';
import { backlogCsv, backlogXlsx } from '../../exports/backlog.js';
import type { BacklogQuery } from '../../generated/kim-types.js';
import type { ReadDeps } from '../../store/read/deps.js';
import { loadBacklog } from '../../store/read/backlog.js';
import { gate, principalOf, validQuery, type Audit } from '../request.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function backlogRouter(deps: Pick<ReadDeps, 'db' | 'tenant' | 'policy' | 'stichtag'>, audit: Audit): Router {
  const router = Router();
  router.get('/backlog/:ebb', async (req, res) => {
    if (!gate(res, backlogAccess(principalOf(res), deps.tenant.tenant, req.params.ebb), 'this backlog')) return;
    const q = validQuery<BacklogQuery>(req, res, 'BacklogQuery');
    if (!q) return;
    const entries = await loadBacklog(deps, req.params.ebb, {
      ...(q.order ? { order: q.order } : {}),
      ...(q.team ? { team: q.team } : {}),
      ...(q.missingDocument ? { missingDocument: q.missingDocument } : {}),
      ...(q.readiness ? { readiness: q.readiness } : {}),
      ...(q.overdue ? { overdue: q.overdue === 'true' } : {}),
    });
    const format = q.format ?? 'json';
    await audit(req, res, format === 'json' ? 'read_backlog' : 'export_backlog', `backlog:${req.params.ebb}`, { format, persons: [...new Set(entries.map((e) => e.kimId))] });
    const name = `rueckstand-${req.params.ebb}-${deps.stichtag()}`;
    if (format === 'csv') return void res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(backlogCsv(entries));
    if (format === 'xlsx')
      return void res
        .type(XLSX)
        .attachment(`${name}.xlsx`)
        .send(await backlogXlsx(entries));
    res.json(entries);
  });
  return router;
}
