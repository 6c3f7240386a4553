// One person through consent, rules and routing: for every possible recipient, take exactly the
// facts that recipient may see, evaluate the law on them, and keep the signals addressed to that
// recipient's role. Pure; the same function runs in the dry run and in the evaluate worker.
import type { Consent, Fact, KimPerson, Tenant } from '../generated/kim-types.js';
import { consentActiveOn, decideDataFlow, visibleFacts, type PersonContext, type Policy } from '../consent/index.js';
import { CATEGORIES, FACT_SOURCES } from '../generated/enums.js';
import { evaluate, naturalisationPending, type Evaluation, type RuleSignal, type RulesSettings } from '../rules/index.js';
import { candidateRecipients, isAddressedTo, responsibleAuthority, type Recipient } from '../routing/recipients.js';
import type { KimDate } from '../kim/dates.js';

export interface RoutedSignal {
  recipient: Recipient;
  signal: RuleSignal;
}

export interface EvaluatePersonInput {
  person: KimPerson;
  consents: Consent[];
  tenant: Tenant;
  stichtag: KimDate;
  policy: Policy;
  settings?: Partial<RulesSettings>;
}

function hasPendingNaturalisation(person: KimPerson, stichtag: KimDate): boolean {
  return person.facts.some((f) => f.kind === 'naturalisation_application' && naturalisationPending(f.status) && f.receivedOn <= stichtag);
}

export interface RecipientEvaluation {
  recipient: Recipient;
  evaluation: Evaluation;
}

/** What the policy decision point needs to know about a person: consents, responsible authorities, pending applications. */
export function personContext(person: KimPerson, consents: Consent[], tenant: Tenant, stichtag: KimDate): PersonContext {
  const ags = person.identity.residence?.ags ?? null;
  const responsibleAbh = responsibleAuthority(tenant, 'abh', ags);
  const responsibleEbb = responsibleAuthority(tenant, 'ebb', ags);
  return {
    consents,
    responsibleAbh,
    responsibleEbb,
    pendingNaturalisationAt: responsibleEbb && hasPendingNaturalisation(person, stichtag) ? [responsibleEbb] : [],
  };
}

/**
 * True when the recipient may still, on `date`, see every fact a signal rests on: the consent
 * decision applied again when staff read the signal, so a consent that ended since the last
 * evaluation hides what it alone allowed at once, not only after the next import.
 */
export function signalStillVisible(input: { person: KimPerson; consents: Consent[]; tenant: Tenant; policy: Policy; date: KimDate; recipient: Recipient; facts: Array<{ source: string; sourceRecordId: string; kind: string }> }): boolean {
  const context = personContext(input.person, input.consents, input.tenant, input.date);
  // What visibleFacts would keep, decided only for the flows this signal's facts belong to: an
  // inbox page asks for a hundred signals, and each needs a handful of the decisions, not all.
  const allowed = new Map<string, boolean>();
  const visible = (f: Fact): boolean => {
    if (!FACT_SOURCES.includes(f.source) || !CATEGORIES.includes(f.category)) return false;
    const flow = `${f.source}|${f.category}`;
    let allow = allowed.get(flow);
    if (allow === undefined) allowed.set(flow, (allow = decideDataFlow({ source: f.source, category: f.category }, input.recipient, context, input.date, input.policy).allow));
    return allow;
  };
  // A signal that rests on no fact still needs the recipient to see something of the person.
  if (!input.facts.length) return input.person.facts.some(visible);
  return input.facts.every((r) => input.person.facts.some((f) => f.source === r.source && f.sourceRecordId === r.sourceRecordId && f.kind === r.kind && visible(f)));
}

/** The law evaluated once per possible recipient, each on exactly the facts that recipient may see. */
export function evaluateForRecipients(input: EvaluatePersonInput): RecipientEvaluation[] {
  const { person, tenant, stichtag, policy } = input;
  const context = personContext(person, input.consents, tenant, stichtag);
  const { responsibleAbh, responsibleEbb } = context;
  const active = input.consents.filter((c) => consentActiveOn(c, stichtag));
  const out: RecipientEvaluation[] = [];
  for (const recipient of candidateRecipients({ consents: active, responsibleAbh, responsibleEbb })) {
    const visible = visibleFacts(person.facts, recipient, context, stichtag, policy);
    if (visible.facts.length === 0) continue;
    // The birth date is stammdaten: the recipient gets it only where it may see stammdaten at all.
    const seesStammdaten = Object.values(visible.categoriesBySource).some((cats) => cats?.includes('stammdaten'));
    const evaluation = evaluate({
      stichtag,
      birthDate: seesStammdaten ? person.identity.birthDate : null,
      facts: visible.facts,
      visibility: { categoriesBySource: visible.categoriesBySource },
      ...(input.settings ? { settings: input.settings } : {}),
    });
    out.push({ recipient, evaluation });
  }
  return out;
}

/** The signals of every recipient's evaluation that are addressed to that recipient's role. */
export function evaluatePerson(input: EvaluatePersonInput): RoutedSignal[] {
  return evaluateForRecipients(input).flatMap(({ recipient, evaluation }) => evaluation.signals.filter((signal) => isAddressedTo(signal.type, recipient.role)).map((signal) => ({ recipient, signal })));
}
