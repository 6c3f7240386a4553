import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonRecord, ResidenceStatusFact } from '../../src/generated/kim-types.js';
import { warningsOf } from '../record.js';
import { formatRejection, formatWarning } from '../types.js';
import { readAll, SAMPLES } from '../test-helpers.js';
import { abhAdapter } from './index.js';

const sample = readFileSync(path.join(SAMPLES, 'abh.xml'), 'utf8');
const byAzr = (records: PersonRecord[], azr: string) => records.find((r) => r.person.identifiers.azr === azr)!;
const statuses = (r: PersonRecord) => r.facts.filter((f): f is ResidenceStatusFact => f.kind === 'residence_status');

describe('the ABH adapter on the Kreis Mettmann samples', () => {
  it('reads all nine persons of abh.xml and rejects none', async () => {
    const { records, rejections } = await readAll(abhAdapter, 'abh.xml');
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(9);
    expect(records.map((r) => r.position.element)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('takes authority, export time and full-snapshot kind from the root element', async () => {
    const [first] = (await readAll(abhAdapter, 'abh.xml')).records;
    expect(first).toMatchObject({ source: 'abh', authority: 'ABH-05158', exportedAt: '2026-11-20T02:15:00+01:00', snapshot: 'full', sourceRecordId: 'ABH-2016-0815' });
    expect(first!.position).toEqual({ file: 'abh.xml', line: 3, element: 1 });
  });

  it('keeps the partial birth date 1990-00-00 of S2 in the Velbert export', async () => {
    const { records } = await readAll(abhAdapter, 'abh-05158032.xml');
    expect(records[0]!.person.birthDate).toBe('1990-00-00');
    expect(records[0]!.authority).toBe('ABH-05158032');
  });

  it('keeps the name Şahin as written and folds it to sahin for matching', async () => {
    const r = byAzr((await readAll(abhAdapter, 'abh.xml')).records, '170801480010');
    expect(r.person.familyName).toBe('Şahin');
    expect(r.person.nameKey).toEqual({ family: 'sahin', given: 'emre' });
    expect(r.person.nationalities).toEqual(['163']);
  });

  it('parses the free-text legal basis "§ 25 Abs. 2 S. 1 1. Alt. AufenthG" and keeps the text', async () => {
    const r = byAzr((await readAll(abhAdapter, 'abh.xml')).records, '240210480006');
    expect(statuses(r)[1]).toMatchObject({ status: 'aufenthaltserlaubnis', legalBasis: { law: 'AufenthG', paragraph: '25', absatz: 2, satz: 1, alternative: 1 }, legalBasisText: '§ 25 Abs. 2 S. 1 1. Alt. AufenthG', validTo: '2029-08-31' });
  });

  it('reads "55 AsylG" as § 55 AsylG and an open end as null', async () => {
    const r = byAzr((await readAll(abhAdapter, 'abh.xml')).records, '150915480005');
    expect(statuses(r)[2]).toMatchObject({ status: 'niederlassungserlaubnis', validTo: null });
    const haddad = byAzr((await readAll(abhAdapter, 'abh.xml')).records, '160901480001');
    expect(statuses(haddad)[0]!.legalBasis).toEqual({ law: 'AsylG', paragraph: '55' });
  });

  it('marks the Duldung of S9 as resting on her own deception', async () => {
    const r = byAzr((await readAll(abhAdapter, 'abh.xml')).records, '201101480009');
    expect(statuses(r)[1]).toMatchObject({ status: 'duldung', deception: true });
  });

  it('maps school, language, test, employment and household facts with their categories', async () => {
    const rahimi = (await readAll(abhAdapter, 'abh-05158032.xml')).records[0]!;
    expect(rahimi.facts.map((f) => `${f.category}/${f.kind}`)).toEqual([
      'aufenthalt/residence_status',
      'aufenthalt/residence_status',
      'aufenthalt/entry',
      'aufenthalt/identity',
      'bildung_sprache/language',
      'bildung_sprache/test',
      'arbeit/employment',
      'stammdaten/household_member',
    ]);
    expect(rahimi.facts.find((f) => f.kind === 'household_member')).toMatchObject({ relation: 'kind', birthDate: '2019-05-02', attendsSchool: true });
  });

  it('gives the same content hash to a record that only moved within the file', async () => {
    const a = (await readAll(abhAdapter, 'abh.xml')).records[1]!;
    const moved = sample.replace(/<person>[\s\S]*?<\/person>\s*/, '');
    const b = (await readAll(abhAdapter, 'abh.xml', moved)).records[0]!;
    expect(b.position.element).toBe(1);
    expect(b.contentHash).toBe(a.contentHash);
  });
});

describe('the ABH adapter on bad input', () => {
  it('rejects a person with an impossible birth date, naming the field, and reads the others', async () => {
    const { records, rejections } = await readAll(abhAdapter, 'abh.xml', sample.replace('<geburtsdatum>2001-04-17</geburtsdatum>', '<geburtsdatum>2001-02-30</geburtsdatum>'));
    expect(records).toHaveLength(8);
    expect(rejections.map((r) => formatRejection(r))).toEqual(['abh.xml line 3: geburtsdatum "2001-02-30" is not a date (no such day in that month)']);
    expect(rejections[0]).toMatchObject({ recordId: 'ABH-2016-0815', code: 'KIM_ERR_RECORD_INVALID', position: { element: 1 } });
  });

  it('keeps a person whose nationality key the list does not know, with the key as delivered and one warning', async () => {
    const { records, rejections } = await readAll(abhAdapter, 'abh.xml', sample.replace('<staatsangehoerigkeit schluessel="438"/>', '<staatsangehoerigkeit schluessel="901"/>'));
    expect(records).toHaveLength(9);
    expect(rejections).toEqual([]);
    const kept = records.find((r) => r.sourceRecordId === 'ABH-2019-1201')!;
    expect(kept.person.nationalities).toEqual([]);
    expect(warningsOf(kept).map((w) => formatWarning(w))).toEqual(['abh.xml line 22: staatsangehoerigkeit[1]/@schluessel "901" is not in the nationality code list; kept as delivered']);
    expect(warningsOf(kept)[0]).toMatchObject({ code: 'KIM_WARN_RECORD_NATIONALITY_UNKNOWN', recordId: 'ABH-2019-1201' });
  });

  it('keeps a status of a kind outside the list with its raw value, and a legal basis it cannot read as text', async () => {
    const xml = sample.replace(/<status art="duldung"/, '<status art="grenzuebertrittsbescheinigung"').replace('grundlage="§ 60a Abs. 2 S. 1 AufenthG"', 'grundlage="Vorabzustimmung"');
    const { records, rejections } = await readAll(abhAdapter, 'abh.xml', xml);
    expect(rejections).toEqual([]);
    expect(records).toHaveLength(9);
    const warnings = records.flatMap(warningsOf);
    expect(warnings.map((w) => [w.code, w.value])).toEqual(
      expect.arrayContaining([
        ['KIM_WARN_RECORD_UNKNOWN_CODE', 'grenzuebertrittsbescheinigung'],
        ['KIM_WARN_RECORD_LEGAL_BASIS', 'Vorabzustimmung'],
      ]),
    );
    const status = records.flatMap((r) => r.facts).find((f) => f.unrecognised?.some((u) => u.value === 'grenzuebertrittsbescheinigung'));
    expect(status).toMatchObject({ kind: 'residence_status', status: null });
  });

  it('keeps the records before a truncation and rejects the one cut off', async () => {
    const cut = sample.slice(0, sample.indexOf('<azrNummer>221001480004</azrNummer>') + 20);
    const { records, rejections } = await readAll(abhAdapter, 'abh.xml', cut);
    expect(records).toHaveLength(2);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ code: 'KIM_ERR_INPUT_XML_MALFORMED', position: { element: 3 } });
  });

  it('reports a file cut off between two records as incomplete', async () => {
    const cut = sample.slice(0, sample.indexOf('</person>') + '</person>'.length);
    const { records, rejections } = await readAll(abhAdapter, 'abh.xml', cut);
    expect(records).toHaveLength(1);
    expect(rejections[0]!.reason).toMatch(/incomplete|malformed/);
  });

  it('refuses a billion-laughs entity bomb within a second without expanding it', async () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>\n<abhExport behoerde="X" exportiertAm="2026-01-01" art="vollbestand"><person><familienname>&lol9;</familienname></person></abhExport>`;
    const started = Date.now();
    await expect(readAll(abhAdapter, 'bomb.xml', bomb)).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_XML_ENTITIES' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses an external entity without reading it', async () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<abhExport behoerde="X" exportiertAm="2026-01-01" art="vollbestand"><person><familienname>&xxe;</familienname></person></abhExport>';
    await expect(readAll(abhAdapter, 'xxe.xml', xxe)).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_XML_ENTITIES' });
  });

  it('says plainly that a Sozialamt file is not an ABH export', async () => {
    await expect(readAll(abhAdapter, 'sozialamt.xml', readFileSync(path.join(SAMPLES, 'sozialamt.xml')))).rejects.toMatchObject({
      code: 'KIM_ERR_INPUT_UNREADABLE',
      message: 'sozialamt.xml: not an ABH export (root element is <SozExport>, expected <abhExport>)',
    });
  });

  it('refuses an ABH export that is not valid UTF-8 (saved as Latin-1)', async () => {
    await expect(readAll(abhAdapter, 'abh.xml', Buffer.from(sample, 'latin1'))).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_ENCODING' });
  });

  it('refuses an empty file', async () => {
    await expect(readAll(abhAdapter, 'abh.xml', '')).rejects.toMatchObject({ code: 'KIM_ERR_INPUT_UNREADABLE' });
  });
});

describe('content hashes across exports', () => {
  it('stay the same when only the export time changed, so tonight’s unchanged snapshot is skipped', async () => {
    const a = (await readAll(abhAdapter, 'abh.xml')).records;
    const b = (await readAll(abhAdapter, 'abh.xml', sample.replace('exportiertAm="2026-11-20T02:15:00+01:00"', 'exportiertAm="2026-11-21T02:15:00+01:00"'))).records;
    expect(b[0]!.exportedAt).toBe('2026-11-21T02:15:00+01:00');
    expect(b.map((r) => r.contentHash)).toEqual(a.map((r) => r.contentHash));
  });
});
