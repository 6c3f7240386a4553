// Hostile and odd requests against the real API, store and queues (issue 14, findings 2, 8, 9):
// malformed multipart bodies must neither end the process nor leave a file in the spool; spool
// files are the hub user's alone; the drop folder does not follow symlinks; unknown routes and
// malformed values answer problem+json without echoing what was sent; HEAD writes no audit entry.
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../src/auth/api-keys.js';
import { examplesDir } from '../src/paths.js';
import { startApi } from '../src/api/app.js';
import { registerImport, waitForImports } from '../src/service/imports.js';
import { importStatus } from '../src/store/read/imports.js';
import { runDropScan } from '../workers/intake.js';
import { startWorkers } from '../workers/index.js';
import { XLSX_BOUNDS } from '../adapters/ebb/zip-bounds.js';
import { sharedStringsBomb } from './zip-bombs.js';
import { createTestIdp, type TestIdp } from './idp.js';
import { createTestHub, type TestHub } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
const scratch = mkdtempSync(path.join(tmpdir(), 'kim-hostile-'));
// A spool that does not exist yet: the hub creates it, for its own user only.
const spoolDir = path.join(scratch, 'spool');
const dropDir = path.join(scratch, 'drop');
mkdirSync(dropDir);

let idp: TestIdp;
let hub: TestHub;
let api: Server;
let base: string;
let key: string;

beforeAll(async () => {
  idp = await createTestIdp();
  hub = await createTestHub({ PORT: '0', KIM_SPOOL_DIR: spoolDir, KIM_DROP_DIR: dropDir, ...idp.env });
  key = (await createApiKey(hub.ctx.db, { tenant: '05158', name: 'export job', scopes: ['imports'], sources: ['abh', 'jobcenter', 'sozialamt', 'ebb'], authority: 'ABH-05158' })).key;
  api = await startApi(hub.ctx);
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => api?.close(r));
  await hub?.close();
  await idp?.close();
  rmSync(scratch, { recursive: true, force: true });
}, 60_000);

const spooled = () => (existsSync(spoolDir) ? readdirSync(spoolDir).sort() : []);
const mode = (file: string) => statSync(file).mode & 0o777;

/** A raw multipart body, sent as it is: fetch's FormData would only ever send a well-formed one. */
async function postRaw(body: string, boundary = 'XyZ'): Promise<Response> {
  return fetch(`${base}/imports`, { method: 'POST', body, headers: { authorization: `Bearer ${key}`, 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

async function uploadSample(name: string, fileName = name): Promise<{ id: string; fileName: string }> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(path.join(samples, name))]), fileName);
  const res = await fetch(`${base}/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${key}` } });
  expect(res.status).toBe(202);
  return (await res.json()) as { id: string; fileName: string };
}

const filePart = (name: string) => `--XyZ\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`;

describe('a malformed upload', () => {
  it('cut off in the middle of the file answers 400, leaves no file in the spool, and the API keeps serving', async () => {
    const before = spooled();
    const res = await postRaw(`${filePart('jobcenter.csv')}${readFileSync(path.join(samples, 'jobcenter.csv'), 'latin1').slice(0, 200)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as { title: string }).title).toBe('KIM_ERR_UPLOAD_MALFORMED');
    expect(spooled()).toEqual(before);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('with a malformed part header answers 400 and the API keeps serving', async () => {
    const res = await postRaw('--XyZ\r\nthis is no header at all\r\n\r\nsome bytes\r\n--XyZ--\r\n');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { title: string }).title).toBe('KIM_ERR_UPLOAD_MALFORMED');
    const none = await postRaw('--XyZ--\r\n');
    expect(none.status).toBe(400);
    expect(((await none.json()) as { detail: string }).detail).toMatch(/field "file"/);
  });

  it('whose client goes away half-way leaves no file in the spool', async () => {
    const before = spooled();
    const url = new URL(`${base}/imports`);
    await new Promise<void>((resolve) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'multipart/form-data; boundary=XyZ', 'content-length': '1000000' } });
      req.on('error', () => resolve());
      req.write(`${filePart('abh.xml')}<abhExport>${'x'.repeat(64 * 1024)}`);
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && spooled().length !== before.length) await new Promise((r) => setTimeout(r, 50));
    expect(spooled()).toEqual(before);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('is followed by a good upload that is taken as ever', async () => {
    const { id } = await uploadSample('ebb.csv');
    expect((await importStatus(hub.ctx, id))?.fileName).toBe('ebb.csv');
  });
});

describe('an XLSX zip bomb', () => {
  it('uploaded as the EBB export ends as a failed import with its code, within seconds, and the workers go on', async () => {
    const workers = startWorkers(hub.ctx);
    try {
      const form = new FormData();
      form.append('file', new Blob([await sharedStringsBomb(XLSX_BOUNDS.sharedStringsBytes + 1024 * 1024)]), 'antraege.xlsx');
      const res = await fetch(`${base}/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${key}` } });
      expect(res.status).toBe(202);
      const { id } = (await res.json()) as { id: string };
      const [status] = await waitForImports(hub.ctx, [id], 30_000);
      expect(status).toMatchObject({ status: 'failed', error: { code: 'KIM_ERR_INPUT_XLSX_TOO_LARGE', message: expect.stringMatching(/^antraege\.xlsx: not read, .*sharedStrings\.xml/) } });
      const { id: next } = await uploadSample('ebb.csv');
      expect((await waitForImports(hub.ctx, [next], 30_000))[0]!.status).toBe('done');
    } finally {
      await workers.close();
    }
  }, 60_000);
});

describe('the spool', () => {
  it('is created for the hub user only, and holds every upload readable by that user only', async () => {
    const { id } = await uploadSample('jobcenter.csv');
    expect(mode(spoolDir)).toBe(0o700);
    expect(mode(path.join(spoolDir, `${id}.csv`))).toBe(0o600);
  });

  it('takes upload file names as UTF-8', async () => {
    const { id } = await uploadSample('ebb.csv', 'Anträge Einbürgerung.csv');
    expect((await importStatus(hub.ctx, id))?.fileName).toBe('Anträge Einbürgerung.csv');
  });
});

describe('the drop folder', () => {
  it('skips a symlink (and says so without its target) and takes a regular file readable by the hub user only', async () => {
    const secret = path.join(scratch, 'not-for-the-hub.csv');
    writeFileSync(secret, readFileSync(path.join(samples, 'jobcenter.csv')));
    symlinkSync(secret, path.join(dropDir, 'jobcenter.csv'));
    writeFileSync(path.join(dropDir, 'jobcenter.csv.done'), '');
    const real = path.join(dropDir, 'ebb.csv');
    writeFileSync(real, readFileSync(path.join(samples, 'ebb.csv')));
    chmodSync(real, 0o644);
    writeFileSync(`${real}.done`, '');
    const started = await runDropScan(hub.ctx);
    expect(started).toHaveLength(1);
    const status = await importStatus(hub.ctx, started[0]!);
    expect(status?.fileName).toBe('ebb.csv');
    expect(mode(path.join(spoolDir, `${started[0]}.csv`))).toBe(0o600);
    expect(existsSync(path.join(dropDir, 'jobcenter.csv'))).toBe(true); // left where it is
    const skipped = hub.logs.filter((l) => l.includes('symlink'));
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.join('\n')).not.toContain(secret);
    expect(readFileSync(secret).length).toBeGreaterThan(0);
  });
});

describe('moving a dropped file into the spool', () => {
  it('refuses a symlink swapped in after the scan looked, leaving its target as it was', async () => {
    const target = path.join(scratch, 'swapped-in-target.csv');
    writeFileSync(target, 'not an export');
    chmodSync(target, 0o644);
    const link = path.join(dropDir, 'swapped.csv');
    symlinkSync(target, link);
    const before = spooled();
    await expect(registerImport(hub.ctx, hub.ctx.db, { file: link, fileName: 'swapped.csv', trigger: 'drop', how: 'move' })).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE' });
    expect(spooled()).toEqual(before);
    expect(mode(target)).toBe(0o644);
    expect(readFileSync(target, 'utf8')).toBe('not an export');
    rmSync(link, { force: true });
  });
});

describe('odd requests', () => {
  const as = async (user: string, url: string, init: RequestInit = {}) => fetch(`${base}${url}`, { ...init, headers: { authorization: `Bearer ${await idp.token(user)}` } });
  const audits = async () => Number((await hub.ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0]!.n);

  it('to an unknown route answer 404 problem+json with a code, not an HTML page', async () => {
    const res = await as('cm-0001', '/no/such/route');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as { title: string }).title).toBe('KIM_ERR_API_NOT_FOUND');
    expect((await as('cm-0001', '/inbox/cm-0001', { method: 'DELETE' })).status).toBe(404);
  });

  it('with a malformed path value answer 400, and neither the answer nor the log repeats the value', async () => {
    const res = await as('cm-0001', '/inbox/cm-0001/signals/%E0%A4%A-Odd');
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ title: 'KIM_ERR_REQUEST_INVALID' });
    expect(body).not.toContain('Odd');
    expect(hub.logs.filter((l) => l.includes('Odd'))).toEqual([]);
    const query = await as('cm-0001', '/inbox/cm-0001?from=2026-02-30&type[x]=Odd');
    expect(query.status).toBe(400);
  });

  it('with an import id the database would refuse answer 404 or 400, never 500, and log no value', async () => {
    const dashes = '-'.repeat(36);
    expect((await as('it-01', `/imports/${dashes}`)).status).toBe(404);
    expect((await as('it-01', `/imports/${dashes}/replay`, { method: 'POST' })).status).toBe(404);
    expect((await as('it-01', '/imports/not-an-import-Odd/replay', { method: 'POST' })).status).toBe(404);
    expect((await as('it-01', '/quarantine?import=urn:uuid:00000000-0000-4000-8000-0000000000dd')).status).toBe(400);
    expect(hub.logs.filter((l) => /Odd|0000000000dd/.test(l))).toEqual([]);
  });

  it('with malformed values in any query or path of any endpoint never get a 500', async () => {
    const values = ['%00', '%E0%A4%A', 'x'.repeat(5000), '2026-02-30', '0001-01', 'urn:uuid:00000000-0000-4000-8000-000000000000', '-'.repeat(36), "'; DROP TABLE imports; --", '%F0%9F%92%A9'];
    const routes: Array<[string, string, (v: string) => string]> = [
      ['cm-0001', 'GET', (v) => `/inbox/cm-0001?type=${v}&state=${v}&from=${v}&to=${v}`],
      ['cm-0001', 'GET', (v) => `/inbox/cm-0001/signals/${v}`],
      ['cm-0001', 'POST', (v) => `/inbox/cm-0001/signals/${v}/done`],
      ['cm-0001', 'GET', (v) => `/inbox/${v}`],
      ['it-01', 'GET', (v) => `/imports/${v}`],
      ['it-01', 'POST', (v) => `/imports/${v}/replay`],
      ['it-01', 'GET', (v) => `/quarantine?import=${v}`],
      ['it-01', 'POST', (v) => `/imports?source=${v}`],
      ['ebb-b3-01', 'GET', (v) => `/backlog/EBB-05158?team=${v}&missingDocument=${v}&order=${v}`],
      ['ebb-b3-01', 'GET', (v) => `/backlog/EBB-05158?team=${v}`],
      ['ebb-b3-01', 'GET', (v) => `/backlog/${v}`],
      ['ebb-b3-01', 'GET', (v) => `/outreach/${v}?format=${v}`],
      ['koord-01', 'GET', (v) => `/report?from=${v}&to=${v}&format=${v}`],
    ];
    for (const [user, method, url] of routes) {
      for (const v of values) {
        const res = await as(user, url(v), { method });
        expect(res.status, `${method} ${url(v).slice(0, 80)}`).toBeLessThan(500);
      }
    }
    expect(hub.logs.filter((l) => l.includes('DROP TABLE'))).toEqual([]);
  });

  it('HEAD on an inbox writes no audit entry; GET writes one', async () => {
    const before = await audits();
    expect((await as('cm-0001', '/inbox/cm-0001', { method: 'HEAD' })).status).toBe(200);
    expect(await audits()).toBe(before);
    expect((await as('cm-0001', '/inbox/cm-0001')).status).toBe(200);
    expect(await audits()).toBe(before + 1);
  });

  it('answers that may carry personal data say Cache-Control: no-store; the health checks and the contract do not', async () => {
    for (const url of ['/inbox/cm-0001', '/no/such/route']) expect((await as('cm-0001', url)).headers.get('cache-control'), url).toBe('no-store');
    expect((await fetch(`${base}/inbox/cm-0001`)).headers.get('cache-control')).toBe('no-store');
    for (const url of ['/healthz', '/openapi.json']) expect((await fetch(`${base}${url}`)).headers.get('cache-control'), url).not.toBe('no-store');
  });
});
