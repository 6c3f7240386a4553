// /imports and /quarantine: uploading an export, an import's status, replaying and confirming
// imports, and reading the quarantine. For it_admin; uploads and their status also for an import
// key of the tenant, within its bounds (src/auth/access.ts).
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { Source } from '../../../adapters/types.js';
import { deliveryRefusal, operationsAccess, scopedAccess } from '../../auth/access.js';
import type { ImportQuery, QuarantineQuery } from '../../generated/kim-types.js';
import { confirmHeldImport, createImport, spoolPath, type ImportDeps } from '../../service/imports.js';
import { deliveredBy, importStatus, markReplayed, replaySource } from '../../store/read/imports.js';
import { listQuarantine } from '../../store/read/quarantine.js';
import type { ApiDeps } from '../deps.js';
import { problem } from '../problem.js';
import { gate, principalOf, validQuery, type Audit } from '../request.js';
import { uploadRefusal } from '../upload-bounds.js';
import { receiveUpload } from '../upload.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ImportsRouterDeps = ImportDeps & Pick<ApiDeps, 'tenant'> & { config: Pick<ApiDeps['config'], 'spoolDir' | 'uploadMaxBytes'> };

export function importsRouter(deps: ImportsRouterDeps, audit: Audit): Router {
  const router = Router();
  const tenant = deps.tenant.tenant;

  // Streamed upload: multipart field "file"; the body goes to the spool on disk, never into memory.
  router.post('/imports', async (req, res) => {
    if (!gate(res, scopedAccess(principalOf(res), tenant, 'imports'), 'uploading exports')) return;
    const q = validQuery<ImportQuery>(req, res, 'ImportQuery');
    if (!q) return;
    const source = q.source as Source | undefined;
    // A key bound to other sources (or to none, a key from before the bounds) is refused before the body is read.
    const p = principalOf(res);
    const early = p.kind === 'api_key' && (source || !p.sources.length) ? deliveryRefusal(p, source ?? '', null) : null;
    if (early) return problem(res, 'KIM_ERR_AUTH_KEY_SCOPE', early);
    const id = randomUUID();
    // KIM_UPLOAD_MAX_BYTES, 2 GB by default; a city's ABH snapshot is ~150 MB.
    const { file, name } = await receiveUpload(req, { spoolDir: deps.config.spoolDir, target: (n) => spoolPath(deps, id, n), maxBytes: deps.config.uploadMaxBytes });
    const refused = await uploadRefusal(p, file, name, source);
    if (refused) {
      await rm(file, { force: true });
      await audit(req, res, 'upload_refused', id, { reason: refused }, 'import'); // sources and authority ids only
      return problem(res, 'KIM_ERR_AUTH_KEY_SCOPE', refused);
    }
    await createImport(deps, { id, file, fileName: name, trigger: 'upload', how: 'in-spool', ...(source ? { source } : {}), ...(p.kind === 'api_key' ? { apiKey: p.keyId } : {}) });
    await audit(req, res, 'upload_import', id, {}, 'import');
    res
      .status(202)
      .location(`/imports/${id}`)
      .json(await importStatus(deps, id));
  });

  router.get('/imports/:id', async (req, res) => {
    if (!gate(res, scopedAccess(principalOf(res), tenant, 'imports'), 'reading import status')) return;
    const p = principalOf(res);
    // An import key sees the imports it delivered, no other office's (their figures and errors are not its business).
    const own = UUID.test(req.params.id) && (p.kind !== 'api_key' || (await deliveredBy(deps.db, req.params.id, p.keyId)));
    const status = own ? await importStatus(deps, req.params.id) : null;
    if (!status) return problem(res, 'KIM_ERR_API_RESOURCE_NOT_FOUND', 'no such import');
    res.json(status);
  });
  operatorRoutes(router, deps, audit);
  return router;
}

/** The quarantine, replay and confirmation: it_admin's alone. */
function operatorRoutes(router: Router, deps: ImportsRouterDeps, audit: Audit): void {
  const tenant = deps.tenant.tenant;
  // The quarantine without the rejected values: reason, field, position and code suffice to find
  // the record. Warnings (kind=warning) name their value: a code as delivered, which is what the
  // operator adds to the code list.
  router.get('/quarantine', async (req, res) => {
    if (!gate(res, operationsAccess(principalOf(res), tenant), 'reading the quarantine')) return;
    const q = validQuery<QuarantineQuery>(req, res, 'QuarantineQuery');
    if (!q) return;
    const importId = q.import ?? null;
    const kind = q.kind ?? 'rejection';
    await audit(req, res, 'read_quarantine', importId ? `import:${importId}` : 'quarantine', { kind }, 'operations');
    res.json(await listQuarantine(deps.db, importId, kind));
  });

  // Replay: the import's file runs again while the hub still has it (before it has been read);
  // records accepted before are unchanged by hash, the quarantined ones get their second chance.
  router.post('/imports/:id/replay', async (req, res) => {
    if (!gate(res, operationsAccess(principalOf(res), tenant), 'replaying imports')) return;
    // Checked before the database sees it: a malformed id is no import (not a 500 quoting the value).
    const row = UUID.test(req.params.id) ? await replaySource(deps.db, req.params.id) : null;
    if (!row) return problem(res, 'KIM_ERR_API_RESOURCE_NOT_FOUND', 'no such import');
    // Kept only for an import with rejections, for KIM_REPLAY_DAYS (README, "How long exports are kept").
    if (!existsSync(row.spoolPath)) return problem(res, 'KIM_ERR_IMPORT_EXPORT_GONE', 'the export is no longer kept: the hub keeps an export only while an import with rejected records may be replayed; deliver the corrected export again');
    const id = await createImport(deps, { file: row.spoolPath, fileName: row.fileName, trigger: 'replay', how: 'copy', ...(row.source ? { source: row.source as Source } : {}) });
    await markReplayed(deps.db, req.params.id, id);
    await audit(req, res, 'replay_import', id, { replayOf: req.params.id }, 'operations');
    res
      .status(202)
      .location(`/imports/${id}`)
      .json(await importStatus(deps, id));
  });

  // A held full snapshot (it would close more than KIM_SNAPSHOT_MAX_CLOSE_SHARE of its scope) closes only once confirmed.
  router.post('/imports/:id/confirm', async (req, res) => {
    if (!gate(res, operationsAccess(principalOf(res), tenant), 'confirming imports')) return;
    const status = /^[0-9a-f-]{36}$/.test(req.params.id) ? await importStatus(deps, req.params.id) : null;
    if (!status) return problem(res, 'KIM_ERR_API_RESOURCE_NOT_FOUND', 'no such import');
    if (!(await confirmHeldImport(deps, req.params.id))) return problem(res, 'KIM_ERR_IMPORT_NOT_HELD', `the import is ${status.status}, not held`);
    await audit(req, res, 'confirm_snapshot', req.params.id, { heldFor: status.error?.message ?? null }, 'operations');
    res.json(await importStatus(deps, req.params.id));
  });
}
