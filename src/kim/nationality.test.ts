import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths.js';
import { foldWord } from './nationality.js';
import { fromAdjective, fromDestatis, fromIso3, lookupNationality, NATIONALITIES } from '../nationality-codes.js';

const codes = path.join(projectRoot, 'src', 'kim', 'codes');
const shared = path.resolve(projectRoot, '..', 'shared', 'codes');

describe('the nationality code list', () => {
  it('holds every one of the 211 keys of the Destatis list "Staatsangehörigkeit", each once', () => {
    expect(NATIONALITIES).toHaveLength(211);
    expect(new Set(NATIONALITIES.map((n) => n.destatis)).size).toBe(211);
  });

  it('finds every key by itself, and by its ISO code and adjective where those name it alone', () => {
    const count = (field: 'iso3' | 'adjective', v: string) => NATIONALITIES.filter((n) => n[field] === v).length;
    for (const n of NATIONALITIES) {
      expect(fromDestatis(n.destatis), n.destatis).toBe(n);
      if (n.iso3 && count('iso3', n.iso3) === 1) expect(fromIso3(n.iso3)?.destatis, n.iso3).toBe(n.destatis);
      if (n.adjective && count('adjective', n.adjective) === 1) expect(fromAdjective(n.adjective)?.destatis, n.adjective).toBe(n.destatis);
    }
  });

  it('maps the three spellings of Syrian to the same Destatis key 475', () => {
    expect(fromDestatis('475')?.iso3).toBe('SYR');
    expect(fromIso3('SYR')?.destatis).toBe('475');
    expect(fromAdjective('syrisch')?.destatis).toBe('475');
  });

  it('knows China and Ethiopia, the keys real exports carried that the old list did not', () => {
    expect(fromDestatis('479')?.name).toBe('China');
    expect(fromDestatis('225')?.name).toBe('Äthiopien');
    expect(fromIso3('CHN')?.destatis).toBe('479');
    expect(fromAdjective('äthiopisch')?.destatis).toBe('225');
  });

  it('takes the current key where one code names several: SRB 170, SDN 277, serbisch 170, sudanesisch 277', () => {
    expect(fromIso3('SRB')?.destatis).toBe('170');
    expect(fromIso3('SDN')?.destatis).toBe('277');
    expect(fromAdjective('serbisch')?.destatis).toBe('170');
    expect(fromAdjective('sudanesisch')?.destatis).toBe('277');
    expect(fromIso3('YUG')?.destatis).toBe('138');
  });

  it('reads the adjectives a Jobcenter clerk writes that the official list spells otherwise', () => {
    expect(fromAdjective('südkoreanisch')?.destatis).toBe('467');
    expect(fromAdjective('emiratisch')?.destatis).toBe('469');
    expect(fromAdjective('belarussisch')?.destatis).toBe('169');
    expect(fromAdjective('weißrussisch')?.destatis).toBe('169');
    expect(fromAdjective('der Republik Korea')?.destatis).toBe('467');
    expect(fromAdjective('kongolesisch')?.destatis).toBe('245');
    expect(fromAdjective('Kongolesisch (DR)')?.destatis).toBe('246');
  });

  it('reads an adjective in any case, with umlauts written out, and a country name', () => {
    expect(fromAdjective('Türkisch')?.destatis).toBe('163');
    expect(fromAdjective('tuerkisch')?.destatis).toBe('163');
    expect(fromAdjective('  Syrien ')?.destatis).toBe('475');
    expect(foldWord(' Weiß  Russisch')).toBe('weiss russisch');
  });

  it("knows stateless and unclarified in every code system, and reads the Sozialamt's XXX as ungeklärt", () => {
    expect(fromIso3('XXA')?.destatis).toBe('997');
    expect(fromIso3('XXX')?.destatis).toBe('998');
    expect(fromAdjective('ungeklärt')?.destatis).toBe('998');
    expect(fromDestatis('999')?.adjective).toBe('ohne Angabe');
  });

  it('tells a well-formed code it does not know from a value that cannot be a code, and never guesses', () => {
    expect(lookupNationality('destatis', '901')).toEqual({ unknown: 'not_in_list' });
    expect(lookupNationality('iso3', 'XYZ')).toEqual({ unknown: 'not_in_list' });
    expect(lookupNationality('adjective', 'marsianisch')).toEqual({ unknown: 'not_in_list' });
    expect(lookupNationality('destatis', '12')).toEqual({ unknown: 'malformed' });
    expect(lookupNationality('destatis', 'SYR')).toEqual({ unknown: 'malformed' });
    expect(lookupNationality('iso3', 'SY1')).toEqual({ unknown: 'malformed' });
    expect(lookupNationality('adjective', '4711')).toEqual({ unknown: 'malformed' });
    expect(fromDestatis('901')).toBeUndefined();
  });

  it.runIf(existsSync(shared))('the shipped copy has not drifted from ../shared/codes', () => {
    for (const file of ['staatsangehoerigkeit.csv', 'README.md']) {
      expect(readFileSync(path.join(codes, file), 'utf8'), file).toBe(readFileSync(path.join(shared, file), 'utf8'));
    }
  });
});
