// The API contract (OpenAPI, routes, problem answers) and operations, against one hub with the samples
// (tests/auth-hub.ts).
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Router } from 'express';
import { createApiKey } from '../src/auth/api-keys.js';
import { Validator } from '@seriousme/openapi-schema-validator';
import { validator } from '../src/schemas/registry.js';
import { createApp } from '../src/api/app.js';
import { appRoutes } from '../src/api/routes.js';
import { base, call, expectRegistryProblem, hub, idp, importKey, PERSONAL, samples, useAuthHub } from './auth-hub.js';

useAuthHub();

describe('the API contract and operations', () => {
  it('serves an OpenAPI 3.1 document that an independent validator accepts', async () => {
    const res = await fetch(`${base}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    const result = await new Validator().validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it("documents every route of the app's router stack, and no route the app does not serve", async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const verbs = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
    const documented = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.keys(item)
        .filter((k) => verbs.has(k))
        .map((m) => `${m} ${p}`),
    );
    const routes = appRoutes(createApp(hub.ctx));
    // A router of its own at a mount path (the queue dashboard, bull-board's) is documented as GET of that path.
    const served = routes.map((r) => (r.method === 'use' ? `get ${r.path}` : `${r.method} ${r.path}`));
    expect(routes.filter((r) => r.method === 'use').map((r) => r.path)).toEqual(['/admin/queues']);
    expect(
      served.filter((r) => !documented.includes(r)),
      'served, not documented',
    ).toEqual([]);
    expect(
      documented.filter((d) => !served.includes(d)),
      'documented, not served',
    ).toEqual([]);
    expect(served.length).toBeGreaterThanOrEqual(15);
  });

  it('answers with bodies that fit the schemas the document is built from', async () => {
    const check = (schema: string, body: unknown) => {
      const valid = validator(`api.schema.json#/$defs/${schema}`);
      expect(valid(body), `${schema}: ${JSON.stringify(valid.errors)}`).toBe(true);
    };
    const list = (await (await call('/inbox/cm-0002', await idp.token('cm-0002'))).json()) as Array<{ id: string }>;
    list.forEach((e) => check('InboxEntry', e));
    check('InboxDetail', await (await call(`/inbox/cm-0002/signals/${list[0]!.id}`, await idp.token('cm-0002'))).json());
    const importId = (await hub.ctx.db.query<{ id: string }>('SELECT id FROM imports ORDER BY received_at LIMIT 1')).rows[0]!.id;
    check('ImportStatus', await (await call(`/imports/${importId}`, await idp.token('it-01'))).json());
    const refused = await call('/inbox/cm-0002?state=lost', await idp.token('cm-0002'));
    expect(refused.status).toBe(400);
    check('Problem', await refused.json());
  });

  it('shows it_admin the queue dashboard read-only: adding, retrying, removing, cleaning and pausing jobs are refused', async () => {
    const token = await idp.token('it-01');
    const board = (method: string, url: string, body?: unknown) =>
      fetch(`${base}/admin/queues/api${url}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    const queues = (await (await board('GET', '/queues')).json()) as { queues: Array<{ name: string; readOnlyMode: boolean }> };
    expect(queues.queues.length).toBeGreaterThan(0);
    expect(queues.queues.every((q) => q.readOnlyMode)).toBe(true);
    const jobs = await hub.ctx.queues.queue.import.getJobCounts();
    const job = (await hub.ctx.queues.queue.import.getJobs(['completed'], 0, 0))[0];
    for (const [method, url, body] of [
      ['POST', '/queues/import/add', { name: 'import', data: { importId: '00000000-0000-4000-8000-000000000000' }, options: {} }],
      ['PUT', '/queues/import/retry/failed'],
      ['PUT', `/queues/import/${job?.id ?? 'x'}/retry`],
      ['PUT', `/queues/import/${job?.id ?? 'x'}/clean`],
      ['PUT', '/queues/import/clean/completed'],
      ['PUT', '/queues/import/empty'],
      ['PUT', '/queues/import/pause'],
      ['PUT', '/queues/pause'],
    ] as Array<[string, string, unknown?]>) {
      const res = await board(method, url, body);
      expect(res.status, `${method} ${url}`).toBe(403);
    }
    expect(await hub.ctx.queues.queue.import.getJobCounts()).toEqual(jobs);
    expect(await hub.ctx.queues.queue.import.isPaused()).toBe(false);
  });

  it('gives it_admin metrics of queues, imports and signals, without a person in them', async () => {
    const res = await call('/metrics', await idp.token('it-01'));
    const text = await res.text();
    expect(text).toMatch(/kim_queue_jobs\{stage="evaluate",state="completed"\} \d+/);
    expect(text).toMatch(/kim_import_records\{source="abh",outcome="read"\} \d+/);
    expect(text).toMatch(/kim_signals\{type="status.expiring",state="open"\} \d+/);
    expect(text).toMatch(/kim_import_age_seconds\{source="abh"\}/);
    expect(text).not.toMatch(PERSONAL);
    const { key } = await createApiKey(hub.ctx.db, { tenant: '05158', name: 'prometheus', scopes: ['metrics'] });
    expect((await call('/metrics', key)).status).toBe(200);
    expect((await call('/imports', key, 'POST')).status).toBe(403);
  });

  it('refuses an upload over KIM_UPLOAD_MAX_BYTES with 413 and imports nothing of it', async () => {
    const before = Number((await hub.ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM imports')).rows[0]!.n);
    const spooled = readdirSync(hub.config.spoolDir).sort();
    const form = new FormData();
    form.append('file', new Blob([readFileSync(path.join(samples, 'abh.xml'))]), 'abh.xml');
    const res = await fetch(`${base}/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${importKey}` } });
    expect(res.status).toBe(413);
    expect(Number((await hub.ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM imports')).rows[0]!.n)).toBe(before);
    expect(readdirSync(hub.config.spoolDir).sort()).toEqual(spooled); // the cut-off part was removed
  });

  it('sends security headers and a request id on every answer', async () => {
    const res = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
    expect(res.headers.get('x-request-id')).toBe('trace-42');
  });

  it('mounts extra routers (the web UI): public ones before the sign-in, the others behind it with no-store', async () => {
    const assets = Router().get('/ui/app.js', (_req, res) => void res.type('text/javascript').send('// ui'));
    const pages = Router().get('/ui/me', (_req, res) => void res.json({ kind: (res.locals.principal as { kind: string }).kind }));
    const server = createApp(hub.ctx, { public: [assets], routers: [pages] }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const auth = { authorization: `Bearer ${await idp.token('cm-0001')}` };
    try {
      const asset = await fetch(`${url}/ui/app.js`);
      expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, null]);
      expect((await fetch(`${url}/ui/me`)).status).toBe(401);
      const me = await fetch(`${url}/ui/me`, { headers: auth });
      expect([me.status, me.headers.get('cache-control'), await me.json()]).toEqual([200, 'no-store', { kind: 'user' }]);
      const none = await fetch(`${url}/ui/none`, { headers: auth });
      expect([none.status, ((await none.json()) as { title: string }).title]).toEqual([404, 'KIM_ERR_API_NOT_FOUND']);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  /** A fresh app (its own throttle) on a free port, with the hub's configuration changed by `config`. */
  async function freshApp(config: Partial<typeof hub.ctx.config> = {}): Promise<{ url: string; close(): Promise<unknown> }> {
    const server = createApp({ ...hub.ctx, config: { ...hub.ctx.config, ...config } }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
  }
  const wrong = { authorization: 'Bearer kimk_0000000000000000.wrong' };

  it('answers wrong credentials from an address with 429 after 20 failures in a minute, and still lets valid ones from it through', async () => {
    const app = await freshApp();
    try {
      for (let i = 0; i < 20; i++) expect((await fetch(`${app.url}/inbox/cm-0001`, { headers: wrong })).status).toBe(401);
      const blocked = await fetch(`${app.url}/inbox/cm-0001`, { headers: wrong });
      expect(blocked.status).toBe(429);
      expectRegistryProblem(blocked, await blocked.text(), 'throttled');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      // The guesser behind the same proxy or NAT locks nobody else out.
      expect((await fetch(`${app.url}/inbox/cm-0001`, { headers: { authorization: `Bearer ${await idp.token('cm-0001')}` } })).status).toBe(200);
      expect((await fetch(`${app.url}/imports/00000000-0000-4000-8000-000000000000`, { headers: { authorization: `Bearer ${importKey}` } })).status).toBe(404);
      expect((await fetch(`${app.url}/inbox/cm-0001`, { headers: wrong })).status).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('counts failures per client named by X-Forwarded-For only behind a proxy it trusts (KIM_TRUST_PROXY)', async () => {
    const behind = await freshApp({ trustProxy: ['loopback'] });
    const direct = await freshApp();
    try {
      const guess = (url: string, client: string) => fetch(`${url}/inbox/cm-0001`, { headers: { ...wrong, 'x-forwarded-for': client } });
      for (let i = 0; i < 20; i++) await guess(behind.url, '203.0.113.5');
      expect((await guess(behind.url, '203.0.113.5')).status).toBe(429);
      expect((await guess(behind.url, '203.0.113.6')).status).toBe(401);
      // Not trusted: the header is the client's word, and changing it escapes nothing.
      for (let i = 0; i < 20; i++) await guess(direct.url, `203.0.113.${i}`);
      expect((await guess(direct.url, '198.51.100.1')).status).toBe(429);
    } finally {
      await behind.close();
      await direct.close();
    }
  });
});
