import { describe, expect, it } from 'vitest';
import { deDate, html } from './html.js';
import { safeReturn } from './router.js';
import { csrfValid, readCookie } from './session.js';

describe('the web workplace helpers', () => {
  it('escapes every interpolated value, so a stored name or note never becomes markup', () => {
    const note = '<script>alert("x")</script> & \'quoted\'';
    expect(html`<p>${note}</p>`.toString()).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>');
  });

  it('keeps markup built by the tag itself, and renders lists, null and false as nothing extra', () => {
    expect(html`<ul>${['a<', 'b'].map((x) => html`<li>${x}</li>`)}</ul>${null}${false}`.toString()).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
  });

  it('writes dates the German way', () => {
    expect(deDate('2026-11-23')).toBe('23.11.2026');
    expect(deDate(null)).toBe('–');
  });

  it('returns after the sign-in only to a path of the workplace, never to another host', () => {
    expect(safeReturn('/web/hinweise/12')).toBe('/web/hinweise/12');
    expect(safeReturn('/web/posteingang?zustand=open&seite=2')).toBe('/web/posteingang?zustand=open&seite=2');
    for (const bad of ['https://evil.example/web/', '//evil.example/web/', '/web//evil.example', '/inbox/cm-0001', 42, undefined]) expect(safeReturn(bad)).toBe('/web/');
  });

  it('accepts a form only with the exact token of its session', () => {
    const session = { idHash: 'h', subject: 's', tenant: 't', csrf: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', idToken: 'i' };
    expect(csrfValid(session, session.csrf)).toBe(true);
    expect(csrfValid(session, `${session.csrf.slice(0, -1)}X`)).toBe(false);
    expect(csrfValid(session, undefined)).toBe(false);
    expect(csrfValid(session, ['x'])).toBe(false);
  });

  it('reads the one cookie it is asked for', () => {
    expect(readCookie('a=1; kim_session=xyz; b=2', 'kim_session')).toBe('xyz');
    expect(readCookie(undefined, 'kim_session')).toBeUndefined();
  });
});
