// Maps one Jobcenter CSV row (formats/README.md section 2: one row per person and SGB II
// benefit period) to a KIM PersonRecord.
import { LANGUAGE_LEVELS as LEVEL } from '../../src/generated/enums.js';
import type { Fact, PersonRecord } from '../../src/generated/kim-types.js';
import { AGS, azrOrNull, boolOrFlag, codeOrFlag, flagged, germanDate, germanDateOrNull, intOrNull, moneyOrNull, nationalities, optional, pattern, required, tabularPerson, type Flag } from '../fields.js';
import { checked, hashed } from '../record.js';
import type { Position } from '../types.js';

export const JOBCENTER_COLUMNS = [
  'Kundennummer',
  'BG-Nummer',
  'AZR-Nummer',
  'Familienname',
  'Vorname',
  'Geburtsdatum',
  'Staatsangehörigkeit',
  'PLZ',
  'Wohnort-AGS',
  'Leistungsbeginn',
  'Leistungsende',
  'Erwerbstätig',
  'Beschäftigungsumfang',
  'Erwerbseinkommen',
  'Bedarf',
  'Kinder unter 18',
  'Alleinerziehend',
  'Sprachniveau',
  'Stand',
] as const;

const UMFANG = { Vollzeit: 'vollzeit', Teilzeit: 'teilzeit', Minijob: 'minijob', Ausbildung: 'ausbildung' } as const;

export function mapJobcenterRow(c: Record<string, string>, position: Position): PersonRecord {
  const kundennummer = required('Kundennummer', c['Kundennummer']);
  const beginn = germanDate('Leistungsbeginn', c['Leistungsbeginn']);
  const sourceRecordId = `${kundennummer}/${beginn}`;
  const exportedAt = germanDate('Stand', c['Stand']);
  const provenance = { source: 'jobcenter' as const, sourceRecordId, exportedAt };
  const ende = germanDateOrNull('Leistungsende', c['Leistungsende']);
  const familyName = required('Familienname', c['Familienname']);
  const givenNames = required('Vorname', c['Vorname']);
  const azr = azrOrNull('AZR-Nummer', c['AZR-Nummer']);
  const bg = optional(c['BG-Nummer']);

  const facts: Fact[] = [{ kind: 'benefit', category: 'leistungen', ...provenance, law: 'SGB II', provision: null, validFrom: beginn, validTo: ende, monthlyNeedCents: moneyOrNull('Bedarf', c['Bedarf']) }];
  // The employment columns describe the person during this benefit period, so the period bounds the fact.
  const work: Flag[] = [];
  const erwerbstaetig = boolOrFlag(work, 'employed', 'Erwerbstätig', c['Erwerbstätig'], 'ja', 'nein');
  const extent = codeOrFlag(work, 'extent', 'Beschäftigungsumfang', c['Beschäftigungsumfang'], UMFANG);
  // An unreadable "Erwerbstätig" with an extent given may be employment: kept as an employment fact, flagged.
  if (erwerbstaetig || (erwerbstaetig === null && work.length)) {
    facts.push({ kind: 'employment', category: 'arbeit', ...provenance, validFrom: beginn, validTo: ende, extent, monthlyIncomeCents: moneyOrNull('Erwerbseinkommen', c['Erwerbseinkommen']), ...flagged(work) });
  }
  const household: Flag[] = [];
  facts.push({
    kind: 'household_summary',
    category: 'stammdaten',
    ...provenance,
    minorChildren: intOrNull('Kinder unter 18', c['Kinder unter 18']),
    singleParent: boolOrFlag(household, 'singleParent', 'Alleinerziehend', c['Alleinerziehend'], 'ja', 'nein'),
    ...flagged(household),
  });
  const language: Flag[] = [];
  const level = codeOrFlag(language, 'level', 'Sprachniveau', c['Sprachniveau'], LEVEL);
  // The Jobcenter notes a level without certificate or date: kept as "reported", not as a certificate.
  if (level || language.length) facts.push({ kind: 'language', category: 'bildung_sprache', ...provenance, level, scope: null, date: null, evidence: 'reported', ...flagged(language) });
  const personFlags: Flag[] = [];
  const keys = nationalities(personFlags, 'adjective', [{ field: 'Staatsangehörigkeit', text: c['Staatsangehörigkeit'] }]);
  // An employment flag without an employment fact (Erwerbstätig "nein" with an unknown extent) stays with the person.
  if (erwerbstaetig === false) personFlags.push(...work);

  const ags = optional(c['Wohnort-AGS']);
  const record = hashed<PersonRecord>({
    type: 'person_record',
    source: 'jobcenter',
    authority: null,
    sourceRecordId,
    exportedAt,
    snapshot: 'full',
    position,
    person: tabularPerson({
      identifiers: { ...(azr ? { azr } : {}), jobcenterKundennummer: kundennummer, ...(bg ? { jobcenterBgNummer: bg } : {}) },
      familyName,
      givenNames,
      birthDate: germanDate('Geburtsdatum', c['Geburtsdatum']),
      nationalities: keys,
      residence: ags ? { ags: pattern('Wohnort-AGS', ags, AGS, 'an AGS (8 digits)'), plz: optional(c['PLZ']) } : null,
      flags: personFlags,
    }),
    facts,
  });
  return checked(record, 'person-record.schema.json');
}
