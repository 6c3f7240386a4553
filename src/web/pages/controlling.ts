// Controlling for the coordinator: the controlling report (src/service/report.ts) as tables and
// bar charts over the months, with the report's own suppression (fewer than five persons: "<5").
// Aggregates only: no person-level value exists in the report to reach the page. Every chart is
// followed by its data table.
import type { Router } from 'express';
import { reportAccess } from '../../auth/access.js';
import { isKimError } from '../../errors/registry.js';
import type { ControllingReport, ReportTable } from '../../report/controlling.js';
import { loadControllingReport } from '../../store/read/report.js';
import { html, type Html } from '../html.js';
import { page } from '../layout.js';
import { auditWeb, principalOf, refuse, sessionOf, type WebDeps } from '../page-deps.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CHARTED = ['signals_raised', 'signals_acted_on', 'backlog'];

type Cell = number | string | null;
const total = (t: ReportTable): Cell => (t.cells.at(-1)?.at(-1) ?? null) as Cell;

/** One bar per month; a suppressed month has no bar, only its "<5". */
function chart(id: string, title: string, points: Array<{ month: string; value: Cell }>): Html {
  const numbers = points.map((p) => (typeof p.value === 'number' ? p.value : 0));
  const max = Math.max(5, ...numbers);
  const w = 48;
  const h = 160;
  return html`<figure>
<figcaption id="${id}">${title}</figcaption>
<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${points.length * w + 40} ${h + 40}">
<line class="axis" x1="30" y1="${h}" x2="${points.length * w + 30}" y2="${h}"></line>
${points.map((p, i) => {
  const v = typeof p.value === 'number' ? p.value : 0;
  const bh = Math.round((v / max) * (h - 20));
  return html`<rect class="bar" x="${34 + i * w}" y="${h - bh}" width="${w - 10}" height="${bh}"></rect><text x="${34 + i * w + (w - 10) / 2}" y="${h - bh - 4}" text-anchor="middle">${p.value ?? '–'}</text><text x="${34 + i * w + (w - 10) / 2}" y="${h + 16}" text-anchor="middle">${p.month.slice(5)}/${p.month.slice(2, 4)}</text>`;
})}
</svg>
<table class="list"><caption>Daten zu: ${title}</caption><thead><tr><th scope="col">Monat</th><th scope="col" class="num">Personen</th></tr></thead>
<tbody>${points.map((p) => html`<tr><th scope="row">${p.month}</th><td class="num">${p.value ?? '–'}</td></tr>`)}</tbody></table>
</figure>`;
}

/** Municipalities down, months across: the row totals of each month's table. */
function overMonths(report: ControllingReport, measure: string): Html {
  const tables = report.counts.filter((t) => t.measure === measure);
  if (!tables.length) return html``;
  const rows = tables[0]!.rows;
  return html`<table class="list"><caption>${tables[0]!.title}: nach Gemeinde und Monat</caption>
<thead><tr><th scope="col">Gemeinde</th>${tables.map((t) => html`<th scope="col" class="num">${t.month}</th>`)}</tr></thead>
<tbody>${rows.map((r, i) => html`<tr><th scope="row">${r.name}</th>${tables.map((t) => html`<td class="num">${(t.cells[i]?.at(-1) as Cell) ?? '–'}</td>`)}</tr>`)}</tbody></table>`;
}

export function registerControllingPages(router: Router, deps: WebDeps): void {
  const { ctx } = deps;
  router.get('/controlling', async (req, res, next) => {
    try {
      if (reportAccess(principalOf(res), ctx.tenant.tenant) !== 'allowed') return refuse(res, 403, sessionOf(res).csrf);
      const q = req.query as Record<string, unknown>;
      const months = { ...(typeof q.von === 'string' && MONTH.test(q.von) ? { from: q.von } : {}), ...(typeof q.bis === 'string' && MONTH.test(q.bis) ? { to: q.bis } : {}) };
      let report: ControllingReport;
      try {
        report = await loadControllingReport(ctx, months);
      } catch (e) {
        if (!isKimError(e) || e.code !== 'KIM_ERR_REPORT_PERIOD') throw e;
        res
          .status(400)
          .type('html')
          .send(
            page({
              title: 'Controlling',
              principal: principalOf(res),
              csrf: sessionOf(res).csrf,
              body: html`<p role="alert">Dieser Zeitraum kann nicht berichtet werden: ${e.message}</p><p><a href="/web/controlling">Die letzten zwölf Monate</a></p>`,
              current: '/web/controlling',
            }),
          );
        return;
      }
      await auditWeb(ctx, res, 'read_report', `report:${ctx.tenant.tenant}`, { format: 'html', months: report.months }, 'controlling');
      const charts = CHARTED.map((m) => {
        const tables = report.counts.filter((t) => t.measure === m);
        return tables.length
          ? chart(
              `chart-${m}`,
              `${tables[0]!.title} (gesamt)`,
              tables.map((t) => ({ month: t.month, value: total(t) })),
            )
          : html``;
      });
      const body = html`
<form method="get" action="/web/controlling" class="filters">
<p><label for="von">von (Monat)</label> <input id="von" name="von" type="month" value="${months.from ?? report.months[0] ?? ''}"></p>
<p><label for="bis">bis (Monat)</label> <input id="bis" name="bis" type="month" value="${months.to ?? report.months.at(-1) ?? ''}"></p>
<p><button type="submit">Anzeigen</button></p>
</form>
<p>Stichtag ${report.stichtag}. Zahlen unter ${report.minPersons} Personen sind unterdrückt („&lt;${report.minPersons}“).</p>
${report.notes.length ? html`<ul>${report.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
<h2>Verlauf</h2>
${charts}
<h2>Tabellen</h2>
${[...new Set(report.counts.map((t) => t.measure))].map((m) => overMonths(report, m))}`;
      res.type('html').send(page({ title: 'Controlling', principal: principalOf(res), csrf: sessionOf(res).csrf, body, current: '/web/controlling' }));
    } catch (e) {
      next(e);
    }
  });
}
