// Maps one <person> of an ABH export (formats/README.md section 1) to a KIM PersonRecord.
import {
  EMPLOYMENT_EXTENTS as EXTENT,
  LANGUAGE_LEVELS as LEVEL,
  LANGUAGE_SCOPES as SCOPE,
  PERSON_IDENTITY_SEXES as SEX,
  RESIDENCE_STATUSES as STATUS,
  SCHOOL_QUALIFICATIONS as QUALIFICATION,
  TESTS as TEST,
} from '../../src/generated/enums.js';
import type { Fact, PersonRecord } from '../../src/generated/kim-types.js';
import { nameKey } from '../../src/kim/names.js';
import { parseLegalBasis } from '../../src/kim/legal-basis.js';
import { childText, childrenNamed, type XmlNode } from '../xml/record-stream.js';
import { AGS, azrOrNull, boolOrFlag, codeOrFlag, flag, flagged, intOrNull, isoDate, isoDateOrNull, nationalities, numberOrNull, optional, pattern, required, RecordProblem, type Flag } from '../fields.js';
import { checked, hashed } from '../record.js';
import type { Position } from '../types.js';

export interface AbhExportHeader {
  behoerde: string;
  exportiertAm: string;
  art: 'vollbestand' | 'aenderungen';
}

/** The ABH format's `@beziehung` knows three of the schema's relations (formats/README.md section 1): no `sonstige`. */
const RELATION = ['kind', 'ehegatte', 'elternteil'] as const;

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

/** The parsed legal basis, or null and a flag when the parser cannot read the text a clerk typed. */
function legalBasis(flags: Flag[], field: string, text: string) {
  if (!text) return null;
  const parsed = parseLegalBasis(text);
  if (!parsed) flag(flags, 'KIM_WARN_RECORD_LEGAL_BASIS', 'legalBasis', field, text);
  return parsed;
}

/** Field names in messages follow the XML: "aufenthalt/status[2]/@von". */
function at(node: XmlNode, field: string): string | undefined {
  return node.attrs[field];
}

/** What every fact of one person carries about where it came from. */
interface Provenance {
  source: 'abh';
  sourceRecordId: string;
  exportedAt: string;
}

// The facts are read in four groups, each appending to the person's one list in the order of
// the format (formats/README.md section 1): the order of facts and of the first error a
// record throws stays that of the export, and no list is built per group.

/** Residence statuses, entry, identity and applications; an unreadable identity flag goes to the person. */
function aufenthaltFacts(node: XmlNode, provenance: Provenance, personFlags: Flag[], facts: Fact[]): void {
  const aufenthalt = childrenNamed(node, 'aufenthalt')[0];
  childrenNamed(aufenthalt ?? node, 'status').forEach((s, i) => {
    const f = (name: string) => `aufenthalt/status[${i + 1}]/@${name}`;
    const flags: Flag[] = [];
    const status = codeOrFlag(flags, 'status', f('art'), at(s, 'art'), STATUS, true);
    const text = at(s, 'grundlage')?.trim() ?? '';
    facts.push({
      kind: 'residence_status',
      category: 'aufenthalt',
      ...provenance,
      status,
      legalBasis: legalBasis(flags, f('grundlage'), text),
      legalBasisText: text,
      validFrom: isoDateOrNull(f('von'), at(s, 'von')),
      validTo: isoDateOrNull(f('bis'), at(s, 'bis')),
      // An unknown kind may be a Duldung: its deception flag is kept as well.
      deception: status === null || status === 'duldung' || status === 'duldung_60b' ? boolOrFlag(flags, 'deception', f('taeuschung'), at(s, 'taeuschung')) : null,
      ...flagged(flags),
    });
  });
  const einreise = childText(node, 'einreise');
  if (einreise) facts.push({ kind: 'entry', category: 'aufenthalt', ...provenance, date: isoDate('einreise', einreise) });
  const geklaertFlags: Flag[] = [];
  const geklaert = boolOrFlag(geklaertFlags, 'clarified', 'identitaetGeklaert', childText(node, 'identitaetGeklaert'));
  if (geklaert !== null) facts.push({ kind: 'identity', category: 'aufenthalt', ...provenance, clarified: geklaert });
  else personFlags.push(...geklaertFlags); // an unreadable yes/no: nothing to state, but the value is kept
  childrenNamed(node, 'antrag').forEach((a, i) => {
    const flags: Flag[] = [];
    const text = required(`antrag[${i + 1}]/@grundlage`, at(a, 'grundlage'));
    facts.push({
      kind: 'residence_application',
      category: 'aufenthalt',
      ...provenance,
      legalBasis: legalBasis(flags, `antrag[${i + 1}]/@grundlage`, text),
      legalBasisText: text,
      filedOn: isoDate(`antrag[${i + 1}]/@gestellt`, at(a, 'gestellt')),
      ...flagged(flags),
    });
  });
}

/** Language levels, tests and schools. */
function bildungFacts(node: XmlNode, provenance: Provenance, facts: Fact[]): void {
  childrenNamed(node, 'sprache').forEach((s, i) => {
    const f = (name: string) => `sprache[${i + 1}]/@${name}`;
    const flags: Flag[] = [];
    facts.push({
      kind: 'language',
      category: 'bildung_sprache',
      ...provenance,
      level: codeOrFlag(flags, 'level', f('niveau'), at(s, 'niveau'), LEVEL, true),
      scope: codeOrFlag(flags, 'scope', f('art'), at(s, 'art'), SCOPE),
      date: isoDateOrNull(f('datum'), at(s, 'datum')),
      evidence: 'certificate',
      ...flagged(flags),
    });
  });
  childrenNamed(node, 'test').forEach((t, i) => {
    const f = (name: string) => `test[${i + 1}]/@${name}`;
    const flags: Flag[] = [];
    if (optional(at(t, 'bestanden')) === null) throw new RecordProblem(f('bestanden'), null, 'is missing');
    facts.push({
      kind: 'test',
      category: 'bildung_sprache',
      ...provenance,
      test: codeOrFlag(flags, 'test', f('art'), at(t, 'art'), TEST, true),
      passed: boolOrFlag(flags, 'passed', f('bestanden'), at(t, 'bestanden')),
      date: isoDateOrNull(f('datum'), at(t, 'datum')),
      ...flagged(flags),
    });
  });
  childrenNamed(node, 'schule').forEach((s, i) => {
    const f = (name: string) => `schule[${i + 1}]/@${name}`;
    const flags: Flag[] = [];
    facts.push({
      kind: 'school',
      category: 'bildung_sprache',
      ...provenance,
      validFrom: isoDateOrNull(f('von'), at(s, 'von')),
      validTo: isoDateOrNull(f('bis'), at(s, 'bis')),
      qualification: codeOrFlag(flags, 'qualification', f('abschluss'), at(s, 'abschluss'), QUALIFICATION),
      ...flagged(flags),
    });
  });
}

/** Employment and convictions. */
function arbeitStrafFacts(node: XmlNode, provenance: Provenance, facts: Fact[]): void {
  childrenNamed(node, 'beschaeftigung').forEach((b, i) => {
    const f = (name: string) => `beschaeftigung[${i + 1}]/@${name}`;
    const flags: Flag[] = [];
    facts.push({
      kind: 'employment',
      category: 'arbeit',
      ...provenance,
      validFrom: isoDateOrNull(f('von'), at(b, 'von')),
      validTo: isoDateOrNull(f('bis'), at(b, 'bis')),
      extent: codeOrFlag(flags, 'extent', f('umfang'), at(b, 'umfang'), EXTENT),
      monthlyIncomeCents: null,
      ...flagged(flags),
    });
  });
  childrenNamed(node, 'verurteilung').forEach((v, i) => {
    const f = (name: string) => `verurteilung[${i + 1}]/@${name}`;
    const flags: Flag[] = [];
    facts.push({
      kind: 'conviction',
      category: 'straf',
      ...provenance,
      date: isoDateOrNull(f('datum'), at(v, 'datum')),
      dailyRates: intOrNull(f('tagessaetze'), at(v, 'tagessaetze')),
      prisonMonths: numberOrNull(f('freiheitsstrafeMonate'), at(v, 'freiheitsstrafeMonate')),
      suspended: boolOrFlag(flags, 'suspended', f('bewaehrung'), at(v, 'bewaehrung')),
      foreignerSpecific: boolOrFlag(flags, 'foreignerSpecific', f('auslaenderrechtlich'), at(v, 'auslaenderrechtlich')),
      racistMotive: boolOrFlag(flags, 'racistMotive', f('motivRassistisch'), at(v, 'motivRassistisch')),
      serious: boolOrFlag(flags, 'serious', f('schwer'), at(v, 'schwer')),
      ...flagged(flags),
    });
  });
}

/** The members of the person's household. */
function householdFacts(node: XmlNode, provenance: Provenance, facts: Fact[]): void {
  const haushalt = childrenNamed(node, 'haushalt')[0];
  childrenNamed(haushalt ?? ({ children: [] } as unknown as XmlNode), 'mitglied').forEach((m, i) => {
    const f = (name: string) => `haushalt/mitglied[${i + 1}]/@${name}`;
    const flags: Flag[] = [];
    facts.push({
      kind: 'household_member',
      category: 'stammdaten',
      ...provenance,
      relation: codeOrFlag(flags, 'relation', f('beziehung'), at(m, 'beziehung'), RELATION, true),
      birthDate: isoDateOrNull(f('geburtsdatum'), at(m, 'geburtsdatum')),
      azr: azrOrNull(f('azrNummer'), at(m, 'azrNummer')),
      attendsSchool: boolOrFlag(flags, 'attendsSchool', f('schulbesuch'), at(m, 'schulbesuch'), 'ja', 'nein'),
      ...flagged(flags),
    });
  });
}

export function mapAbhPerson(node: XmlNode, header: AbhExportHeader, position: Position): PersonRecord {
  const aktenzeichen = required('aktenzeichen', childText(node, 'aktenzeichen'));
  const azr = azrOrNull('azrNummer', childText(node, 'azrNummer'));
  const familyName = required('familienname', childText(node, 'familienname'));
  const givenNames = required('vornamen', childText(node, 'vornamen'));
  const provenance = { source: 'abh' as const, sourceRecordId: aktenzeichen, exportedAt: header.exportiertAm };
  const personFlags: Flag[] = [];
  const keys = nationalities(
    personFlags,
    'destatis',
    childrenNamed(node, 'staatsangehoerigkeit').map((n, i) => ({ field: `staatsangehoerigkeit[${i + 1}]/@schluessel`, text: at(n, 'schluessel') })),
  );
  const wohnort = childrenNamed(node, 'wohnort')[0];

  const facts: Fact[] = [];
  aufenthaltFacts(node, provenance, personFlags, facts);
  bildungFacts(node, provenance, facts);
  arbeitStrafFacts(node, provenance, facts);
  householdFacts(node, provenance, facts);

  const record = hashed<PersonRecord>({
    type: 'person_record',
    source: 'abh',
    authority: header.behoerde,
    sourceRecordId: aktenzeichen,
    exportedAt: header.exportiertAm,
    snapshot: header.art === 'vollbestand' ? 'full' : 'delta',
    position,
    person: {
      identifiers: { ...(azr ? { azr } : {}), abhAktenzeichen: aktenzeichen },
      familyName,
      givenNames,
      birthName: optional(childText(node, 'geburtsname')),
      nameKey: nameKey(familyName, givenNames),
      birthDate: isoDate('geburtsdatum', childText(node, 'geburtsdatum')),
      sex: codeOrFlag(personFlags, 'sex', 'geschlecht', childText(node, 'geschlecht'), SEX),
      nationalities: keys,
      residence: wohnort ? { ags: pattern('wohnort/@ags', at(wohnort, 'ags'), AGS, 'an AGS (8 digits)'), plz: optional(at(wohnort, 'plz')) } : null,
      ...flagged(personFlags),
    },
    facts,
  });
  return checked(record, 'person-record.schema.json');
}
