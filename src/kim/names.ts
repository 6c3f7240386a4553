// Names are kept as written; this module makes the folded form used to compare them across
// offices that spell the same name differently (Şahin / Sahin, Müller / Mueller, Abu-Bakr / Abu Bakr).
import type { NameKey } from '../generated/kim-types.js';

// German transcription first (ü→ue), so "Müller" and "Mueller" meet; other diacritics are
// stripped by Unicode decomposition (Ş→S, é→e). Dotless ı and ł have no decomposition.
const SPECIAL: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
  ẞ: 'ss',
  ı: 'i',
  İ: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  đ: 'd',
  Đ: 'd',
};

export function foldName(name: string): string {
  if (plainAscii(name)) return name.toLowerCase();
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

const SPACE = 32;

/**
 * ASCII letters in words separated by single spaces: nothing below changes such a name but the
 * case, and most names in an export are written so (a sixtieth of `kim-hub inspect`'s time).
 */
function plainAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i) | 0x20; // A–Z folded onto a–z; a space stays a space
    if (c >= 97 && c <= 122) continue;
    if (name.charCodeAt(i) === SPACE && i > 0 && i < name.length - 1 && name.charCodeAt(i - 1) !== SPACE) continue;
    return false;
  }
  return true;
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
