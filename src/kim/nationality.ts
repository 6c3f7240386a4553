// One code list for nationalities: the three ways the offices write them (Destatis key in the
// ABH export, ISO 3166-1 alpha-3 at Sozialamt and EBB, the German adjective at the Jobcenter)
// all map to the Destatis key, which is what KIM stores.

export interface Nationality {
  /** Destatis Staatsangehörigkeitsschlüssel (3 digits) */
  destatis: string;
  /** ISO 3166-1 alpha-3; XXA stateless and XXX unknown as in ICAO Doc 9303 */
  iso3: string;
  /** German adjective as the Jobcenter writes it */
  adjective: string;
  name: string;
}

// Extend this table when an office sends a nationality it does not know yet; a code missing
// here makes the record a rejected one ("unknown nationality"), never a silent guess.
export const NATIONALITIES: readonly Nationality[] = [
  { destatis: '000', iso3: 'DEU', adjective: 'deutsch', name: 'Deutschland' },
  { destatis: '163', iso3: 'TUR', adjective: 'türkisch', name: 'Türkei' },
  { destatis: '160', iso3: 'RUS', adjective: 'russisch', name: 'Russische Föderation' },
  { destatis: '166', iso3: 'UKR', adjective: 'ukrainisch', name: 'Ukraine' },
  { destatis: '224', iso3: 'ERI', adjective: 'eritreisch', name: 'Eritrea' },
  { destatis: '273', iso3: 'SOM', adjective: 'somalisch', name: 'Somalia' },
  { destatis: '423', iso3: 'AFG', adjective: 'afghanisch', name: 'Afghanistan' },
  { destatis: '438', iso3: 'IRQ', adjective: 'irakisch', name: 'Irak' },
  { destatis: '439', iso3: 'IRN', adjective: 'iranisch', name: 'Iran' },
  { destatis: '461', iso3: 'PAK', adjective: 'pakistanisch', name: 'Pakistan' },
  { destatis: '475', iso3: 'SYR', adjective: 'syrisch', name: 'Syrien' },
  { destatis: '997', iso3: 'XXA', adjective: 'staatenlos', name: 'staatenlos' },
  { destatis: '998', iso3: 'XXX', adjective: 'ungeklärt', name: 'ungeklärt' },
];

const byDestatis = new Map(NATIONALITIES.map((n) => [n.destatis, n]));
const byIso3 = new Map(NATIONALITIES.map((n) => [n.iso3, n]));
const byAdjective = new Map(NATIONALITIES.map((n) => [n.adjective, n]));

export function fromDestatis(code: string): Nationality | undefined {
  return byDestatis.get(code.trim());
}

export function fromIso3(code: string): Nationality | undefined {
  return byIso3.get(code.trim().toUpperCase());
}

export function fromAdjective(adjective: string): Nationality | undefined {
  return byAdjective.get(adjective.trim().toLowerCase());
}
