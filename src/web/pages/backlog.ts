// Rückstau for the EBB's staff: the backlog of pending naturalisation applications with the
// API's sorting and filters (src/service/backlog.ts), and the same list as CSV or XLSX.
import type { Response, Router } from 'express';
import { backlogAccess } from '../../auth/access.js';
import type { BacklogView, Readiness } from '../../backlog/backlog.js';
import { backlogCsv, backlogXlsx } from '../../exports/backlog.js';
import { loadBacklog } from '../../store/read/backlog.js';
import { deDate, html } from '../html.js';
import { page } from '../layout.js';
import { auditWeb, principalOf, refuse, sessionOf, type WebDeps } from '../page-deps.js';

const READINESS: Record<Readiness, string> = { ready: 'entscheidungsreif', missing: 'fehlt etwas', not_yet: 'noch nicht', blocked: 'blockiert' };

function readView(q: Record<string, unknown>): BacklogView {
  const s = (k: string) => (typeof q[k] === 'string' && (q[k] as string).length <= 100 ? (q[k] as string) : '');
  const view: BacklogView = { order: s('ordnung') === 'ready_first' ? 'ready_first' : 'oldest' };
  if (s('team')) view.team = s('team');
  if (s('unterlage')) view.missingDocument = s('unterlage');
  if (s('stand') in READINESS) view.readiness = s('stand') as Readiness;
  if (s('ueberfaellig') === 'ja' || s('ueberfaellig') === 'nein') view.overdue = s('ueberfaellig') === 'ja';
  return view;
}

function query(view: BacklogView): string {
  const p = new URLSearchParams({ ordnung: view.order ?? 'oldest' });
  if (view.team) p.set('team', view.team);
  if (view.missingDocument) p.set('unterlage', view.missingDocument);
  if (view.readiness) p.set('stand', view.readiness);
  if (view.overdue !== undefined) p.set('ueberfaellig', view.overdue ? 'ja' : 'nein');
  return p.toString();
}

const option = (value: string, label: string, chosen: string | undefined) => html`<option value="${value}"${chosen === value ? html` selected` : ''}>${label}</option>`;

export function registerBacklogPages(router: Router, deps: WebDeps): void {
  const { ctx } = deps;
  const ebbOf = (res: Response): string | null => {
    const p = principalOf(res);
    return p.authority && backlogAccess(p, ctx.tenant.tenant, p.authority) === 'allowed' ? p.authority : null;
  };

  router.get('/rueckstau', async (req, res, next) => {
    try {
      const ebb = ebbOf(res);
      if (!ebb) return refuse(res, 404, sessionOf(res).csrf);
      const view = readView(req.query as Record<string, unknown>);
      const entries = await loadBacklog(ctx, ebb, view);
      await auditWeb(ctx, res, 'read_backlog', `backlog:${ebb}`, { format: 'html', persons: [...new Set(entries.map((e) => e.kimId))] });
      const overdue = view.overdue === undefined ? '' : view.overdue ? 'ja' : 'nein';
      const body = html`
<form method="get" action="/web/rueckstau" class="filters">
<p><label for="ordnung">Sortierung</label> <select id="ordnung" name="ordnung">${option('oldest', 'älteste zuerst', view.order)}${option('ready_first', 'entscheidungsreife zuerst', view.order)}</select></p>
<p><label for="stand">Stand</label> <select id="stand" name="stand">${option('', 'alle', view.readiness ?? '')}${Object.entries(READINESS).map(([k, v]) => option(k, v, view.readiness))}</select></p>
<p><label for="ueberfaellig">überfällig</label> <select id="ueberfaellig" name="ueberfaellig">${option('', 'alle', overdue)}${option('ja', 'ja', overdue)}${option('nein', 'nein', overdue)}</select></p>
<p><label for="team">Team</label> <input id="team" name="team" value="${view.team ?? ''}" size="10"></p>
<p><label for="unterlage">fehlende Unterlage</label> <input id="unterlage" name="unterlage" value="${view.missingDocument ?? ''}" size="16"></p>
<p><button type="submit">Anwenden</button></p>
</form>
<p>Herunterladen: <a href="/web/rueckstau.csv?${query(view)}" download>CSV</a> · <a href="/web/rueckstau.xlsx?${query(view)}" download>Excel (XLSX)</a></p>
<table class="list">
<caption>Anhängige Einbürgerungsanträge (${entries.length})</caption>
<thead><tr><th scope="col">Antragsnummer</th><th scope="col">Eingang</th><th scope="col" class="num">Tage anhängig</th><th scope="col">überfällig</th><th scope="col">Stand</th><th scope="col">voraussichtlich ab</th><th scope="col">offene Voraussetzungen</th><th scope="col">fehlende Unterlagen</th><th scope="col">Team</th></tr></thead>
<tbody>${entries.map(
        (e) =>
          html`<tr><td>${e.applicationNumber}</td><td>${deDate(e.receivedOn)}</td><td class="num">${e.daysPending}</td><td>${e.overdue ? 'ja' : 'nein'}</td><td>${READINESS[e.readiness]}</td><td>${deDate(e.readyFrom)}</td><td>${e.openConditions.map((c) => `${c.citation}: ${c.outcome}`).join('; ') || '–'}</td><td>${e.missingDocuments.join('; ') || '–'}</td><td>${e.team ?? '–'}</td></tr>`,
      )}</tbody></table>`;
      res.type('html').send(page({ title: 'Rückstau', principal: principalOf(res), csrf: sessionOf(res).csrf, body, current: '/web/rueckstau' }));
    } catch (e) {
      next(e);
    }
  });

  router.get(/^\/rueckstau\.(csv|xlsx)$/, async (req, res, next) => {
    try {
      const ebb = ebbOf(res);
      if (!ebb) return refuse(res, 404, sessionOf(res).csrf);
      const format = req.path.endsWith('.xlsx') ? 'xlsx' : 'csv';
      const entries = await loadBacklog(ctx, ebb, readView(req.query as Record<string, unknown>));
      await auditWeb(ctx, res, 'export_backlog', `backlog:${ebb}`, { format, persons: [...new Set(entries.map((e) => e.kimId))] });
      const name = `rueckstand-${ebb}-${ctx.stichtag()}`;
      if (format === 'csv') return void res.type('text/csv; charset=utf-8').attachment(`${name}.csv`).send(backlogCsv(entries));
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`${name}.xlsx`)
        .send(await backlogXlsx(entries));
    } catch (e) {
      next(e);
    }
  });
}
