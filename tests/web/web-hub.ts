// A hub with its web workplace, the local OpenID provider and headless Chromium, for one test
// file: the samples imported as of 2026-11-23, the browser signing in through the real
// authorisation code flow. Pages are checked with axe-core and photographed into tests/artifacts/.
import { mkdirSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp } from '../../src/api/app.js';
import { startWorkers } from '../../workers/index.js';
import { examplesDir, projectRoot } from '../../src/paths.js';
import { startLocalIdp, type LocalIdp } from '../../src/web/local-idp.js';
import { createTestHub, importAllInWaves, type TestHub } from '../service-helpers.js';

export const CHROMIUM = process.env.KIM_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(projectRoot, 'tests', 'artifacts');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface WebHub {
  hub: TestHub;
  base: string;
  idp: LocalIdp;
  password: string;
  browser: Browser;
  /** A fresh browser context (no cookies) with CSP violations collected. */
  newPage(): Promise<{ context: BrowserContext; page: Page; cspViolations: string[] }>;
  close(): Promise<void>;
}

export async function startWebHub(options: { importSamples?: boolean; extraEnv?: Record<string, string> } = {}): Promise<WebHub> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const password = randomBytes(12).toString('base64url');
  const clientSecret = randomBytes(24).toString('base64url');
  const { loadTenant } = await import('../../src/tenant.js');
  const tenant = loadTenant(path.join(examplesDir, 'kreis-mettmann', 'tenant-05158.json'));
  const idp = await startLocalIdp({ tenant, password, hubUrl: base, clientId: 'kim-hub', clientSecret, foreignAccounts: [{ id: 'fremd-01', tenant: '05111' }] });
  const hub = await createTestHub({
    KIM_OIDC_ISSUER: idp.issuer,
    KIM_OIDC_AUDIENCE: 'kim-hub',
    KIM_OIDC_JWKS_URL: `${idp.issuer}/jwks`,
    KIM_WEB_CLIENT_ID: 'kim-hub',
    KIM_WEB_CLIENT_SECRET: clientSecret,
    KIM_PUBLIC_URL: base,
    KIM_REPLAY_DAYS: '7',
    ...options.extraEnv,
  });
  server.on('request', createApp(hub.ctx));
  const workers = startWorkers(hub.ctx);
  if (options.importSamples !== false) {
    const dir = path.join(examplesDir, 'kreis-mettmann');
    await importAllInWaves(
      hub,
      readdirSync(dir)
        .filter((f) => /\.(xml|csv)$/.test(f))
        .sort()
        .map((f) => path.join(dir, f)),
    );
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    hub,
    base,
    idp,
    password,
    browser,
    async newPage() {
      const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();
      const cspViolations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
      });
      return { context, page, cspViolations };
    },
    async close() {
      await browser.close().catch(() => undefined);
      await workers.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await idp.close();
      await hub.close();
    },
  };
}

/** Signs `user` in at the local provider, starting from `path` of the hub; ends on the page the hub sends back to. */
export async function signIn(web: WebHub, page: Page, user: string, start = '/web/'): Promise<void> {
  await page.goto(`${web.base}${start}`);
  await page.waitForURL((u) => u.href.startsWith(web.idp.issuer));
  await page.fill('#benutzer', user);
  await page.fill('#kennwort', web.password);
  await page.click('button[type=submit]');
  await page.waitForURL((u) => u.href.startsWith(`${web.base}/web/`) && !u.pathname.startsWith('/web/anmelden'));
}

/** axe-core's serious and critical violations of the page (WCAG 2.1 A and AA), as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (the hub's own pages allow no inline script).
  await page.evaluate(axe.source);
  const result = await page.evaluate<axe.AxeResults>("axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })");
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}
