import { describe, expect, it } from 'vitest';
import { parseGermanMoney } from './money.js';

describe('parseGermanMoney', () => {
  it.each([
    ['2.350,00', 235000],
    ['1.180,50', 118050],
    ['900,00', 90000],
    ['900', 90000],
    ['0,5', 50],
    ['12.345.678,90', 1234567890],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseGermanMoney(text)).toEqual({ ok: true, cents });
  });
  it.each([['1,234.56'], ['abc'], ['1.23,00'], ['']])('refuses "%s", which is not German notation', (text) => {
    expect(parseGermanMoney(text).ok).toBe(false);
  });
});
