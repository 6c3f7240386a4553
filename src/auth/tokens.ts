// OIDC bearer tokens, verified with jose against the identity provider's JWKS: signature,
// issuer, audience, expiry. Only asymmetric algorithms are accepted, so neither `alg: none`
// nor an HMAC token signed with a public key can pass.
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { KimError } from '../errors/registry.js';

export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

export interface VerifiedToken {
  subject: string;
  tenant: string;
}

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
/** The claim that names the user's tenant (AGS key of the Kreis or kreisfreie Stadt). */
export const TENANT_CLAIM = 'kim_tenant';

export function createTokenVerifier(settings: OidcSettings, keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl))): (token: string) => Promise<VerifiedToken> {
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer: settings.issuer, audience: settings.audience, algorithms: ALGORITHMS, requiredClaims: ['exp', 'sub', TENANT_CLAIM], clockTolerance: 30 }));
    } catch (e) {
      // The reason stays in the server log (jose's codes name no personal data); the client learns only "invalid".
      throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', `token refused (${(e as { code?: string }).code ?? 'invalid'})`);
    }
    if (typeof payload.sub !== 'string' || typeof payload[TENANT_CLAIM] !== 'string') throw new KimError('KIM_ERR_AUTH_UNAUTHENTICATED', 'token refused (claims)');
    return { subject: payload.sub, tenant: payload[TENANT_CLAIM] as string };
  };
}
