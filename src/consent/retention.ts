// Which sources' records the hub may keep for a person (DESIGN.md section 4): a source that some
// statutory basis of the policy names (the ABH's and EBB's own data), or one that an active
// consent of the person covers. Everything else — in practice Jobcenter and Sozialamt data
// without consent — is not kept, and is erased when the consent that allowed it ends.
import type { Consent, FactSource, Policy } from '../generated/kim-types.js';
import type { KimDate } from '../kim/dates.js';
import { consentActiveOn } from './decide.js';

export function statutorySources(policy: Policy): Set<FactSource> {
  return new Set(policy.statutoryBases.map((b) => b.source as FactSource));
}

export interface Retention {
  keep: Set<FactSource>;
  /** Sources an ended (withdrawn or expired) consent covered and no other basis covers: an erasure to record. */
  endedConsents: Map<FactSource, string[]>;
}

export function retention(policy: Policy, consents: Consent[], date: KimDate): Retention {
  const keep = statutorySources(policy);
  for (const c of consents) if (consentActiveOn(c, date)) for (const s of c.scope) for (const src of s.sources) keep.add(src);
  const endedConsents = new Map<FactSource, string[]>();
  for (const c of consents) {
    if (consentActiveOn(c, date) || date < c.givenOn) continue;
    for (const s of c.scope) for (const src of s.sources) if (!keep.has(src)) endedConsents.set(src, [...new Set([...(endedConsents.get(src) ?? []), c.consentId])]);
  }
  return { keep, endedConsents };
}
