import { describe, expect, it } from 'vitest';
import { foldName, nameKey, splitCommaName } from './names.js';

describe('foldName', () => {
  it.each([
    ['Şahin', 'sahin'],
    ['Müller', 'mueller'],
    ['Mueller', 'mueller'],
    ['Yıldız', 'yildiz'],
    ['Abu-Bakr', 'abu bakr'],
    ['Abu  Bakr', 'abu bakr'],
    ['AL-HASSAN', 'al hassan'],
    ['Strauß', 'strauss'],
    ['José', 'jose'],
    ["D'Angelo", 'dangelo'],
    ['Anna Maria', 'anna maria'],
    [' Anna', 'anna'],
    ['Anna ', 'anna'],
    ['Anna\tMaria', 'anna maria'],
    ['ANNA-maria', 'anna maria'],
  ])('folds "%s" to "%s"', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
  it('gives the same key for the ABH and the Jobcenter spelling of S10', () => {
    expect(nameKey('Şahin', 'Emre')).toEqual(nameKey('Sahin', 'Emre'));
  });
});

describe('splitCommaName', () => {
  it('splits the Sozialamt form "FAMILY, Given" and writes the family name as a name', () => {
    expect(splitCommaName('HADDAD, Rami')).toEqual({ familyName: 'Haddad', givenNames: 'Rami' });
    expect(splitCommaName('AL-HASSAN, Nour Amira')).toEqual({ familyName: 'Al-Hassan', givenNames: 'Nour Amira' });
  });
  it('gives null when there is no comma or no family name', () => {
    expect(splitCommaName('Rami Haddad')).toBeNull();
    expect(splitCommaName(', Rami')).toBeNull();
  });
});
