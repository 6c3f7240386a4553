// Maps one EBB backlog row (formats/README.md section 4: one row per naturalisation application)
// to a KIM PersonRecord. The same mapping serves the CSV and the XLSX export.
import type { Fact, NaturalisationApplicationFact, PersonRecord } from '../../src/generated/kim-types.js';
import { nameKey } from '../../src/kim/names.js';
import { azrOrNull, germanDate, germanDateOrNull, nationalityFromIso3, oneOf, optional, RecordProblem, required } from '../fields.js';
import { checked, hashed } from '../record.js';
import type { Position } from '../types.js';

export const EBB_COLUMNS = [
  'Antragsnummer', 'Eingangsdatum', 'AZR-Nummer', 'Familienname', 'Vorname', 'Geburtsdatum', 'Staatsangehörigkeit', 'Status',
  'Sprachnachweis', 'Einbürgerungstest', 'Letzte Bearbeitung', 'Fehlende Unterlagen', 'Sachbearbeitung',
] as const;

const STATUS: readonly NaturalisationApplicationFact['status'][] = ['eingegangen', 'in Prüfung', 'Unterlagen angefordert', 'entscheidungsreif', 'eingebürgert', 'abgelehnt', 'zurückgenommen'];
const SPRACHNACHWEIS = /^(A1|A2|B1|B2|C1|C2)\s*(?:\((\d{2}\.\d{2}\.\d{4})\))?$/;
const TEST = /^(bestanden|nicht bestanden)\s*(?:\((\d{2}\.\d{2}\.\d{4})\))?$/;

export function mapEbbRow(c: Record<string, string>, position: Position, exportedAt: string): PersonRecord {
  const antragsnummer = required('Antragsnummer', c['Antragsnummer']);
  const provenance = { source: 'ebb' as const, sourceRecordId: antragsnummer, exportedAt };
  const familyName = required('Familienname', c['Familienname']);
  const givenNames = required('Vorname', c['Vorname']);
  const azr = azrOrNull('AZR-Nummer', c['AZR-Nummer']);

  const facts: Fact[] = [
    {
      kind: 'naturalisation_application', category: 'einbuergerung', ...provenance,
      applicationNumber: antragsnummer, receivedOn: germanDate('Eingangsdatum', c['Eingangsdatum']), status: oneOf('Status', c['Status'], STATUS),
      lastActivity: germanDateOrNull('Letzte Bearbeitung', c['Letzte Bearbeitung']),
      missingDocuments: (optional(c['Fehlende Unterlagen']) ?? '').split('|').map((d) => d.trim()).filter(Boolean),
      team: optional(c['Sachbearbeitung']),
    },
  ];
  const sprache = optional(c['Sprachnachweis']);
  if (sprache) {
    const m = SPRACHNACHWEIS.exec(sprache);
    if (!m) throw new RecordProblem('Sprachnachweis', sprache, 'is not a level with its date, e.g. "B1 (28.02.2025)"');
    facts.push({ kind: 'language', category: 'bildung_sprache', ...provenance, level: m[1] as 'B1', scope: null, date: germanDateOrNull('Sprachnachweis', m[2]), evidence: 'certificate' });
  }
  const test = optional(c['Einbürgerungstest']);
  if (test) {
    const m = TEST.exec(test);
    if (!m) throw new RecordProblem('Einbürgerungstest', test, 'is not "bestanden (dd.mm.yyyy)" or "nicht bestanden (dd.mm.yyyy)"');
    facts.push({ kind: 'test', category: 'bildung_sprache', ...provenance, test: 'EBT', passed: m[1] === 'bestanden', date: germanDateOrNull('Einbürgerungstest', m[2]) });
  }

  const record = hashed<PersonRecord>({
    type: 'person_record', source: 'ebb', authority: null, sourceRecordId: antragsnummer, exportedAt, snapshot: 'full', position,
    person: {
      identifiers: { ...(azr ? { azr } : {}), ebbAntragsnummer: antragsnummer },
      familyName, givenNames, birthName: null, nameKey: nameKey(familyName, givenNames),
      birthDate: germanDate('Geburtsdatum', c['Geburtsdatum']), sex: null,
      nationalities: [nationalityFromIso3('Staatsangehörigkeit', c['Staatsangehörigkeit'])],
      residence: null,
    },
    facts,
  });
  return checked(record, 'person-record.schema.json');
}
