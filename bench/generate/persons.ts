// The generated city's people: person i has the same identity in every office's export (AZR,
// names, birth date, nationality, municipality), as in a real city, so linkage has real work.
// Pure functions of i: any generator can produce any subset in any order.
import { NATIONALITIES as KNOWN_NATIONALITIES } from '../../src/nationality-codes.js';

export const FAMILY = ['Haddad', 'Rahimi', 'Khalil', 'Nouri', 'Demir', 'Ahmadi', 'Aziz', 'Jaber', 'Saleh', 'Şahin', 'Müller', 'Öztürk'];
export const GIVEN = ['Rami', 'Amina', 'Omar', 'Leila', 'Ayşe', 'Yusuf', 'Karwan', 'Hassan', 'Mariam', 'Emre'];
// A real city holds people of every nationality: each of the 211 keys of the Destatis list
// (with the ISO code and adjective the other offices write for it, empty where the list has
// none), and every UNKNOWN_EVERY-th person a code no list has, in each office's own form.
const NATIONALITIES: ReadonlyArray<{ destatis: string; iso3: string; adjective: string }> = KNOWN_NATIONALITIES;
export const UNKNOWN_NATIONALITY = { destatis: '901', iso3: 'XYZ', adjective: 'marsianisch' };
export const UNKNOWN_EVERY = 50;

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export const germanDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export interface GeneratedIdentity {
  azr: string;
  family: string;
  given: string;
  /** ISO, possibly partial (every 97th person: year only) */
  birth: string;
  nationality: { destatis: string; iso3: string; adjective: string };
  ags: string;
}

/** A 32-bit integer hash (xor-shift and multiply, twice): neighbouring i give unrelated values. */
function mix(i: number): number {
  let h = Math.imul(i ^ (i >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function identity(i: number): GeneratedIdentity {
  // The year from a hash of i, not from i modulo a small number: family name,
  // given name and year all repeated with i mod 120 before, so each name came with two birth
  // years only, and a name-and-year block held 2,000 people instead of about a hundred.
  const year = 1970 + (mix(i) % 40);
  return {
    azr: String(100000000000 + i),
    family: FAMILY[i % FAMILY.length]!,
    given: GIVEN[(i * 7) % GIVEN.length]!,
    birth: i % 97 === 0 ? `${year}-00-00` : isoDate(year, 1 + (i % 12), 1 + (i % 28)),
    nationality: i % UNKNOWN_EVERY === UNKNOWN_EVERY - 1 ? UNKNOWN_NATIONALITY : NATIONALITIES[i % NATIONALITIES.length]!,
    ags: `05158${pad(4 * (1 + (i % 9)), 3)}`,
  };
}

/** A small linear congruential generator: deterministic and fast, no crypto needed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
