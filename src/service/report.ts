// The controlling report from the store: every linked person turned into an anonymous unit
// (residence AGS, case-management periods, signal dates, application dates; no id leaves this
// function), then counted and suppressed by src/report. Read in slices so a city's persons never
// sit in memory at once.
import type { Consent } from '../generated/kim-types.js';
import { addDays, addMonths, type KimDate } from '../kim/dates.js';
import { checkPeriod, controllingReport, type ControllingReport, type ReportUnit } from '../report/controlling.js';
import { naturalisationPending } from '../rules/index.js';
import { toCsv, type Column } from '../exports/table.js';
import type { Context } from './context.js';
import { personsInSlices } from './persons.js';

const DECIDED = new Set(['eingebürgert', 'abgelehnt']);

/** The inclusive period in which a consent assigned its person to a case manager, or null. */
function caseManagementPeriod(c: Consent): { from: KimDate; to: KimDate | null } | null {
  if (!c.caseManager) return null;
  const ends = [c.validUntil, c.withdrawnOn === null ? null : addDays(c.withdrawnOn, -1)].filter((d): d is KimDate => d !== null).sort();
  const to = ends[0] ?? null;
  return to !== null && to < c.givenOn ? null : { from: c.givenOn, to };
}

async function loadUnits(ctx: Context): Promise<ReportUnit[]> {
  const signals = new Map<string, ReportUnit['signals']>();
  const rows = await ctx.db.query<{ kim_id: string; type: string; raised_on: string; acted: boolean }>(
    `SELECT kim_id, type, to_char(raised_on, 'YYYY-MM-DD') AS raised_on, state IN ('acknowledged', 'done') AS acted FROM signals`,
  );
  for (const r of rows.rows) (signals.get(r.kim_id) ?? signals.set(r.kim_id, []).get(r.kim_id)!).push({ type: r.type, raisedOn: r.raised_on, actedOn: r.acted });
  const kimIds = (await ctx.db.query<{ kim_id: string }>('SELECT DISTINCT kim_id FROM person_links')).rows.map((r) => r.kim_id);
  const units: ReportUnit[] = [];
  for await (const [kimId, { person, consents }] of personsInSlices(ctx, kimIds)) {
    if (!person) continue;
    units.push({
      ags: person.identity.residence?.ags ?? null,
      caseManagement: consents.map(caseManagementPeriod).filter((p) => p !== null),
      signals: signals.get(kimId) ?? [],
      applications: person.facts.flatMap((f) =>
        f.kind === 'naturalisation_application' && f.source === 'ebb'
          ? [{ receivedOn: f.receivedOn, pending: naturalisationPending(f.status), closedOn: naturalisationPending(f.status) ? null : f.lastActivity, decided: f.status !== null && DECIDED.has(f.status) }]
          : [],
      ),
    });
  }
  return units;
}

/** The last twelve months up to the report's date, unless the caller names them. */
export function defaultMonths(stichtag: KimDate): { from: string; to: string } {
  const to = stichtag.slice(0, 7);
  return { from: addMonths(`${to}-01`, -11).slice(0, 7), to };
}

export async function loadControllingReport(ctx: Context, months: { from?: string; to?: string } = {}): Promise<ControllingReport> {
  const stichtag = ctx.stichtag();
  const span = { ...defaultMonths(stichtag), ...months };
  checkPeriod(span.from, span.to, stichtag);
  return controllingReport(await loadUnits(ctx), { tenant: ctx.tenant.tenant, municipalities: ctx.tenant.municipalities, stichtag, ...span });
}

interface ReportLine {
  month: string;
  measure: string;
  title: string;
  ags: string;
  name: string;
  column: string;
  value: string | number | null;
}

/** One line per published cell: month, measure, municipality, column, value (a count, '<5', or a median in days). */
export function reportLines(report: ControllingReport): ReportLine[] {
  const lines: ReportLine[] = [];
  for (const t of report.counts)
    t.rows.forEach((row, i) => t.columns.forEach((column, j) => lines.push({ month: t.month, measure: t.measure, title: t.title, ...row, column, value: t.cells[i]![j]! })));
  for (const t of report.medians)
    t.rows.forEach((row, i) => {
      lines.push({ month: t.month, measure: t.measure, title: t.title, ...row, column: 'Personen', value: t.persons[i]! });
      lines.push({ month: t.month, measure: t.measure, title: t.title, ...row, column: 'Median Tage', value: t.medianDays[i]! });
    });
  return lines;
}

const COLUMNS: Array<Column<ReportLine>> = [
  { header: 'Monat', value: (l) => l.month },
  { header: 'Kennzahl', value: (l) => l.measure },
  { header: 'Beschreibung', value: (l) => l.title },
  { header: 'AGS', value: (l) => l.ags },
  { header: 'Gemeinde', value: (l) => l.name },
  { header: 'Spalte', value: (l) => l.column },
  { header: 'Wert', value: (l) => l.value },
];

export const reportCsv = (report: ControllingReport): string => toCsv(COLUMNS, reportLines(report));
