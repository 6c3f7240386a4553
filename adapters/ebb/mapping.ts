// Maps one EBB backlog row (formats/README.md section 4: one row per naturalisation application)
// to a KIM PersonRecord. The same mapping serves the CSV and the XLSX export.
import { LANGUAGE_LEVELS, NATURALISATION_APPLICATION_STATUSES as STATUS } from '../../src/generated/enums.js';
import type { Fact, PersonRecord } from '../../src/generated/kim-types.js';
import { azrOrNull, codeOrFlag, flag, flagged, germanDate, germanDateOrNull, nationalities, optional, required, tabularPerson, type Flag } from '../fields.js';
import { checked, hashed } from '../record.js';
import type { Position } from '../types.js';

export const EBB_COLUMNS = [
  'Antragsnummer',
  'Eingangsdatum',
  'AZR-Nummer',
  'Familienname',
  'Vorname',
  'Geburtsdatum',
  'Staatsangehörigkeit',
  'Status',
  'Sprachnachweis',
  'Einbürgerungstest',
  'Letzte Bearbeitung',
  'Fehlende Unterlagen',
  'Sachbearbeitung',
] as const;

const SPRACHNACHWEIS = new RegExp(`^(${LANGUAGE_LEVELS.join('|')})\\s*(?:\\((\\d{2}\\.\\d{2}\\.\\d{4})\\))?$`);
const TEST = /^(bestanden|nicht bestanden)\s*(?:\((\d{2}\.\d{2}\.\d{4})\))?$/;

export function mapEbbRow(c: Record<string, string>, position: Position, exportedAt: string): PersonRecord {
  const antragsnummer = required('Antragsnummer', c['Antragsnummer']);
  const provenance = { source: 'ebb' as const, sourceRecordId: antragsnummer, exportedAt };
  const familyName = required('Familienname', c['Familienname']);
  const givenNames = required('Vorname', c['Vorname']);
  const azr = azrOrNull('AZR-Nummer', c['AZR-Nummer']);

  const applicationFlags: Flag[] = [];
  const facts: Fact[] = [
    {
      kind: 'naturalisation_application',
      category: 'einbuergerung',
      ...provenance,
      applicationNumber: antragsnummer,
      receivedOn: germanDate('Eingangsdatum', c['Eingangsdatum']),
      status: codeOrFlag(applicationFlags, 'status', 'Status', c['Status'], STATUS, true),
      lastActivity: germanDateOrNull('Letzte Bearbeitung', c['Letzte Bearbeitung']),
      missingDocuments: (optional(c['Fehlende Unterlagen']) ?? '')
        .split('|')
        .map((d) => d.trim())
        .filter(Boolean),
      team: optional(c['Sachbearbeitung']),
      ...flagged(applicationFlags),
    },
  ];
  // Certificates as free text: a form the hub cannot read is kept as a fact with the level (or
  // the result) empty and the text flagged, so the rules see that evidence exists and say needs_review.
  const sprache = optional(c['Sprachnachweis']);
  if (sprache) {
    const m = SPRACHNACHWEIS.exec(sprache);
    const flags: Flag[] = [];
    if (!m) flag(flags, 'KIM_WARN_RECORD_UNKNOWN_CODE', 'level', 'Sprachnachweis', sprache);
    facts.push({ kind: 'language', category: 'bildung_sprache', ...provenance, level: (m?.[1] ?? null) as 'B1' | null, scope: null, date: m ? germanDateOrNull('Sprachnachweis', m[2]) : null, evidence: 'certificate', ...flagged(flags) });
  }
  const test = optional(c['Einbürgerungstest']);
  if (test) {
    const m = TEST.exec(test);
    const flags: Flag[] = [];
    if (!m) flag(flags, 'KIM_WARN_RECORD_UNKNOWN_CODE', 'passed', 'Einbürgerungstest', test);
    facts.push({ kind: 'test', category: 'bildung_sprache', ...provenance, test: 'EBT', passed: m ? m[1] === 'bestanden' : null, date: m ? germanDateOrNull('Einbürgerungstest', m[2]) : null, ...flagged(flags) });
  }
  const personFlags: Flag[] = [];
  const keys = nationalities(personFlags, 'iso3', [{ field: 'Staatsangehörigkeit', text: c['Staatsangehörigkeit'] }]);

  const record = hashed<PersonRecord>({
    type: 'person_record',
    source: 'ebb',
    authority: null,
    sourceRecordId: antragsnummer,
    exportedAt,
    snapshot: 'full',
    position,
    person: tabularPerson({
      identifiers: { ...(azr ? { azr } : {}), ebbAntragsnummer: antragsnummer },
      familyName,
      givenNames,
      birthDate: germanDate('Geburtsdatum', c['Geburtsdatum']),
      nationalities: keys,
      residence: null,
      flags: personFlags,
    }),
    facts,
  });
  return checked(record, 'person-record.schema.json');
}
