// The controlling report from the store: every linked person turned into an anonymous unit
// (residence AGS, case-management periods, signal dates, application dates; no id leaves this
// function), then counted and suppressed by src/report. Read in slices so a city's persons never
// sit in memory at once. The report as CSV: src/exports/report.ts.
import type { Consent } from '../../generated/kim-types.js';
import { addDays, addMonths, type KimDate } from '../../kim/dates.js';
import { checkPeriod, controllingReport, type ControllingReport, type ReportUnit } from '../../report/controlling.js';
import { naturalisationPending } from '../../rules/index.js';
import type { ReadDeps } from './deps.js';
import { personsInSlices } from './persons.js';

const DECIDED = new Set(['eingebürgert', 'abgelehnt']);

/** The inclusive period in which a consent assigned its person to a case manager, or null. */
function caseManagementPeriod(c: Consent): { from: KimDate; to: KimDate | null } | null {
  if (!c.caseManager) return null;
  const ends = [c.validUntil, c.withdrawnOn === null ? null : addDays(c.withdrawnOn, -1)].filter((d): d is KimDate => d !== null).sort();
  const to = ends[0] ?? null;
  return to !== null && to < c.givenOn ? null : { from: c.givenOn, to };
}

async function loadUnits(deps: Pick<ReadDeps, 'db'>): Promise<ReportUnit[]> {
  const signals = new Map<string, ReportUnit['signals']>();
  const rows = await deps.db.query<{ kim_id: string; type: string; raised_on: string; acted: boolean }>(`SELECT kim_id, type, to_char(raised_on, 'YYYY-MM-DD') AS raised_on, state IN ('acknowledged', 'done') AS acted FROM signals`);
  for (const r of rows.rows) (signals.get(r.kim_id) ?? signals.set(r.kim_id, []).get(r.kim_id)!).push({ type: r.type, raisedOn: r.raised_on, actedOn: r.acted });
  const kimIds = (await deps.db.query<{ kim_id: string }>('SELECT DISTINCT kim_id FROM person_links')).rows.map((r) => r.kim_id);
  const units: ReportUnit[] = [];
  for await (const [kimId, { person, consents }] of personsInSlices(deps, kimIds)) {
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

export async function loadControllingReport(deps: Pick<ReadDeps, 'db' | 'tenant' | 'stichtag'>, months: { from?: string; to?: string } = {}): Promise<ControllingReport> {
  const stichtag = deps.stichtag();
  const span = { ...defaultMonths(stichtag), ...months };
  checkPeriod(span.from, span.to, stichtag);
  return controllingReport(await loadUnits(deps), { tenant: deps.tenant.tenant, municipalities: deps.tenant.municipalities, stichtag, ...span });
}
