// One code list for nationalities: the three ways the offices write them (Destatis key in the
// ABH export, ISO 3166-1 alpha-3 at Sozialamt and EBB, the German adjective at the Jobcenter)
// all map to the Destatis key, which is what KIM stores. The list is data, not code:
// codes/staatsangehoerigkeit.csv is the Destatis list "Staatsangehörigkeit" (211 keys, a copy of
// ../shared/codes, see codes/README.md) and codes/aliases.csv settles the codes that name several
// keys and the adjectives clerks write otherwise. A code missing from both is not a guess and not
// an error: the caller keeps it as delivered and flags it (open world, RULES.md change 15).
// The lists are read from disk by src/nationality-codes.ts; this module only parses and indexes them.
import { parse } from 'csv-parse/sync';

export interface Nationality {
  /** Destatis Staatsangehörigkeitsschlüssel (3 digits) */
  destatis: string;
  /** ISO 3166-1 alpha-3 (ISO 3166-3 for historic keys, user-assigned X… as the list gives them); '' where none exists */
  iso3: string;
  /** German nationality adjective as the official list writes it; '' where none is given */
  adjective: string;
  /** German short name as Destatis writes it */
  name: string;
}

export type NationalityScheme = 'destatis' | 'iso3' | 'adjective';

function parseTable<T>(text: string): T[] {
  return parse(text, { columns: true, delimiter: ';', quote: false, skip_empty_lines: true, trim: true }) as T[];
}

/** The Destatis list as its CSV text (codes/staatsangehoerigkeit.csv). */
export function parseNationalities(csv: string): Nationality[] {
  return parseTable<Nationality & { iso2: string }>(csv).map(({ destatis, iso3, adjective, name }) => ({ destatis, iso3, adjective, name }));
}

/** Adjectives and names compared as a clerk might type them: case, spaces, umlauts written out. */
export function foldWord(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
}

export type NationalityIndex = Record<NationalityScheme, Map<string, Nationality>>;

/** The list by each scheme, with the aliases (codes/aliases.csv as text) applied last. */
export function nationalityIndex(nationalities: readonly Nationality[], aliasesCsv: string): NationalityIndex {
  const byKey = new Map(nationalities.map((n) => [n.destatis, n]));
  const maps: Record<NationalityScheme, Map<string, Nationality>> = { destatis: byKey, iso3: new Map(), adjective: new Map() };
  // First come, first kept: where a code names several keys, aliases.csv says which one counts
  // and is applied last, overriding.
  for (const n of nationalities) {
    if (n.iso3 && !maps.iso3.has(n.iso3)) maps.iso3.set(n.iso3, n);
    for (const word of [n.adjective, n.name]) if (word && !maps.adjective.has(foldWord(word))) maps.adjective.set(foldWord(word), n);
  }
  for (const a of parseTable<{ scheme: NationalityScheme; value: string; destatis: string }>(aliasesCsv)) {
    const target = byKey.get(a.destatis);
    if (!target || a.scheme === 'destatis') throw new Error(`codes/aliases.csv: ${a.scheme} ${a.value} names unknown key ${a.destatis}`);
    maps[a.scheme].set(a.scheme === 'iso3' ? a.value.toUpperCase() : foldWord(a.value), target);
  }
  return maps;
}

/** What a delivered nationality code is: found in the list, well formed but unknown, or not a code of that scheme at all. */
export type NationalityLookup = { found: Nationality } | { unknown: 'not_in_list' | 'malformed' };

const WELL_FORMED: Record<NationalityScheme, RegExp> = {
  destatis: /^\d{3}$/,
  iso3: /^[A-Za-z]{3}$/,
  // A word or phrase of letters ("syrisch", "der Republik Korea", "mazedonisch/Bürger der …").
  adjective: /^\p{L}[\p{L} .,'’()/-]{0,99}$/u,
};

export function lookupIn(maps: NationalityIndex, scheme: NationalityScheme, text: string): NationalityLookup {
  const t = text.trim();
  const key = scheme === 'iso3' ? t.toUpperCase() : scheme === 'adjective' ? foldWord(t) : t;
  const found = maps[scheme].get(key);
  if (found) return { found };
  return { unknown: WELL_FORMED[scheme].test(t) ? 'not_in_list' : 'malformed' };
}
