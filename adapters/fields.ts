// Reading the fields of one raw record with messages in the export's own terms: the mapping
// throws a RecordProblem for the first field at fault, and the reader turns it into a Rejection.
import type { ErrorCode, WarningCode } from '../src/errors/registry.js';
import { parseGermanDate, parseKimDate, type KimDate } from '../src/kim/dates.js';
import type { PersonRecord, Unrecognised } from '../src/generated/kim-types.js';
import { nameKey } from '../src/kim/names.js';
import type { NationalityScheme } from '../src/kim/nationality.js';
import { lookupNationality } from '../src/nationality-codes.js';
import { parseGermanMoney } from '../src/kim/money.js';

export class RecordProblem extends Error {
  constructor(
    readonly field: string,
    readonly value: string | null,
    readonly reason: string,
    readonly code: ErrorCode = 'KIM_ERR_RECORD_INVALID',
  ) {
    super(`${field}: ${reason}`);
  }
}

const blank = (t: string | undefined): t is undefined => t === undefined || t.trim() === '';

export function required(field: string, text: string | undefined): string {
  if (blank(text)) throw new RecordProblem(field, null, 'is missing');
  return text.trim();
}

export function optional(text: string | undefined): string | null {
  return blank(text) ? null : text.trim();
}

function date(field: string, text: string | undefined, parse: typeof parseKimDate, isOptional: boolean): KimDate | null {
  if (blank(text)) {
    if (isOptional) return null;
    throw new RecordProblem(field, null, 'is missing');
  }
  const parsed = parse(text);
  if (!parsed.ok) throw new RecordProblem(field, text.trim(), parsed.problem.startsWith('is not') ? parsed.problem : `is not a date (${parsed.problem})`);
  return parsed.date;
}

/** ISO form, partial dates allowed. */
export const isoDate = (field: string, text: string | undefined): KimDate => date(field, text, parseKimDate, false)!;
export const isoDateOrNull = (field: string, text: string | undefined): KimDate | null => date(field, text, parseKimDate, true);
/** German form dd.mm.yyyy, partial dates allowed. */
export const germanDate = (field: string, text: string | undefined): KimDate => date(field, text, parseGermanDate, false)!;
export const germanDateOrNull = (field: string, text: string | undefined): KimDate | null => date(field, text, parseGermanDate, true);

export function intOrNull(field: string, text: string | undefined): number | null {
  if (blank(text)) return null;
  if (!/^\d+$/.test(text.trim())) throw new RecordProblem(field, text.trim(), 'is not a whole number');
  return Number(text.trim());
}

export function numberOrNull(field: string, text: string | undefined): number | null {
  if (blank(text)) return null;
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) throw new RecordProblem(field, text.trim(), 'is not a number');
  return Number(t);
}

export function moneyOrNull(field: string, text: string | undefined): number | null {
  if (blank(text)) return null;
  const parsed = parseGermanMoney(text);
  if (!parsed.ok) throw new RecordProblem(field, text.trim(), parsed.problem);
  return parsed.cents;
}

export function pattern(field: string, text: string | undefined, re: RegExp, what: string): string {
  const t = required(field, text);
  if (!re.test(t)) throw new RecordProblem(field, t, `is not ${what}`);
  return t;
}

export const AZR = /^\d{12}$/;
export const AGS = /^\d{8}$/;

export function azrOrNull(field: string, text: string | undefined): string | null {
  return blank(text) ? null : pattern(field, text, AZR, 'an AZR number (12 digits)');
}

// ---- Open world (RULES.md change 15, formats/README.md): a value outside a code list is kept
// as delivered and flagged, never a reason to reject the record. The typed field is null, the
// raw value goes into the fact's (or the person's) `unrecognised` list, and each entry is an
// import warning. Only a record that cannot be tied to a person, or is structurally broken
// (a date that is no date), is rejected.

export type Flag = Unrecognised[number];

/** Longest value kept in a flag: enough for any code or a legal basis as typed, bounded for a hostile export. */
const FLAG_VALUE_MAX = 200;

export function flag(flags: Flag[], code: WarningCode, kimField: string, field: string, value: string): void {
  flags.push({ code, field: kimField, sourceField: field, value: value.length > FLAG_VALUE_MAX ? value.slice(0, FLAG_VALUE_MAX) : value });
}

/** `{ unrecognised }` only when there is one, so records without unknown values hash as before. */
export function flagged(flags: Flag[]): { unrecognised?: Flag[] } {
  return flags.length ? { unrecognised: flags } : {};
}

/**
 * A value of a code list: the list's value (spellings compared without case and outer spaces),
 * or null and a flag `KIM_WARN_RECORD_UNKNOWN_CODE` when the export has another one. `spellings`
 * is the list itself or a map from the export's spellings to KIM's values. Blank is null, or a
 * rejection when `required` (a record without the value is structurally broken).
 */
export function codeOrFlag<T extends string>(flags: Flag[], kimField: string, field: string, text: string | undefined, spellings: readonly T[] | Readonly<Record<string, T>>, required = false): T | null {
  if (blank(text)) {
    if (required) throw new RecordProblem(field, null, 'is missing');
    return null;
  }
  const t = text.trim();
  const found = spellingsOf(spellings).get(t) ?? spellingsOf(spellings).get(t.toLowerCase());
  if (found !== undefined) return found as T;
  flag(flags, 'KIM_WARN_RECORD_UNKNOWN_CODE', kimField, field, t);
  return null;
}

// Each list's lookup (its spellings as given and in lower case) is built once: codeOrFlag runs
// for every coded field of every record of a city's export. Found by identity first; a list
// written inline in a mapping is a new object per call, and is found by its content.
const byIdentity = new WeakMap<object, Map<string, string>>();
const byContent = new Map<string, Map<string, string>>();
function spellingsOf(spellings: readonly string[] | Readonly<Record<string, string>>): Map<string, string> {
  let map = byIdentity.get(spellings);
  if (map) return map;
  const pairs: Array<[string, string]> = Array.isArray(spellings) ? (spellings as readonly string[]).map((v) => [v, v]) : Object.entries(spellings);
  const content = pairs.map(([k, v]) => `${k}\u0000${v}`).join('\u0001');
  map = byContent.get(content);
  if (!map) {
    map = new Map([...pairs.map(([k, v]) => [k.toLowerCase(), v] as [string, string]), ...pairs]);
    byContent.set(content, map);
  }
  byIdentity.set(spellings, map);
  return map;
}

/** A yes/no field: its two spellings (any case), else null and a flag as for a code. */
export function boolOrFlag(flags: Flag[], kimField: string, field: string, text: string | undefined, truthy = 'true', falsy = 'false'): boolean | null {
  if (blank(text)) return null;
  // The common spellings first, without a lookup.
  const t = text.trim();
  if (t === truthy) return true;
  if (t === falsy) return false;
  const v = codeOrFlag(flags, kimField, field, t, yesNo(truthy, falsy));
  return v === null ? null : v === 'yes';
}

const yesNoLists = new Map<string, Readonly<Record<string, 'yes' | 'no'>>>();
function yesNo(truthy: string, falsy: string): Readonly<Record<string, 'yes' | 'no'>> {
  const key = `${truthy}|${falsy}`;
  let list = yesNoLists.get(key);
  if (!list) yesNoLists.set(key, (list = { [truthy]: 'yes', [falsy]: 'no' }));
  return list;
}

/**
 * The Destatis keys of delivered nationality codes. A well-formed code the list does not know
 * (`901`, `XYZ`, `marsianisch`) is flagged `KIM_WARN_RECORD_NATIONALITY_UNKNOWN`; a value that
 * cannot be a code of that scheme at all (`12`, `<b>`) `KIM_WARN_RECORD_NATIONALITY_MALFORMED`.
 * Either way the person is kept: no rule of the law reads the nationality, and a person dropped
 * for it would get no signal at all.
 */
export function nationalities(flags: Flag[], scheme: NationalityScheme, cells: Array<{ field: string; text: string | undefined }>): string[] {
  const keys: string[] = [];
  for (const { field, text } of cells) {
    if (blank(text)) continue;
    const r = lookupNationality(scheme, text);
    if ('found' in r) {
      if (!keys.includes(r.found.destatis)) keys.push(r.found.destatis);
    } else if (r.unknown === 'not_in_list') flag(flags, 'KIM_WARN_RECORD_NATIONALITY_UNKNOWN', 'nationalities', field, text.trim());
    else flag(flags, 'KIM_WARN_RECORD_NATIONALITY_MALFORMED', 'nationalities', field, text.trim());
  }
  return keys;
}

type Person = PersonRecord['person'];

/**
 * The person of a row of the offices' tabular exports (Jobcenter CSV, EBB CSV and XLSX): names and
 * birth date as both deliver them; no birth name or sex, which neither export carries. The caller
 * reads the cells in column order, so the first field at fault is the one a row's rejection names.
 */
export function tabularPerson(p: Pick<Person, 'identifiers' | 'familyName' | 'givenNames' | 'birthDate' | 'nationalities' | 'residence'> & { flags: Flag[] }): Person {
  return {
    identifiers: p.identifiers,
    familyName: p.familyName,
    givenNames: p.givenNames,
    birthName: null,
    nameKey: nameKey(p.familyName, p.givenNames),
    birthDate: p.birthDate,
    sex: null,
    nationalities: p.nationalities,
    residence: p.residence,
    ...flagged(p.flags),
  };
}
