import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults for a developer machine', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/kim', redisUrl: 'redis://127.0.0.1:6379', queuePrefix: '{kim}', port: 8080 });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must start with postgres: or postgresql:/],
    [{ REDIS_URL: 'not a url' }, /^REDIS_URL is not a URL/],
    [{ PORT: '80a' }, /^PORT must be a whole number/],
    [{ KIM_STICHTAG: '23.11.2026' }, /^KIM_STICHTAG must be a date YYYY-MM-DD/],
    [{ KIM_QUEUE_PREFIX: 'a:b' }, /^KIM_QUEUE_PREFIX may contain only/],
    [{ KIM_SYNCS: '{"abh": {"cron": "0 2 * * *"}}' }, /^KIM_SYNCS entry "abh" needs "cron" and "path"/],
    [{ KIM_WEBHOOK_URL: 'https://hooks.example/kim' }, /^KIM_WEBHOOK_SECRET is required/],
    [{ KIM_MAIL_TO: '{' }, /^KIM_MAIL_TO is not JSON/],
    [{ KIM_SNAPSHOT_MAX_CLOSE_SHARE: '0' }, /^KIM_SNAPSHOT_MAX_CLOSE_SHARE must be a share above 0 and at most 1/],
    [{ KIM_SNAPSHOT_MAX_CLOSE_SHARE: '50%' }, /^KIM_SNAPSHOT_MAX_CLOSE_SHARE must be a share/],
    [{ KIM_SNAPSHOT_MAX_CLOSE_SHARE: '1.5' }, /^KIM_SNAPSHOT_MAX_CLOSE_SHARE must be a share/],
    [{ KIM_SNAPSHOT_GUARD_MIN_RECORDS: '-1' }, /^KIM_SNAPSHOT_GUARD_MIN_RECORDS must be a whole number/],
    [{ KIM_TRUST_PROXY: 'true' }, /^KIM_TRUST_PROXY must be a hop count .* trusting every proxy would let a client choose its address/],
    [{ KIM_TRUST_PROXY: '10.0.0.0/33' }, /^KIM_TRUST_PROXY must be/],
    [{ KIM_TRUST_PROXY: '0' }, /^KIM_TRUST_PROXY must be a whole number from 1 to 10/],
    [{ KIM_OIDC_ISSUER: 'https://idp/realms/kim', KIM_OIDC_AUDIENCE: 'kim-hub', KIM_OIDC_JWKS_URL: 'https://idp/certs', KIM_OIDC_MAX_TOKEN_LIFETIME: '10' }, /^KIM_OIDC_MAX_TOKEN_LIFETIME must be a whole number from 60/],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('holds snapshots that close more than half of at least 20 records unless configured otherwise', () => {
    expect(loadConfig({})).toMatchObject({ snapshotMaxCloseShare: 0.5, snapshotGuardMinRecords: 20 });
    expect(loadConfig({ KIM_SNAPSHOT_MAX_CLOSE_SHARE: '0.25', KIM_SNAPSHOT_GUARD_MIN_RECORDS: '5' })).toMatchObject({ snapshotMaxCloseShare: 0.25, snapshotGuardMinRecords: 5 });
  });

  it('trusts no proxy by default, and a hop count or the named proxies when KIM_TRUST_PROXY says so', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ KIM_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ KIM_TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
  });

  it('puts the queue prefix in braces so every queue key hashes to one Redis Cluster slot', () => {
    expect(loadConfig({ KIM_QUEUE_PREFIX: 'kim-mettmann' }).queuePrefix).toBe('{kim-mettmann}');
  });

  it('takes the identity provider as all three KIM_OIDC_* variables or none', () => {
    expect(loadConfig({}).oidc).toBeNull();
    expect(loadConfig({ KIM_OIDC_ISSUER: 'https://idp/realms/kim', KIM_OIDC_AUDIENCE: 'kim-hub', KIM_OIDC_JWKS_URL: 'https://idp/certs' }).oidc).toEqual({
      issuer: 'https://idp/realms/kim',
      audience: 'kim-hub',
      jwksUrl: 'https://idp/certs',
      maxLifetimeSeconds: 43_200,
    });
    expect(() => loadConfig({ KIM_OIDC_ISSUER: 'https://idp/realms/kim', KIM_OIDC_AUDIENCE: 'kim-hub' })).toThrow(/KIM_OIDC_JWKS_URL is required/);
    expect(() => loadConfig({ KIM_OIDC_ISSUER: 'x', KIM_OIDC_AUDIENCE: 'kim-hub', KIM_OIDC_JWKS_URL: 'not a url' })).toThrow(/KIM_OIDC_JWKS_URL is not a URL/);
  });
});
