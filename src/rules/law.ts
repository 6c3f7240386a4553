// The law as data: one row per version of a provision, with the period in which it applies and
// every number the statute (or a secondary source marked "verify" in docs/legal/RULES.md) sets.
// When the legal office confirms or corrects a date, the change is one line here plus the test
// in law.test.ts that pins it. Municipal choices that are not law live in DEFAULT_SETTINGS.
import { LANGUAGE_LEVELS } from '../generated/enums.js';
import type { KimDate } from '../kim/dates.js';
import type { RulesSettings } from './types.js';

/** A legal basis pattern: paragraph of the AufenthG, optionally limited to some Absätze ("4a" for a lettered one). */
export interface TitlePattern {
  paragraph: string;
  absaetze?: string[];
}

export interface P25aLaw {
  id: string;
  validFrom: KimDate;
  validTo: KimDate | null;
  /** § 25a Abs. 1 Satz 1 Nr. 3: the application must be filed before this birthday. */
  ageLimitYears: number;
  /** § 25a Abs. 1 Satz 1: at least 14 years old. */
  minAgeYears: number;
  /** § 25a Abs. 1 Satz 1 Nr. 1 */
  residenceYears: number;
  /** § 25a Abs. 1 Satz 1 Nr. 2 */
  schoolYears: number;
  /** § 25a Abs. 1 Satz 1: months of Duldung before the application; null = no such requirement. */
  duldungMonths: number | null;
  /**
   * The § 104c privileges (RULES.md section 3, change 2): a § 104c permit in place of the
   * Duldung for 25a.status, § 60b periods counted for its holder (§ 60b Abs. 5).
   */
  p104cPrivileges: boolean;
  /** The day the requirements of this row took effect; `…eligible` is never from earlier. */
  requirementsSince: KimDate;
}

export interface P25bLaw {
  id: string;
  validFrom: KimDate;
  validTo: KimDate | null;
  /** § 25b Abs. 1 Satz 2 Nr. 1 */
  residenceYears: number;
  /** § 25b Abs. 1 Satz 2 Nr. 1, living with a minor unmarried child */
  residenceYearsWithChild: number;
  /** § 25b Abs. 1 Satz 2 Nr. 4: oral German at this level */
  germanLevel: LanguageLevel;
  /** The § 104c privileges (change 2): the permit for 25b.status, § 60b periods counted (§ 25b Abs. 7). */
  p104cPrivileges: boolean;
  /** The day the requirements of this row took effect; `…eligible` is never from earlier. */
  requirementsSince: KimDate;
}

export interface Stag10Law {
  id: string;
  validFrom: KimDate;
  validTo: KimDate | null;
  /** § 10 Abs. 1 Satz 1 */
  residenceYears: number;
  /** § 10 Abs. 3 (as it stood): shortened periods; null once repealed. */
  shortened: { years: number; requires: string } | null;
  /** § 10 Abs. 1 Satz 1 Nr. 6, Abs. 4 */
  germanLevel: LanguageLevel;
  /** § 10 Abs. 1 Satz 1 Nr. 2: titles whose purpose excludes naturalisation (verify; data). */
  excludedTitles: TitlePattern[];
  /** § 10 Abs. 1 Satz 1 Nr. 3: full-time employment now and for this many of the last `fullTimeWindowMonths` months. */
  fullTimeMonths: number;
  fullTimeWindowMonths: number;
  /** § 12a Abs. 1 Satz 1 Nr. 2: fines up to this many daily rates are disregarded. */
  fineLimitDailyRates: number;
  /** § 12a Abs. 1 Satz 1 Nr. 3: prison up to this many months, suspended and remitted after probation, is disregarded. */
  suspendedPrisonLimitMonths: number;
  /** § 12a Abs. 1 Satz 3 (Satz 2 before 2024-06-27): several convictions are added up; a month of prison counts as 30 days. */
  prisonDaysPerMonth: number;
  /** The clause on a slight excess of the limits, decided case by case (change 1): Satz 4 since 2024-06-27, Satz 3 before. */
  slightExcessClause: string;
  /** § 34 StAG (verify age): from this age a person applies on their own. */
  capacityAge: number;
}

export interface P104cLaw {
  id: string;
  validFrom: KimDate;
  validTo: KimDate | null;
  /** No new § 104c permits from this day (verify: 2025-12-30 or 2025-12-31). */
  noNewGrantsFrom: KimDate;
  /**
   * § 81 Abs. 4 AufenthG for a § 104c permit (change 2): only a pending application for a permit
   * under these paragraphs, filed while the permit was valid, keeps it alive.
   */
  keptAliveBy: string[];
}

/** Household rules shared by § 25b: who is a minor child, which children are of school age. */
export interface HouseholdLaw {
  /** § 2 BGB: full age at 18. */
  majorityAge: number;
  /** § 25b Abs. 1 Satz 2 Nr. 5 with §§ 35, 37 SchulG NRW: school age from 6 to the end of compulsory schooling, taken as 18. */
  schoolAgeFrom: number;
  schoolAgeUntil: number;
}

/** CEFR levels, lowest first: the schema lists them in that order and levelAtLeast counts on it. */
export { LANGUAGE_LEVELS };
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

// Statutory history: § 25a/§ 25b in the version of the Gesetz zur Einführung eines
// Chancen-Aufenthaltsrechts (in force 2022-12-31); before it, the version of 2015-08-01.
// From 2027-07-01 (verify; RULES.md sections 1-3, change 2) the § 104c privileges end: the
// rows are the 2022 version without them, and their requirements still date from 2022-12-31.
const P25A_2022 = { ageLimitYears: 27, minAgeYears: 14, residenceYears: 3, schoolYears: 3, duldungMonths: 12, requirementsSince: '2022-12-31' };
export const P25A_VERSIONS: readonly P25aLaw[] = [
  { id: 'p25a@2015-08-01', validFrom: '2015-08-01', validTo: '2022-12-30', ageLimitYears: 21, minAgeYears: 14, residenceYears: 4, schoolYears: 4, duldungMonths: null, p104cPrivileges: false, requirementsSince: '2015-08-01' },
  { id: 'p25a@2022-12-31', validFrom: '2022-12-31', validTo: '2027-06-30', ...P25A_2022, p104cPrivileges: true },
  { id: 'p25a@2027-07-01', validFrom: '2027-07-01', validTo: null, ...P25A_2022, p104cPrivileges: false },
];

const P25B_2022 = { residenceYears: 6, residenceYearsWithChild: 4, germanLevel: 'A2' as LanguageLevel, requirementsSince: '2022-12-31' };
export const P25B_VERSIONS: readonly P25bLaw[] = [
  { id: 'p25b@2015-08-01', validFrom: '2015-08-01', validTo: '2022-12-30', residenceYears: 8, residenceYearsWithChild: 6, germanLevel: 'A2', p104cPrivileges: false, requirementsSince: '2015-08-01' },
  { id: 'p25b@2022-12-31', validFrom: '2022-12-31', validTo: '2027-06-30', ...P25B_2022, p104cPrivileges: true },
  { id: 'p25b@2027-07-01', validFrom: '2027-07-01', validTo: null, ...P25B_2022, p104cPrivileges: false },
];

// § 10 StAG: Gesetz zur Modernisierung des Staatsangehörigkeitsrechts (in force 2024-06-27) and
// the repeal of the "Turbo-Einbürgerung" in § 10 Abs. 3 (in force 2025-10-30).
const EXCLUDED_TITLES: TitlePattern[] = [
  ...['16a', '16b', '16d', '16e', '16f', '17', '18f', '19', '19b', '19e', '20', '22', '23a', '24', '104c'].map((paragraph) => ({ paragraph })),
  // "§ 25 Abs. 3 bis 5" includes Abs. 4a and 4b (change 14). § 20a is not listed (verify, change 11).
  { paragraph: '25', absaetze: ['3', '4', '4a', '4b', '5'] },
];

const STAG10_COMMON = {
  germanLevel: 'B1' as LanguageLevel,
  excludedTitles: EXCLUDED_TITLES,
  fullTimeMonths: 20,
  fullTimeWindowMonths: 24,
  fineLimitDailyRates: 90,
  suspendedPrisonLimitMonths: 3,
  prisonDaysPerMonth: 30,
  capacityAge: 16,
};

// § 12a Abs. 1: the 2024 reform inserted Satz 2 (racist motives), so the slight-excess clause
// moved from Satz 3 to Satz 4 (change 1).
export const STAG10_VERSIONS: readonly Stag10Law[] = [
  {
    id: 'stag10@2000-01-01',
    validFrom: '2000-01-01',
    validTo: '2024-06-26',
    residenceYears: 8,
    shortened: { years: 7, requires: 'Bescheinigung über die erfolgreiche Teilnahme an einem Integrationskurs (6 Jahre bei besonderen Integrationsleistungen)' },
    ...STAG10_COMMON,
    slightExcessClause: '§ 12a Abs. 1 Satz 3 StAG',
  },
  {
    id: 'stag10@2024-06-27',
    validFrom: '2024-06-27',
    validTo: '2025-10-29',
    residenceYears: 5,
    shortened: { years: 3, requires: 'besondere Integrationsleistungen (Deutsch C1 und gesicherter Lebensunterhalt)' },
    ...STAG10_COMMON,
    slightExcessClause: '§ 12a Abs. 1 Satz 4 StAG',
  },
  { id: 'stag10@2025-10-30', validFrom: '2025-10-30', validTo: null, residenceYears: 5, shortened: null, ...STAG10_COMMON, slightExcessClause: '§ 12a Abs. 1 Satz 4 StAG' },
];

// § 104c is a transitional provision since 2025-12-31 (§ 104c Abs. 2 Satz 3 n.F.; change 2): no
// new grants, an existing permit runs out. How long it counts for § 25a/§ 25b is in their rows.
export const P104C_VERSIONS: readonly P104cLaw[] = [
  { id: 'p104c@2022-12-31', validFrom: '2022-12-31', validTo: '2025-12-30', noNewGrantsFrom: '2025-12-31', keptAliveBy: ['25a', '25b'] },
  { id: 'p104c@2025-12-31', validFrom: '2025-12-31', validTo: null, noNewGrantsFrom: '2025-12-31', keptAliveBy: ['25a', '25b'] },
];

export const HOUSEHOLD_LAW: HouseholdLaw = { majorityAge: 18, schoolAgeFrom: 6, schoolAgeUntil: 18 };

/** Law behind the deadline signals (RULES.md section 5), for the signal's `lawVersion`. */
export const DEADLINE_LAW = {
  'status.expiring': 'p81-4@2005-01-01',
  'rechtskreis.gap': 'asylblg-sgb2@2005-01-01',
  'backlog.overdue': 'vwgo75@1960-04-01',
} as const;

export const DEFAULT_SETTINGS: Readonly<RulesSettings> = {
  upcomingHorizonDays: 365,
  ageDeadlineWarningDays: 180,
  p104cWarningDays: 120,
  statusWarningDays: 56,
  rechtskreisGraceDays: 14,
  backlogMonths: 3,
  bridgeMonths: 3,
  stag12aMarginDailyRates: 21,
  benefitSources: ['jobcenter', 'sozialamt'],
};

/** The version of a provision that applies on a day; null before the first version. */
export function versionAt<V extends { validFrom: KimDate; validTo: KimDate | null }>(versions: readonly V[], day: KimDate): V | null {
  return versions.find((v) => v.validFrom <= day && (v.validTo === null || day <= v.validTo)) ?? null;
}

/** RULES.md "Pending applications": EBB statuses of an application still awaiting a decision. */
export const PENDING_NATURALISATION_STATUSES: ReadonlySet<string> = new Set(['eingegangen', 'in Prüfung', 'Unterlagen angefordert', 'entscheidungsreif']);

/**
 * Pending, or a state outside the list (null, the raw value flagged; RULES.md change 15): an
 * application not recorded as decided is treated as still awaiting its decision, so its deadline
 * is not lost ("Zusicherung erteilt" is such a state); the signal names the raw state.
 */
export function naturalisationPending(status: string | null): boolean {
  return status === null || PENDING_NATURALISATION_STATUSES.has(status);
}
