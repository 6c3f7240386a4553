// The controlling report for the state (landesweites Controlling of the KIM programme): per
// municipality and month, how many persons the case management reached, which signals the hub
// raised and what followed, and how the EBB's backlog grew old. Pure: the store hands in one
// anonymous unit per person (no id, no name, no date of birth), the report counts them and
// suppresses every count below five persons, including the cells a total would reveal
// (src/report/suppression.ts). Medians are shown only where the count they rest on is shown.
import { addDays, addMonths, daysBetween, earliestDay, type KimDate } from '../kim/dates.js';
import { backlogOverdueFrom, DEFAULT_SETTINGS, SIGNAL_TYPES } from '../rules/index.js';
import { KimError } from '../errors/registry.js';
import { MIN_PERSONS, SECONDARY, SUPPRESSED, suppress, type Cell } from './suppression.js';

/** One person as the report sees them: where they live and what happened when, nothing that identifies them. */
export interface ReportUnit {
  /** residence municipality (AGS) as the store knows it now; null when unknown */
  ags: string | null;
  /** periods (inclusive) in which a consent assigned the person to a case manager; to null = open */
  caseManagement: Array<{ from: KimDate; to: KimDate | null }>;
  /** every signal raised for the person, to any recipient */
  signals: Array<{ type: string; raisedOn: KimDate; actedOn: boolean }>;
  /** naturalisation applications: pending now, or closed on a day (decided: naturalised or refused) */
  applications: Array<{ receivedOn: KimDate; pending: boolean; closedOn: KimDate | null; decided: boolean }>;
}

export interface ReportRequest {
  tenant: string;
  /** AGS → name, the tenant file's municipalities, in report order */
  municipalities: Record<string, string | undefined>;
  /** first and last month, YYYY-MM */
  from: string;
  to: string;
  /** the report's date; a month after it cannot be reported, the current month ends on it */
  stichtag: KimDate;
  backlogMonths?: number;
}

export type Measure = 'persons_in_case_management' | 'signals_raised' | 'signals_acted_on' | 'applications_after_signal' | 'backlog' | 'days_signal_to_application' | 'days_application_to_decision';

export interface ReportTable {
  measure: Measure;
  title: string;
  month: string;
  /** municipality AGS (or 'unbekannt') per row; the last row is the total ('gesamt') */
  rows: Array<{ ags: string; name: string }>;
  columns: string[];
  /** person counts or '<5'; the last column is the row total when there is more than one column */
  cells: Cell[][];
  suppressed: { primary: number; secondary: number };
}

export interface MedianTable {
  measure: Measure;
  title: string;
  month: string;
  rows: Array<{ ags: string; name: string }>;
  /** persons the median rests on, suppressed like any count */
  persons: Cell[];
  /** median in days; '<5' where fewer than five persons, null where there are none (shown under an 'x': it rests on five or more) */
  medianDays: Array<number | typeof SUPPRESSED | null>;
}

export interface ControllingReport {
  tenant: string;
  stichtag: KimDate;
  months: string[];
  minPersons: number;
  counts: ReportTable[];
  medians: MedianTable[];
  notes: string[];
}

const UNKNOWN = { ags: 'unbekannt', name: 'Wohnort unbekannt oder außerhalb' };
const TOTAL = { ags: 'gesamt', name: 'gesamt' };
const STAG10_SIGNAL = /^stag10\./;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months from `from` to `to` (YYYY-MM), inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = `${from}-01`; m <= `${to}-01`; m = addMonths(m, 1)) out.push(m.slice(0, 7));
  return out;
}

const monthOf = (date: KimDate): string => earliestDay(date).slice(0, 7);
const within = (date: KimDate, start: KimDate, end: KimDate): boolean => date >= start && date <= end;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/**
 * The longest period one report covers. Each month is a full pass over every person, so an
 * unbounded period (from=0001-01) ran the process out of heap; three years is what the state's
 * controlling asks for at once (a longer series is several reports).
 */
export const MAX_REPORT_MONTHS = 36;

const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** A report covers whole months that have begun by the report date, in order, at most MAX_REPORT_MONTHS of them. */
export function checkPeriod(from: string, to: string, stichtag: KimDate): void {
  if (!MONTH.test(from) || !MONTH.test(to) || from > to || to > stichtag.slice(0, 7)) throw new KimError('KIM_ERR_REPORT_PERIOD', `report months ${from} to ${to}: expected YYYY-MM to YYYY-MM, in order, not after ${stichtag.slice(0, 7)}`);
  const months = monthIndex(to) - monthIndex(from) + 1;
  if (months > MAX_REPORT_MONTHS) throw new KimError('KIM_ERR_REPORT_PERIOD', `report months ${from} to ${to}: ${months} months, one report covers at most ${MAX_REPORT_MONTHS}`);
}

/** Days from the first naturalisation signal to the person's application received in `month`, for one application at most. */
function daysSignalToApplication(u: ReportUnit, month: string, end: string): number[] {
  return u.applications
    .filter((a) => monthOf(a.receivedOn) === month && earliestDay(a.receivedOn) <= end)
    .flatMap((a) => {
      const raised = u.signals
        .filter((s) => STAG10_SIGNAL.test(s.type) && s.raisedOn <= earliestDay(a.receivedOn))
        .map((s) => s.raisedOn)
        .sort();
      return raised.length ? [daysBetween(raised[0]!, earliestDay(a.receivedOn))] : [];
    })
    .slice(0, 1); // the report counts persons: one application a month is enough
}

/** Which age columns of the backlog table the person's applications pending at `end` fall into. */
function backlogAgeHits(u: ReportUnit, end: string, backlogMonths: number): boolean[] {
  const hit = [false, false, false, false];
  for (const a of u.applications) {
    const received = earliestDay(a.receivedOn);
    const open = received <= end && (a.pending || (a.closedOn !== null && a.closedOn > end));
    if (!open) continue;
    const bucket = end < backlogOverdueFrom(received, backlogMonths) ? 0 : end < addMonths(received, 6) ? 1 : end < addMonths(received, 12) ? 2 : 3;
    hit[bucket] = true;
  }
  return hit;
}

export function controllingReport(units: ReportUnit[], request: ReportRequest): ControllingReport {
  const backlogMonths = request.backlogMonths ?? DEFAULT_SETTINGS.backlogMonths;
  checkPeriod(request.from, request.to, request.stichtag);
  const months = monthsBetween(request.from, request.to);
  const ags = Object.keys(request.municipalities);
  const rows = [...ags.map((a) => ({ ags: a, name: request.municipalities[a] ?? a })), UNKNOWN];
  const rowOf = (u: ReportUnit): number => {
    const i = u.ags === null ? -1 : ags.indexOf(u.ags);
    return i === -1 ? ags.length : i;
  };
  const backlogColumns = [`unter ${backlogMonths} Monaten`, `${backlogMonths} bis unter 6 Monate`, '6 bis unter 12 Monate', '12 Monate und mehr'];

  const counts: ReportTable[] = [];
  const medians: MedianTable[] = [];
  for (const month of months) {
    const start = `${month}-01`;
    const monthEnd = addDays(addMonths(start, 1), -1);
    // Dates from the offices' data count up to the report date; the hub's own events (signals
    // raised, on its clock) up to the month's end, which may differ from a fixed report date.
    const end = monthEnd < request.stichtag ? monthEnd : request.stichtag;
    const table = (measure: Measure, title: string, columns: string[], count: (u: ReportUnit) => boolean[]): void => {
      const grid = rows.map(() => columns.map(() => 0));
      for (const u of units) count(u).forEach((hit, j) => hit && grid[rowOf(u)]![j]!++);
      const published = suppress({ rows: rows.map((r) => r.ags), columns, counts: grid });
      // One column needs no row total: it would only repeat the cell.
      const cells = columns.length === 1 ? published.cells.map((r) => [r[0]!]) : published.cells;
      counts.push({ measure, title, month, rows: [...rows, TOTAL], columns: columns.length === 1 ? columns : [...columns, 'gesamt'], cells, suppressed: published.suppressed });
    };
    const medianTable = (measure: Measure, title: string, days: (u: ReportUnit) => number[]): void => {
      const perRow = rows.map((): number[] => []);
      for (const u of units) perRow[rowOf(u)]!.push(...days(u));
      const all = perRow.flat();
      const n = suppress({ rows: rows.map((r) => r.ags), columns: ['Personen'], counts: perRow.map((d) => [d.length]) }).cells.map((r) => r[0]!);
      const values = [...perRow, all];
      medians.push({ measure, title, month, rows: [...rows, TOTAL], persons: n, medianDays: n.map((c, i) => (c === SUPPRESSED ? SUPPRESSED : values[i]!.length ? median(values[i]!) : null)) });
    };

    table('persons_in_case_management', 'Personen im Fallmanagement (Einwilligung mit Fallmanager im Monat gültig)', ['Personen'], (u) => [u.caseManagement.some((p) => p.from <= end && (p.to === null || p.to >= start))]);
    table('signals_raised', 'Personen mit neu ausgelöstem Hinweis, nach Hinweisart', [...SIGNAL_TYPES], (u) => SIGNAL_TYPES.map((t) => u.signals.some((s) => s.type === t && within(s.raisedOn, start, monthEnd))));
    table('signals_acted_on', 'Personen mit einem im Monat ausgelösten Hinweis, der bearbeitet wurde (zur Kenntnis genommen oder erledigt)', ['Personen'], (u) => [u.signals.some((s) => s.actedOn && within(s.raisedOn, start, monthEnd))]);
    const afterSignal = (u: ReportUnit): number[] => daysSignalToApplication(u, month, end);
    table('applications_after_signal', 'Personen mit Einbürgerungsantrag im Monat nach einem Einbürgerungshinweis (stag10.eligible, stag10.upcoming)', ['Personen'], (u) => [afterSignal(u).length > 0]);
    table('backlog', `Anhängige Einbürgerungsanträge am Monatsende (${end}), nach Alter`, backlogColumns, (u) => backlogAgeHits(u, end, backlogMonths));
    medianTable('days_signal_to_application', 'Tage vom ersten Einbürgerungshinweis bis zum Antrag (Median), Anträge des Monats', afterSignal);
    medianTable(
      'days_application_to_decision',
      'Tage vom Antrag bis zur Entscheidung (Median), Entscheidungen des Monats',
      (u) =>
        u.applications
          .filter((a) => a.decided && a.closedOn !== null && within(a.closedOn, start, end))
          .map((a) => daysBetween(earliestDay(a.receivedOn), a.closedOn!))
          .slice(0, 1), // one decision per person
    );
  }

  return {
    tenant: request.tenant,
    stichtag: request.stichtag,
    months,
    minPersons: MIN_PERSONS,
    counts,
    medians,
    notes: [
      `Zellen mit 1 bis ${MIN_PERSONS - 1} Personen sind unterdrückt ("${SUPPRESSED}"). Zellen mit "${SECONDARY}" enthalten ${MIN_PERSONS} oder mehr Personen und sind gesperrt, weil Summen sonst eine unterdrückte Zelle errechenbar machten (sekundäre Geheimhaltung).`,
      'Gezählt werden Personen, nicht Vorgänge; eine Person zählt in jeder Hinweisart, die für sie ausgelöst wurde, einmal. Die Zeilensumme der Hinweisarten ist deshalb keine Personenzahl.',
      'Wohnort ist der Wohnort, den die Daten heute nennen; Umzüge innerhalb des Zeitraums werden nicht nachgezeichnet.',
      'Entscheidung = Status eingebürgert oder abgelehnt; Entscheidungstag = letzte Bearbeitung im Export der Einbürgerungsbehörde (der Export nennt kein eigenes Entscheidungsdatum).',
      'Bearbeitet = Hinweis zum Zeitpunkt des Berichts zur Kenntnis genommen oder erledigt.',
    ],
  };
}
