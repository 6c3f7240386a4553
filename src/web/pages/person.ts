// Person: what this reader may see of one person (the consent decision of src/consent, as for
// the signals) as a timeline, and every signal the reader receives for them. A person the
// reader has no visible fact and no signal of answers 404, like any other unknown page.
import type { Router } from 'express';
import type { Fact } from '../../generated/kim-types.js';
import { visibleFacts } from '../../consent/index.js';
import { personContext } from '../../pipeline/evaluate-person.js';
import type { Recipient } from '../../routing/recipients.js';
import { wholeInbox } from '../../store/read/inbox.js';
import { loadPersons } from '../../store/read/persons.js';
import { deDate, html } from '../html.js';
import { FACT_LABELS, signalLabel, SOURCE_LABELS, STATE_LABELS } from '../labels.js';
import { page } from '../layout.js';
import { auditWeb, principalOf, refuse, sessionOf, type WebDeps } from '../page-deps.js';
import { inboxOf } from './inbox.js';

const KINDS_SHOWN: Array<Fact['kind']> = ['residence_status', 'entry', 'residence_application', 'benefit', 'language', 'test', 'school', 'employment', 'naturalisation_application'];

/** When a fact starts and ends, and what it says, in a line a case manager reads. */
export function describeFact(f: Fact): { from: string | null; to: string | null; what: string } {
  const r = f as unknown as Record<string, unknown>;
  const s = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null);
  const from = s('validFrom') ?? s('date') ?? s('filedOn') ?? s('receivedOn');
  const to = s('validTo');
  const what = [s('status'), s('legalBasisText'), s('law'), s('provision'), s('level'), s('scope'), s('qualification'), s('extent'), s('applicationNumber'), s('result')].filter(Boolean).join(', ');
  return { from, to, what };
}

export function registerPersonPages(router: Router, deps: WebDeps): void {
  const { ctx } = deps;
  router.get('/personen/:kimId', async (req, res, next) => {
    try {
      const p = principalOf(res);
      const recipientId = inboxOf(p, ctx.tenant.tenant);
      const kimId = req.params.kimId;
      if (!recipientId || !/^[A-Za-z0-9_-]{1,64}$/.test(kimId)) return refuse(res, 404, sessionOf(res).csrf);
      const recipient = { role: p.role, id: recipientId } as Recipient;
      const { person, consents } = (await loadPersons(ctx, [kimId])).get(kimId)!;
      const stichtag = ctx.stichtag();
      const facts = person ? visibleFacts(person.facts, recipient, personContext(person, consents, ctx.tenant, stichtag), stichtag, ctx.policy).facts : [];
      const signals = await wholeInbox(ctx, recipientId, { kimId });
      if (!facts.length && !signals.length) return refuse(res, 404, sessionOf(res).csrf);
      await auditWeb(ctx, res, 'read_person', kimId, { recipient: recipientId, facts: facts.length, signals: signals.map((s) => s.id) });
      const lines = facts
        .filter((f) => KINDS_SHOWN.includes(f.kind))
        .map((f) => ({ f, ...describeFact(f) }))
        .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
      const name = signals[0] ? [signals[0].person.familyName, signals[0].person.givenNames].filter(Boolean).join(', ') : null;
      const body = html`
${name ? html`<p>${name}${signals[0]?.person.azr ? ` (AZR ${signals[0].person.azr})` : ''}</p>` : ''}
<h2>Zeitleiste</h2>
<table class="list">
<caption>Was Sie von dieser Person sehen dürfen, nach Beginn geordnet</caption>
<thead><tr><th scope="col">von</th><th scope="col">bis</th><th scope="col">Art</th><th scope="col">Angabe</th><th scope="col">Quelle</th></tr></thead>
<tbody>${lines.map((l) => html`<tr><td>${deDate(l.from)}</td><td>${l.to ? deDate(l.to) : l.f.kind === 'residence_status' || l.f.kind === 'benefit' ? 'offen' : '–'}</td><td>${FACT_LABELS[l.f.kind] ?? l.f.kind}</td><td>${l.what || '–'}</td><td>${SOURCE_LABELS[l.f.source] ?? l.f.source}</td></tr>`)}</tbody>
</table>
${lines.length ? '' : html`<p>Keine Angaben, die Sie sehen dürfen.</p>`}
<h2>Ihre Hinweise zu dieser Person</h2>
<ul>${signals.map((s) => html`<li><a href="/web/hinweise/${s.id}">${signalLabel(s.type)}</a>, seit ${deDate(s.from)}${s.deadline ? `, Frist ${deDate(s.deadline)}` : ''} (${STATE_LABELS[s.state] ?? s.state})</li>`)}</ul>`;
      res.type('html').send(page({ title: 'Person', principal: p, csrf: sessionOf(res).csrf, body, current: '/web/posteingang' }));
    } catch (e) {
      next(e);
    }
  });
}
