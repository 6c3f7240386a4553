import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, earliestDay, isComplete, latestDay, parseGermanDate, parseKimDate, todayInBerlin, toGermanDate } from './dates.js';

describe('parsing dates as the offices write them', () => {
  it('reads a German date dd.mm.yyyy as an ISO date', () => {
    expect(parseGermanDate('17.04.2001')).toEqual({ ok: true, date: '2001-04-17' });
  });
  it('keeps a German date with unknown day and month partial', () => {
    expect(parseGermanDate('00.00.1990')).toEqual({ ok: true, date: '1990-00-00' });
    expect(parseGermanDate('00.04.1990')).toEqual({ ok: true, date: '1990-04-00' });
  });
  it('refuses 31.02.1990, which no calendar has', () => {
    expect(parseGermanDate('31.02.1990')).toEqual({ ok: false, problem: 'no such day in that month' });
  });
  it('accepts 29 February in a leap year and refuses it in 1900, which was none', () => {
    expect(parseKimDate('2024-02-29').ok).toBe(true);
    expect(parseKimDate('1900-02-29').ok).toBe(false);
    expect(parseKimDate('2000-02-29').ok).toBe(true);
  });
  it('refuses a known day in an unknown month', () => {
    expect(parseKimDate('1990-00-15')).toEqual({ ok: false, problem: 'day given without month' });
  });
  it('refuses text that is no date at all', () => {
    expect(parseKimDate('17.04.2001').ok).toBe(false);
    expect(parseGermanDate('2001-04-17').ok).toBe(false);
    expect(parseGermanDate('').ok).toBe(false);
  });
  it('reads a date with spaces around it, or in other digits, as it read every date before its shortcut', () => {
    expect(parseKimDate(' 2024-02-29 ')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseKimDate('2024-02-3a').ok).toBe(false);
    expect(parseKimDate('２０２４-02-29').ok).toBe(false);
    expect(parseKimDate('2024-13-01')).toEqual({ ok: false, problem: 'no such month' });
    expect(parseKimDate('2023-02-29')).toEqual({ ok: false, problem: 'no such day in that month' });
    expect(parseKimDate('1849-12-31')).toEqual({ ok: false, problem: 'year out of range' });
    expect(parseKimDate('1990-00-00')).toEqual({ ok: true, date: '1990-00-00' });
  });
});

describe('partial dates', () => {
  it('stand for every day from their earliest to their latest possible day', () => {
    expect(earliestDay('1990-00-00')).toBe('1990-01-01');
    expect(latestDay('1990-00-00')).toBe('1990-12-31');
    expect(earliestDay('1992-02-00')).toBe('1992-02-01');
    expect(latestDay('1992-02-00')).toBe('1992-02-29');
  });
  it('are not complete, and a full date is', () => {
    expect(isComplete('1990-04-00')).toBe(false);
    expect(isComplete('1990-04-17')).toBe(true);
  });
});

describe('calendar arithmetic', () => {
  it('adds months by calendar and ends on the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-06-01', 12)).toBe('2027-06-01');
    expect(addMonths('2026-11-23', -3)).toBe('2026-08-23');
  });
  it('adds years so that 29 February plus one year is 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2000-03-15', 27)).toBe('2027-03-15');
  });
  it('counts days across a change of daylight saving time without losing one', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
  it('counts 56 days back from 31 December to 5 November', () => {
    expect(addDays('2026-12-31', -56)).toBe('2026-11-05');
  });
});

describe('German display and today', () => {
  it('writes dates as dd.mm.yyyy, keeping zeros of partial dates', () => {
    expect(toGermanDate('2022-09-05')).toBe('05.09.2022');
    expect(toGermanDate('1990-00-00')).toBe('00.00.1990');
  });
  it('takes today in Berlin, so 23:30 UTC on 31 December is already 1 January', () => {
    expect(todayInBerlin(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
