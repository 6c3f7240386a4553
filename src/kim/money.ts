// Money in German notation ("1.234,56") as integer cents, so sums never meet floating point.

export type MoneyParse = { ok: true; cents: number } | { ok: false; problem: string };

const GERMAN_MONEY = /^-?\d{1,3}(\.\d{3})*(,\d{1,2})?$|^-?\d+(,\d{1,2})?$/;

export function parseGermanMoney(text: string): MoneyParse {
  const t = text.trim().replace(/\s*€$/, '');
  if (!GERMAN_MONEY.test(t)) return { ok: false, problem: 'is not an amount (expected 1.234,56)' };
  const [whole = '0', fraction = ''] = t.replace(/\./g, '').split(',');
  const sign = whole.startsWith('-') ? -1 : 1;
  const cents = Math.abs(Number(whole)) * 100 + Number(fraction.padEnd(2, '0'));
  return { ok: true, cents: sign * cents };
}
