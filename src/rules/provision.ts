// From a provision's conditions to its state (RULES.md, introduction):
// - eligible: no condition is not_met and every date-bound condition is met; `from` is the
//   latest day a date-bound condition became met, never before the law version began;
// - upcoming: every not_met condition is waiting for a known day (metFrom) and every
//   date-bound condition is met or waiting; `from` is the latest of those days, and it must
//   lie before any day that closes the door (the 27th birthday for § 25a);
// - none: anything else. unknown and needs_review conditions never block; they are listed.
import { toGermanDate as de, type KimDate } from '../kim/dates.js';
import { isDateBound } from './conditions.js';
import { reviewed } from './open-world.js';
import type { ConditionResult, Provision, ProvisionResult } from './types.js';

export interface DecideInput {
  provision: Provision;
  law: { id: string; validFrom: KimDate; requirementsSince?: KimDate };
  conditions: ConditionResult[];
  stichtag: KimDate;
  /** The first day on which the provision can no longer be used (e.g. the 27th birthday), if any. */
  closesOn: KimDate | null;
  title: string;
  /** Conditions that depend on a value outside a code list: needs_review, naming it (open-world.ts). */
  unknownValues?: Readonly<Record<string, readonly string[]>>;
  /**
   * Results of a condition that is date-bound only in part (25a.age) whose outcome comes from
   * the other part: they count as data conditions (RULES.md introduction).
   */
  dataPart?: ReadonlySet<ConditionResult>;
}

function openPoints(open: string[]): string {
  return open.length ? `; zu prüfen: ${open.join(', ')}` : '';
}

export function decideProvision(input: DecideInput): ProvisionResult {
  const { law, title } = input;
  // A reviewed condition is a new result; it stays a data condition where its original was one.
  const dataPart = new Set(input.dataPart ?? []);
  const conditions = input.unknownValues
    ? input.conditions.map((c) => {
        const r = reviewed(c, input.unknownValues![c.id]);
        if (r !== c && dataPart.has(c)) dataPart.add(r);
        return r;
      })
    : input.conditions;
  const base = { provision: input.provision, lawVersion: law.id, conditions };
  // One pass sorts the conditions into what blocks, what waits for a date, what stays open.
  const blocking: string[] = [];
  const undecided: string[] = [];
  const waiting: string[] = [];
  const open: string[] = [];
  let waitUntil: KimDate | null = null;
  // A row that only drops a privilege keeps the date its requirements took effect (law.ts).
  let metSince: KimDate = law.requirementsSince ?? law.validFrom;
  for (const c of conditions) {
    const dateBound = isDateBound(c.id) && !dataPart.has(c);
    if (c.outcome === 'not_met') {
      if (!c.metFrom) blocking.push(c.id);
      else {
        waiting.push(c.id);
        if (waitUntil === null || c.metFrom > waitUntil) waitUntil = c.metFrom;
      }
    } else if (c.outcome === 'met') {
      if (dateBound && c.metFrom && c.metFrom > metSince) metSince = c.metFrom;
    } else {
      open.push(c.id);
      if (dateBound) undecided.push(c.id);
    }
  }
  if (blocking.length) return { ...base, state: 'none', explanation: `${title}: nicht erfüllt (${blocking.join(', ')})` };
  if (undecided.length) return { ...base, state: 'none', explanation: `${title}: Fristen nicht feststellbar (${undecided.join(', ')})${openPoints(open)}` };
  if (waitUntil !== null) {
    if (input.closesOn && waitUntil >= input.closesOn) {
      return { ...base, state: 'none', explanation: `${title}: Voraussetzungen erst ab ${de(waitUntil)}, die Frist endet vorher (${de(input.closesOn)})` };
    }
    return { ...base, state: 'upcoming', from: waitUntil, explanation: `${title}: voraussichtlich erfüllt ab ${de(waitUntil)} (${waiting.join(', ')})${openPoints(open)}` };
  }
  return { ...base, state: 'eligible', from: metSince, explanation: `${title}: zeitliche Voraussetzungen erfüllt seit ${de(metSince)}${openPoints(open)}` };
}
