// OIDC bearer tokens, verified with jose against the identity provider's JWKS: signature,
// issuer, audience, expiry. Only asymmetric algorithms are accepted, so neither `alg: none`
// nor an HMAC token signed with a public key can pass.
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { KimError } from '../errors/registry.js';
import { cachedVerifier } from './token-cache.js';

export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** the longest lifetime (exp − iat) a token may have, in seconds; 12 hours by default */
  maxLifetimeSeconds?: number;
}

export interface VerifiedToken {
  subject: string;
  tenant: string;
}

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** The claim that names the user's tenant (AGS key of the Kreis or kreisfreie Stadt). */
export const TENANT_CLAIM = 'kim_tenant';
/** How far the identity provider's clock may run ahead of ours, in seconds. */
const CLOCK_SKEW = 30;
const DEFAULT_MAX_LIFETIME = 12 * 3600;

/** A verification is reused for a minute at most (src/auth/token-cache.ts), for at most this many tokens. */
const CACHE = { ttlMs: 60_000, maxEntries: 10_000 };

export function createTokenVerifier(settings: OidcSettings, keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl))): (token: string) => Promise<VerifiedToken> {
  return cachedVerifier(verifier(settings, keys), CACHE);
}

function verifier(settings: OidcSettings, keys: JWTVerifyGetKey): (token: string) => Promise<{ value: VerifiedToken; exp: number }> {
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer: settings.issuer, audience: settings.audience, algorithms: ALGORITHMS, requiredClaims: ['exp', 'iat', 'sub', TENANT_CLAIM], clockTolerance: CLOCK_SKEW }));
    } catch (e) {
      // The reason stays in the server log (jose's codes name no personal data); the client learns only "invalid".
      throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', `token refused (${(e as { code?: string }).code ?? 'invalid'})`);
    }
    if (typeof payload.sub !== 'string' || typeof payload[TENANT_CLAIM] !== 'string') throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', 'token refused (claims)');
    // jose checks that exp is ahead and nbf behind us, not what a token claims about itself: one
    // valid for centuries, or issued in the future, is a leaked signing key or a broken identity
    // provider, never a session.
    const { iat, exp } = payload as { iat: number; exp: number };
    if (iat > Date.now() / 1000 + CLOCK_SKEW) throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', 'token refused (issued in the future)');
    if (exp - iat > (settings.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME)) throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', 'token refused (lifetime too long)');
    return { value: { subject: payload.sub, tenant: payload[TENANT_CLAIM] as string }, exp: exp + CLOCK_SKEW };
  };
}
