// Calendar dates as the offices write them, including partial dates ("1990-00-00", "00.00.1990")
// which are kept as they are and never completed by invention (formats/README.md).
import type { KimDate } from '../generated/kim-types.js';

export type { KimDate };

const KIM_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

export interface DateParts {
  year: number;
  /** 1–12, or 0 when unknown */
  month: number;
  /** 1–31, or 0 when unknown */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  // Without a table literal: that was an array allocated on every call, i.e. for every date read.
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  if (month === 4 || month === 6 || month === 9 || month === 11) return 30;
  if (month === 1 || month === 3 || month === 5 || month === 7 || month === 8 || month === 10 || month === 12) return 31;
  return 0;
}

/** Why a date string was refused; `null` when it is a valid (possibly partial) date. */
export function dateProblem(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (year < 1850 || year > 2200) return 'year out of range';
  if (month < 0 || month > 12) return 'no such month';
  if (month === 0 && day !== 0) return 'day given without month';
  if (day < 0 || day > 31) return 'no such day';
  if (month > 0 && day > daysInMonth(year, month)) return 'no such day in that month';
  return null;
}

function format(parts: DateParts): KimDate {
  const y = parts.year;
  const yyyy = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return `${yyyy}-${parts.month < 10 ? '0' : ''}${parts.month}-${parts.day < 10 ? '0' : ''}${parts.day}`;
}

export type DateParse = { ok: true; date: KimDate } | { ok: false; problem: string };

function check(parts: DateParts): DateParse {
  const problem = dateProblem(parts);
  return problem ? { ok: false, problem } : { ok: true, date: format(parts) };
}

/** Parses `YYYY-MM-DD` with 00 allowed for unknown month/day. */
export function parseKimDate(text: string): DateParse {
  // Nearly every date arrives in exactly this form; it is then its own canonical text, and
  // neither the expression nor the formatting is needed (the schema's format runs this too).
  if (text.length === 10 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    if (year >= 0 && month >= 0 && day >= 0) {
      const problem = dateProblem({ year, month, day });
      return problem ? { ok: false, problem } : { ok: true, date: text };
    }
  }
  const m = KIM_DATE.exec(text.trim());
  if (!m) return { ok: false, problem: 'is not a date (expected YYYY-MM-DD)' };
  return check({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
}

/** Parses German `dd.mm.yyyy` with 00 allowed for unknown day/month. */
export function parseGermanDate(text: string): DateParse {
  const m = GERMAN_DATE.exec(text.trim());
  if (!m) return { ok: false, problem: 'is not a date (expected dd.mm.yyyy)' };
  return check({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) });
}

// The rules evaluate hundreds of thousands of persons; these helpers run millions of times, so
// they read the fixed YYYY-MM-DD layout by position instead of through a regular expression.
const DASH = 45;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function parts(date: KimDate): DateParts {
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH || year < 0 || month < 0 || day < 0) {
    throw new TypeError(`not a KimDate: ${date}`);
  }
  return { year, month, day };
}

export function isComplete(date: KimDate): boolean {
  const { month, day } = parts(date);
  return month > 0 && day > 0;
}

/** The earliest day a (possibly partial) date can stand for. */
export function earliestDay(date: KimDate): KimDate {
  if (isComplete(date)) return date;
  const p = parts(date);
  return format({ year: p.year, month: p.month || 1, day: p.day || 1 });
}

/** The latest day a (possibly partial) date can stand for. */
export function latestDay(date: KimDate): KimDate {
  if (isComplete(date)) return date;
  const p = parts(date);
  const month = p.month || 12;
  return format({ year: p.year, month, day: p.day || daysInMonth(p.year, month) });
}

// Arithmetic on complete dates goes through UTC epoch days, so time zones and DST never shift a day.
const MS_PER_DAY = 86_400_000;

export function toEpochDay(date: KimDate): number {
  const p = parts(date);
  if (!p.month || !p.day) throw new TypeError(`partial date has no single day: ${date}`);
  return Date.UTC(p.year, p.month - 1, p.day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): KimDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return format({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: KimDate, days: number): KimDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: KimDate, b: KimDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/**
 * Adds calendar months. When the target month is shorter, the result is its last day
 * (31 Jan + 1 month = 28/29 Feb), as § 188 Abs. 3 BGB does for period ends.
 */
export function addMonths(date: KimDate, months: number): KimDate {
  const p = parts(date);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return format({ year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}

export function addYears(date: KimDate, years: number): KimDate {
  return addMonths(date, years * 12);
}

/** Lexical order equals calendar order for complete KimDates. */
export function compareDates(a: KimDate, b: KimDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: KimDate, b: KimDate): KimDate {
  return a <= b ? a : b;
}

export function maxDate(a: KimDate, b: KimDate): KimDate {
  return a >= b ? a : b;
}

/** Today in Europe/Berlin, the offices' time zone, as YYYY-MM-DD. */
export function todayInBerlin(now: Date = new Date()): KimDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

/** Formats a complete or partial date the German way for explanations: 05.09.2022, 00.00.1990. */
export function toGermanDate(date: KimDate): string {
  parts(date); // validates
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
