// Names are kept as written; this module makes the folded form used to compare them across
// offices that spell the same name differently (Şahin / Sahin, Müller / Mueller, Abu-Bakr / Abu Bakr).
import type { NameKey } from '../generated/kim-types.js';

// German transcription first (ü→ue), so "Müller" and "Mueller" meet; other diacritics are
// stripped by Unicode decomposition (Ş→S, é→e). Dotless ı and ł have no decomposition.
const SPECIAL: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss',
  ı: 'i', İ: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', đ: 'd', Đ: 'd',
};

export function foldName(name: string): string {
  const replaced = name.replace(/[äöüßÄÖÜẞıİłŁøØæÆđĐ]/g, (c) => SPECIAL[c] ?? c);
  return replaced
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[-‐–_.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameKey(familyName: string, givenNames: string): NameKey {
  return { family: foldName(familyName), given: foldName(givenNames) };
}

/**
 * Splits the Sozialamt form "FAMILIENNAME, Vornamen" into its parts; the family name is
 * turned from capitals into the usual capitalisation so it reads like the other sources.
 */
export function splitCommaName(text: string): { familyName: string; givenNames: string } | null {
  const i = text.indexOf(',');
  if (i < 0) return null;
  const family = text.slice(0, i).trim();
  const given = text.slice(i + 1).trim();
  if (!family) return null;
  return { familyName: capitalise(family), givenNames: given };
}

function capitalise(upper: string): string {
  return upper.toLocaleLowerCase('de-DE').replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toLocaleUpperCase('de-DE'));
}
