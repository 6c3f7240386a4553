// /report: the controlling report for the state, for the coordinator: per municipality and
// month, counts of persons below five suppressed; JSON or CSV.
import { Router } from 'express';
import { reportAccess } from '../../auth/access.js';
import { reportCsv } from '../../exports/report.js';
import type { ReportQuery } from '../../generated/kim-types.js';
import type { ReadDeps } from '../../store/read/deps.js';
import { loadControllingReport } from '../../store/read/report.js';
import { gate, principalOf, validQuery, type Audit } from '../request.js';

export function reportRouter(deps: Pick<ReadDeps, 'db' | 'tenant' | 'stichtag'>, audit: Audit): Router {
  const router = Router();
  const tenant = deps.tenant.tenant;
  router.get('/report', async (req, res) => {
    if (!gate(res, reportAccess(principalOf(res), tenant), 'the controlling report')) return;
    const q = validQuery<ReportQuery>(req, res, 'ReportQuery');
    if (!q) return;
    const report = await loadControllingReport(deps, { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });
    const format = q.format ?? 'json';
    await audit(req, res, 'read_report', `report:${tenant}`, { format, months: report.months }, 'controlling');
    if (format === 'csv')
      return void res
        .type('text/csv; charset=utf-8')
        .attachment(`controlling-${tenant}-${report.months[0]}-${report.months.at(-1)}.csv`)
        .send(reportCsv(report));
    res.json(report);
  });
  return router;
}
