// Time as lawyers count it. A period of N months that begins on day D (§ 187 Abs. 2 BGB: the
// first day counts) ends at the end of the day before the same calendar day N months later
// (§ 188 Abs. 2 BGB); where that day does not exist, at the end of the month (§ 188 Abs. 3 BGB).
// We return the day from which the period is complete, i.e. the day after its end.
import { addDays, daysInMonth, earliestDay, isComplete, latestDay, parts, type KimDate } from '../kim/dates.js';
import type { Outcome } from './types.js';

/** The first day on which a period of `months` months that began on `start` is complete. */
export function periodCompleteOn(start: KimDate, months: number): KimDate {
  const p = parts(start);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (p.day <= daysInMonth(year, month)) return iso(year, month, p.day);
  // 31 Jan + 1 month: the period ends with the last day of February, complete from 1 March.
  return month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1);
}

export function yearsCompleteOn(start: KimDate, years: number): KimDate {
  return periodCompleteOn(start, years * 12);
}

/**
 * The day a person born on `birth` completes `years` years of life: the Nth birthday, and for a
 * 29 February birth in a common year, 1 March (§ 187 Abs. 2 Satz 2, § 188 Abs. 3 BGB).
 */
export function birthday(birth: KimDate, years: number): KimDate {
  return yearsCompleteOn(birth, years);
}

function iso(year: number, month: number, day: number): KimDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The possible days of a (possibly partial) date, as its first and last. */
export function possibleDays(date: KimDate): { earliest: KimDate; latest: KimDate; partial: boolean } {
  return { earliest: earliestDay(date), latest: latestDay(date), partial: !isComplete(date) };
}

/**
 * RULES.md "Partial dates": a test that is monotonic in the date holds for every possible day
 * when it holds at both ends, for none when at neither, and otherwise it is for a person to decide.
 */
export function overPossibleDays(date: KimDate, holds: (day: KimDate) => boolean): Outcome {
  const { earliest, latest } = possibleDays(date);
  const a = holds(earliest);
  const b = holds(latest);
  if (a && b) return 'met';
  if (!a && !b) return 'not_met';
  return 'needs_review';
}

/** Full years of life on `day` (the birthday itself counts as completed). */
export function ageOn(birth: KimDate, day: KimDate): number {
  const b = parts(birth);
  const d = parts(day);
  let age = d.year - b.year;
  if (day < birthday(birth, age)) age -= 1;
  return age;
}

/** The first day of a warning period of `days` days that ends on `deadline` (both inclusive of the deadline). */
export function warningFrom(deadline: KimDate, days: number): KimDate {
  return addDays(deadline, -days);
}
