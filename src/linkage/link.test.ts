import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_PSEUDONYM_KEY, kimIdsKeyedWith } from '../kim/pseudonym.js';
import type { PersonRecord } from '../generated/kim-types.js';
import { nameKey } from '../kim/names.js';
import { birthDatesCompatible, link, namesMatch } from './index.js';
import { identityRecords, sampleRecordsAndConsents } from './test-records.js';

const rec = identityRecords();
const persons = (records: PersonRecord[]) => link({ records, consents: [] }, { kimIdFor: kimIdsKeyedWith(DEVELOPMENT_PSEUDONYM_KEY) });

describe('birth dates', () => {
  it.each([
    ['1990-00-00', '1990-04-17', true],
    ['1990-04-00', '1990-04-17', true],
    ['1990-04-00', '1990-05-17', false],
    ['1990-00-00', '1991-04-17', false],
    ['1990-04-17', '1990-04-18', false],
    ['1990-04-17', '1990-04-17', true],
    [null, '1990-04-17', false],
  ])('%s and %s are compatible: %s', (a, b, ok) => {
    expect(birthDatesCompatible(a, b)).toBe(ok);
  });

  it('are never compatible across birth years, partial or not (the link stage keys its scope by name and year)', () => {
    const dates = ['1989-00-00', '1989-12-00', '1989-12-31', '1990-00-00', '1990-01-00', '1990-01-01', '1991-00-00'];
    for (const a of dates) for (const b of dates) if (a.slice(0, 4) !== b.slice(0, 4)) expect(birthDatesCompatible(a, b), `${a} ${b}`).toBe(false);
  });
});

describe('names', () => {
  it('match with diacritics folded, in either order', () => {
    expect(namesMatch(nameKey('Şahin', 'Emre'), nameKey('Sahin', 'Emre'))).toBe('same');
    expect(namesMatch(nameKey('Emre', 'Şahin'), nameKey('Sahin', 'Emre'))).toBe('swapped');
    expect(namesMatch(nameKey('Abu-Bakr', 'Omar'), nameKey('Abu Bakr', 'Omar'))).toBe('same');
    expect(namesMatch(nameKey('Yıldız', 'Ali'), nameKey('YILDIZ', 'ali'))).toBe('same');
  });
});

describe('link', () => {
  it('joins S10: the ABH "Şahin" with AZR and the Jobcenter "Sahin" without, by name and birth date', () => {
    const r = persons([rec('abh', 'Şahin', 'Emre', '1992-06-30', '170801480010'), rec('jobcenter', 'Sahin', 'Emre', '1992-06-30')]);
    expect(r.persons).toHaveLength(1);
    expect(r.persons[0]!.records.map((x) => x.linkReason)).toEqual(['azr', 'name+birthdate']);
    expect(r.persons[0]!.identity.familyName).toBe('Şahin');
  });

  it('joins records by AZR even when the names are written differently', () => {
    const r = persons([rec('abh', 'Haddad', 'Rami', '2001-04-17', '160901480001'), rec('sozialamt', 'Hadad', 'Rami', '2001-04-17', '160901480001')]);
    expect(r.persons).toHaveLength(1);
  });

  it('joins swapped given and family names', () => {
    const r = persons([rec('abh', 'Ahmadi', 'Yusuf', '1998-12-01', '240210480006'), rec('jobcenter', 'Yusuf', 'Ahmadi', '1998-12-01')]);
    expect(r.persons).toHaveLength(1);
    expect(r.persons[0]!.records[1]!.linkReason).toBe('name_swapped+birthdate');
  });

  it('joins a partial birth date with a full one of the same year', () => {
    expect(persons([rec('abh', 'Rahimi', 'Amina', '1990-00-00', '190108480002'), rec('jobcenter', 'Rahimi', 'Amina', '1990-03-04')]).persons).toHaveLength(1);
  });

  it('keeps twins with the same birth date and different given names apart', () => {
    expect(persons([rec('abh', 'Nouri', 'Leila', '2006-08-09', '221001480004'), rec('jobcenter', 'Nouri', 'Sara', '2006-08-09')]).persons).toHaveLength(2);
  });

  it('sends a phonetic near miss to review and never merges it', () => {
    const r = persons([rec('abh', 'Meier', 'Hans', '1980-01-01', '120101480011'), rec('jobcenter', 'Mayer', 'Hans', '1980-01-01')]);
    expect(r.persons).toHaveLength(2);
    expect(r.review).toEqual([expect.objectContaining({ code: 'phonetic_near_match' })]);
  });

  it('does not report a phonetic match whose birth dates cannot fit', () => {
    expect(persons([rec('abh', 'Meier', 'Hans', '1980-01-01', '120101480011'), rec('jobcenter', 'Mayer', 'Hans', '1981-01-01')]).review).toEqual([]);
  });

  it('sends two records with the same AZR and conflicting birth dates to review, unmerged', () => {
    const r = persons([rec('abh', 'Aziz', 'Karwan', '1995-07-07', '240601480007'), rec('sozialamt', 'Aziz', 'Karwan', '1985-07-07', '240601480007')]);
    expect(r.persons).toHaveLength(2);
    expect(r.review).toEqual([expect.objectContaining({ code: 'azr_birthdate_conflict' })]);
  });

  it('never joins two records with different AZR numbers, however alike the names', () => {
    expect(persons([rec('abh', 'Saleh', 'Mariam', '2003-01-20', '201101480009'), rec('sozialamt', 'Saleh', 'Mariam', '2003-01-20', '201101480099')]).persons).toHaveLength(2);
  });

  it('gives the same persons and kimIds whatever the input order', () => {
    const rs = [rec('abh', 'Şahin', 'Emre', '1992-06-30', '170801480010'), rec('jobcenter', 'Sahin', 'Emre', '1992-06-30'), rec('jobcenter', 'Nouri', 'Sara', '2006-08-09')];
    const a = persons(rs)
      .persons.map((p) => [p.kimId, p.records.length])
      .sort();
    const b = persons([...rs].reverse())
      .persons.map((p) => [p.kimId, p.records.length])
      .sort();
    expect(a).toEqual(b);
  });
});

describe('linking the Kreis Mettmann samples', () => {
  it('gives the ten AZR persons, Sahin joined to Şahin, and links every consent', async () => {
    const { records, consents } = await sampleRecordsAndConsents();
    const r = link({ records, consents }, { kimIdFor: kimIdsKeyedWith(DEVELOPMENT_PSEUDONYM_KEY) });
    expect(r.persons).toHaveLength(10);
    expect(r.review).toEqual([]);
    expect(r.unlinkedConsents).toEqual([]);
    const sahin = r.persons.find((p) => p.identity.identifiers.azr === '170801480010')!;
    expect(sahin.records.map((x) => x.source).sort()).toEqual(['abh', 'jobcenter']);
    expect([...r.consentsByKimId.values()].flat()).toHaveLength(9);
  });
});
