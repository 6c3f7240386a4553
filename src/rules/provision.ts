// From a provision's conditions to its state (RULES.md, introduction):
// - eligible: no condition is not_met and every date-bound condition is met; `from` is the
//   latest day a date-bound condition became met, never before the law version began;
// - upcoming: every not_met condition is waiting for a known day (metFrom) and every
//   date-bound condition is met or waiting; `from` is the latest of those days, and it must
//   lie before any day that closes the door (the 27th birthday for § 25a);
// - none: anything else. unknown and needs_review conditions never block; they are listed.
import { maxDate, toGermanDate as de, type KimDate } from '../kim/dates.js';
import { isDateBound } from './conditions.js';
import type { ConditionResult, Provision, ProvisionResult } from './types.js';

export interface DecideInput {
  provision: Provision;
  law: { id: string; validFrom: KimDate };
  conditions: ConditionResult[];
  stichtag: KimDate;
  /** The first day on which the provision can no longer be used (e.g. the 27th birthday), if any. */
  closesOn: KimDate | null;
  title: string;
}

function openPoints(conditions: ConditionResult[]): string {
  const open = conditions.filter((c) => c.outcome === 'unknown' || c.outcome === 'needs_review').map((c) => c.id);
  return open.length ? `; zu prüfen: ${open.join(', ')}` : '';
}

export function decide(input: DecideInput): ProvisionResult {
  const { conditions, law, title } = input;
  const base = { provision: input.provision, lawVersion: law.id, conditions };
  const blocking = conditions.filter((c) => c.outcome === 'not_met' && !c.metFrom);
  if (blocking.length) {
    return { ...base, state: 'none', explanation: `${title}: nicht erfüllt (${blocking.map((c) => c.id).join(', ')})` };
  }
  const dateBound = conditions.filter((c) => isDateBound(c.id));
  const undecided = dateBound.filter((c) => c.outcome === 'unknown' || c.outcome === 'needs_review');
  if (undecided.length) {
    return { ...base, state: 'none', explanation: `${title}: Fristen nicht feststellbar (${undecided.map((c) => c.id).join(', ')})${openPoints(conditions)}` };
  }
  const waiting = conditions.filter((c) => c.outcome === 'not_met' && c.metFrom);
  if (waiting.length) {
    const from = waiting.map((c) => c.metFrom!).reduce(maxDate);
    if (input.closesOn && from >= input.closesOn) {
      return { ...base, state: 'none', explanation: `${title}: Voraussetzungen erst ab ${de(from)}, die Frist endet vorher (${de(input.closesOn)})` };
    }
    return { ...base, state: 'upcoming', from, explanation: `${title}: voraussichtlich erfüllt ab ${de(from)} (${waiting.map((c) => c.id).join(', ')})${openPoints(conditions)}` };
  }
  const metDays = dateBound.map((c) => c.metFrom).filter((d): d is KimDate => !!d);
  const from = [law.validFrom, ...metDays].reduce(maxDate);
  return { ...base, state: 'eligible', from, explanation: `${title}: zeitliche Voraussetzungen erfüllt seit ${de(from)}${openPoints(conditions)}` };
}
