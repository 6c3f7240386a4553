// /outreach/{ebb}: the naturalisation campaign's outreach list, for that EBB's ebb_b3 staff and
// only where the policy file enables it (off by default). Audited with the persons listed.
import { Router } from 'express';
import { backlogAccess } from '../../auth/access.js';
import { outreachCsv } from '../../exports/outreach.js';
import type { OutreachQuery } from '../../generated/kim-types.js';
import type { ReadDeps } from '../../store/read/deps.js';
import { loadOutreach, outreachEnabled } from '../../store/read/outreach.js';
import { problem } from '../problem.js';
import { gate, principalOf, validQuery, type Audit } from '../request.js';

export function outreachRouter(deps: Pick<ReadDeps, 'db' | 'tenant' | 'policy' | 'stichtag'>, audit: Audit): Router {
  const router = Router();
  router.get('/outreach/:ebb', async (req, res) => {
    if (!gate(res, backlogAccess(principalOf(res), deps.tenant.tenant, req.params.ebb), 'this outreach list')) return;
    if (!outreachEnabled(deps.policy)) return problem(res, 'KIM_ERR_API_RESOURCE_NOT_FOUND', 'the outreach list is not enabled in the policy file');
    const q = validQuery<OutreachQuery>(req, res, 'OutreachQuery');
    if (!q) return;
    const entries = await loadOutreach(deps, req.params.ebb);
    const format = q.format ?? 'json';
    await audit(req, res, 'read_outreach', `outreach:${req.params.ebb}`, { format, persons: entries.map((e) => e.kimId) }, 'naturalisation campaign');
    if (format === 'csv') return void res.type('text/csv; charset=utf-8').attachment(`einbuergerungskampagne-${req.params.ebb}-${deps.stichtag()}.csv`).send(outreachCsv(deps.tenant.municipalities, entries));
    res.json(entries);
  });
  return router;
}
