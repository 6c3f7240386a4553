// Cuts a person's facts down to what one recipient may see, and says what the recipient may see
// at all, so the rules can tell a record that is absent from one that is merely invisible.
import { CATEGORIES, FACT_SOURCES as SOURCES } from '../generated/enums.js';
import type { Category, Fact, FactSource, Policy } from '../generated/kim-types.js';
import type { KimDate } from '../kim/dates.js';
import { decideDataFlow, type Decision, type Flow, type PersonContext, type Recipient } from './decide.js';

export interface Visible {
  facts: Fact[];
  categoriesBySource: Partial<Record<FactSource, Category[]>>;
  decisions: Array<{ flow: Flow; decision: Decision }>;
}

export function visibleFacts(facts: Fact[], recipient: Recipient, person: PersonContext, date: KimDate, policy: Policy): Visible {
  const decisions: Visible['decisions'] = [];
  const categoriesBySource: Visible['categoriesBySource'] = {};
  for (const source of SOURCES) {
    for (const category of CATEGORIES) {
      const decision = decideDataFlow({ source, category }, recipient, person, date, policy);
      decisions.push({ flow: { source, category }, decision });
      if (decision.allow) (categoriesBySource[source] ??= []).push(category);
    }
  }
  return {
    facts: facts.filter((f) => categoriesBySource[f.source]?.includes(f.category)),
    categoriesBySource,
    decisions,
  };
}
