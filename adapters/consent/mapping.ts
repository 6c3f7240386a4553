// Maps one row of the consent CSV (formats/README.md section 5: one row per scope line) to a
// Consent with a one-entry scope; rows of the same einwilligung_id are merged by mergeConsents.
import { CATEGORIES, FACT_SOURCES, ROLES } from '../../src/generated/enums.js';
import type { Consent } from '../../src/generated/kim-types.js';
import { nameKey } from '../../src/kim/names.js';
import { azrOrNull, isoDate, isoDateOrNull, optional, RecordProblem, required } from '../fields.js';
import { checked, hashed } from '../record.js';
import type { Position } from '../types.js';

export const CONSENT_COLUMNS = [
  'einwilligung_id',
  'person_azr',
  'ki_aktenzeichen',
  'familienname',
  'vornamen',
  'geburtsdatum',
  'erteilt_am',
  'gueltig_bis',
  'widerrufen_am',
  'quellen',
  'kategorien',
  'empfaenger',
  'zweck',
  'fallmanager',
  'nachweis',
] as const;

function list<T extends string>(field: string, text: string | undefined, allowed: readonly T[]): T[] {
  const items = required(field, text)
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) if (!(allowed as readonly string[]).includes(item)) throw new RecordProblem(field, item, `is not one of ${allowed.join(', ')}`);
  if (!items.length) throw new RecordProblem(field, null, 'is missing');
  return items as T[];
}

/** A complete date, as a consent date must be (a partial one cannot say from when it holds). */
function completeDate(field: string, text: string | undefined, isOptional: boolean): string | null {
  const d = isOptional ? isoDateOrNull(field, text) : isoDate(field, text);
  if (d && /-00/.test(d)) throw new RecordProblem(field, d, 'is not a complete date');
  return d;
}

export function mapConsentRow(c: Record<string, string>, position: Position): Consent {
  const familyName = required('familienname', c['familienname']);
  const givenNames = required('vornamen', c['vornamen']);
  const givenOn = completeDate('erteilt_am', c['erteilt_am'], false)!;
  const validUntil = completeDate('gueltig_bis', c['gueltig_bis'], true);
  const withdrawnOn = completeDate('widerrufen_am', c['widerrufen_am'], true);
  if (validUntil && validUntil < givenOn) throw new RecordProblem('gueltig_bis', validUntil, 'lies before erteilt_am');
  const record = hashed<Consent>({
    type: 'consent',
    consentId: required('einwilligung_id', c['einwilligung_id']),
    person: {
      azr: azrOrNull('person_azr', c['person_azr']),
      kiAktenzeichen: optional(c['ki_aktenzeichen']),
      familyName,
      givenNames,
      nameKey: nameKey(familyName, givenNames),
      birthDate: isoDateOrNull('geburtsdatum', c['geburtsdatum']),
    },
    givenOn,
    validUntil,
    withdrawnOn,
    evidence: required('nachweis', c['nachweis']),
    caseManager: optional(c['fallmanager']),
    scope: [{ sources: list('quellen', c['quellen'], FACT_SOURCES), categories: list('kategorien', c['kategorien'], CATEGORIES), recipients: list('empfaenger', c['empfaenger'], ROLES), purpose: required('zweck', c['zweck']) }],
    position,
  });
  return checked(record, 'consent.schema.json');
}
