// One hub for the API's sign-in, authorisation and read tests (tests/service-auth*.test.ts): the
// samples imported, import keys of each binding, the API on a free port, the test identity provider.
// The bindings below are live (ESM): a test reads them after useAuthHub's beforeAll has run.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApiKey } from '../src/auth/api-keys.js';
import { startApi } from '../src/api/app.js';
import { ERRORS, type ErrorCode } from '../src/errors/registry.js';
import { examplesDir } from '../src/paths.js';
import { createImport, waitForIdle, waitForImports } from '../src/service/imports.js';
import { startWorkers } from '../workers/index.js';
import { createTestIdp, type TestIdp } from './idp.js';
import { consentsFirst, createTestHub, type TestHub } from './service-helpers.js';

export const samples = path.join(examplesDir, 'kreis-mettmann');
// Names and AZR numbers of the sample persons: none may appear where it does not belong. An AZR
// number is twelve digits standing alone: a keyed kimId (kim_ and hex) may by chance hold twelve
// digits in a row, as kim_99a35a1f876002152979 did in one CI run, and is no AZR number.
export const PERSONAL = /Haddad|Rahimi|Khalil|Nouri|Demir|Ahmadi|Aziz|Jaber|Saleh|ahin|(?<![\dA-Za-z_])\d{12}(?![\dA-Za-z_])/;

export let idp: TestIdp;
export let hub: TestHub;
export let api: Server;
export let base: string;
export let importKey: string;
export let jobcenterKey: string;
export let consentKey: string;
export let unboundKey: string;
export let otherTenantKey: string;

/** Registers the file's beforeAll and afterAll that start and end the hub. */
export function useAuthHub(): void {
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
}

export const call = (url: string, credential: string | null, method = 'GET') => fetch(`${base}${url}`, { method, headers: credential ? { authorization: `Bearer ${credential}` } : {} });

/** A refusal is problem+json whose title is a code of the error registry, with that code's status. */
export function expectRegistryProblem(res: Response, body: string, what: string): void {
  expect(res.headers.get('content-type'), what).toMatch(/application\/problem\+json/);
  const p = JSON.parse(body) as { title: string; status: number };
  expect(Object.keys(ERRORS), what).toContain(p.title);
  expect([p.status, ERRORS[p.title as ErrorCode].status], what).toEqual([res.status, res.status]);
}
