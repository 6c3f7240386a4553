// May the naturalisation campaign's outreach list name this person? It goes beyond the EBB's own
// task (no application is pending, so § 32 StAG does not carry it): only a statutory basis the
// tenant's policy file names for the campaign, or a consent given for exactly this purpose,
// allows it. Off unless the policy file enables it (issue 7).
import type { Category, Consent, OutreachPolicy } from '../generated/kim-types.js';
import type { KimDate } from '../kim/dates.js';
import { consentActiveOn, type Basis } from './decide.js';

/** The ABH data the list needs to tell residence and title: nothing about benefits, work or convictions. */
export const OUTREACH_CATEGORIES: readonly Category[] = ['stammdaten', 'aufenthalt'];

export type OutreachDecision = { allow: true; basis: Basis } | { allow: false; reason: 'outreach_disabled' | 'no_basis' };

export function decideOutreach(outreach: OutreachPolicy | undefined, consents: Consent[], date: KimDate): OutreachDecision {
  if (!outreach?.enabled) return { allow: false, reason: 'outreach_disabled' };
  if (outreach.statutoryBasis) return { allow: true, basis: { kind: 'statute', id: 'outreach', citation: outreach.statutoryBasis.citation } };
  const covering = [...consents]
    .sort((a, b) => a.consentId.localeCompare(b.consentId))
    .find((c) => consentActiveOn(c, date) && c.scope.some((s) => s.purpose === outreach.consentPurpose && s.sources.includes('abh') && s.recipients.includes('ebb_b3') && OUTREACH_CATEGORIES.every((cat) => s.categories.includes(cat))));
  return covering ? { allow: true, basis: { kind: 'consent', consentId: covering.consentId } } : { allow: false, reason: 'no_basis' };
}
