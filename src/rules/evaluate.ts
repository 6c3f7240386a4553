// The one entry point: one recipient's view of one person, as of the Stichtag, through every
// provision and deadline. Pure: the same input always gives the same evaluation.
import { evaluateP25a } from './p25a.js';
import { evaluateP25b } from './p25b.js';
import { evaluateStag10 } from './stag10.js';
import { ageDeadline, backlogOverdue, p104cExpiring, rechtskreisGap, statusExpiring } from './deadlines.js';
import { daysBetween } from '../kim/dates.js';
import type { Evaluation, ProvisionResult, RuleSignal, RulesInput, SignalType } from './types.js';
import { openWorldNotes, withSignalNotes } from './open-world.js';
import { PersonView } from './view.js';

function provisionSignal(p: ProvisionResult, horizonDays: number, stichtag: string): RuleSignal | null {
  if (p.state === 'none' || !p.from) return null;
  // Further-off dates stay in the evaluation but are not alerted (RULES.md "Upcoming horizon").
  if (p.state === 'upcoming' && daysBetween(stichtag, p.from) > horizonDays) return null;
  return { type: `${p.provision}.${p.state}` as SignalType, from: p.from, provision: p.provision, lawVersion: p.lawVersion, conditions: p.conditions, explanation: p.explanation };
}

/**
 * Evaluates; where a visible fact holds a value outside a code list, evaluates each reading of it
 * too and marks what depends on it (open-world.ts, RULES.md change 15).
 */
export function evaluate(input: RulesInput): Evaluation {
  const base = evaluatePlain(input);
  const notes = openWorldNotes(input, base, evaluatePlain);
  if (!notes) return base;
  const final = evaluatePlain({ ...input, unknownValues: notes.conditions });
  return { ...final, signals: withSignalNotes(final.signals, notes) };
}

function evaluatePlain(input: RulesInput): Evaluation {
  const view = new PersonView(input);
  const p25a = evaluateP25a(view);
  const p25b = evaluateP25b(view);
  const stag10 = evaluateStag10(view);
  const provisions = [p25a, p25b, stag10].filter((p): p is ProvisionResult => p !== null);
  const signals = [
    ...provisions.map((p) => provisionSignal(p, view.settings.upcomingHorizonDays, view.stichtag)),
    ageDeadline(view, p25a),
    p104cExpiring(
      view,
      [p25a, p25b].filter((p): p is ProvisionResult => p !== null),
    ),
    statusExpiring(view),
    rechtskreisGap(view),
    ...backlogOverdue(view),
  ].filter((s): s is RuleSignal => s !== null);
  return { stichtag: input.stichtag, provisions, signals };
}
