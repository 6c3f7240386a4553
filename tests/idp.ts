// A test identity provider: a real key pair and a real JWKS endpoint on 127.0.0.1, so the API
// verifies tokens exactly as it would against the municipality's IdP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

export const TENANT = '05158';

export interface TestIdp {
  /** KIM_OIDC_* for createTestHub */
  env: Record<string, string>;
  issuer: string;
  audience: string;
  /** A signed token for `sub` of the test tenant; claims and times can be overridden. */
  token(sub: string, options?: { claims?: JWTPayload; expiresIn?: string | number; issuedAt?: number; issuer?: string; audience?: string; key?: CryptoKey }): Promise<string>;
  /** A key pair the IdP does not publish (for "bad signature"). */
  foreignKey: CryptoKey;
  close(): Promise<void>;
}

export async function createTestIdp(): Promise<TestIdp> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const foreign = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-1', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/kim`;
  const audience = 'kim-hub';
  return {
    env: { KIM_OIDC_ISSUER: issuer, KIM_OIDC_AUDIENCE: audience, KIM_OIDC_JWKS_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks` },
    issuer,
    audience,
    foreignKey: foreign.privateKey,
    token(sub, o = {}) {
      return new SignJWT({ kim_tenant: TENANT, ...o.claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'test-1' })
        .setSubject(sub)
        .setIssuer(o.issuer ?? issuer)
        .setAudience(o.audience ?? audience)
        .setIssuedAt(o.issuedAt)
        .setExpirationTime(o.expiresIn ?? '5m')
        .sign(o.key ?? privateKey);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
