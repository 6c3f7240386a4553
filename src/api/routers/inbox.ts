// /inbox/{recipient}: a recipient's signals, one entry, acknowledge and done. Inboxes hold
// personal data: another recipient's or tenant's inbox answers 404, and every read or change is
// audited (ids only).
import { Router } from 'express';
import { inboxAccess } from '../../auth/access.js';
import type { InboxQuery } from '../../generated/kim-types.js';
import { inboxDetail, listInbox, setState, type InboxStore } from '../../store/read/inbox.js';
import { problem } from '../problem.js';
import { gate, principalOf, validQuery, type Audit } from '../request.js';

const SIGNAL_ID = /^\d{1,18}$/;

export function inboxRouter(store: InboxStore, audit: Audit): Router {
  const router = Router();
  const tenant = store.tenant.tenant;

  router.get('/inbox/:recipient', async (req, res) => {
    if (!gate(res, inboxAccess(principalOf(res), tenant, req.params.recipient), 'this inbox')) return;
    const q = validQuery<InboxQuery>(req, res, 'InboxQuery');
    if (!q) return;
    const filter = { ...(q.type ? { type: q.type } : {}), ...(q.state ? { state: q.state } : {}), ...(q.from ? { fromDate: q.from } : {}), ...(q.to ? { toDate: q.to } : {}) };
    const entries = await listInbox(store, req.params.recipient, filter);
    await audit(req, res, 'read_inbox', `inbox:${req.params.recipient}`, { filter, persons: [...new Set(entries.map((e) => e.person.kimId))] });
    res.json(entries);
  });

  router.get('/inbox/:recipient/signals/:id', async (req, res) => {
    if (!gate(res, inboxAccess(principalOf(res), tenant, req.params.recipient), 'this inbox')) return;
    const detail = SIGNAL_ID.test(req.params.id) ? await inboxDetail(store, req.params.recipient, req.params.id) : null;
    if (!detail) return problem(res, 'KIM_ERR_API_RESOURCE_NOT_FOUND', 'not found');
    await audit(req, res, 'read_signal', detail.person.kimId, { signal: detail.id, recipient: req.params.recipient });
    res.json(detail);
  });

  for (const [action, state] of [
    ['acknowledge', 'acknowledged'],
    ['done', 'done'],
  ] as const) {
    router.post(`/inbox/:recipient/signals/:id/${action}`, async (req, res) => {
      if (!gate(res, inboxAccess(principalOf(res), tenant, req.params.recipient), 'this inbox')) return;
      const detail = SIGNAL_ID.test(req.params.id) ? await setState(store, req.params.recipient, req.params.id, state) : null;
      if (!detail) return problem(res, 'KIM_ERR_API_RESOURCE_NOT_FOUND', 'not found');
      await audit(req, res, `${action}_signal`, detail.person.kimId, { signal: detail.id, recipient: req.params.recipient });
      res.json(detail);
    });
  }
  return router;
}
