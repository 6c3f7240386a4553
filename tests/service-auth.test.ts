// Who may see what, against the real API, store and queues: tokens refused for every reason a
// token can be wrong, an authorisation matrix over every endpoint, role, tenant and recipient,
// and the audit log (one entry per read, a chain that notices an edited or deleted entry).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnsecuredJWT } from 'jose';
import { verifyAuditChain } from '../src/audit/log.js';
import { createApiKey, revokeApiKey } from '../src/auth/api-keys.js';
import { createTokenVerifier } from '../src/auth/tokens.js';
import { projectRoot } from '../src/paths.js';
import { base, call, consentKey, expectRegistryProblem, hub, idp, importKey, jobcenterKey, otherTenantKey, PERSONAL, unboundKey, useAuthHub } from './auth-hub.js';
import { samplePersonalData } from './service-helpers.js';

useAuthHub();

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

describe('the logs', () => {
  it('name no sample person: not the import at debug level, not the API reads, not the refused credentials', async () => {
    const pattern = await samplePersonalData();
    expect('Haddad').toMatch(pattern); // the pattern knows the samples
    expect(hub.logs.length).toBeGreaterThan(100);
    expect(hub.logs.some((l) => l.includes('credentials refused'))).toBe(true);
    expect(hub.logs.filter((l) => pattern.test(l))).toEqual([]);
  });
});
