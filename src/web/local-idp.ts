// A real OpenID provider on loopback for the demo and the tests (oidc-provider, a certified
// implementation): the tenant file's users sign in with a password given at start, and the hub
// runs the same authorisation code flow with PKCE as against the municipality's provider. Never
// part of a production hub: it refuses to start with NODE_ENV=production, listens on 127.0.0.1
// only, and the hub itself trusts nothing but its configured issuer.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { TENANT_CLAIM } from '../auth/tokens.js';
import type { Tenant } from '../generated/kim-types.js';
import { escapeHtml } from './html.js';

export interface LocalIdpOptions {
  tenant: Tenant;
  /** the one password every account signs in with */
  password: string;
  /** the hub as the browser reaches it (its callback and sign-out pages are registered) */
  hubUrl: string;
  clientId: string;
  clientSecret: string;
  /** accounts of other tenants (tests: a user the hub must not let in) */
  foreignAccounts?: Array<{ id: string; tenant: string }>;
  port?: number;
}

export interface LocalIdp {
  issuer: string;
  close(): Promise<void>;
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 4096) break;
  }
  return new URLSearchParams(body);
}

function samePassword(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startLocalIdp(o: LocalIdpOptions): Promise<LocalIdp> {
  if (process.env.NODE_ENV === 'production') throw new Error('the local identity provider is for the demo and tests only, never with NODE_ENV=production');
  const accounts = new Map<string, string>([...o.tenant.users.map((u) => [u.id, o.tenant.tenant] as const), ...(o.foreignAccounts ?? []).map((a) => [a.id, a.tenant] as const)]);
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(o.port ?? 0, '127.0.0.1', () => r()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const hub = o.hubUrl.replace(/\/+$/, '');
  const configuration: Configuration = {
    clients: [{ client_id: o.clientId, client_secret: o.clientSecret, redirect_uris: [`${hub}/web/anmelden/rueckruf`], post_logout_redirect_uris: [`${hub}/web/abgemeldet`], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'local-1', alg: 'RS256', use: 'sig' }] as never },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    claims: { openid: ['sub', TENANT_CLAIM] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => (accounts.has(id) ? { accountId: id, claims: () => ({ sub: id, [TENANT_CLAIM]: accounts.get(id)! }) } : undefined),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = page('Abmelden beim Anmeldedienst', `${form}<p>Auch beim Anmeldedienst abmelden?</p><button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Abmelden</button>`);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = page('Abgemeldet', '<p>Sie sind abgemeldet.</p>');
        },
      },
    },
    ttl: { Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600, IdToken: 600, AccessToken: 600, AuthorizationCode: 60 },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page('Anmeldung nicht möglich', `<p>${escapeHtml(String(out.error))}</p>`);
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  // The provider's own pages for the interaction: a sign-in form, then consent given for the hub (a first-party client).
  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const finish = async (accountId: string) => {
      const grant = details.grantId ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId, clientId: o.clientId })) : new provider.Grant({ accountId, clientId: o.clientId });
      grant.addOIDCScope('openid');
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
    };
    if (details.prompt.name === 'consent' && details.session?.accountId) return finish(details.session.accountId);
    if (req.method === 'POST') {
      const form = await readForm(req);
      const user = form.get('benutzer') ?? '';
      if (accounts.has(user) && samePassword(form.get('kennwort') ?? '', o.password)) return finish(user);
    }
    const failed = req.method === 'POST' ? '<p role="alert">Benutzerkennung oder Kennwort falsch.</p>' : '';
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(
        page(
          'Anmeldung beim Anmeldedienst (lokal)',
          `${failed}<form method="post" action="/interaction/${escapeHtml(uid)}"><p><label for="benutzer">Benutzerkennung</label><br><input id="benutzer" name="benutzer" autocomplete="username" required></p><p><label for="kennwort">Kennwort</label><br><input id="kennwort" name="kennwort" type="password" autocomplete="current-password" required></p><button type="submit">Anmelden</button></form>`,
        ),
      );
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const m = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(req.url ?? '');
    if (!m) return void callback(req, res);
    interaction(req, res, m[1]!).catch(() => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' }).end(page('Anmeldung nicht möglich', '<p>Bitte beginnen Sie die Anmeldung neu.</p>'));
    });
  });
  return { issuer, close: () => new Promise<void>((r) => server.close(() => r())) };
}
