// Reading the fields of one raw record with messages in the export's own terms: the mapping
// throws a RecordProblem for the first field at fault, and the reader turns it into a Rejection.
import type { ErrorCode } from '../src/errors/registry.js';
import { parseGermanDate, parseKimDate, type KimDate } from '../src/kim/dates.js';
import { fromAdjective, fromDestatis, fromIso3 } from '../src/kim/nationality.js';
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

export function oneOf<T extends string>(field: string, text: string | undefined, values: readonly T[]): T {
  const t = required(field, text);
  if (!(values as readonly string[]).includes(t)) throw new RecordProblem(field, t, `is not one of ${values.join(', ')}`);
  return t as T;
}

export function oneOfOrNull<T extends string>(field: string, text: string | undefined, values: readonly T[]): T | null {
  return blank(text) ? null : oneOf(field, text, values);
}

export function boolOrNull(field: string, text: string | undefined, truthy = 'true', falsy = 'false'): boolean | null {
  if (blank(text)) return null;
  const t = text.trim().toLowerCase();
  if (t === truthy) return true;
  if (t === falsy) return false;
  throw new RecordProblem(field, text.trim(), `is not ${truthy} or ${falsy}`);
}

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

type Lookup = (code: string) => { destatis: string } | undefined;
function nationality(field: string, text: string | undefined, lookup: Lookup): string {
  const t = required(field, text);
  const found = lookup(t);
  if (!found) throw new RecordProblem(field, t, 'is not a known nationality', 'KIM_ERR_RECORD_NATIONALITY');
  return found.destatis;
}
export const nationalityFromDestatis = (field: string, text: string | undefined) => nationality(field, text, fromDestatis);
export const nationalityFromIso3 = (field: string, text: string | undefined) => nationality(field, text, fromIso3);
export const nationalityFromAdjective = (field: string, text: string | undefined) => nationality(field, text, fromAdjective);
