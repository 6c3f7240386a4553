// Maps one <Fall> of a Sozialamt export (formats/README.md section 3) to a KIM PersonRecord.
import type { BenefitFact, Fact, HouseholdMemberFact, PersonRecord } from '../../src/generated/kim-types.js';
import { nameKey, splitCommaName } from '../../src/kim/names.js';
import { AGS, azrOrNull, codeOrFlag, flag, flagged, germanDate, germanDateOrNull, nationalities, pattern, required, RecordProblem, type Flag } from '../fields.js';
import { checked, hashed } from '../record.js';
import type { Position } from '../types.js';
import { childText, childrenNamed, type XmlNode } from '../xml/record-stream.js';

// "AsylbLG § 3", "SGB XII 4. Kap.": the statute and the provision within it; clerks also write
// the statute last ("§ 2 AsylbLG", "4. Kap. SGB XII"). The provision is kept in the statute-first
// spelling ("§ 2"), so both forms give the same fact.
const LAW = /\b(AsylbLG|SGB\s*XII|SGB\s*II)\b/i;
const LAW_NAMES: Record<string, BenefitFact['law'] & string> = { asylblg: 'AsylbLG', sgbxii: 'SGB XII', sgbii: 'SGB II' };

// The values formats/README.md lists. Another one is read as far as it goes (statute and
// provision) and flagged, so the operator sees the export leave its format.
const LISTED = new Set(['AsylbLG § 1a', 'AsylbLG § 2', 'AsylbLG § 3', 'SGB XII 3. Kap.', 'SGB XII 4. Kap.']);

/** The statute and provision of a Rechtsgrundlage, or law null (and a flag) when no statute is named. */
function rechtsgrundlage(flags: Flag[], field: string, text: string): { law: BenefitFact['law']; provision: string | null } {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!LISTED.has(t) && LAW.test(t)) flag(flags, 'KIM_WARN_RECORD_UNKNOWN_CODE', 'provision', field, t);
  const m = LAW.exec(t);
  if (!m) {
    flag(flags, 'KIM_WARN_RECORD_UNKNOWN_CODE', 'law', field, t);
    return { law: null, provision: t };
  }
  const provision = (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
  return { law: LAW_NAMES[m[1]!.replace(/\s+/g, '').toLowerCase()]!, provision: provision || null };
}

// The Sozialamt names household roles in German; KIM keeps the ABH's relation names.
const ROLLE: Record<string, NonNullable<HouseholdMemberFact['relation']>> = {
  kind: 'kind',
  ehegatte: 'ehegatte',
  ehegattin: 'ehegatte',
  ehepartner: 'ehegatte',
  elternteil: 'elternteil',
  mutter: 'elternteil',
  vater: 'elternteil',
};

export function mapSozialamtFall(node: XmlNode, exportedAt: string, position: Position): PersonRecord {
  const az = required('Fall/@Az', node.attrs.Az);
  const person = childrenNamed(node, 'Person')[0];
  if (!person) throw new RecordProblem('Person', null, 'is missing');
  const nameText = required('Person/Name', childText(person, 'Name'));
  const name = splitCommaName(nameText);
  if (!name) throw new RecordProblem('Person/Name', nameText, 'is not "FAMILIENNAME, Vornamen"');
  const azr = azrOrNull('Person/@AZR', person.attrs.AZR);
  const provenance = { source: 'sozialamt' as const, sourceRecordId: az, exportedAt };

  const facts: Fact[] = [];
  childrenNamed(node, 'Leistung').forEach((l, i) => {
    const field = (n: string) => `Leistung[${i + 1}]/@${n}`;
    const flags: Flag[] = [];
    const text = required(field('Rechtsgrundlage'), l.attrs.Rechtsgrundlage);
    const benefit: BenefitFact = {
      kind: 'benefit',
      category: 'leistungen',
      ...provenance,
      ...rechtsgrundlage(flags, field('Rechtsgrundlage'), text),
      validFrom: germanDate(field('Beginn'), l.attrs.Beginn),
      validTo: germanDateOrNull(field('Ende'), l.attrs.Ende),
      monthlyNeedCents: null,
      ...flagged(flags),
    };
    facts.push(benefit);
  });
  const haushalt = childrenNamed(node, 'Haushalt')[0];
  (haushalt ? childrenNamed(haushalt, 'Angehoeriger') : []).forEach((a, i) => {
    const field = (n: string) => `Haushalt/Angehoeriger[${i + 1}]/@${n}`;
    const flags: Flag[] = [];
    facts.push({
      kind: 'household_member',
      category: 'stammdaten',
      ...provenance,
      relation: codeOrFlag(flags, 'relation', field('Rolle'), a.attrs.Rolle, ROLLE, true),
      birthDate: germanDateOrNull(field('GebDat'), a.attrs.GebDat),
      azr: azrOrNull(field('AZR'), a.attrs.AZR),
      attendsSchool: null,
      ...flagged(flags),
    });
  });

  const personFlags: Flag[] = [];
  const keys = nationalities(
    personFlags,
    'iso3',
    childrenNamed(person, 'StAng').map((s, i) => ({ field: `Person/StAng[${i + 1}]`, text: s.text })),
  );
  const agsText = childText(person, 'AGS');
  const record = hashed<PersonRecord>({
    type: 'person_record',
    source: 'sozialamt',
    authority: null,
    sourceRecordId: az,
    exportedAt,
    snapshot: 'full',
    position,
    person: {
      identifiers: { ...(azr ? { azr } : {}), sozialamtAktenzeichen: az },
      familyName: name.familyName,
      givenNames: name.givenNames,
      birthName: null,
      nameKey: nameKey(name.familyName, name.givenNames),
      birthDate: germanDate('Person/GebDat', childText(person, 'GebDat')),
      sex: null,
      nationalities: keys,
      residence: agsText ? { ags: pattern('Person/AGS', agsText, AGS, 'an AGS (8 digits)'), plz: null } : null,
      ...flagged(personFlags),
    },
    facts,
  });
  return checked(record, 'person-record.schema.json');
}
