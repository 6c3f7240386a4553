// The case manager's day in the browser: sign in at the identity provider, the inbox, a signal
// with its conditions and citations, acknowledge, a note, sign out at the provider.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, signIn, startWebHub, type WebHub } from './web-hub.js';

let web: WebHub;
beforeAll(async () => {
  web = await startWebHub();
}, 120_000);
afterAll(async () => web?.close(), 60_000);

const count = async (page: import('playwright-core').Page, state: string) => Number(await page.textContent(`.count[data-state="${state}"]`));

describe('the case manager in the web workplace', () => {
  it('signs in through the identity provider, sees the expected signals, opens one with its conditions and citations, and acknowledges it', async () => {
    const { page, context, cspViolations } = await web.newPage();
    await signIn(web, page, 'cm-0001');
    expect(new URL(page.url()).pathname).toBe('/web/posteingang');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    // EXPECTED.md: cm-0001 receives seven signals (S1, S3, S6, S8), all new.
    expect(await count(page, 'open')).toBe(7);
    const body = await page.textContent('main');
    for (const name of ['Haddad', 'Khalil', 'Ahmadi', 'Jaber']) expect(body).toContain(name);
    for (const name of ['Rahimi', 'Nouri', 'Demir', 'Aziz']) expect(body).not.toContain(name);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'posteingang-case-manager');

    await page.click('a:has-text("Chancen-Aufenthaltsrecht läuft ab")');
    await page.waitForURL(/\/web\/hinweise\/\d+$/);
    const conditions = await page.textContent('table.conditions');
    expect(conditions).toMatch(/AufenthG/);
    expect(conditions).toMatch(/erfüllt|unbekannt|zu prüfen/);
    expect(await page.textContent('#zustand')).toBe('neu');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'hinweis');

    await page.click('button:has-text("Zur Kenntnis nehmen")');
    await page.waitForLoadState();
    expect(await page.textContent('#zustand')).toBe('zur Kenntnis genommen');
    await page.fill('#notiz', 'Termin zur Beratung am Montag vereinbart.');
    await page.click('button:has-text("Notiz speichern")');
    await page.waitForLoadState();
    expect(await page.textContent('.notes')).toContain('Termin zur Beratung');

    await page.goto(`${web.base}/web/posteingang`);
    expect(await count(page, 'open')).toBe(6);
    expect(await count(page, 'acknowledged')).toBe(1);
    const audit = await web.hub.ctx.db.query("SELECT action FROM audit_log WHERE actor = 'cm-0001' ORDER BY id");
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['web_sign_in', 'read_inbox', 'read_signal', 'acknowledge_signal', 'add_note']));
    expect(cspViolations).toEqual([]);
    await context.close();
  }, 120_000);

  it('acknowledges a signal with the keyboard alone, tabbing through the inbox', async () => {
    const { page, context } = await web.newPage();
    await signIn(web, page, 'cm-0001');
    const before = await count(page, 'open');
    // Tab from the top of the page until the focus rests on the first "Zur Kenntnis nehmen" button.
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate<boolean>("document.activeElement?.textContent?.startsWith('Zur Kenntnis nehmen') ?? false");
    }
    expect(found).toBe(true);
    const focusVisible = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    expect(focusVisible).not.toBe('none');
    // The form posts and is redirected back: wait for that navigation, not for the page already loaded.
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(await count(page, 'open')).toBe(before - 1);
    await context.close();
  }, 120_000);

  it('opens the person with the timeline the reader may see and their signals', async () => {
    const { page, context } = await web.newPage();
    await signIn(web, page, 'cm-0001');
    await page.click('a:has-text("Lücke beim Rechtskreiswechsel")');
    await page.click('main dl a');
    await page.waitForURL(/\/web\/personen\//);
    expect(await page.textContent('main')).toContain('Ahmadi');
    expect(await page.textContent('main table')).toMatch(/Leistungen|Aufenthaltsstatus/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'person');
    await context.close();
  }, 120_000);

  it('signs out: the session ends at the hub and at the identity provider', async () => {
    const { page, context } = await web.newPage();
    await signIn(web, page, 'cm-0001');
    await page.click('form.signout button');
    await page.waitForURL((u) => u.href.startsWith(web.idp.issuer));
    await page.click('button[name=logout]');
    await page.waitForURL(`${web.base}/web/abgemeldet`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'abgemeldet');
    // Back to the inbox: the hub has no session and the provider asks for the password again.
    await page.goto(`${web.base}/web/posteingang`);
    await page.waitForURL((u) => u.href.startsWith(web.idp.issuer));
    expect(await page.isVisible('#kennwort')).toBe(true);
    await screenshot(page, 'anmeldung');
    await context.close();
  }, 120_000);
});
