// Who may see what, against the real API, store and queues: tokens refused for every reason a
// token can be wrong, an authorisation matrix over every endpoint, role, tenant and recipient,
// and the audit log (one entry per read, a chain that notices an edited or deleted entry).
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Router } from 'express';
import type { ControllingReport } from '../src/report/controlling.js';
import { UnsecuredJWT } from 'jose';
import { verifyAuditChain } from '../src/audit/log.js';
import { createApiKey, revokeApiKey } from '../src/auth/api-keys.js';
import { createTokenVerifier } from '../src/auth/tokens.js';
import { Validator } from '@seriousme/openapi-schema-validator';
import { validator } from '../src/schemas/registry.js';
import { createApp, startApi } from '../src/api/app.js';
import { appRoutes } from '../src/api/routes.js';
import { ERRORS, type ErrorCode } from '../src/errors/registry.js';
import { examplesDir, projectRoot } from '../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { startWorkers } from '../workers/index.js';
import { createTestIdp, type TestIdp } from './idp.js';
import { consentsFirst, createTestHub, samplePersonalData, type TestHub } from './service-helpers.js';

const samples = path.join(examplesDir, 'kreis-mettmann');
// Names and AZR numbers of the sample persons: none may appear where it does not belong.
const PERSONAL = /Haddad|Rahimi|Khalil|Nouri|Demir|Ahmadi|Aziz|Jaber|Saleh|ahin|\d{12}/;

let idp: TestIdp;
let hub: TestHub;
let api: Server;
let base: string;
let importKey: string;
let jobcenterKey: string;
let consentKey: string;
let unboundKey: string;
let otherTenantKey: string;

beforeAll(async () => {
  idp = await createTestIdp();
  hub = await createTestHub({ PORT: '0', KIM_UPLOAD_MAX_BYTES: '4096', ...idp.env });
  const workers = startWorkers(hub.ctx);
  const files = readdirSync(samples)
    .filter((f) => /\.(xml|csv)$/.test(f))
    .map((f) => path.join(samples, f));
  for (const wave of consentsFirst(files)) {
    const ids = [];
    for (const f of wave) ids.push(await createImport(hub.ctx, { file: f, trigger: 'cli', how: 'copy' }));
    await waitForImports(hub.ctx, ids, 60_000);
    await waitForIdle(hub.ctx, 60_000);
  }
  await workers.close();
  importKey = (await createApiKey(hub.ctx.db, { tenant: '05158', name: 'abh export', scopes: ['imports'], sources: ['abh'], authority: 'ABH-05158' })).key;
  jobcenterKey = (await createApiKey(hub.ctx.db, { tenant: '05158', name: 'jobcenter export', scopes: ['imports'], sources: ['jobcenter'], authority: 'JC-05158' })).key;
  consentKey = (await createApiKey(hub.ctx.db, { tenant: '05158', name: 'case managers', scopes: ['imports'], sources: ['consent'], authority: 'KI-05158' })).key;
  unboundKey = (await createApiKey(hub.ctx.db, { tenant: '05158', name: 'a key from before the bounds', scopes: ['imports'] })).key;
  otherTenantKey = (await createApiKey(hub.ctx.db, { tenant: '05162', name: 'other tenant', scopes: ['imports'], sources: ['abh'], authority: 'ABH-05158' })).key;
  api = await startApi(hub.ctx);
  base = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
}, 90_000);

afterAll(async () => {
  await new Promise((r) => api?.close(r));
  await hub?.close();
  await idp?.close();
}, 60_000);

const call = (url: string, credential: string | null, method = 'GET') => fetch(`${base}${url}`, { method, headers: credential ? { authorization: `Bearer ${credential}` } : {} });

/** A refusal is problem+json whose title is a code of the error registry, with that code's status. */
function expectRegistryProblem(res: Response, body: string, what: string): void {
  expect(res.headers.get('content-type'), what).toMatch(/application\/problem\+json/);
  const p = JSON.parse(body) as { title: string; status: number };
  expect(Object.keys(ERRORS), what).toContain(p.title);
  expect([p.status, ERRORS[p.title as ErrorCode].status], what).toEqual([res.status, res.status]);
}

describe('bearer tokens', () => {
  const refused = async (token: string) => {
    const res = await call('/inbox/cm-0001', token);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await res.json()) as { title: string }).title).toBe('KIM_ERR_AUTH_UNAUTHENTICATED');
  };

  it('accepts a valid token of the identity provider', async () => {
    expect((await call('/inbox/cm-0001', await idp.token('cm-0001'))).status).toBe(200);
  });
  it('refuses an expired token', async () => refused(await idp.token('cm-0001', { expiresIn: Math.floor(Date.now() / 1000) - 120 })));
  it('refuses a token of another issuer', async () => refused(await idp.token('cm-0001', { issuer: 'https://evil.example/realms/kim' })));
  it('refuses a token for another audience', async () => refused(await idp.token('cm-0001', { audience: 'some-other-app' })));
  it('refuses a token signed with a key the identity provider does not publish', async () => refused(await idp.token('cm-0001', { key: idp.foreignKey })));
  it('refuses an unsigned token (alg: none)', async () => refused(new UnsecuredJWT({ kim_tenant: '05158' }).setSubject('cm-0001').setIssuer(idp.issuer).setAudience(idp.audience).setIssuedAt().setExpirationTime('5m').encode()));
  it('refuses a token whose lifetime exceeds 12 hours, and accepts one of exactly 12 hours', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(await idp.token('cm-0001', { issuedAt: now - 60, expiresIn: now + 100 * 365 * 86_400 }));
    await refused(await idp.token('cm-0001', { issuedAt: now - 60, expiresIn: now - 60 + 12 * 3600 + 1 }));
    expect((await call('/inbox/cm-0001', await idp.token('cm-0001', { issuedAt: now - 60, expiresIn: now - 60 + 12 * 3600 }))).status).toBe(200);
  });
  it('refuses a token issued in the future beyond 30 seconds of clock skew', async () => {
    const now = Math.floor(Date.now() / 1000);
    await refused(await idp.token('cm-0001', { issuedAt: now + 3600, expiresIn: now + 3900 }));
    expect((await call('/inbox/cm-0001', await idp.token('cm-0001', { issuedAt: now + 10, expiresIn: now + 300 }))).status).toBe(200);
  });
  it('refuses a token without the tenant claim', async () => refused(await idp.token('cm-0001', { claims: { kim_tenant: undefined } })));
  it('refuses requests without credentials, and a revoked API key', async () => {
    expect((await call('/inbox/cm-0001', null)).status).toBe(401);
    const { id, key } = await createApiKey(hub.ctx.db, { tenant: '05158', name: 'to revoke', scopes: ['imports'] });
    expect((await call(`/imports/00000000-0000-4000-8000-000000000000`, key)).status).toBe(404);
    await revokeApiKey(hub.ctx.db, id);
    expect((await call(`/imports/00000000-0000-4000-8000-000000000000`, key)).status).toBe(401);
  });
  it('keep the verifier strict on its own: an HS256 token is refused whatever its secret', async () => {
    const verify = createTokenVerifier({ issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.env.KIM_OIDC_JWKS_URL! });
    const { SignJWT } = await import('jose');
    const hs = await new SignJWT({ kim_tenant: '05158' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('cm-0001')
      .setIssuer(idp.issuer)
      .setAudience(idp.audience)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    await expect(verify(hs)).rejects.toMatchObject({ code: 'KIM_ERR_AUTH_UNAUTHENTICATED' });
  });
});

describe('the authorisation matrix', () => {
  // Who asks: users of the tenant file, a stranger to it, a user of another tenant, API keys, nobody.
  type Who = { name: string; credential: () => Promise<string | null> };
  const users = ['cm-0001', 'cm-0002', 'abh-b3-01', 'abh-b3-velbert', 'ebb-b3-01', 'koord-01', 'it-01'];
  const who: Who[] = [
    ...users.map((u) => ({ name: u, credential: () => idp.token(u) })),
    { name: 'unknown user of the tenant', credential: () => idp.token('someone-else') },
    // Every role once more, signed in for another tenant (same user ids there: still nobody here).
    ...users.map((u) => ({ name: `${u} of another tenant`, credential: () => idp.token(u, { claims: { kim_tenant: '05162' } }) })),
    { name: 'api key (imports)', credential: async () => importKey },
    // Import keys bound to another source and authority, the case managers' consent key, and a
    // key from before keys were bound (it may read an import's status, but deliver nothing).
    { name: 'api key (imports: jobcenter)', credential: async () => jobcenterKey },
    { name: 'api key (imports: consent)', credential: async () => consentKey },
    { name: 'api key (imports: unbound)', credential: async () => unboundKey },
    { name: 'api key of another tenant', credential: async () => otherTenantKey },
    { name: 'nobody', credential: async () => null },
  ];
  // The inbox each user may read; everybody else gets 404 for it.
  const ownInbox: Record<string, string> = { 'cm-0001': 'cm-0001', 'cm-0002': 'cm-0002', 'abh-b3-01': 'ABH-05158', 'abh-b3-velbert': 'ABH-05158032', 'ebb-b3-01': 'EBB-05158' };
  const inboxes = ['cm-0001', 'cm-0002', 'ABH-05158', 'ABH-05158032', 'EBB-05158'];

  it('lets only the owner read an inbox and its entries; 404 for every other role, tenant and recipient', async () => {
    for (const inbox of inboxes) {
      const signal = (await hub.ctx.db.query<{ id: string }>("SELECT id FROM signals WHERE recipient_id = $1 AND state = 'open' ORDER BY id LIMIT 1", [inbox])).rows[0]!.id;
      for (const w of who) {
        const credential = await w.credential();
        const expected = credential === null ? 401 : ownInbox[w.name] === inbox ? 200 : 404;
        for (const url of [`/inbox/${inbox}`, `/inbox/${inbox}/signals/${signal}`]) {
          const res = await call(url, credential);
          const body = await res.text();
          expect(res.status, `${w.name} GET ${url}`).toBe(expected);
          if (expected !== 200) {
            expect(body, `${w.name} GET ${url}`).not.toMatch(PERSONAL);
            expectRegistryProblem(res, body, `${w.name} GET ${url}`);
          } else {
            // The owner sees their own entries only: nothing routed to anybody else.
            const entries = ([] as Array<{ recipient: { id: string } }>).concat(JSON.parse(body) as never);
            expect(
              entries.every((e) => e.recipient.id === inbox),
              `${w.name} GET ${url}`,
            ).toBe(true);
          }
        }
        for (const action of ['acknowledge', 'done']) {
          if (expected === 200) continue; // the owner's state changes are tested below
          const res = await call(`/inbox/${inbox}/signals/${signal}/${action}`, credential, 'POST');
          expect(res.status, `${w.name} POST ${action} in ${inbox}`).toBe(expected);
          expect(await res.text()).not.toMatch(PERSONAL);
        }
      }
      const state = (await hub.ctx.db.query<{ state: string }>('SELECT state FROM signals WHERE id = $1', [signal])).rows[0]!.state;
      expect(state, `nobody but the owner changed a signal of ${inbox}`).toBe('open');
    }
  }, 60_000);

  it('lets the owner acknowledge and close their own entries', async () => {
    const signal = (await hub.ctx.db.query<{ id: string }>("SELECT id FROM signals WHERE recipient_id = 'ABH-05158' AND state = 'open' ORDER BY id LIMIT 1")).rows[0]!.id;
    const token = await idp.token('abh-b3-01');
    expect((await call(`/inbox/ABH-05158/signals/${signal}/acknowledge`, token, 'POST')).status).toBe(200);
    expect((await call(`/inbox/ABH-05158/signals/${signal}/done`, token, 'POST')).status).toBe(200);
  });

  it('gives the operations endpoints to it_admin only (upload and status also to an import key of the tenant), 403 to the rest', async () => {
    const importId = (await hub.ctx.db.query<{ id: string }>('SELECT id FROM imports ORDER BY received_at LIMIT 1')).rows[0]!.id;
    const endpoints: Array<[string, string, (w: string) => number]> = [
      // An import key is let in, but sees only the imports it delivered (this one it did not): 404.
      ['GET', `/imports/${importId}`, (w) => (w === 'it-01' ? 200 : w.startsWith('api key (imports') ? 404 : 403)],
      ['GET', '/quarantine', (w) => (w === 'it-01' ? 200 : 403)],
      ['POST', `/imports/${importId}/replay`, (w) => (w === 'it-01' ? 410 : 403)], // 410: allowed in, but an export read without rejections is not kept
      // 400: allowed in, but no file sent; a key bound to no source is refused before the body is read.
      ['POST', '/imports', (w) => (w === 'it-01' || (w.startsWith('api key (imports') && w !== 'api key (imports: unbound)') ? 400 : 403)],
      // A key may not name a source it is not bound to, not even to try.
      ['POST', '/imports?source=consent', (w) => (w === 'it-01' || w === 'api key (imports: consent)' ? 400 : 403)],
      ['POST', '/imports?source=jobcenter', (w) => (w === 'it-01' || w === 'api key (imports: jobcenter)' ? 400 : 403)],
      ['GET', '/metrics', (w) => (w === 'it-01' ? 200 : 403)],
      ['GET', '/admin/queues', (w) => (w === 'it-01' ? 200 : 403)],
      // Personal data: the EBB's own staff only, 404 for everyone else.
      ['GET', '/backlog/EBB-05158', (w) => (w === 'ebb-b3-01' ? 200 : 404)],
      ['GET', '/backlog/EBB-05162', () => 404],
      // Off in the shipped policy file: not found for anyone (the EBB's staff learn why in the detail).
      ['GET', '/outreach/EBB-05158', () => 404],
      // Aggregated, nothing personal: the coordinator only, 403 for the rest.
      ['GET', '/report', (w) => (w === 'koord-01' ? 200 : 403)],
    ];
    for (const [method, url, expected] of endpoints) {
      for (const w of who) {
        const credential = await w.credential();
        const res = await call(url, credential, method);
        expect(res.status, `${w.name} ${method} ${url}`).toBe(credential === null ? 401 : expected(w.name));
        const body = await res.text();
        expect(body).not.toMatch(PERSONAL);
        if (res.status >= 400) expectRegistryProblem(res, body, `${w.name} ${method} ${url}`);
      }
    }
  }, 60_000);
});

describe('the audit log', () => {
  it('writes one entry, with ids and no names, when a user reads an inbox entry', async () => {
    const signal = (await hub.ctx.db.query<{ id: string; kim_id: string }>("SELECT id, kim_id FROM signals WHERE recipient_id = 'cm-0002' ORDER BY id LIMIT 1")).rows[0]!;
    const before = Number((await hub.ctx.db.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0]!.n);
    const res = await fetch(`${base}/inbox/cm-0002/signals/${signal.id}`, { headers: { authorization: `Bearer ${await idp.token('cm-0002')}`, 'x-purpose': 'Beratungsgespräch' } });
    expect(res.status).toBe(200);
    const entries = (await hub.ctx.db.query('SELECT actor, role, tenant, action, subject, purpose, details FROM audit_log ORDER BY id OFFSET $1', [before])).rows;
    expect(entries).toEqual([{ actor: 'cm-0002', role: 'case_manager', tenant: '05158', action: 'read_signal', subject: signal.kim_id, purpose: 'Beratungsgespräch', details: { signal: signal.id, recipient: 'cm-0002' } }]);
    expect(JSON.stringify(entries)).not.toMatch(PERSONAL);
  });

  it('records API keys created on the command line, whose keys the API then accepts', async () => {
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'apikey-create', '--name', 'sozialamt nightly', '--source', 'sozialamt', '--authority', 'SOZ-05158'], {
      encoding: 'utf8',
      env: { ...process.env, ...hub.env },
    });
    expect(r.status).toBe(0);
    const key = r.stdout.trim();
    expect(key).toMatch(/^kimk_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    expect((await call('/imports/00000000-0000-4000-8000-000000000000', key)).status).toBe(404); // accepted, no such import
    const entry = (await hub.ctx.db.query("SELECT actor, action, subject FROM audit_log WHERE action = 'apikey_create' ORDER BY id DESC LIMIT 1")).rows[0];
    expect(entry).toMatchObject({ actor: expect.stringMatching(/^cli:/), subject: `api_key:${key.slice(5, 21)}` });
    expect(JSON.stringify(await hub.ctx.db.query('SELECT * FROM audit_log'))).not.toContain(key.split('.')[1]);
  });

  it('creates no import key without its sources and authority, none mixing consents with an office, no ABH key for an unknown ABH', () => {
    const create = (...args: string[]) => spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'apikey-create', '--name', 'x', ...args], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    for (const args of [
      ['--source', 'jobcenter'],
      ['--source', 'consent', 'jobcenter', '--authority', 'JC-05158'],
      ['--source', 'abh', '--authority', 'ABH-99999'],
    ]) {
      const r = create(...args);
      expect(r.status, args.join(' ')).toBe(64);
      expect(r.stdout).toBe('');
    }
  });

  it('refuses updates and deletes', async () => {
    await expect(hub.ctx.db.query("UPDATE audit_log SET actor = 'x'")).rejects.toThrow(/append-only/);
    await expect(hub.ctx.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('verifies as intact, and names the first entry after someone edited or deleted one behind the triggers', async () => {
    expect(await verifyAuditChain(hub.ctx.db, hub.config.auditKey, 7)).toMatchObject({ ok: true, broken: null });
    const ids = (await hub.ctx.db.query<{ id: string }>('SELECT id FROM audit_log ORDER BY id')).rows.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    const tamper = async (sql: string, id: string) => {
      await hub.ctx.db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_no_update');
      await hub.ctx.db.query(sql, [id]);
      await hub.ctx.db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_no_update');
    };
    await tamper("UPDATE audit_log SET purpose = 'nothing to see' WHERE id = $1", ids[5]!);
    expect(await verifyAuditChain(hub.ctx.db, hub.config.auditKey, 7)).toMatchObject({ ok: false, broken: { id: ids[5], problem: 'content changed' } });
    await tamper('DELETE FROM audit_log WHERE id = $1', ids[5]!);
    expect(await verifyAuditChain(hub.ctx.db, hub.config.auditKey, 7)).toMatchObject({ ok: false, broken: { id: ids[6], problem: 'entry missing or reordered before it' } });
    const cli = spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), 'audit-verify'], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    expect(cli.status).toBe(4);
    expect(cli.stdout).toContain(`BROKEN at entry ${ids[6]}`);
  });
});

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

describe("the EBB's backlog", () => {
  it('lists the pending application with its days, overdue flag, readiness, missing documents and team', async () => {
    const res = await call('/backlog/EBB-05158', await idp.token('ebb-b3-01'));
    expect(res.status).toBe(200);
    const entries = (await res.json()) as Array<Record<string, unknown>>;
    // Received 14.03.2026: overdue from receipt + 3 months + 1 day (RULES.md change 12).
    expect(entries).toEqual([
      expect.objectContaining({ applicationNumber: 'EB-2026-00123', receivedOn: '2026-03-14', daysPending: 254, overdue: true, overdueFrom: '2026-06-15', readiness: 'missing', missingDocuments: ['Einkommensnachweise'], team: 'Team 2' }),
    ]);
    expect(((await (await call('/backlog/EBB-05158?team=Team%201', await idp.token('ebb-b3-01'))).json()) as unknown[]).length).toBe(0);
    expect((await call('/backlog/EBB-05158?order=newest', await idp.token('ebb-b3-01'))).status).toBe(400);
  });

  it('exports the list as CSV for Excel and as XLSX, and audits the export', async () => {
    const token = await idp.token('ebb-b3-01');
    const csv = await call('/backlog/EBB-05158?format=csv', token);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="?rueckstand-EBB-05158-2026-11-23\.csv"?$/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const text = bytes.toString('utf8');
    expect(text).toContain('EB-2026-00123;14.03.2026;254;ja;fehlt etwas;');
    expect(text).not.toMatch(PERSONAL);
    const xlsx = await call('/backlog/EBB-05158?format=xlsx', token);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('Rückstand')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('EB-2026-00123');
    expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    const audit = (await hub.ctx.db.query("SELECT actor, action, subject, details FROM audit_log WHERE action = 'export_backlog' ORDER BY id")).rows;
    expect(audit.map((a) => [a.actor, a.subject, a.details.format])).toEqual([
      ['ebb-b3-01', 'backlog:EBB-05158', 'csv'],
      ['ebb-b3-01', 'backlog:EBB-05158', 'xlsx'],
    ]);
  });
});

describe('the outreach list', () => {
  it('lists, once the policy file enables it with a basis, persons in the EBB area with residence and title met and no pending application; audited', async () => {
    const token = await idp.token('ebb-b3-01');
    expect(((await (await call('/outreach/EBB-05158', token)).json()) as { detail: string }).detail).toMatch(/not enabled/);
    const shipped = hub.ctx.policy;
    hub.ctx.policy = { ...shipped, outreach: { enabled: true, statutoryBasis: { citation: 'Testgrundlage', description: 'test' } } };
    try {
      const res = await call('/outreach/EBB-05158', token);
      expect(res.status).toBe(200);
      const entries = (await res.json()) as Array<{ kimId: string; conditions: Array<{ id: string }>; basis: { citation: string } }>;
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.conditions.map((c) => c.id)).toEqual(['stag10.residence', 'stag10.title']);
        expect(e.basis.citation).toBe('Testgrundlage');
      }
      // S5 has a pending application at the EBB: in the backlog, not in the campaign.
      const backlog = (await (await call('/backlog/EBB-05158', token)).json()) as Array<{ kimId: string }>;
      expect(entries.map((e) => e.kimId)).not.toContain(backlog[0]!.kimId);
      expect((await call('/outreach/EBB-05158', await idp.token('koord-01'))).status).toBe(404);
      const csv = await (await call('/outreach/EBB-05158?format=csv', token)).text();
      expect(csv).toMatch(/^Familienname;Vornamen;Gemeinde;Voraussetzungen;Grundlage der Liste\r\n/);
      const audit = (await hub.ctx.db.query("SELECT actor, purpose, details FROM audit_log WHERE action = 'read_outreach' ORDER BY id")).rows;
      expect(audit.map((a) => [a.actor, a.purpose])).toEqual([
        ['ebb-b3-01', 'naturalisation campaign'],
        ['ebb-b3-01', 'naturalisation campaign'],
      ]);
      expect(audit[0].details.persons).toEqual(entries.map((e) => e.kimId));
    } finally {
      hub.ctx.policy = shipped;
    }
  });
});

describe('the controlling report', () => {
  it('gives the coordinator counts per municipality and month, none between 1 and 4, no id and no name', async () => {
    const res = await call('/report?from=2026-10&to=2026-11', await idp.token('koord-01'));
    expect(res.status).toBe(200);
    const text = await res.text();
    const report = JSON.parse(text) as ControllingReport;
    expect(report.months).toEqual(['2026-10', '2026-11']);
    const raised = report.counts.find((t) => t.measure === 'signals_raised' && t.month === '2026-11')!;
    expect(raised.rows.map((r) => r.name)).toContain('Velbert');
    // The samples' ten persons raise signals in November; every cell is either 0, at least 5, or suppressed ('<5', or 'x' for a secondary one).
    expect(raised.cells.at(-1)!.at(-1)).not.toBe(0);
    for (const t of report.counts) for (const row of t.cells) for (const c of row) expect(c === '<5' || c === 'x' || c === 0 || (typeof c === 'number' && c >= 5)).toBe(true);
    const kimIds = (await hub.ctx.db.query<{ kim_id: string }>('SELECT DISTINCT kim_id FROM person_links')).rows.map((r) => r.kim_id);
    expect(kimIds.length).toBeGreaterThan(0);
    for (const id of kimIds) expect(text).not.toContain(id);
    expect(text).not.toMatch(PERSONAL);
    expect(text).not.toMatch(await samplePersonalData());
  });

  it('exports CSV for Excel, refuses a month after the report date, and audits the read', async () => {
    const token = await idp.token('koord-01');
    const csv = await call('/report?format=csv', token);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/^\uFEFFMonat;Kennzahl;Beschreibung;AGS;Gemeinde;Spalte;Wert\r\n2025-12;persons_in_case_management;/);
    const late = await call('/report?to=2026-12', token);
    expect(late.status).toBe(400);
    expect(((await late.json()) as { title: string }).title).toBe('KIM_ERR_REPORT_PERIOD');
    expect((await call('/report?to=2026-13', token)).status).toBe(400);
    // A period without bound ran the process out of heap: refused at once, by the schema or the 36-month bound.
    const started = Date.now();
    expect((await call('/report?from=0001-01&to=2026-11&format=csv', token)).status).toBe(400);
    const long = await call('/report?from=2020-01&to=2026-11', token);
    expect(long.status).toBe(400);
    expect(((await long.json()) as { title: string }).title).toBe('KIM_ERR_REPORT_PERIOD');
    expect(Date.now() - started).toBeLessThan(2000);
    const audit = (await hub.ctx.db.query("SELECT actor, action, purpose FROM audit_log WHERE action = 'read_report' AND actor = 'koord-01'")).rows;
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit[0]).toMatchObject({ purpose: 'controlling' });
  });

  it('is printed by kim-hub report, and a malformed month ends with the usage exit code', () => {
    const kim = (args: string[]) => spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    const r = kim(['report', '--from', '2026-11', '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2026-11;signals_raised;');
    expect(r.stdout).not.toMatch(PERSONAL);
    const bad = kim(['report', '--to', '2026-13']);
    expect(bad.status).toBe(64);
    expect(bad.stderr).toContain('KIM_ERR_REPORT_PERIOD');
    const long = kim(['report', '--from', '0001-01', '--format', 'csv']);
    expect(long.status).toBe(64);
    expect(long.stderr).toContain('KIM_ERR_REPORT_PERIOD');
    expect(long.stderr).toContain('one report covers at most 36');
  });
});

describe('kim-hub backlog', () => {
  it('prints the same list as CSV on the command line, and refuses an EBB the tenant file does not know', () => {
    const kim = (args: string[]) => spawnSync(process.execPath, [path.join(projectRoot, 'bin', 'kim-hub.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...hub.env } });
    const r = kim(['backlog', '--ebb', 'EBB-05158', '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('EB-2026-00123;14.03.2026;254;ja;fehlt etwas;');
    const unknown = kim(['backlog', '--ebb', 'EBB-99999']);
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toContain('no EBB EBB-99999 in the tenant file');
  });
});

describe('the logs', () => {
  it('name no sample person: not the import at debug level, not the API reads, not the refused credentials', async () => {
    const pattern = await samplePersonalData();
    expect('Haddad').toMatch(pattern); // the pattern knows the samples
    expect(hub.logs.length).toBeGreaterThan(100);
    expect(hub.logs.some((l) => l.includes('credentials refused'))).toBe(true);
    expect(hub.logs.filter((l) => pattern.test(l))).toEqual([]);
  });
});

describe('the consent decision on every read', () => {
  // Last in this file: it ends a consent behind the pipeline's back.
  it("hides a case manager's entries the moment the consent they rest on has ended, before any new evaluation", async () => {
    const token = await idp.token('cm-0002');
    const before = (await (await call('/inbox/cm-0002', token)).json()) as Array<{ id: string; person: { kimId: string } }>;
    expect(before.length).toBeGreaterThan(0);
    const kimId = before[0]!.person.kimId;
    // The ABH's entries that rest on the ABH's own facts only (statute, not consent).
    const abhBefore = (
      await hub.ctx.db.query<{ id: string }>(
        `SELECT id FROM signals s WHERE kim_id = $1 AND recipient_role = 'abh_b3' AND state <> 'withdrawn'
            AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(s.conditions) c, jsonb_array_elements(c->'facts') f WHERE f->>'source' <> 'abh')`,
        [kimId],
      )
    ).rows;
    // The consent is withdrawn as of a day before the Stichtag; no import, no evaluation runs.
    await hub.ctx.db.query(`UPDATE consents c SET consent = jsonb_set(c.consent, '{withdrawnOn}', '"2026-11-01"') FROM consent_links l WHERE l.consent_id = c.consent_id AND l.kim_id = $1`, [kimId]);
    const after = (await (await call('/inbox/cm-0002', token)).json()) as Array<{ id: string; person: { kimId: string } }>;
    expect(after.filter((e) => e.person.kimId === kimId)).toEqual([]);
    expect(after.length).toBe(before.filter((e) => e.person.kimId !== kimId).length);
    expect((await call(`/inbox/cm-0002/signals/${before[0]!.id}`, token)).status).toBe(404);
    expect((await call(`/inbox/cm-0002/signals/${before[0]!.id}/done`, token, 'POST')).status).toBe(404);
    for (const { id } of abhBefore) {
      const authority = (await hub.ctx.db.query<{ recipient_id: string }>('SELECT recipient_id FROM signals WHERE id = $1', [id])).rows[0]!.recipient_id;
      const user = authority === 'ABH-05158' ? 'abh-b3-01' : authority === 'ABH-05158032' ? 'abh-b3-velbert' : 'abh-b3-ratingen';
      expect((await call(`/inbox/${authority}/signals/${id}`, await idp.token(user))).status).toBe(200);
    }
  });
});
