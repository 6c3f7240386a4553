// Reads the nationality code lists shipped in src/kim/codes/ for the core, which parses and
// indexes them (src/kim/nationality.ts) but reads no disk itself. Read once, at first import.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lookupIn, nationalityIndex, parseNationalities, type Nationality, type NationalityLookup, type NationalityScheme } from './kim/nationality.js';
import { projectRoot } from './paths.js';

const CODES_DIR = path.join(projectRoot, 'src', 'kim', 'codes');
const read = (file: string) => readFileSync(path.join(CODES_DIR, file), 'utf8');

export const NATIONALITIES: readonly Nationality[] = parseNationalities(read('staatsangehoerigkeit.csv'));
const maps = nationalityIndex(NATIONALITIES, read('aliases.csv'));

export function lookupNationality(scheme: NationalityScheme, text: string): NationalityLookup {
  return lookupIn(maps, scheme, text);
}

const found =
  (scheme: NationalityScheme) =>
  (code: string): Nationality | undefined => {
    const r = lookupNationality(scheme, code);
    return 'found' in r ? r.found : undefined;
  };
export const fromDestatis = found('destatis');
export const fromIso3 = found('iso3');
export const fromAdjective = found('adjective');
