// Who receives which signal (DESIGN.md section 5) and who is responsible for a person: the case
// manager named in the person's consent, the ABH and the EBB responsible for the residence AGS.
import type { Consent, Role as UserRole, Tenant } from '../generated/kim-types.js';
import type { Recipient } from '../consent/decide.js';

/** A signal's addressee: a case manager's user id, or the authority id of an ABH or EBB team inbox. */
export type { Recipient };

/**
 * The roles each signal type is addressed to. Routing knowledge, not law: which office acts on
 * which finding (DESIGN.md section 5).
 */
export const SIGNAL_ROLES: Readonly<Record<string, readonly UserRole[]>> = {
  'p25a.eligible': ['case_manager', 'abh_b3'],
  'p25a.upcoming': ['case_manager', 'abh_b3'],
  'p25a.age_deadline': ['case_manager'],
  'p25b.eligible': ['case_manager', 'abh_b3'],
  'p25b.upcoming': ['case_manager', 'abh_b3'],
  'stag10.eligible': ['case_manager', 'ebb_b3'],
  'stag10.upcoming': ['case_manager', 'ebb_b3'],
  'p104c.expiring': ['case_manager', 'abh_b3'],
  'status.expiring': ['case_manager'],
  'rechtskreis.gap': ['case_manager'],
  'backlog.overdue': ['ebb_b3'],
};

export function isAddressedTo(signalType: string, role: UserRole): boolean {
  return SIGNAL_ROLES[signalType]?.includes(role) ?? false;
}

/** The authority of the given kind responsible for a municipality (tenant file), or null. */
export function responsibleAuthority(tenant: Tenant, kind: 'abh' | 'ebb', ags: string | null | undefined): string | null {
  if (!ags) return null;
  return tenant.authorities.find((a) => a.kind === kind && a.responsibleFor.includes(ags))?.id ?? null;
}

/**
 * Everyone who might receive a signal about this person: the case managers the person's consents
 * assign them to, and the responsible ABH and EBB. Whether they see anything is the consent
 * module's decision; this list only says whom to evaluate for.
 */
export function candidateRecipients(input: { consents: Consent[]; responsibleAbh: string | null; responsibleEbb: string | null }): Recipient[] {
  const recipients: Recipient[] = [];
  const caseManagers = new Set(input.consents.map((c) => c.caseManager).filter((id): id is string => !!id));
  for (const id of [...caseManagers].sort()) recipients.push({ role: 'case_manager', id });
  if (input.responsibleAbh) recipients.push({ role: 'abh_b3', id: input.responsibleAbh });
  if (input.responsibleEbb) recipients.push({ role: 'ebb_b3', id: input.responsibleEbb });
  return recipients;
}
