// Turns a timeline count into a condition finding: met since, met from (upcoming), or not met,
// with bridged gaps and § 60b periods listed for review and partial dates read both ways.
import type { ResidenceStatusFact } from '../generated/kim-types.js';
import { addDays, latestDay, toGermanDate as de, type KimDate } from '../kim/dates.js';
import type { Finding } from './conditions.js';
import { countUninterrupted, hasPartialDates, toPeriods, type Count, type CountRule, type Gap } from './timeline.js';
import { ref, type PersonView } from './view.js';

export function duration(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 Jahr' : `${months / 12} Jahre`;
  return months === 1 ? '1 Monat' : `${months} Monate`;
}

function gapNote(g: Gap): string {
  const to = g.to === null ? 'heute' : de(g.to);
  return g.why === 'bridged' ? `Lücke vom ${de(g.from)} bis ${to} überbrückt (bis zu 3 Monate), aber nicht angerechnet` : `Zeit vom ${de(g.from)} bis ${to} nicht angerechnet (§ 60b AufenthG)`;
}

/**
 * "`label`: N erforderlich, erfüllt seit …" for a requirement of `rule.months` months counted
 * over the visible status periods that `statuses` selects.
 */
export function countFinding(view: PersonView, statuses: ResidenceStatusFact[], rule: CountRule, label: string): Finding {
  const need = `${label}: ${duration(rule.months)} erforderlich`;
  if (!view.seesCategory('aufenthalt')) return { outcome: 'unknown', explanation: `${need}; Aufenthaltsdaten nicht sichtbar` };
  if (statuses.length === 0) return { outcome: 'unknown', explanation: `${need}; kein Aufenthaltsstatus erfasst` };

  const strict = countUninterrupted(toPeriods(statuses, 'conservative'), rule, view.stichtag);
  const partial = hasPartialDates(statuses);
  const loose = partial ? countUninterrupted(toPeriods(statuses, 'optimistic'), rule, view.stichtag) : strict;
  const facts = strict.used.map((p) => ref(p.fact));
  const review = strict.gaps.map(gapNote);
  if (partial) review.push('Teildatum in den Statuszeiten: Zeiten anhand der Akte prüfen');
  const done = (c: Count) => c.current && c.completeOn !== null && c.completeOn <= view.stichtag;

  if (done(strict)) {
    return { outcome: 'met', explanation: `${need}, erfüllt seit ${de(strict.completeOn!)}`, metFrom: strict.completeOn!, facts, review };
  }
  if (done(loose)) {
    return { outcome: 'needs_review', explanation: `${need}; erfüllt nur bei günstiger Lesart der Teildaten (ab ${de(loose.completeOn!)})`, facts, review };
  }
  const projected = loose.current ? loose.completeOn : null;
  if (projected) {
    return { outcome: 'not_met', explanation: `${need}, erfüllt ab ${de(projected)}, wenn der Status fortbesteht`, metFrom: projected, facts, review };
  }
  const trailing = view.trailingEnd();
  if (strict.endedOn && trailing && strict.used.some((p) => p.fact.validTo !== null && latestDay(p.fact.validTo) === trailing)) {
    // Change 4: the status may have been renewed without the export showing it, or have lapsed.
    return { outcome: 'needs_review', explanation: `${need}; der letzte Status endete am ${de(trailing)}, danach ist nichts erfasst: prüfen, ob er verlängert wurde`, facts, review };
  }
  if (strict.endedOn) {
    return { outcome: 'not_met', explanation: `${need}; die anrechenbaren Zeiten endeten am ${de(strict.endedOn)}`, facts, review };
  }
  if (strict.current) {
    return { outcome: 'not_met', explanation: `${need}; nicht erreichbar, solange eine nicht anrechenbare Zeit andauert`, facts, review };
  }
  return { outcome: 'not_met', explanation: `${need}; kein anrechenbarer Status am Stichtag`, facts, review };
}

/** The day before `day`, for "last day" wording. */
export function dayBefore(day: KimDate): KimDate {
  return addDays(day, -1);
}
