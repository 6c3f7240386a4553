// The frame of every page: German, a skip link, the navigation the role has, the sign-out form.
import type { Principal } from '../auth/principal.js';
import { html, type Html } from './html.js';
import { ROLE_LABELS } from './labels.js';

export interface PageFrame {
  title: string;
  principal: Principal | null;
  csrf: string | null;
  body: Html;
  /** the navigation entry to mark as the current page */
  current?: string;
}

const NAV: Array<{ href: string; label: string; roles: string[] }> = [
  { href: '/web/posteingang', label: 'Posteingang', roles: ['case_manager', 'abh_b3', 'ebb_b3'] },
  { href: '/web/rueckstau', label: 'Rückstau', roles: ['ebb_b3'] },
  { href: '/web/controlling', label: 'Controlling', roles: ['coordinator'] },
  { href: '/web/betrieb', label: 'Betrieb', roles: ['it_admin'] },
];

export function page(f: PageFrame): string {
  const role = f.principal?.kind === 'user' ? f.principal.role : null;
  const nav = NAV.filter((n) => role && n.roles.includes(role));
  return `<!DOCTYPE html>${html`<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${f.title} – KIM-Hub</title>
<link rel="stylesheet" href="/web/assets/style.css">
<script src="/web/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#inhalt">Zum Inhalt springen</a>
<header class="top">
  <p class="brand">KIM-Hub</p>
  ${nav.length ? html`<nav aria-label="Hauptnavigation"><ul>${nav.map((n) => html`<li><a href="${n.href}"${f.current === n.href ? html` aria-current="page"` : ''}>${n.label}</a></li>`)}</ul></nav>` : ''}
  ${
    f.principal?.kind === 'user' && f.csrf
      ? html`<form class="signout" method="post" action="/web/abmelden"><input type="hidden" name="_csrf" value="${f.csrf}"><span>${f.principal.subject}${role ? html` (${ROLE_LABELS[role]})` : ''}</span> <button type="submit">Abmelden</button></form>`
      : ''
  }
</header>
<main id="inhalt" tabindex="-1">
<h1>${f.title}</h1>
${f.body}
</main>
</body>
</html>`}`;
}

/** A hidden input with the session's CSRF token, for every form. */
export const csrfField = (csrf: string) => html`<input type="hidden" name="_csrf" value="${csrf}">`;
