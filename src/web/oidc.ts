// The sign-in at the municipality's identity provider: OpenID Connect authorisation code flow
// with PKCE (S256), state and nonce, through openid-client (a certified relying party library):
// it checks the ID token's signature, issuer, audience, expiry and nonce. A plain-HTTP issuer is
// accepted only on loopback, i.e. the local provider of the demo and the tests.
import * as client from 'openid-client';
import { TENANT_CLAIM } from '../auth/tokens.js';
import { KimError } from '../errors/registry.js';
import type { Db } from '../store/db.js';
import type { WebSettings } from './settings.js';

export const CALLBACK_PATH = '/web/anmelden/rueckruf';
/** A sign-in not finished within this time must start again. */
const LOGIN_MINUTES = 10;

export interface SignedIn {
  subject: string;
  tenant: string;
  idToken: string;
}

function loopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

export function createOidcClient(db: Db, s: WebSettings) {
  let config: Promise<client.Configuration> | null = null;
  const discovered = () =>
    (config ??= client.discovery(new URL(s.issuer), s.clientId, s.clientSecret, undefined, s.issuer.startsWith('http:') && loopback(s.issuer) ? { execute: [client.allowInsecureRequests] } : undefined).catch((e: unknown) => {
      config = null; // the next request tries again: the provider may have been down for a moment
      throw e;
    }));
  const redirectUri = `${s.publicUrl}${CALLBACK_PATH}`;

  return {
    /** The provider's authorisation URL and the state that the browser's login cookie must hold. */
    async start(returnTo: string): Promise<{ url: URL; state: string }> {
      const c = await discovered();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      await db.query(`DELETE FROM web_logins WHERE created_at < now() - make_interval(mins => $1)`, [LOGIN_MINUTES]);
      await db.query('INSERT INTO web_logins (state, verifier, nonce, return_to) VALUES ($1, $2, $3, $4)', [state, verifier, nonce, returnTo]);
      const url = client.buildAuthorizationUrl(c, {
        redirect_uri: redirectUri,
        scope: 'openid',
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url, state };
    },

    /** The provider's answer checked and redeemed; `cookieState` is the state this browser started with. */
    async finish(callbackQuery: string, cookieState: string | undefined): Promise<SignedIn & { returnTo: string }> {
      const state = new URLSearchParams(callbackQuery).get('state');
      // Bound to the browser: an answer arriving in another browser (login CSRF) is refused.
      if (!state || state !== cookieState) throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', 'sign-in refused (state)');
      const row = (
        await db.query<{ verifier: string; nonce: string; return_to: string }>(`DELETE FROM web_logins WHERE state = $1 AND created_at > now() - make_interval(mins => $2) RETURNING verifier, nonce, return_to`, [state, LOGIN_MINUTES])
      ).rows[0];
      if (!row) throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', 'sign-in refused (unknown or expired state)');
      const c = await discovered();
      let tokens;
      try {
        tokens = await client.authorizationCodeGrant(c, new URL(`${redirectUri}?${callbackQuery}`), { pkceCodeVerifier: row.verifier, expectedState: state, expectedNonce: row.nonce, idTokenExpected: true });
      } catch (e) {
        throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', `sign-in refused (${(e as { code?: string }).code ?? 'token'})`);
      }
      const claims = tokens.claims();
      const tenant = claims?.[TENANT_CLAIM];
      if (!claims || typeof claims.sub !== 'string' || typeof tenant !== 'string' || !tokens.id_token) throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', 'sign-in refused (claims)');
      return { subject: claims.sub, tenant, idToken: tokens.id_token, returnTo: row.return_to };
    },

    /** Where the browser goes to end its session at the provider too, or null when it offers no sign-out. */
    async endSessionUrl(idToken: string): Promise<URL | null> {
      const c = await discovered();
      if (!c.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(c, { id_token_hint: idToken, post_logout_redirect_uri: `${s.publicUrl}/web/abgemeldet` });
    },
  };
}

export type OidcClient = ReturnType<typeof createOidcClient>;
