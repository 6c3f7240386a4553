// The policy decision point: may this recipient see facts of this source and category about this
// person on this date? Every answer names the statutory basis or the consent that allowed it, or
// says why nothing did (DESIGN.md section 4, RULES.md section 6).
import type { Category, Consent, FactSource, Policy, Role as UserRole, StatutoryBasis } from '../generated/kim-types.js';
import type { KimDate } from '../kim/dates.js';

export interface Recipient {
  role: UserRole;
  /** the case manager's user id, or the authority id for abh_b3 and ebb_b3 */
  id: string;
}

export interface PersonContext {
  /** the person's consents (merged) */
  consents: Consent[];
  /** the ABH responsible for the person's residence AGS (tenant file) */
  responsibleAbh: string | null;
  responsibleEbb: string | null;
  /** EBB ids at which a naturalisation application of the person is pending on the date */
  pendingNaturalisationAt: string[];
}

export interface Flow {
  source: FactSource;
  category: Category;
}

export type Basis = { kind: 'consent'; consentId: string } | { kind: 'statute'; id: string; citation: string };
export type DenyReason = 'role_sees_no_personal_data' | 'no_basis';
export type Decision = { allow: true; basis: Basis } | { allow: false; reason: DenyReason };

/** A consent holds from the day it was given through its last valid day, and not from the day of its withdrawal on. */
export function consentActiveOn(consent: Consent, date: KimDate): boolean {
  if (date < consent.givenOn) return false;
  if (consent.validUntil !== null && date > consent.validUntil) return false;
  if (consent.withdrawnOn !== null && date >= consent.withdrawnOn) return false;
  return true;
}

/** An authority recipient must be the one responsible for the person; a case manager the one the consent names. */
function isResponsible(recipient: Recipient, person: PersonContext, consent?: Consent): boolean {
  switch (recipient.role) {
    case 'abh_b3':
      return recipient.id === person.responsibleAbh;
    case 'ebb_b3':
      return recipient.id === person.responsibleEbb;
    case 'case_manager':
      return consent !== undefined && consent.caseManager === recipient.id;
    default:
      return false;
  }
}

function statuteAllows(basis: StatutoryBasis, flow: Flow, recipient: Recipient, person: PersonContext): boolean {
  if (basis.source !== flow.source || !basis.categories.includes(flow.category) || basis.recipient.role !== recipient.role) return false;
  const authority = basis.recipient.authority === 'responsible_abh' ? person.responsibleAbh : person.responsibleEbb;
  if (authority === null || authority !== recipient.id) return false;
  if (basis.condition === 'pending_naturalisation') return person.pendingNaturalisationAt.includes(recipient.id);
  return true;
}

function consentAllows(consent: Consent, flow: Flow, recipient: Recipient, person: PersonContext, date: KimDate): boolean {
  if (!consentActiveOn(consent, date) || !isResponsible(recipient, person, recipient.role === 'case_manager' ? consent : undefined)) return false;
  return consent.scope.some((s) => s.sources.includes(flow.source) && s.categories.includes(flow.category) && s.recipients.includes(recipient.role));
}

export function decideDataFlow(flow: Flow, recipient: Recipient, person: PersonContext, date: KimDate, policy: Policy): Decision {
  // Strategic and technical roles work with aggregates and operations only (DESIGN.md section 6).
  if (recipient.role === 'coordinator' || recipient.role === 'it_admin') return { allow: false, reason: 'role_sees_no_personal_data' };
  // The authorities' own tasks rest on statute; consent carries what goes beyond (Recital 43 DSGVO).
  for (const basis of policy.statutoryBases) {
    if (statuteAllows(basis, flow, recipient, person)) return { allow: true, basis: { kind: 'statute', id: basis.id, citation: basis.citation } };
  }
  const consents = [...person.consents].sort((a, b) => a.consentId.localeCompare(b.consentId));
  for (const consent of consents) {
    if (consentAllows(consent, flow, recipient, person, date)) return { allow: true, basis: { kind: 'consent', consentId: consent.consentId } };
  }
  return { allow: false, reason: 'no_basis' };
}
