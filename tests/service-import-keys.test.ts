// Issue 14, finding 1, against the real API, queues and store: an import key delivers only its
// own sources and authority (consents only the case managers' key), and a full snapshot that
// would close more than the configured share of its scope is held until an it_admin confirms it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/api-keys.js';
import { examplesDir, projectRoot } from '../src/paths.js';
import { startApi } from '../src/api/app.js';
import { createImport, waitForIdle, waitForImports, type ImportStatus } from '../src/service/imports.js';
import { startWorkers } from '../workers/index.js';
import { createTestIdp, type TestIdp } from './idp.js';
import { createTestHub, type TestHub } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const dir = mkdtempSync(path.join(tmpdir(), 'kim-keys-'));
let idp: TestIdp;
let hub: TestHub;
let api: Server;
let base: string;
let workers: { close(): Promise<void> };
const keys: Record<string, { id: string; key: string }> = {};

beforeAll(async () => {
  idp = await createTestIdp();
  // The guard from five records on, so the nine persons of the sample ABH export are enough.
  hub = await createTestHub({ PORT: '0', KIM_SNAPSHOT_GUARD_MIN_RECORDS: '5', ...idp.env });
  workers = startWorkers(hub.ctx);
  const files = readdirSync(samples)
    .filter((f) => /\.(xml|csv)$/.test(f))
    .map((f) => path.join(samples, f));
  const ids = [];
  for (const f of files) ids.push(await createImport(hub.ctx, { file: f, trigger: 'cli', how: 'copy' }));
  await waitForImports(hub.ctx, ids, 60_000);
  await waitForIdle(hub.ctx, 60_000);
  keys.abh = await createApiKey(hub.ctx.db, { tenant: '05158', name: 'ABH nightly', scopes: ['imports'], sources: ['abh'], authority: 'ABH-05158' });
  keys.jobcenter = await createApiKey(hub.ctx.db, { tenant: '05158', name: 'Jobcenter nightly', scopes: ['imports'], sources: ['jobcenter'], authority: 'JC-05158' });
  keys.consent = await createApiKey(hub.ctx.db, { tenant: '05158', name: 'case managers', scopes: ['imports'], sources: ['consent'], authority: 'KI-05158' });
  api = await startApi(hub.ctx);
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
}, 90_000);

afterAll(async () => {
  await new Promise((r) => api?.close(r));
  await workers?.close();
  await hub?.close();
  await idp?.close();
}, 60_000);

const count = async (sql: string) => Number((await hub.ctx.db.query<{ n: string }>(sql)).rows[0]!.n);
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

async function upload(key: string, file: string, query = ''): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)]), path.basename(file));
  return fetch(`${base}/imports${query}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${key}` } });
}

async function settled(res: Response): Promise<ImportStatus> {
  expect(res.status).toBe(202);
  const { id } = (await res.json()) as { id: string };
  const [status] = await waitForImports(hub.ctx, [id], 60_000);
  await waitForIdle(hub.ctx, 60_000);
  return status!;
}

/** The sample ABH export as exported at `at`, with only the persons whose AZR is in `keep` (all when empty). */
function abh(name: string, at: string, keep: string[] = []): string {
  let xml = readFileSync(path.join(samples, 'abh.xml'), 'utf8').replace('exportiertAm="2026-11-20T02:15:00+01:00"', `exportiertAm="${at}"`);
  if (keep.length) xml = xml.replace(/\s*<person>\s*<azrNummer>(\d+)<\/azrNummer>[\s\S]*?<\/person>/g, (p, azr: string) => (keep.includes(azr) ? p : ''));
  return write(name, xml);
}

describe('import keys bound to a source and an authority', () => {
  it("refuses a consent file, and a withdrawal in it, from the Jobcenter's key: 403 with a code, nothing imported, nothing left in the spool", async () => {
    const withdrawal = write('consents.csv', readFileSync(path.join(samples, 'consents.csv'), 'utf8').replace('2026-02-01;2028-01-31;;abh|sozialamt', '2026-02-01;2028-01-31;2026-11-22;abh|sozialamt'));
    const consentsNow = async () => (await hub.ctx.db.query<{ s: string }>("SELECT string_agg(consent_id || ':' || content_hash, ',' ORDER BY consent_id) AS s FROM consents")).rows[0]!.s;
    const consents = await consentsNow();
    const imports = await count('SELECT count(*) AS n FROM imports');
    const spool = readdirSync(hub.config.spoolDir).sort();
    for (const query of ['', '?source=consent']) {
      const res = await upload(keys.jobcenter!.key, withdrawal, query);
      expect(res.status, query).toBe(403);
      const body = (await res.json()) as { title: string; detail: string };
      expect(body.title).toBe('KIM_ERR_AUTH_KEY_SCOPE');
      expect(body.detail).not.toMatch(/Haddad|160901480001/);
    }
    expect(await count('SELECT count(*) AS n FROM imports')).toBe(imports);
    expect(await consentsNow()).toBe(consents);
    expect(readdirSync(hub.config.spoolDir).sort()).toEqual(spool);
  });

  it("refuses the Velbert ABH's export from the Kreis ABH's key, and takes the Kreis ABH's own", async () => {
    const res = await upload(keys.abh!.key, path.join(samples, 'abh-05158032.xml'));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { title: string }).title).toBe('KIM_ERR_AUTH_KEY_SCOPE');
    expect(await settled(await upload(keys.abh!.key, abh('abh-own.xml', '2026-11-21T02:15:00+01:00')))).toMatchObject({ status: 'done', error: null });
  }, 60_000);

  it("shows a key the status of the imports it delivered, and no other office's (finding 8)", async () => {
    const own = await settled(await upload(keys.abh!.key, abh('abh-status.xml', '2026-11-21T03:15:00+01:00')));
    const read = (key: string) => fetch(`${base}/imports/${own.id}`, { headers: { authorization: `Bearer ${key}` } });
    expect((await read(keys.abh!.key)).status).toBe(200);
    const other = await read(keys.jobcenter!.key);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('abh-status.xml');
  }, 60_000);

  it('leaves an ABH file it cannot read to the import stage, which fails it with the reason', async () => {
    const file = write('abh-doctype.xml', '<?xml version="1.0"?>\n<!DOCTYPE abhExport [<!ENTITY x "x">]>\n<abhExport behoerde="ABH-05158" art="vollbestand"><person/></abhExport>\n');
    expect(await settled(await upload(keys.abh!.key, file))).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_INPUT_XML_ENTITIES' } });
  }, 60_000);

  it("takes consents from the case managers' key only", async () => {
    const file = write('consents-again.csv', readFileSync(path.join(samples, 'consents.csv'), 'utf8') + '\n');
    expect((await upload(keys.abh!.key, file)).status).toBe(403);
    expect(await settled(await upload(keys.consent!.key, file))).toMatchObject({ status: 'done', error: null });
  }, 60_000);

  it('holds every record to the key in the import stage too: an import outside it fails with the code and closes nothing', async () => {
    const current = await count("SELECT count(*) AS n FROM source_records WHERE source = 'abh' AND valid_to IS NULL");
    const events = await count('SELECT count(*) AS n FROM signal_events');
    const ids = [
      await createImport(hub.ctx, { file: path.join(samples, 'abh-05158032.xml'), trigger: 'upload', how: 'copy', apiKey: keys.abh!.id }),
      await createImport(hub.ctx, { file: path.join(samples, 'consents.csv'), trigger: 'upload', how: 'copy', apiKey: keys.jobcenter!.id }),
      await createImport(hub.ctx, { file: path.join(samples, 'abh.xml'), trigger: 'upload', how: 'copy', source: 'abh', apiKey: keys.jobcenter!.id }),
    ];
    for (const s of await waitForImports(hub.ctx, ids, 60_000)) expect(s).toMatchObject({ status: 'failed', accepted: 0, error: { code: 'KIM_ERR_AUTH_KEY_SCOPE' } });
    await waitForIdle(hub.ctx, 60_000);
    expect(await count("SELECT count(*) AS n FROM source_records WHERE source = 'abh' AND valid_to IS NULL")).toBe(current);
    expect(await count('SELECT count(*) AS n FROM signal_events')).toBe(events);
  }, 60_000);
});

describe('a full snapshot that would close most of its scope', () => {
  const abhCurrent = () => count("SELECT count(*) AS n FROM source_records WHERE source = 'abh' AND authority = 'ABH-05158' AND valid_to IS NULL");

  it('closes a person missing from a snapshot without asking: one of nine is within the share', async () => {
    const all = await abhCurrent();
    expect(
      await settled(await upload(keys.abh!.key, abh('abh-8.xml', '2026-11-22T01:15:00+01:00', ['160901480001', '221001480004', '150915480005', '240210480006', '240601480007', '151118480008', '201101480009', '170801480010']))),
    ).toMatchObject({ status: 'done' });
    expect(await abhCurrent()).toBe(all - 1);
  }, 60_000);

  it('holds a one-person snapshot of the ABH, closing and withdrawing nothing, until an it_admin confirms it (audited)', async () => {
    expect(await settled(await upload(keys.abh!.key, abh('abh-9.xml', '2026-11-22T02:15:00+01:00')))).toMatchObject({ status: 'done' });
    const all = await abhCurrent();
    const active = await count("SELECT count(*) AS n FROM signals WHERE state <> 'withdrawn'");
    const held = await settled(await upload(keys.abh!.key, abh('abh-1.xml', '2026-11-22T03:15:00+01:00', ['160901480001'])));
    expect(held).toMatchObject({ status: 'held', error: { code: 'KIM_ERR_IMPORT_SNAPSHOT_HELD' } });
    expect(held.error!.message).toMatch(/abh ABH-05158: 8 records/);
    expect(await abhCurrent()).toBe(all);
    expect(await count("SELECT count(*) AS n FROM signals WHERE state <> 'withdrawn'")).toBe(active);

    const confirm = (who: string) => idp.token(who).then((t) => fetch(`${base}/imports/${held.id}/confirm`, { method: 'POST', headers: { authorization: `Bearer ${t}` } }));
    expect((await confirm('koord-01')).status).toBe(403);
    expect((await fetch(`${base}/imports/${held.id}/confirm`, { method: 'POST', headers: { authorization: `Bearer ${keys.abh!.key}` } })).status).toBe(403);
    expect((await confirm('it-01')).status).toBe(200);
    const [done] = await waitForImports(hub.ctx, [held.id], 60_000);
    await waitForIdle(hub.ctx, 60_000);
    expect(done).toMatchObject({ status: 'done', error: null });
    expect(await abhCurrent()).toBe(1);
    expect(await count("SELECT count(*) AS n FROM signals WHERE state <> 'withdrawn'")).toBeLessThan(active);
    const second = await confirm('it-01');
    expect(second.status).toBe(409);
    expect(((await second.json()) as { title: string }).title).toBe('KIM_ERR_IMPORT_NOT_HELD');
    const audit = (await hub.ctx.db.query("SELECT actor, action, subject FROM audit_log WHERE action = 'confirm_snapshot'")).rows;
    expect(audit).toEqual([{ actor: 'it-01', action: 'confirm_snapshot', subject: held.id }]);
  }, 90_000);

  it('is confirmed on the command line as well', async () => {
    expect(await settled(await upload(keys.abh!.key, abh('abh-9b.xml', '2026-11-22T04:15:00+01:00')))).toMatchObject({ status: 'done' });
    const held = await settled(await upload(keys.abh!.key, abh('abh-1b.xml', '2026-11-22T05:15:00+01:00', ['221001480004'])));
    expect(held.status).toBe('held');
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'import-confirm', held.id], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    expect(r.status, r.stderr).toBe(0);
    const [done] = await waitForImports(hub.ctx, [held.id], 60_000);
    expect(done).toMatchObject({ status: 'done' });
    expect(await abhCurrent()).toBe(1);
    expect(spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'import-confirm', held.id], { encoding: 'utf8', env: { ...process.env, ...hub.env } }).status).toBe(64);
  }, 90_000);

  it('lets a later export overtake a held snapshot: the held one closes nothing and ends failed, its records are linked with the later one', async () => {
    expect(await settled(await upload(keys.abh!.key, abh('abh-9c.xml', '2026-11-22T06:15:00+01:00')))).toMatchObject({ status: 'done' });
    const all = await abhCurrent();
    const held = await settled(await upload(keys.abh!.key, abh('abh-1c.xml', '2026-11-22T07:15:00+01:00', ['150915480005'])));
    expect(held.status).toBe('held');
    expect(await settled(await upload(keys.abh!.key, abh('abh-9d.xml', '2026-11-22T08:15:00+01:00')))).toMatchObject({ status: 'done', error: null });
    const [overtaken] = await waitForImports(hub.ctx, [held.id], 10_000);
    expect(overtaken).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_IMPORT_SUPERSEDED' } });
    expect(await abhCurrent()).toBe(all);
    const token = await idp.token('it-01');
    expect((await fetch(`${base}/imports/${held.id}/confirm`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(409);
    expect(await abhCurrent()).toBe(all);
  }, 90_000);
});
