import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { BenefitFact } from '../../src/generated/kim-types.js';
import { warningsOf } from '../record.js';
import { formatRejection } from '../types.js';
import { readAll, SAMPLES } from '../test-helpers.js';
import { sozialamtAdapter } from './index.js';

const bytes = readFileSync(path.join(SAMPLES, 'sozialamt.xml'));
const text = iconv.decode(bytes, 'iso-8859-15');
const encode = (s: string) => iconv.encode(s, 'iso-8859-15');

describe('the Sozialamt adapter on the Kreis Mettmann sample', () => {
  it('reads all four cases of the ISO-8859-15 file', async () => {
    const { records, rejections } = await readAll(sozialamtAdapter, 'sozialamt.xml');
    expect(rejections).toEqual([]);
    expect(records.map((r) => r.sourceRecordId)).toEqual(['50.3-2016-0042', '50.3-2019-0311', '50.3-2019-0290', '50.3-2024-0077']);
  });

  it('decodes the § sign (byte A7) and splits the legal basis into statute and provision', async () => {
    const [haddad] = (await readAll(sozialamtAdapter, 'sozialamt.xml')).records;
    const benefits = haddad!.facts.filter((f): f is BenefitFact => f.kind === 'benefit');
    expect(benefits.map((b) => [b.law, b.provision, b.validFrom, b.validTo])).toEqual([
      ['AsylbLG', '§ 3', '2016-09-05', '2018-02-28'],
      ['AsylbLG', '§ 2', '2018-03-01', null],
    ]);
  });

  it('splits "HADDAD, Rami" into family and given name and maps SYR to the Destatis key', async () => {
    const [haddad] = (await readAll(sozialamtAdapter, 'sozialamt.xml')).records;
    expect(haddad!.person).toMatchObject({ familyName: 'Haddad', givenNames: 'Rami', nationalities: ['475'], identifiers: { azr: '160901480001', sozialamtAktenzeichen: '50.3-2016-0042' }, residence: { ags: '05158004' } });
    expect(haddad!.exportedAt).toBe('2026-11-20');
  });

  it('keeps the partial birth date 00.00.1990 of S2 as 1990-00-00', async () => {
    const rahimi = (await readAll(sozialamtAdapter, 'sozialamt.xml')).records[1]!;
    expect(rahimi.person.birthDate).toBe('1990-00-00');
    expect(rahimi.facts.find((f) => f.kind === 'household_member')).toMatchObject({ relation: 'kind', birthDate: '2019-05-02' });
  });

  it('keeps an umlaut of an ISO-8859-15 name', async () => {
    const { records } = await readAll(sozialamtAdapter, 'sozialamt.xml', encode(text.replace('KHALIL, Omar', 'KHALIL, Ömer')));
    expect(records[2]!.person.givenNames).toBe('Ömer');
  });
});

describe('the Sozialamt adapter on bad input', () => {
  it('rejects an impossible date, naming the field, and reads the other cases', async () => {
    const { records, rejections } = await readAll(sozialamtAdapter, 'sozialamt.xml', encode(text.replace('Beginn="12.02.2024"', 'Beginn="30.02.2024"')));
    expect(records).toHaveLength(3);
    expect(formatRejection(rejections[0]!)).toBe('sozialamt.xml line 18: Leistung[1]/@Beginn "30.02.2024" is not a date (no such day in that month)');
  });

  it('keeps a person with an ISO code no list has, flagged, and reads XXX as ungeklärt', async () => {
    const { records, rejections } = await readAll(sozialamtAdapter, 'sozialamt.xml', encode(text.replace('<StAng>IRQ</StAng>', '<StAng>ZZZ</StAng>').replace('<StAng>SYR</StAng>', '<StAng>XXX</StAng>')));
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(4);
    expect(records.flatMap(warningsOf).map((w) => [w.code, w.field, w.recordId])).toEqual([['KIM_WARN_RECORD_NATIONALITY_UNKNOWN', 'Person/StAng[1]', '50.3-2019-0290']]);
    expect(records.map((r) => r.person.nationalities)).toContainEqual(['998']);
  });

  it('reads "§ 2 AsylbLG" as "AsylbLG § 2" with a warning, and keeps a Rechtsgrundlage naming no statute, flagged', async () => {
    const { records, rejections } = await readAll(
      sozialamtAdapter,
      'sozialamt.xml',
      encode(text.replace('Rechtsgrundlage="AsylbLG § 2"', 'Rechtsgrundlage="§ 2 AsylbLG"').replace('Rechtsgrundlage="AsylbLG § 3"', 'Rechtsgrundlage="Härtefall"')),
    );
    expect(rejections).toEqual([]);
    const benefits = records.flatMap((r) => r.facts).filter((f) => f.kind === 'benefit');
    expect(benefits).toContainEqual(expect.objectContaining({ law: 'AsylbLG', provision: '§ 2', unrecognised: [expect.objectContaining({ field: 'provision', value: '§ 2 AsylbLG' })] }));
    expect(benefits).toContainEqual(expect.objectContaining({ law: null, provision: 'Härtefall', unrecognised: [expect.objectContaining({ code: 'KIM_WARN_RECORD_UNKNOWN_CODE', value: 'Härtefall' })] }));
  });

  it('refuses the file saved as UTF-8 while it still declares ISO-8859-15', async () => {
    await expect(readAll(sozialamtAdapter, 'sozialamt.xml', Buffer.from(text, 'utf8'))).rejects.toMatchObject({
      code: 'KIM_ERR_INPUT_ENCODING',
      message: 'sozialamt.xml: the file is encoded as UTF-8, but its format prescribes ISO-8859-15',
    });
  });

  it('keeps the cases before a truncation and rejects the one cut off', async () => {
    const cut = text.slice(0, text.indexOf('<Fall Az="50.3-2019-0290">') + 60);
    const { records, rejections } = await readAll(sozialamtAdapter, 'sozialamt.xml', encode(cut));
    expect(records).toHaveLength(2);
    expect(rejections[0]).toMatchObject({ code: 'KIM_ERR_INPUT_XML_MALFORMED', recordId: '50.3-2019-0290', position: { element: 3 } });
  });

  it('refuses an entity bomb within a second', async () => {
    const bomb = `<?xml version="1.0" encoding="ISO-8859-15"?>\n<!DOCTYPE SozExport [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<SozExport Stand="20.11.2026"><Fall Az="1"><Person><Name>&c;</Name></Person></Fall></SozExport>`;
    const started = Date.now();
    await expect(readAll(sozialamtAdapter, 'bomb.xml', encode(bomb))).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_XML_ENTITIES' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('says plainly that an ABH export is not a Sozialamt export', async () => {
    await expect(readAll(sozialamtAdapter, 'abh.xml', readFileSync(path.join(SAMPLES, 'abh.xml')))).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE' });
  });
});
