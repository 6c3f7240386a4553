// The status timeline and "N years/months without interruption up to the Stichtag" (RULES.md,
// legend). Each provision says which periods count, which neither count nor interrupt (§ 60b),
// and which interrupt; this module does the calendar work the same way for all of them.
import type { ResidenceStatusFact } from '../generated/kim-types.js';
import { addDays, daysBetween, earliestDay, isComplete, latestDay, maxDate, type KimDate } from '../kim/dates.js';
import { periodCompleteOn } from './time.js';

export interface Period {
  fact: ResidenceStatusFact;
  from: KimDate;
  /** Last day, inclusive; null = open. */
  to: KimDate | null;
}

/**
 * How partial dates in status periods are read: `conservative` takes the shortest possible
 * period (latest start, earliest end), `optimistic` the longest. A result that holds when read
 * conservatively holds for every possible day.
 */
export type Reading = 'conservative' | 'optimistic';

export function toPeriods(statuses: ResidenceStatusFact[], reading: Reading): Period[] {
  return statuses
    .filter((s): s is ResidenceStatusFact & { validFrom: KimDate } => s.validFrom !== null)
    .map((s) => ({
      fact: s,
      from: reading === 'conservative' ? latestDay(s.validFrom) : earliestDay(s.validFrom),
      to: s.validTo === null ? null : reading === 'conservative' ? earliestDay(s.validTo) : latestDay(s.validTo),
    }))
    .sort((a, b) => a.from.localeCompare(b.from) || (a.to ?? '9999').localeCompare(b.to ?? '9999'));
}

export function hasPartialDates(statuses: ResidenceStatusFact[]): boolean {
  return statuses.some((s) => (s.validFrom !== null && !isComplete(s.validFrom)) || (s.validTo !== null && !isComplete(s.validTo)));
}

/** count: the period counts; neutral: it neither counts nor interrupts (§ 60b); interrupts: it is a gap. */
export type PeriodClass = 'count' | 'neutral' | 'interrupts';

export interface Gap {
  from: KimDate;
  /** Last day of the gap; null when it is still open. */
  to: KimDate | null;
  days: number;
  why: 'bridged' | 'not_counted';
}

export interface Count {
  /** A counting chain reaches the Stichtag (directly or across a bridgeable gap). */
  current: boolean;
  chainStart: KimDate | null;
  /** Day from which the required period is complete (past, or projected into the future); null = never while this lasts. */
  completeOn: KimDate | null;
  /** Bridged gaps and § 60b periods that moved `completeOn`. */
  gaps: Gap[];
  used: Period[];
  /** The last day of the last counting chain, when it ended before the Stichtag. */
  endedOn?: KimDate;
}

export interface CountRule {
  months: number;
  bridgeMonths: number;
  classify: (period: Period, index: number, all: Period[]) => PeriodClass;
  /**
   * How many gaps of up to `bridgeMonths` one qualifying period may bridge; counted back from
   * the day in question, an earlier one interrupts (25b.residence: 1, change 5). Default: any number.
   */
  maxBridgedGaps?: number;
}

/**
 * Counts the uninterrupted chain of periods that reaches the Stichtag. A last period that ended
 * before the Stichtag with nothing recorded after it is not bridged (change 4): the count ends
 * there (`endedOn`). A gap up to a period recorded to start after the Stichtag is a gap like any other.
 */
export function countUninterrupted(periods: Period[], rule: CountRule, stichtag: KimDate): Count {
  let start: KimDate | null = null;
  let lastEnd: KimDate | null = null;
  let gaps: Gap[] = [];
  let used: Period[] = [];
  // Where status resumed after each bridged gap of the current chain, oldest first.
  let resumed: KimDate[] = [];
  const maxBridged = rule.maxBridgedGaps ?? Infinity;
  const bridgeable = (gapStart: KimDate, nextStart: KimDate) => nextStart <= periodCompleteOn(gapStart, rule.bridgeMonths);
  const bridge = (gap: Gap, resumesOn: KimDate) => {
    if (resumed.length >= maxBridged) {
      // Counted back, this gap is the most recent: the one before it interrupts.
      const restart = resumed[resumed.length - maxBridged]!;
      start = restart;
      gaps = gaps.filter((g) => g.from >= restart);
      used = used.filter((p) => p.to === null || p.to >= restart);
      resumed = resumed.filter((d) => d > restart);
    }
    gaps.push(gap);
    resumed.push(resumesOn);
  };

  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    if (p.from > stichtag) continue;
    const cls = rule.classify(p, i, periods);
    if (cls === 'interrupts') continue;
    if (start === null) {
      if (cls === 'count') [start, lastEnd, gaps, used, resumed] = [p.from, p.to, [], [p], []];
      continue;
    }
    if (lastEnd !== null) {
      const next = addDays(lastEnd, 1);
      if (p.from > next) {
        if (bridgeable(next, p.from)) {
          bridge({ from: next, to: addDays(p.from, -1), days: daysBetween(next, p.from), why: 'bridged' }, p.from);
        } else if (cls === 'count') {
          [start, lastEnd, gaps, used, resumed] = [p.from, p.to, [], [p], []];
          continue;
        } else {
          [start, lastEnd, gaps, used, resumed] = [null, null, [], [], []];
          continue;
        }
      }
      if (cls === 'neutral') {
        const from = maxDate(p.from, next);
        if (p.to === null) gaps.push({ from, to: null, days: Infinity, why: 'not_counted' });
        else if (p.to >= from) gaps.push({ from, to: p.to, days: daysBetween(from, p.to) + 1, why: 'not_counted' });
      }
    }
    used.push(p);
    lastEnd = lastEnd === null || p.to === null ? null : maxDate(lastEnd, p.to);
  }

  if (start === null) return { current: false, chainStart: null, completeOn: null, gaps: [], used: [] };
  if (lastEnd !== null && lastEnd < stichtag) {
    // The Stichtag lies in a gap. Bridged only when a period recorded after the Stichtag closes it in time.
    const gapStart = addDays(lastEnd, 1);
    const resumes = periods.find((p, i) => p.from > stichtag && rule.classify(p, i, periods) !== 'interrupts');
    if (!resumes || !bridgeable(gapStart, resumes.from)) return { current: false, chainStart: start, completeOn: null, gaps, used, endedOn: lastEnd };
    bridge({ from: gapStart, to: addDays(resumes.from, -1), days: daysBetween(gapStart, resumes.from), why: 'bridged' }, resumes.from);
  }
  return { current: true, chainStart: start, completeOn: completeOn(start, rule.months, gaps), gaps, used };
}

/** The required period moves later by every gap and § 60b period that begins before it is complete. */
function completeOn(start: KimDate, months: number, gaps: Gap[]): KimDate | null {
  let day = periodCompleteOn(start, months);
  for (const gap of [...gaps].sort((a, b) => a.from.localeCompare(b.from))) {
    if (gap.from >= day) break;
    if (!Number.isFinite(gap.days)) return null;
    day = addDays(day, gap.days);
  }
  return day;
}
