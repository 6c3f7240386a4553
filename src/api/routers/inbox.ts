// /inbox/{recipient}: a recipient's signals, one entry, acknowledge and done. Inboxes hold
// personal data: another recipient's or tenant's inbox answers 404, and every read or change is
// audited (ids only).
import { Router, type Request } from 'express';
import { inboxAccess } from '../../auth/access.js';
import type { InboxQuery } from '../../generated/kim-types.js';
import { inboxDetail, listInbox, setState, type InboxListPage, type InboxStore } from '../../store/read/inbox.js';
import { decodeCursor, encodeCursor, type InboxPosition } from '../../store/read/inbox-cursor.js';
import { problem } from '../problem.js';
import { gate, principalOf, validQuery, type Audit } from '../request.js';

const SIGNAL_ID = /^\d{1,18}$/;
/** Entries per page when the client names no limit (the contract allows up to 500). */
const DEFAULT_LIMIT = 100;

/** The next page's address, relative to this one (RFC 8288 resolves it against the request's): the same filters and limit, the cursor after this page. */
function nextPage(req: Request, q: InboxQuery, after: InboxPosition): string {
  const params = new URLSearchParams(Object.entries({ ...q, cursor: encodeCursor(after) }).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return `${req.baseUrl}${req.path}?${params.toString()}`;
}

// A page an earlier read made (listInbox gives the same object while its rows and persons are
// unchanged) is sent as the text it was sent as then.
const bodies = new WeakMap<InboxListPage, string>();

export function inboxRouter(store: InboxStore, audit: Audit): Router {
  const router = Router();
  const tenant = store.tenant.tenant;

  router.get('/inbox/:recipient', async (req, res) => {
    if (!gate(res, inboxAccess(principalOf(res), tenant, req.params.recipient), 'this inbox')) return;
    const q = validQuery<InboxQuery>(req, res, 'InboxQuery');
    if (!q) return;
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    if (q.cursor && !after) return problem(res, 'KIM_ERR_REQUEST_INVALID', 'cursor: not one this hub handed out (take it from the Link header of the page before)');
    const filter = { ...(q.type ? { type: q.type } : {}), ...(q.state ? { state: q.state } : {}), ...(q.from ? { fromDate: q.from } : {}), ...(q.to ? { toDate: q.to } : {}) };
    const page = await listInbox(store, req.params.recipient, filter, { limit: q.limit ? Number(q.limit) : DEFAULT_LIMIT, after });
    await audit(req, res, 'read_inbox', `inbox:${req.params.recipient}`, { filter, persons: [...new Set(page.entries.map((e) => e.person.kimId))] });
    if (page.next) res.set('Link', `<${nextPage(req, q, page.next)}>; rel="next"`);
    res.type('json').send(bodies.get(page) ?? bodies.set(page, JSON.stringify(page.entries)).get(page)!);
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
