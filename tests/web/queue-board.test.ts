// The queue dashboard from the Betrieb page: the it_admin signed in to the workplace follows the
// link and sees bull-board's read-only view of the stages' queues, without a sample person's name
// and with no Content-Security-Policy violation but the blocked Google Fonts stylesheet; a case
// manager gets no dashboard. The API's /admin/queues still wants its bearer token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGES } from '../../workers/queues.js';
import { samplePersonalData } from '../service-helpers.js';
import { screenshot, signIn, startWebHub, type WebHub } from './web-hub.js';

const BOARD = '/web/betrieb/warteschlangen';

let web: WebHub;
beforeAll(async () => {
  web = await startWebHub();
}, 120_000);
afterAll(async () => web?.close(), 60_000);

describe('the queue dashboard in the web workplace', () => {
  it('opens for the it_admin from the Betrieb page, shows the queues and no sample person', async () => {
    const names = await samplePersonalData();
    const { page, context, cspViolations } = await web.newPage();
    await signIn(web, page, 'it-01');
    expect(new URL(page.url()).pathname).toBe('/web/betrieb');
    const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === BOARD), page.click('a:has-text("Warteschlangen-Übersicht")')]);
    expect(response.headers()['cache-control']).toBe('no-store');
    const csp = response.headers()['content-security-policy']!;
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'self';");
    await page.getByText('import', { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const content = await page.content();
    for (const stage of STAGES) expect(content).toContain(stage);
    expect(content).not.toMatch(names);
    await screenshot(page, 'warteschlangen');
    // Every job the board would list, in every state, carries ids only (claim check) as its data.
    const keys = new Set<string>();
    for (const stage of STAGES) {
      const api = await page.request.get(`${web.base}${BOARD}/api/queues?activeQueue=${stage}&status=latest&page=1&jobsPerPage=100`);
      expect(api.status()).toBe(200);
      expect(await api.text()).not.toMatch(names);
      const body = (await api.json()) as { queues: Array<{ name: string; jobs: Array<{ data: Record<string, unknown> }> }> };
      for (const job of body.queues.find((q) => q.name === stage)!.jobs) Object.keys(job.data).forEach((k) => keys.add(k));
    }
    expect([...keys].sort()).toEqual(['batch', 'importId']);
    expect(cspViolations.filter((v) => !v.includes('https://fonts.googleapis.com/'))).toEqual([]);
    // Read-only as the API's: nothing but GET and HEAD reaches the board.
    expect((await page.request.put(`${web.base}${BOARD}/api/queues/import/pause`)).status()).toBe(403);
    // The other pages keep the strict policy.
    expect((await page.request.get(`${web.base}/web/betrieb`)).headers()['content-security-policy']).toContain("base-uri 'none'");
    expect((await page.request.get(`${web.base}/admin/queues/`)).status()).toBe(401);
    await context.close();
  }, 120_000);

  it('gives a case manager no dashboard', async () => {
    const { page, context } = await web.newPage();
    await signIn(web, page, 'cm-0001');
    const res = await page.goto(`${web.base}${BOARD}`);
    expect(res?.status()).toBe(403);
    expect(await page.content()).not.toContain('__UI_CONFIG__');
    expect((await page.request.get(`${web.base}${BOARD}/api/queues`)).status()).toBe(403);
    await context.close();
  }, 120_000);
});
