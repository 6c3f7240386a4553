// bull-board's read-only queue dashboard once more, under /web/betrieb/warteschlangen, so that the
// it_admin signed in to the workplace reaches it with the session (the API's /admin/queues wants a
// bearer token, which a browser does not send). Same role check and the same GET/HEAD-only rule.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Router } from 'express';
import { operationsAccess } from '../../auth/access.js';
import { queueBoard } from '../../api/routers/operations.js';
import { principalOf, refuse, sessionOf, type WebDeps } from '../page-deps.js';

/** Where the workplace mounts the dashboard, below the router's /web. */
export const WEB_QUEUE_DASHBOARD = '/betrieb/warteschlangen';

export function registerQueueBoard(router: Router, { ctx }: WebDeps, csp: string): void {
  const board = queueBoard(ctx.queues, `/web${WEB_QUEUE_DASHBOARD}`);
  router.use(
    WEB_QUEUE_DASHBOARD,
    (req, res, next) => {
      if (operationsAccess(principalOf(res), ctx.tenant.tenant) !== 'allowed') return refuse(res, 403, sessionOf(res).csrf);
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 403, sessionOf(res).csrf);
      res.set('Content-Security-Policy', csp);
      next();
    },
    board,
  );
}

/** The page bull-board renders and its scripts: the UI package that @bull-board/api itself loads. */
function boardSources(): { template: string; scripts: string } {
  const api = createRequire(import.meta.url).resolve('@bull-board/api');
  const dist = path.join(path.dirname(createRequire(api).resolve('@bull-board/ui/package.json')), 'dist');
  const js = path.join(dist, 'static', 'js');
  const scripts = readdirSync(js, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(path.join(js, f), 'utf8'));
  return { template: readFileSync(path.join(dist, 'index.ejs'), 'utf8'), scripts: scripts.join('\n') };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The workplace's policy, relaxed for bull-board's page only as far as it needs and without
 * 'unsafe-inline': its loading indicator has one <style> element and a few style attributes, its
 * logo a <style> element React renders, allowed by their hashes (read from the installed template
 * and scripts, so an upgrade keeps matching); `base-uri 'self'`
 * for its <base href>, on which its relative script and API paths depend. Scripts stay 'self'
 * (its config is a JSON data block, not run); the Google Fonts stylesheet it links stays blocked, so
 * no reader's address goes to a third party and the page falls back to a system font.
 */
export function queueBoardCsp(strict: string, { template, scripts } = boardSources()): string {
  // React renders the SVG logo's <style> child from a template literal; no JavaScript string escapes in it.
  const rendered = [...scripts.matchAll(/\("style",\{children:`([^`$\\]*)`\}/g)].map((m) => m[1]!);
  const elements = [...new Set([...[...template.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!), ...rendered].map(sha256))];
  const attributes = [...new Set([...template.matchAll(/\sstyle="([^"]*)"/g)].map((m) => sha256(m[1]!)))];
  const extra = [`style-src-elem 'self' ${elements.join(' ')}`.trim()];
  if (attributes.length) extra.push(`style-src-attr 'unsafe-hashes' ${attributes.join(' ')}`);
  return `${strict.replace("base-uri 'none'", "base-uri 'self'")}; ${extra.join('; ')}`;
}
