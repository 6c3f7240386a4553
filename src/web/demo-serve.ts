// `kim-hub demo --serve`: after the demo import, the hub with its web workplace and the local
// identity provider keep running on loopback, and every sample user's sign-in is printed. The
// password is drawn afresh on every start; Ctrl-C ends both.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Config } from '../config.js';
import { createApp } from '../api/app.js';
import { closeContext, createContext } from '../service/context.js';
import { startWorkers } from '../../workers/index.js';
import { ROLE_LABELS } from './labels.js';
import { startLocalIdp } from './local-idp.js';
import { loadWebSettings } from './settings.js';

export async function serveDemo(config: Config, out: Writable, until: Promise<unknown> = signalled()): Promise<void> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(config.port, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const password = randomBytes(9).toString('base64url');
  const clientSecret = randomBytes(24).toString('base64url');
  const probe = createContext(config, pino({ level: 'warn' }));
  const tenant = probe.tenant;
  await closeContext(probe);
  const idp = await startLocalIdp({ tenant, password, hubUrl: base, clientId: 'kim-hub', clientSecret });
  const web = loadWebSettings({ KIM_OIDC_ISSUER: idp.issuer, KIM_WEB_CLIENT_ID: 'kim-hub', KIM_WEB_CLIENT_SECRET: clientSecret }, base);
  const ctx = createContext({ ...config, publicUrl: base, web, oidc: { issuer: idp.issuer, audience: 'kim-hub', jwksUrl: `${idp.issuer}/jwks`, maxLifetimeSeconds: 12 * 3600 } }, pino({ level: 'warn' }));
  server.on('request', createApp(ctx));
  const workers = startWorkers(ctx);
  out.write(`\nDer Arbeitsplatz läuft: ${base}/web/\nAnmeldedienst (lokal, nur für die Demo): ${idp.issuer}\nAnmeldung, Kennwort für alle: ${password}\n`);
  for (const u of tenant.users) out.write(`  ${u.id.padEnd(18)} ${ROLE_LABELS[u.role as keyof typeof ROLE_LABELS] ?? u.role}${u.authority ? ` (${u.authority})` : ''}\n`);
  out.write('Beenden mit Strg+C.\n');
  await until;
  await workers.close();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await idp.close();
  await closeContext(ctx);
}

function signalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
