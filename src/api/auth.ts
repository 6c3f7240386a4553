// Signing in: every request past this middleware carries a bearer token of the identity provider
// or an API key, and res.locals.principal says who it is (src/auth). Failed sign-ins are
// throttled per client address, but only the failures: valid credentials from a throttled
// address still pass, or one guesser behind a proxy or NAT would lock out everybody behind it.
// The throttle answers wrong guesses with 429; it does not protect the secrets themselves
// (256-bit API keys and signed tokens cannot be guessed at any rate).
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { looksLikeApiKey, verifyApiKey } from '../auth/api-keys.js';
import { userPrincipal, type Principal } from '../auth/principal.js';
import { createFailureThrottle } from '../auth/throttle.js';
import { createTokenVerifier } from '../auth/tokens.js';
import type { Config } from '../config.js';
import { isKimError } from '../errors/registry.js';
import type { Tenant } from '../generated/kim-types.js';
import type { Db } from '../store/db.js';
import { problem } from './problem.js';

export interface AuthDeps {
  db: Db;
  tenant: Tenant;
  oidc: Config['oidc'];
}

export function authenticate({ db, tenant, oidc }: AuthDeps): RequestHandler {
  const throttle = createFailureThrottle({ max: 20, windowMs: 60_000 });
  const verifyToken = oidc ? createTokenVerifier(oidc) : null;
  return async (req, res, next) => {
    const client = req.ip ?? 'unknown';
    const credential = /^Bearer (\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    let principal: Principal | null = null;
    try {
      if (credential && looksLikeApiKey(credential)) principal = await verifyApiKey(db, credential);
      else if (credential && verifyToken) {
        const token = await verifyToken(credential);
        principal = userPrincipal(tenant, token.subject, token.tenant);
      }
    } catch (e) {
      if (!isKimError(e) || e.code !== 'KIM_ERR_AUTH_UNAUTHENTICATED') return next(e);
      (res.locals.log as Logger).info({ path: req.path, reason: e.message }, 'credentials refused');
    }
    if (!principal) {
      // A wrong credential, not a missing one, is a guess.
      const wait = credential ? throttle.blockedFor(client) : 0;
      if (wait > 0) {
        res.set('Retry-After', String(Math.ceil(wait / 1000)));
        return problem(res, 'KIM_ERR_AUTH_THROTTLED', 'too many failed sign-ins; try again later');
      }
      if (credential) throttle.fail(client);
      res.set('WWW-Authenticate', 'Bearer');
      return problem(res, 'KIM_ERR_AUTH_UNAUTHENTICATED', 'a valid bearer token or API key is required');
    }
    res.locals.principal = principal;
    next();
  };
}
