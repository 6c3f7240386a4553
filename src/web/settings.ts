// The web workplace's settings, from the environment. It is on only when the identity provider
// (KIM_OIDC_ISSUER) and this hub's client at it (KIM_WEB_CLIENT_ID, KIM_WEB_CLIENT_SECRET) are
// configured: there is no other way to sign in, in production or anywhere else.
import { KimError } from '../errors/registry.js';

export interface WebSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The hub's address as browsers reach it (KIM_PUBLIC_URL); the callback and cookies follow it. */
  publicUrl: string;
  /** A session unused for this long ends (KIM_WEB_IDLE_MINUTES, default 30). */
  idleMinutes: number;
  /** A session ends this long after sign-in whatever happens (KIM_WEB_MAX_HOURS, default 10). */
  maxHours: number;
  /** The link to the queue dashboard on the Betrieb page (KIM_QUEUE_DASHBOARD_URL, default the workplace's own /web/betrieb/warteschlangen behind the session). */
  queueDashboardUrl: string;
}

type Env = Record<string, string | undefined>;

function minutes(env: Env, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new KimError('KIM_ERR_CONFIG_INVALID', `${name} must be a whole number from 1 to ${max}`);
  return n;
}

export function loadWebSettings(env: Env, publicUrl: string): WebSettings | null {
  const issuer = env.KIM_OIDC_ISSUER;
  const clientId = env.KIM_WEB_CLIENT_ID;
  if (!issuer || !clientId) return null;
  const clientSecret = env.KIM_WEB_CLIENT_SECRET;
  if (!clientSecret) throw new KimError('KIM_ERR_CONFIG_INVALID', 'KIM_WEB_CLIENT_SECRET is required when KIM_WEB_CLIENT_ID is set');
  if (env.NODE_ENV === 'production' && !publicUrl.startsWith('https:')) throw new KimError('KIM_ERR_CONFIG_INVALID', 'KIM_PUBLIC_URL must be https with the web workplace and NODE_ENV=production (session cookies are Secure)');
  return {
    issuer,
    clientId,
    clientSecret,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    idleMinutes: minutes(env, 'KIM_WEB_IDLE_MINUTES', 30, 24 * 60),
    maxHours: minutes(env, 'KIM_WEB_MAX_HOURS', 10, 24),
    queueDashboardUrl: env.KIM_QUEUE_DASHBOARD_URL || '/web/betrieb/warteschlangen',
  };
}
