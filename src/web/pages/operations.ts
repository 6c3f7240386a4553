// Betrieb for it_admin: imports with status, figures, rejections and warnings, the live progress
// of a running import, the quarantine with replay, and the link to the queue dashboard. Ids,
// counts, fields and codes only: no person's name and no rejected value reaches this page.
import { existsSync } from 'node:fs';
import type { Response, Router } from 'express';
import { operationsAccess } from '../../auth/access.js';
import { importProgress } from '../../service/import-progress.js';
import { createImport } from '../../service/imports.js';
import type { Source } from '../../../adapters/types.js';
import { importStatus, markReplayed } from '../../store/read/imports.js';
import { keptExport, quarantineByImport, recentImports, rejectionsOf } from '../../store/read/operations.js';
import { deDateTime, html } from '../html.js';
import { csrfField, page } from '../layout.js';
import { auditWeb, principalOf, refuse, sessionOf, type WebDeps } from '../page-deps.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS: Record<string, string> = { queued: 'wartet', reading: 'liest', applying: 'übernimmt', linking: 'verknüpft', evaluating: 'bewertet', done: 'fertig', failed: 'fehlgeschlagen', held: 'angehalten' };

type Frame = (res: Response, title: string, body: ReturnType<typeof html>) => void;

export function registerOperationsPages(router: Router, deps: WebDeps): void {
  const { ctx, settings } = deps;
  const allowed = (res: Response) => operationsAccess(principalOf(res), ctx.tenant.tenant) === 'allowed';
  const frame: Frame = (res, title, body) => res.type('html').send(page({ title, principal: principalOf(res), csrf: sessionOf(res).csrf, body, current: '/web/betrieb' }));

  router.get('/betrieb', async (_req, res, next) => {
    try {
      if (!allowed(res)) return refuse(res, 403, sessionOf(res).csrf);
      const imports = await recentImports(ctx.db);
      const quarantine = await quarantineByImport(ctx.db);
      await auditWeb(ctx, res, 'read_operations', 'imports', {}, 'operations');
      frame(
        res,
        'Betrieb',
        html`
<p><a href="${settings.queueDashboardUrl}">Warteschlangen-Übersicht (nur lesen)</a></p>
<table class="list"><caption>Die letzten Importe</caption>
<thead><tr><th scope="col">Eingang</th><th scope="col">Datei</th><th scope="col">Quelle</th><th scope="col">Anlass</th><th scope="col">Status</th><th scope="col" class="num">gelesen</th><th scope="col" class="num">angenommen</th><th scope="col" class="num">abgewiesen</th><th scope="col" class="num">Warnungen</th></tr></thead>
<tbody>${imports.map((i) => html`<tr><td><a href="/web/betrieb/importe/${i.id}">${deDateTime(i.received_at)}</a></td><td>${i.file_name}</td><td>${i.source ?? '–'}</td><td>${i.trigger}</td><td>${STATUS[i.status] ?? i.status}</td><td class="num">${i.records_read}</td><td class="num">${i.accepted}</td><td class="num">${i.rejected}</td><td class="num">${i.warnings}</td></tr>`)}</tbody></table>
<h2>Quarantäne</h2>
${
  quarantine.length
    ? html`<table class="list"><caption>Abgewiesene Datensätze je Import</caption><thead><tr><th scope="col">Import</th><th scope="col">Quelle</th><th scope="col" class="num">abgewiesen</th><th scope="col" class="num">noch nicht wiederholt</th></tr></thead>
<tbody>${quarantine.map((q) => html`<tr><td><a href="/web/betrieb/importe/${q.import_id}">${q.import_id}</a></td><td>${q.source ?? '–'}</td><td class="num">${q.n}</td><td class="num">${q.open}</td></tr>`)}</tbody></table>`
    : html`<p>Keine abgewiesenen Datensätze.</p>`
}`,
      );
    } catch (e) {
      next(e);
    }
  });

  router.get('/betrieb/importe/:id', async (req, res, next) => {
    try {
      if (!allowed(res)) return refuse(res, 403, sessionOf(res).csrf);
      const status = UUID.test(req.params.id) ? await importStatus(ctx, req.params.id) : null;
      const progress = status ? await importProgress(ctx.db, status.id) : null;
      if (!status || !progress) return refuse(res, 404, sessionOf(res).csrf);
      const rejections = await rejectionsOf(ctx.db, status.id);
      const replayable = rejections.some((r) => !r.replayed_in) && existsSync((await keptExport(ctx.db, status.id))?.spool_path ?? '');
      await auditWeb(ctx, res, 'read_import', status.id, {}, 'operations');
      const csrf = sessionOf(res).csrf;
      frame(
        res,
        `Import ${status.fileName}`,
        html`
<section class="progress-box" data-progress-url="/web/betrieb/importe/${status.id}/fortschritt" aria-live="polite">
<h2>Fortschritt</h2>
<p><label for="fortschritt">Stand</label> <progress id="fortschritt" class="progress" max="100" value="${progress.percent}">${progress.percent} %</progress></p>
<dl class="facts"><dt>Status</dt><dd data-field="phase">${progress.phase}</dd><dt>gelesen</dt><dd data-field="recordsRead">${progress.recordsRead}</dd><dt>angenommen</dt><dd data-field="accepted">${progress.accepted}</dd><dt>abgewiesen</dt><dd data-field="rejected">${progress.rejected}</dd><dt>Warnungen</dt><dd data-field="warnings">${progress.warnings}</dd><dt>Prozent</dt><dd data-field="percent">${progress.percent}</dd></dl>
</section>
<dl class="facts"><dt>Quelle</dt><dd>${status.source ?? '–'}</dd><dt>Anlass</dt><dd>${status.trigger}</dd><dt>Eingang</dt><dd>${deDateTime(status.receivedAt)}</dd><dt>fertig</dt><dd>${deDateTime(status.finishedAt)}</dd><dt>geändert / unverändert</dt><dd>${status.changed} / ${status.unchanged}</dd><dt>Hinweise geändert</dt><dd>${status.signalsChanged}</dd>${status.error ? html`<dt>Fehler</dt><dd>${status.error.code ?? ''}</dd>` : ''}</dl>
<h2>Abgewiesene Datensätze</h2>
${
  rejections.length
    ? html`<table class="list"><caption>Abweisungen (ohne die abgewiesenen Werte)</caption><thead><tr><th scope="col" class="num">Position</th><th scope="col">Feld</th><th scope="col">Code</th><th scope="col">Grund</th><th scope="col">wiederholt in</th></tr></thead>
<tbody>${rejections.map((r) => html`<tr><td class="num">${r.position ?? '–'}</td><td>${r.field ?? '–'}</td><td>${r.code}</td><td>${r.reason}</td><td>${r.replayed_in ? html`<a href="/web/betrieb/importe/${r.replayed_in}">${r.replayed_in}</a>` : '–'}</td></tr>`)}</tbody></table>`
    : html`<p>Keine.</p>`
}
${replayable ? html`<form method="post" action="/web/betrieb/importe/${status.id}/wiederholen">${csrfField(csrf)}<button type="submit">Import wiederholen</button></form>` : ''}
<h2>Warnungen</h2>
${
  status.warningSummary.length
    ? html`<table class="list"><caption>Warnungen nach Code und Feld</caption><thead><tr><th scope="col">Code</th><th scope="col">Feld</th><th scope="col" class="num">Anzahl</th></tr></thead><tbody>${status.warningSummary.map((w) => html`<tr><td>${w.code}</td><td>${w.field}</td><td class="num">${w.count}</td></tr>`)}</tbody></table>`
    : html`<p>Keine.</p>`
}`,
      );
    } catch (e) {
      next(e);
    }
  });
  registerImportActions(router, deps, allowed, frame);
}

/** The live progress the page's script polls, and the replay of an import's kept export. */
function registerImportActions(router: Router, deps: WebDeps, allowed: (res: Response) => boolean, frame: Frame): void {
  const { ctx } = deps;
  router.get('/betrieb/importe/:id/fortschritt', async (req, res, next) => {
    try {
      if (!allowed(res)) return void res.status(403).json({ title: 'forbidden' });
      const p = UUID.test(req.params.id) ? await importProgress(ctx.db, req.params.id) : null;
      if (!p) return void res.status(404).json({ title: 'not found' });
      res.json(p);
    } catch (e) {
      next(e);
    }
  });

  // The same replay as the API's POST /imports/:id/replay: the kept export runs again; its quarantined records get their second chance.
  router.post('/betrieb/importe/:id/wiederholen', async (req, res, next) => {
    try {
      if (!allowed(res)) return refuse(res, 403, sessionOf(res).csrf);
      const row = UUID.test(req.params.id) ? await keptExport(ctx.db, req.params.id) : undefined;
      if (!row) return refuse(res, 404, sessionOf(res).csrf);
      if (!existsSync(row.spool_path)) return frame(res.status(410), 'Import wiederholen', html`<p>Die Exportdatei wird nicht mehr aufbewahrt; bitte die korrigierte Datei neu liefern.</p>`);
      const id = await createImport(ctx, { file: row.spool_path, fileName: row.file_name, trigger: 'replay', how: 'copy', ...(row.source ? { source: row.source as Source } : {}) });
      await markReplayed(ctx.db, req.params.id, id);
      await auditWeb(ctx, res, 'replay_import', id, { replayOf: req.params.id }, 'operations');
      res.redirect(303, `/web/betrieb/importe/${id}`);
    } catch (e) {
      next(e);
    }
  });
}
