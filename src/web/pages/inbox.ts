// Posteingang and Hinweis: a reader's inbox (new / acknowledged / done, with counts, filters and
// pages, deadlines first) and one signal with its conditions, citations, facts and notes.
import type { Response, Router } from 'express';
import { inboxAccess } from '../../auth/access.js';
import type { Principal } from '../../auth/principal.js';
import { SIGNAL_TYPES, type ConditionResult } from '../../rules/index.js';
import { inboxDetail, pageInbox, setState, type InboxEntry } from '../../store/read/inbox.js';
import { deDate, deDateTime, html, type Html } from '../html.js';
import { OUTCOME_LABELS, signalLabel, STATE_LABELS, FACT_LABELS, SOURCE_LABELS } from '../labels.js';
import { csrfField, page } from '../layout.js';
import { addNote, NOTE_MAX, notesOf } from '../../store/notes.js';
import { auditWeb, principalOf, refuse, sessionOf, type WebDeps } from '../page-deps.js';

export const PAGE_SIZE = 50;
const STATES = ['open', 'acknowledged', 'done'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The inbox a user reads: a case manager's own, an abh_b3 / ebb_b3 user's authority's; null for everyone else. */
export function inboxOf(p: Principal, tenant: string): string | null {
  if (p.kind !== 'user') return null;
  const id = p.role === 'case_manager' ? p.subject : p.role === 'abh_b3' || p.role === 'ebb_b3' ? p.authority : null;
  return id && inboxAccess(p, tenant, id) === 'allowed' ? id : null;
}

interface InboxQuery {
  state: (typeof STATES)[number];
  type: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

function readQuery(q: Record<string, unknown>): InboxQuery {
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const state = STATES.find((s) => s === q.zustand) ?? 'open';
  const type = (SIGNAL_TYPES as readonly string[]).includes(str(q.typ) ?? '') ? (q.typ as string) : null;
  const from = DATE.test(str(q.von) ?? '') ? (q.von as string) : null;
  const to = DATE.test(str(q.bis) ?? '') ? (q.bis as string) : null;
  const n = Number(q.seite);
  return { state, type, from, to, page: Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1 };
}

function link(q: InboxQuery, change: Partial<InboxQuery>): string {
  const m = { ...q, ...change };
  const p = new URLSearchParams({ zustand: m.state });
  if (m.type) p.set('typ', m.type);
  if (m.from) p.set('von', m.from);
  if (m.to) p.set('bis', m.to);
  if (m.page > 1) p.set('seite', String(m.page));
  return `/web/posteingang?${p}`;
}

const personName = (e: InboxEntry) => [e.person.familyName, e.person.givenNames].filter(Boolean).join(', ') || e.person.kimId;

function stateForm(csrf: string, id: string, action: 'acknowledge' | 'done', back: string, label: Html | string): Html {
  return html`<form method="post" action="/web/hinweise/${id}/zustand" class="inline">${csrfField(csrf)}<input type="hidden" name="aktion" value="${action}"><input type="hidden" name="zurueck" value="${back}"><button type="submit">${label}</button></form>`;
}

function filterForm(q: InboxQuery): Html {
  return html`<form method="get" action="/web/posteingang" class="filters">
<input type="hidden" name="zustand" value="${q.state}">
<p><label for="typ">Art des Hinweises</label>
<select id="typ" name="typ"><option value="">alle</option>${SIGNAL_TYPES.map((t) => html`<option value="${t}"${q.type === t ? html` selected` : ''}>${signalLabel(t)}</option>`)}</select></p>
<p><label for="von">seit frühestens</label> <input id="von" name="von" type="date" value="${q.from ?? ''}"></p>
<p><label for="bis">seit spätestens</label> <input id="bis" name="bis" type="date" value="${q.to ?? ''}"></p>
<p><button type="submit">Filtern</button></p>
</form>`;
}

async function inboxPage(deps: WebDeps, res: Response, recipient: string, q: InboxQuery): Promise<void> {
  const { ctx } = deps;
  const filter = { state: q.state, ...(q.type ? { type: q.type } : {}), ...(q.from ? { fromDate: q.from } : {}), ...(q.to ? { toDate: q.to } : {}) };
  const { counts: stored, entries: shown } = await pageInbox(ctx, recipient, filter, { offset: (q.page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const counts = Object.fromEntries(STATES.map((s) => [s, stored[s] ?? 0])) as Record<(typeof STATES)[number], number>;
  const pages = Math.max(1, Math.ceil(counts[q.state] / PAGE_SIZE));
  await auditWeb(ctx, res, 'read_inbox', `inbox:${recipient}`, { state: q.state, type: q.type, page: q.page, persons: [...new Set(shown.map((e) => e.person.kimId))] });
  const csrf = sessionOf(res).csrf;
  const back = link(q, {});
  const body = html`
<nav aria-label="Zustand"><ul class="tabs">${STATES.map((s) => html`<li><a href="${link(q, { state: s, page: 1 })}"${q.state === s ? html` aria-current="page"` : ''}>${STATE_LABELS[s]} <span class="count" data-state="${s}">${counts[s]}</span></a></li>`)}</ul></nav>
${filterForm(q)}
<table class="list">
<caption>Hinweise: ${STATE_LABELS[q.state]} (${counts[q.state]}), Seite ${q.page} von ${pages}; Fristen zuerst</caption>
<thead><tr><th scope="col">Frist</th><th scope="col">Hinweis</th><th scope="col">Person</th><th scope="col">seit</th><th scope="col">Aktion</th></tr></thead>
<tbody>${shown.map(
    (
      e,
    ) => html`<tr><td>${deDate(e.deadline)}</td><td><a href="/web/hinweise/${e.id}">${signalLabel(e.type)}</a></td><td>${personName(e)}${e.person.azr ? html` <span class="azr">(AZR ${e.person.azr})</span>` : ''}</td><td>${deDate(e.from)}</td>
<td>${e.state === 'open' ? stateForm(csrf, e.id, 'acknowledge', back, html`Zur Kenntnis nehmen<span class="sr"> (${personName(e)})</span>`) : e.state === 'acknowledged' ? stateForm(csrf, e.id, 'done', back, html`Erledigt<span class="sr"> (${personName(e)})</span>`) : '–'}</td></tr>`,
  )}</tbody>
</table>
${shown.length === 0 ? html`<p>Keine Hinweise in dieser Auswahl.</p>` : ''}
<nav aria-label="Seiten" class="pager">${q.page > 1 ? html`<a href="${link(q, { page: q.page - 1 })}" rel="prev">Vorherige Seite</a>` : ''} ${q.page < pages ? html`<a href="${link(q, { page: q.page + 1 })}" rel="next">Nächste Seite</a>` : ''}</nav>`;
  res.type('html').send(page({ title: 'Posteingang', principal: principalOf(res), csrf, body, current: '/web/posteingang' }));
}

function conditionRows(conditions: ConditionResult[]): Html {
  return html`<table class="conditions">
<caption>Voraussetzungen mit Fundstelle und den Daten, auf denen sie beruhen</caption>
<thead><tr><th scope="col">Voraussetzung</th><th scope="col">Ergebnis</th><th scope="col">Fundstelle</th><th scope="col">Erläuterung</th><th scope="col">Was fehlt</th><th scope="col">Daten</th></tr></thead>
<tbody>${conditions.map(
    (
      c,
    ) => html`<tr><th scope="row">${c.id}</th><td><span class="outcome ${c.outcome}">${OUTCOME_LABELS[c.outcome] ?? c.outcome}</span></td><td>${c.citation}</td><td>${c.explanation}${c.review?.length ? html`<br><strong>Zu prüfen:</strong> ${c.review.join('; ')}` : ''}</td>
<td>${c.outcome === 'not_met' ? (c.metFrom ? `voraussichtlich erfüllt ab ${deDate(c.metFrom)}` : 'siehe Erläuterung: der Nachweis fehlt oder reicht nicht') : c.outcome === 'unknown' ? 'Daten liegen nicht vor oder sind nicht sichtbar' : '–'}</td>
<td>${c.facts.length ? html`<ul>${c.facts.map((f) => html`<li>${FACT_LABELS[f.kind] ?? f.kind}, ${SOURCE_LABELS[f.source] ?? f.source}, Satz ${f.sourceRecordId}</li>`)}</ul>` : 'keine'}</td></tr>`,
  )}</tbody></table>`;
}

export function registerInboxPages(router: Router, deps: WebDeps): void {
  const { ctx } = deps;
  const tenant = ctx.tenant.tenant;

  router.get('/posteingang', async (req, res, next) => {
    const recipient = inboxOf(principalOf(res), tenant);
    if (!recipient) return refuse(res, 404, sessionOf(res).csrf);
    await inboxPage(deps, res, recipient, readQuery(req.query as Record<string, unknown>)).catch(next);
  });

  router.get('/hinweise/:id', async (req, res, next) => {
    try {
      const recipient = inboxOf(principalOf(res), tenant);
      const detail = recipient && /^\d{1,18}$/.test(req.params.id) ? await inboxDetail(ctx, recipient, req.params.id) : null;
      if (!recipient || !detail) return refuse(res, 404, sessionOf(res).csrf);
      const notes = await notesOf(ctx.db, detail.id);
      await auditWeb(ctx, res, 'read_signal', detail.person.kimId, { signal: detail.id, recipient, notes: notes.length });
      const csrf = sessionOf(res).csrf;
      const back = `/web/hinweise/${detail.id}`;
      const body = html`
<dl class="facts">
<dt>Person</dt><dd><a href="/web/personen/${detail.person.kimId}">${personName(detail)}</a>${detail.person.azr ? ` (AZR ${detail.person.azr})` : ''}</dd>
<dt>Hinweis</dt><dd>${signalLabel(detail.type)}</dd>
<dt>seit</dt><dd>${deDate(detail.from)}</dd>
<dt>bis (Frist)</dt><dd>${deDate(detail.deadline)}</dd>
<dt>Zustand</dt><dd id="zustand">${STATE_LABELS[detail.state] ?? detail.state}</dd>
<dt>Rechtsstand</dt><dd>${detail.lawVersion}</dd>
</dl>
<p class="explanation">${detail.explanation}</p>
<div class="actions">${detail.state === 'open' ? stateForm(csrf, detail.id, 'acknowledge', back, 'Zur Kenntnis nehmen') : ''} ${detail.state === 'open' || detail.state === 'acknowledged' ? stateForm(csrf, detail.id, 'done', back, 'Als erledigt markieren') : ''}</div>
<h2>Voraussetzungen</h2>
${conditionRows(detail.conditions as ConditionResult[])}
<h2>Notizen</h2>
${notes.length ? html`<ul class="notes">${notes.map((n) => html`<li><p>${n.body}</p><p class="meta">${n.author}, ${deDateTime(n.createdAt)}</p></li>`)}</ul>` : html`<p>Noch keine Notizen.</p>`}
<form method="post" action="/web/hinweise/${detail.id}/notizen">${csrfField(csrf)}
<p><label for="notiz">Neue Notiz (höchstens ${NOTE_MAX} Zeichen; sie ist Teil der Akte und wird protokolliert)</label><br><textarea id="notiz" name="notiz" rows="4" cols="60" maxlength="${NOTE_MAX}" required></textarea></p>
<p><button type="submit">Notiz speichern</button></p></form>`;
      res.type('html').send(page({ title: `Hinweis: ${signalLabel(detail.type)}`, principal: principalOf(res), csrf, body, current: '/web/posteingang' }));
    } catch (e) {
      next(e);
    }
  });

  router.post('/hinweise/:id/zustand', async (req, res, next) => {
    try {
      const recipient = inboxOf(principalOf(res), tenant);
      const action = (req.body as Record<string, string>).aktion;
      const state = action === 'acknowledge' ? 'acknowledged' : action === 'done' ? 'done' : null;
      const detail = recipient && state && /^\d{1,18}$/.test(req.params.id) ? await setState(ctx, recipient, req.params.id, state) : null;
      if (!detail) return refuse(res, 404, sessionOf(res).csrf);
      await auditWeb(ctx, res, `${action}_signal`, detail.person.kimId, { signal: detail.id, recipient });
      const back = (req.body as Record<string, string>).zurueck;
      res.redirect(303, typeof back === 'string' && /^\/web\/(posteingang(\?[A-Za-z0-9=&%_.-]*)?|hinweise\/\d+)$/.test(back) ? back : `/web/hinweise/${detail.id}`);
    } catch (e) {
      next(e);
    }
  });

  router.post('/hinweise/:id/notizen', async (req, res, next) => {
    try {
      const recipient = inboxOf(principalOf(res), tenant);
      const detail = recipient && /^\d{1,18}$/.test(req.params.id) ? await inboxDetail(ctx, recipient, req.params.id) : null;
      if (!detail) return refuse(res, 404, sessionOf(res).csrf);
      const body = String((req.body as Record<string, unknown>).notiz ?? '').trim();
      if (!body || body.length > NOTE_MAX) return res.redirect(303, `/web/hinweise/${detail.id}`);
      const id = await addNote(ctx.db, { signalId: detail.id, kimId: detail.person.kimId, author: principalOf(res).subject, body });
      await auditWeb(ctx, res, 'add_note', detail.person.kimId, { signal: detail.id, note: id });
      res.redirect(303, `/web/hinweise/${detail.id}`);
    } catch (e) {
      next(e);
    }
  });
}
