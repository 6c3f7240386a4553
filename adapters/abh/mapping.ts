// Maps one <person> of an ABH export (formats/README.md section 1) to a KIM PersonRecord.
import type { Fact, PersonRecord } from '../../src/generated/kim-types.js';
import { nameKey } from '../../src/kim/names.js';
import { parseLegalBasis } from '../../src/kim/legal-basis.js';
import { childText, childrenNamed, type XmlNode } from '../xml/record-stream.js';
import {
  AGS, azrOrNull, boolOrNull, intOrNull, isoDate, isoDateOrNull, nationalityFromDestatis, numberOrNull, oneOf, oneOfOrNull, optional, pattern, required, RecordProblem,
} from '../fields.js';
import { checked, hashed } from '../record.js';
import type { Position } from '../types.js';

export interface AbhExportHeader {
  behoerde: string;
  exportiertAm: string;
  art: 'vollbestand' | 'aenderungen';
}

const STATUS = ['gestattung', 'duldung', 'duldung_60b', 'aufenthaltserlaubnis', 'niederlassungserlaubnis', 'daueraufenthalt_eu', 'blaue_karte', 'fiktion'] as const;
const LEVEL = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export function readHeader(attrs: Record<string, string>, file: string): AbhExportHeader {
  const problem = (field: string) => new RecordProblem(`abhExport/@${field}`, attrs[field] ?? null, 'is missing or invalid');
  const behoerde = attrs.behoerde?.trim();
  if (!behoerde) throw problem('behoerde');
  const exportiertAm = attrs.exportiertAm?.trim();
  if (!exportiertAm || Number.isNaN(Date.parse(exportiertAm))) throw problem('exportiertAm');
  const art = attrs.art?.trim();
  if (art !== 'vollbestand' && art !== 'aenderungen') throw problem('art');
  void file;
  return { behoerde, exportiertAm, art };
}

/** Field names in messages follow the XML: "aufenthalt/status[2]/@von". */
function at(node: XmlNode, field: string): string | undefined {
  return node.attrs[field];
}

export function mapAbhPerson(node: XmlNode, header: AbhExportHeader, position: Position): PersonRecord {
  const aktenzeichen = required('aktenzeichen', childText(node, 'aktenzeichen'));
  const azr = azrOrNull('azrNummer', childText(node, 'azrNummer'));
  const familyName = required('familienname', childText(node, 'familienname'));
  const givenNames = required('vornamen', childText(node, 'vornamen'));
  const provenance = { source: 'abh' as const, sourceRecordId: aktenzeichen, exportedAt: header.exportiertAm };
  const nationalities = childrenNamed(node, 'staatsangehoerigkeit').map((n, i) => nationalityFromDestatis(`staatsangehoerigkeit[${i + 1}]/@schluessel`, at(n, 'schluessel')));
  const wohnort = childrenNamed(node, 'wohnort')[0];

  const facts: Fact[] = [];
  const aufenthalt = childrenNamed(node, 'aufenthalt')[0];
  childrenNamed(aufenthalt ?? node, 'status').forEach((s, i) => {
    const f = (name: string) => `aufenthalt/status[${i + 1}]/@${name}`;
    const status = oneOf(f('art'), at(s, 'art'), STATUS);
    const text = at(s, 'grundlage')?.trim() ?? '';
    facts.push({
      kind: 'residence_status', category: 'aufenthalt', ...provenance,
      status, legalBasis: text ? parseLegalBasis(text) : null, legalBasisText: text,
      validFrom: isoDateOrNull(f('von'), at(s, 'von')), validTo: isoDateOrNull(f('bis'), at(s, 'bis')),
      deception: status === 'duldung' || status === 'duldung_60b' ? boolOrNull(f('taeuschung'), at(s, 'taeuschung')) : null,
    });
  });
  const einreise = childText(node, 'einreise');
  if (einreise) facts.push({ kind: 'entry', category: 'aufenthalt', ...provenance, date: isoDate('einreise', einreise) });
  const geklaert = boolOrNull('identitaetGeklaert', childText(node, 'identitaetGeklaert'));
  if (geklaert !== null) facts.push({ kind: 'identity', category: 'aufenthalt', ...provenance, clarified: geklaert });
  childrenNamed(node, 'antrag').forEach((a, i) => {
    const text = required(`antrag[${i + 1}]/@grundlage`, at(a, 'grundlage'));
    facts.push({ kind: 'residence_application', category: 'aufenthalt', ...provenance, legalBasis: parseLegalBasis(text), legalBasisText: text, filedOn: isoDate(`antrag[${i + 1}]/@gestellt`, at(a, 'gestellt')) });
  });
  childrenNamed(node, 'sprache').forEach((s, i) => {
    const f = (name: string) => `sprache[${i + 1}]/@${name}`;
    facts.push({
      kind: 'language', category: 'bildung_sprache', ...provenance,
      level: oneOf(f('niveau'), at(s, 'niveau'), LEVEL), scope: oneOfOrNull(f('art'), at(s, 'art'), ['muendlich', 'gesamt'] as const),
      date: isoDateOrNull(f('datum'), at(s, 'datum')), evidence: 'certificate',
    });
  });
  childrenNamed(node, 'test').forEach((t, i) => {
    const f = (name: string) => `test[${i + 1}]/@${name}`;
    facts.push({
      kind: 'test', category: 'bildung_sprache', ...provenance,
      test: oneOf(f('art'), at(t, 'art'), ['LiD', 'EBT'] as const), passed: boolOrNull(f('bestanden'), at(t, 'bestanden')) ?? false,
      date: isoDateOrNull(f('datum'), at(t, 'datum')),
    });
    if (optional(at(t, 'bestanden')) === null) throw new RecordProblem(f('bestanden'), null, 'is missing');
  });
  childrenNamed(node, 'schule').forEach((s, i) => {
    const f = (name: string) => `schule[${i + 1}]/@${name}`;
    facts.push({
      kind: 'school', category: 'bildung_sprache', ...provenance,
      validFrom: isoDateOrNull(f('von'), at(s, 'von')), validTo: isoDateOrNull(f('bis'), at(s, 'bis')),
      qualification: oneOfOrNull(f('abschluss'), at(s, 'abschluss'), ['HSA', 'MSA', 'FHR', 'ABI', 'BERUF'] as const),
    });
  });
  childrenNamed(node, 'beschaeftigung').forEach((b, i) => {
    const f = (name: string) => `beschaeftigung[${i + 1}]/@${name}`;
    facts.push({
      kind: 'employment', category: 'arbeit', ...provenance,
      validFrom: isoDateOrNull(f('von'), at(b, 'von')), validTo: isoDateOrNull(f('bis'), at(b, 'bis')),
      extent: oneOfOrNull(f('umfang'), at(b, 'umfang'), ['vollzeit', 'teilzeit', 'minijob', 'ausbildung'] as const), monthlyIncomeCents: null,
    });
  });
  childrenNamed(node, 'verurteilung').forEach((v, i) => {
    const f = (name: string) => `verurteilung[${i + 1}]/@${name}`;
    facts.push({
      kind: 'conviction', category: 'straf', ...provenance,
      date: isoDateOrNull(f('datum'), at(v, 'datum')), dailyRates: intOrNull(f('tagessaetze'), at(v, 'tagessaetze')),
      prisonMonths: numberOrNull(f('freiheitsstrafeMonate'), at(v, 'freiheitsstrafeMonate')), suspended: boolOrNull(f('bewaehrung'), at(v, 'bewaehrung')),
      foreignerSpecific: boolOrNull(f('auslaenderrechtlich'), at(v, 'auslaenderrechtlich')), racistMotive: boolOrNull(f('motivRassistisch'), at(v, 'motivRassistisch')),
      serious: boolOrNull(f('schwer'), at(v, 'schwer')),
    });
  });
  const haushalt = childrenNamed(node, 'haushalt')[0];
  childrenNamed(haushalt ?? { children: [] } as unknown as XmlNode, 'mitglied').forEach((m, i) => {
    const f = (name: string) => `haushalt/mitglied[${i + 1}]/@${name}`;
    facts.push({
      kind: 'household_member', category: 'stammdaten', ...provenance,
      relation: oneOf(f('beziehung'), at(m, 'beziehung'), ['kind', 'ehegatte', 'elternteil'] as const),
      birthDate: isoDateOrNull(f('geburtsdatum'), at(m, 'geburtsdatum')), azr: azrOrNull(f('azrNummer'), at(m, 'azrNummer')),
      attendsSchool: boolOrNull(f('schulbesuch'), at(m, 'schulbesuch'), 'ja', 'nein'),
    });
  });

  const record = hashed<PersonRecord>({
    type: 'person_record', source: 'abh', authority: header.behoerde, sourceRecordId: aktenzeichen,
    exportedAt: header.exportiertAm, snapshot: header.art === 'vollbestand' ? 'full' : 'delta', position,
    person: {
      identifiers: { ...(azr ? { azr } : {}), abhAktenzeichen: aktenzeichen },
      familyName, givenNames, birthName: optional(childText(node, 'geburtsname')), nameKey: nameKey(familyName, givenNames),
      birthDate: isoDate('geburtsdatum', childText(node, 'geburtsdatum')),
      sex: oneOfOrNull('geschlecht', childText(node, 'geschlecht'), ['m', 'w', 'd', 'x'] as const),
      nationalities,
      residence: wohnort ? { ags: pattern('wohnort/@ags', at(wohnort, 'ags'), AGS, 'an AGS (8 digits)'), plz: optional(at(wohnort, 'plz')) } : null,
    },
    facts,
  });
  return checked(record, 'person-record.schema.json');
}
