// When two records may be the same person: the pure comparisons behind linkage. Names compare on
// their folded keys (diacritics, case, hyphens), in either order (given and family swapped);
// birth dates compare as sets of possible days, so 1990-00-00 fits 1990-04-17 but not 1991-…
import { colognePhonetic } from 'cologne-phonetic';
import type { KimDate, NameKey } from '../generated/kim-types.js';
import { parts } from '../kim/dates.js';

export function birthDatesCompatible(a: KimDate | null, b: KimDate | null): boolean {
  if (!a || !b) return false;
  const x = parts(a);
  const y = parts(b);
  if (x.year !== y.year) return false;
  if (x.month && y.month && x.month !== y.month) return false;
  if (x.month && y.month && x.day && y.day && x.day !== y.day) return false;
  return true;
}

export type NameMatch = 'same' | 'swapped' | null;

export function namesMatch(a: NameKey, b: NameKey): NameMatch {
  if (a.family === b.family && a.given === b.given) return 'same';
  if (a.family === b.given && a.given === b.family) return 'swapped';
  return null;
}

/** Kölner Phonetik of family and given name, order-independent: the blocking key for near misses. */
export function phoneticKey(name: NameKey): string {
  const codes = [colognePhonetic(name.family), colognePhonetic(name.given)].sort();
  return codes.join('|');
}

/** Exact name keys in both orders, for blocking. */
export function nameBlockKeys(name: NameKey): string[] {
  return [`${name.family}|${name.given}`, `${name.given}|${name.family}`];
}
