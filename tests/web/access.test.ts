// Who sees what in the web workplace: an authority's inbox and no other's, nothing for another
// tenant's user, a forged or expired session, or a form without its token; a notification's
// link opened signed out leads through the sign-in to its signal.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, signIn, startWebHub, type WebHub } from './web-hub.js';

let web: WebHub;
let hooks: Server;
const notices: Array<{ link: string; recipient: { id: string }; signalId: string }> = [];
beforeAll(async () => {
  hooks = createServer((req, res) => {
    let body = '';
    req
      .on('data', (c) => (body += c))
      .on('end', () => {
        notices.push(JSON.parse(body));
        res.writeHead(204).end();
      });
  });
  await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', () => r()));
  web = await startWebHub({ extraEnv: { KIM_WEBHOOK_URL: `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/kim`, KIM_WEBHOOK_SECRET: 'a-test-secret-of-some-length' } });
}, 120_000);
afterAll(async () => {
  await web?.close();
  await new Promise<void>((r) => hooks.close(() => r()));
}, 60_000);

describe('access in the web workplace', () => {
  it("gives the local identity provider's sign-in form no serious or critical accessibility violation", async () => {
    const { page, context } = await web.newPage();
    await page.goto(`${web.base}/web/`);
    await page.waitForURL((u) => u.href.startsWith(web.idp.issuer));
    await page.locator('#benutzer').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'anmeldung');
    await context.close();
  }, 120_000);

  it("shows the Velbert ABH user Velbert's signals and none of the Kreis Mettmann ABH's", async () => {
    const { page, context } = await web.newPage();
    await signIn(web, page, 'abh-b3-velbert');
    const main = await page.textContent('main');
    expect(main).toContain('Rahimi');
    for (const name of ['Haddad', 'Khalil', 'Nouri', 'Jaber']) expect(main).not.toContain(name);
    const other = (await web.hub.ctx.db.query("SELECT id FROM signals WHERE recipient_id = 'ABH-05158' LIMIT 1")).rows[0]!.id;
    const res = await page.goto(`${web.base}/web/hinweise/${other}`);
    expect(res?.status()).toBe(404);
    expect(await page.textContent('main')).not.toMatch(/Haddad|Khalil|Nouri|Jaber/);
    await screenshot(page, 'posteingang-abh-velbert');
    await context.close();
  }, 120_000);

  it("leads a notification's link, opened signed out, through the sign-in to that signal", async () => {
    for (let i = 0; i < 100 && !notices.some((n) => n.recipient.id === 'cm-0002'); i++) await new Promise((r) => setTimeout(r, 200));
    const notice = notices.find((n) => n.recipient.id === 'cm-0002');
    expect(notice?.link).toMatch(new RegExp(`^${web.base}/web/hinweise/\\d+$`));
    const { page, context } = await web.newPage();
    await page.goto(notice!.link);
    await page.waitForURL((u) => u.href.startsWith(web.idp.issuer));
    await page.fill('#benutzer', 'cm-0002');
    await page.fill('#kennwort', web.password);
    await page.click('button[type=submit]');
    await page.waitForURL(notice!.link);
    expect(await page.textContent('h1')).toMatch(/^Hinweis: /);
    await context.close();
  }, 120_000);

  it("shows another tenant's user nothing", async () => {
    const { page, context } = await web.newPage();
    await signIn(web, page, 'fremd-01');
    expect(await page.textContent('h1')).toBe('Kein Zugang');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kein-zugang');
    const signal = (await web.hub.ctx.db.query('SELECT id FROM signals LIMIT 1')).rows[0]!.id;
    for (const path of ['/web/posteingang', `/web/hinweise/${signal}`, '/web/rueckstau', '/web/controlling', '/web/betrieb']) {
      const res = await page.goto(`${web.base}${path}`);
      expect(res?.status(), path).toBeGreaterThanOrEqual(403);
      expect(await page.textContent('main')).not.toMatch(/Haddad|Rahimi|Khalil|AZR/);
    }
    await context.close();
  }, 120_000);

  it('sends a forged or an expired session to the sign-in, and refuses a form without its token', async () => {
    const { page, context } = await web.newPage();
    await context.addCookies([{ name: 'kim_session', value: 'A'.repeat(43), url: web.base }]);
    await page.goto(`${web.base}/web/posteingang`);
    expect(page.url().startsWith(web.idp.issuer)).toBe(true);

    await signIn(web, page, 'cm-0001');
    const res = await page.request.post(`${web.base}/web/hinweise/1/zustand`, { form: { aktion: 'done' }, maxRedirects: 0 });
    expect(res.status()).toBe(403);
    // Idle past the timeout: the hub no longer knows the session and sends the browser to the
    // provider, which (still signed in there) answers with a new code: a new session, not the old one.
    const old = (await web.hub.ctx.db.query<{ id_hash: string }>("UPDATE web_sessions SET last_seen = now() - interval '2 hours' RETURNING id_hash")).rows[0]!.id_hash;
    const visited: string[] = [];
    page.on('request', (r) => visited.push(r.url()));
    await page.goto(`${web.base}/web/posteingang`);
    await page.waitForURL(`${web.base}/web/posteingang`);
    expect(visited.some((u) => u.startsWith(`${web.idp.issuer}/auth`))).toBe(true);
    expect((await web.hub.ctx.db.query('SELECT 1 FROM web_sessions WHERE id_hash = $1', [old])).rowCount).toBe(0);
    await context.close();
  }, 120_000);
});
