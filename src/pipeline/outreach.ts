// One person on the naturalisation campaign's outreach list of an EBB: living in its area, no
// pending application and not naturalised, covered by the campaign's basis (src/consent/outreach),
// and, on the ABH's residence data alone, meeting the two conditions of § 10 StAG a letter can
// rest on: the years of lawful residence and a qualifying title (src/rules decides both, with the
// law version of the day). Everything else (language, livelihood, convictions) is for the
// application itself. Pure.
import type { Consent, KimPerson, Policy, Tenant } from '../generated/kim-types.js';
import { decideOutreach, OUTREACH_CATEGORIES, type Basis } from '../consent/index.js';
import type { KimDate } from '../kim/dates.js';
import { evaluate, naturalisationPending, type ConditionResult } from '../rules/index.js';
import { responsibleAuthority } from '../routing/recipients.js';

const NATURALISED = 'eingebürgert';
const OUTREACH_CONDITIONS = ['stag10.residence', 'stag10.title'];

export interface OutreachEntry {
  kimId: string;
  familyName: string;
  givenNames: string;
  ags: string;
  /** the two conditions, met, with their citations and explanations */
  conditions: Array<Pick<ConditionResult, 'id' | 'citation' | 'explanation' | 'metFrom'>>;
  /** the statutory basis or consent that allows naming the person */
  basis: Basis;
}

export interface OutreachInput {
  person: KimPerson;
  consents: Consent[];
  tenant: Tenant;
  policy: Policy;
  stichtag: KimDate;
  ebbId: string;
}

export function outreachEntry({ person, consents, tenant, policy, stichtag, ebbId }: OutreachInput): OutreachEntry | null {
  const ags = person.identity.residence?.ags ?? null;
  if (ags === null || responsibleAuthority(tenant, 'ebb', ags) !== ebbId) return null;
  const applied = person.facts.some((f) => f.kind === 'naturalisation_application' && (naturalisationPending(f.status) || f.status === NATURALISED));
  if (applied) return null;
  const decision = decideOutreach(policy.outreach, consents, stichtag);
  if (!decision.allow) return null;
  const facts = person.facts.filter((f) => f.source === 'abh' && OUTREACH_CATEGORIES.includes(f.category));
  if (!facts.length) return null;
  const stag10 = evaluate({ stichtag, birthDate: person.identity.birthDate, facts, visibility: { categoriesBySource: { abh: [...OUTREACH_CATEGORIES] } } }).provisions.find((p) => p.provision === 'stag10');
  const conditions = (stag10?.conditions ?? []).filter((c) => OUTREACH_CONDITIONS.includes(c.id));
  if (conditions.length !== OUTREACH_CONDITIONS.length || conditions.some((c) => c.outcome !== 'met')) return null;
  return {
    kimId: person.kimId,
    familyName: person.identity.familyName,
    givenNames: person.identity.givenNames,
    ags,
    conditions: conditions.map((c) => ({ id: c.id, citation: c.citation, explanation: c.explanation, ...(c.metFrom ? { metFrom: c.metFrom } : {}) })),
    basis: decision.basis,
  };
}
