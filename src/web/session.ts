// Server-side sessions in PostgreSQL. The browser's cookie holds 32 random bytes; the table holds
// their SHA-256, so neither a database copy nor a log line can be replayed as a session. A session
// ends when unused for the idle time, at its absolute end, or at sign-out.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.js';
import type { WebSettings } from './settings.js';

export interface WebSession {
  idHash: string;
  subject: string;
  tenant: string;
  /** the synchronizer token every form of this session carries */
  csrf: string;
  idToken: string;
}

const hash = (id: string) => createHash('sha256').update(id).digest('hex');
const random = () => randomBytes(32).toString('base64url');

export async function createSession(db: Db, s: WebSettings, who: { subject: string; tenant: string; idToken: string }): Promise<{ cookie: string; session: WebSession }> {
  // Ended sessions go whenever a new one starts: no job is needed to keep the table small.
  await db.query(`DELETE FROM web_sessions WHERE expires_at < now() OR last_seen < now() - make_interval(mins => $1)`, [s.idleMinutes]);
  const cookie = random();
  const session = { idHash: hash(cookie), subject: who.subject, tenant: who.tenant, csrf: random(), idToken: who.idToken };
  await db.query(`INSERT INTO web_sessions (id_hash, subject, tenant, csrf, id_token, expires_at) VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))`, [
    session.idHash,
    session.subject,
    session.tenant,
    session.csrf,
    session.idToken,
    s.maxHours,
  ]);
  return { cookie, session };
}

/** The live session for a cookie value, its idle clock restarted; null for an unknown, idle or expired one. */
export async function findSession(db: Db, s: WebSettings, cookie: string | undefined): Promise<WebSession | null> {
  if (!cookie || !/^[A-Za-z0-9_-]{43}$/.test(cookie)) return null;
  const row = (
    await db.query<{ id_hash: string; subject: string; tenant: string; csrf: string; id_token: string }>(
      `UPDATE web_sessions SET last_seen = now()
        WHERE id_hash = $1 AND expires_at > now() AND last_seen > now() - make_interval(mins => $2)
        RETURNING id_hash, subject, tenant, csrf, id_token`,
      [hash(cookie), s.idleMinutes],
    )
  ).rows[0];
  return row ? { idHash: row.id_hash, subject: row.subject, tenant: row.tenant, csrf: row.csrf, idToken: row.id_token } : null;
}

export async function endSession(db: Db, session: WebSession): Promise<void> {
  await db.query('DELETE FROM web_sessions WHERE id_hash = $1', [session.idHash]);
}

/** Constant-time comparison of a form's token with the session's. */
export function csrfValid(session: WebSession, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== session.csrf.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(session.csrf));
}

/** The cookie's name: with TLS the __Host- prefix, which the browser accepts only Secure, host-only and for path /. */
export const sessionCookieName = (s: WebSettings) => (s.publicUrl.startsWith('https:') ? '__Host-kim_session' : 'kim_session');
export const loginCookieName = (s: WebSettings) => (s.publicUrl.startsWith('https:') ? '__Host-kim_login' : 'kim_login');

export function cookieHeader(s: WebSettings, name: string, value: string, maxAgeSeconds: number | null): string {
  const secure = s.publicUrl.startsWith('https:') ? '; Secure' : '';
  const age = maxAgeSeconds === null ? '' : `; Max-Age=${maxAgeSeconds}`;
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax${secure}${age}`;
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}
