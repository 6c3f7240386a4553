// Maps one <Fall> of a Sozialamt export (formats/README.md section 3) to a KIM PersonRecord.
import type { BenefitFact, Fact, HouseholdMemberFact, PersonRecord } from '../../src/generated/kim-types.js';
import { nameKey, splitCommaName } from '../../src/kim/names.js';
import { AGS, azrOrNull, germanDate, germanDateOrNull, nationalityFromIso3, pattern, required, RecordProblem } from '../fields.js';
import { checked, hashed } from '../record.js';
import type { Position } from '../types.js';
import { childText, childrenNamed, type XmlNode } from '../xml/record-stream.js';

// "AsylbLG § 3", "SGB XII 4. Kap.": the statute and the provision within it.
const RECHTSGRUNDLAGE = /^(AsylbLG|SGB XII|SGB II)\s+(.+)$/;

// The Sozialamt names household roles in German; KIM keeps the ABH's relation names.
const ROLLE: Record<string, HouseholdMemberFact['relation']> = {
  kind: 'kind', ehegatte: 'ehegatte', ehegattin: 'ehegatte', ehepartner: 'ehegatte', elternteil: 'elternteil', mutter: 'elternteil', vater: 'elternteil',
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
    const text = required(field('Rechtsgrundlage'), l.attrs.Rechtsgrundlage);
    const m = RECHTSGRUNDLAGE.exec(text.replace(/\s+/g, ' '));
    if (!m) throw new RecordProblem(field('Rechtsgrundlage'), text, 'is not "AsylbLG § n", "SGB XII n. Kap." or "SGB II"');
    const benefit: BenefitFact = {
      kind: 'benefit', category: 'leistungen', ...provenance,
      law: m[1] as BenefitFact['law'], provision: m[2]!.trim(),
      validFrom: germanDate(field('Beginn'), l.attrs.Beginn), validTo: germanDateOrNull(field('Ende'), l.attrs.Ende), monthlyNeedCents: null,
    };
    facts.push(benefit);
  });
  const haushalt = childrenNamed(node, 'Haushalt')[0];
  (haushalt ? childrenNamed(haushalt, 'Angehoeriger') : []).forEach((a, i) => {
    const field = (n: string) => `Haushalt/Angehoeriger[${i + 1}]/@${n}`;
    const rolle = required(field('Rolle'), a.attrs.Rolle);
    facts.push({
      kind: 'household_member', category: 'stammdaten', ...provenance,
      relation: ROLLE[rolle.toLowerCase()] ?? 'sonstige', birthDate: germanDateOrNull(field('GebDat'), a.attrs.GebDat), azr: azrOrNull(field('AZR'), a.attrs.AZR), attendsSchool: null,
    });
  });

  const agsText = childText(person, 'AGS');
  const record = hashed<PersonRecord>({
    type: 'person_record', source: 'sozialamt', authority: null, sourceRecordId: az, exportedAt, snapshot: 'full', position,
    person: {
      identifiers: { ...(azr ? { azr } : {}), sozialamtAktenzeichen: az },
      familyName: name.familyName, givenNames: name.givenNames, birthName: null, nameKey: nameKey(name.familyName, name.givenNames),
      birthDate: germanDate('Person/GebDat', childText(person, 'GebDat')), sex: null,
      nationalities: childrenNamed(person, 'StAng').map((s, i) => nationalityFromIso3(`Person/StAng[${i + 1}]`, s.text)),
      residence: agsText ? { ags: pattern('Person/AGS', agsText, AGS, 'an AGS (8 digits)'), plz: null } : null,
    },
    facts,
  });
  return checked(record, 'person-record.schema.json');
}
