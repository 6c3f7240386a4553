// One person through consent, rules and routing: for every possible recipient, take exactly the
// facts that recipient may see, evaluate the law on them, and keep the signals addressed to that
// recipient's role. Pure; the same function runs in the dry run and in the evaluate worker.
import type { Consent, KimPerson, Tenant } from '../generated/kim-types.js';
import { consentActiveOn, visibleFacts, type PersonContext, type Policy } from '../consent/index.js';
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
  const visible = visibleFacts(input.person.facts, input.recipient, context, input.date, input.policy);
  if (!visible.facts.length) return false;
  const keys = new Set(visible.facts.map((f) => `${f.source}|${f.sourceRecordId}|${f.kind}`));
  return input.facts.every((f) => keys.has(`${f.source}|${f.sourceRecordId}|${f.kind}`));
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
