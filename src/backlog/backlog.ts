// The backlog list of an Einbürgerungsbehörde: every pending naturalisation application with how
// long it has waited, whether it is overdue (§ 75 VwGO, computed by the rules module), and where
// the § 10 StAG evaluation on the facts the EBB may see stands. Pure: the service feeds it the
// applications and evaluations; sorting and filters are what a team lead plans the week with.
import type { NaturalisationApplicationFact } from '../generated/kim-types.js';
import { daysBetween, earliestDay, type KimDate } from '../kim/dates.js';
import { backlogOverdueFrom, DEFAULT_SETTINGS, naturalisationPending, type ProvisionResult } from '../rules/index.js';

/** ready: decide now; missing: documents or data lacking; not_yet: holds from a later date; blocked: a condition is not met. */
export type Readiness = 'ready' | 'missing' | 'not_yet' | 'blocked';

export interface BacklogEntry {
  kimId: string;
  applicationNumber: string;
  receivedOn: KimDate;
  status: NaturalisationApplicationFact['status'];
  daysPending: number;
  overdue: boolean;
  overdueFrom: KimDate;
  readiness: Readiness;
  /** not_yet: from when § 10 StAG is expected to hold */
  readyFrom: KimDate | null;
  /** the conditions that are not met or unknown, with their citations (blocked, missing, not_yet) */
  openConditions: Array<{ id: string; outcome: string; citation: string; explanation: string }>;
  missingDocuments: string[];
  lastActivity: KimDate | null;
  team: string | null;
}

export interface BacklogSource {
  kimId: string;
  application: NaturalisationApplicationFact;
  /** § 10 StAG evaluated on the facts the EBB may see; null when nothing could be evaluated */
  stag10: ProvisionResult | null;
}

/** Where § 10 StAG stands for the EBB: a condition that fails for good blocks, gaps in data or documents come next, then a later date. */
export function readiness(stag10: ProvisionResult | null, missingDocuments: string[]): { readiness: Readiness; readyFrom: KimDate | null; open: BacklogEntry['openConditions'] } {
  const open = (stag10?.conditions ?? []).filter((c) => c.outcome !== 'met').map((c) => ({ id: c.id, outcome: c.outcome, citation: c.citation, explanation: c.explanation }));
  if (!stag10) return { readiness: 'missing', readyFrom: null, open };
  if (stag10.conditions.some((c) => c.outcome === 'not_met' && !c.metFrom)) return { readiness: 'blocked', readyFrom: null, open };
  if (missingDocuments.length || stag10.conditions.some((c) => c.outcome !== 'met' && c.outcome !== 'not_met')) return { readiness: 'missing', readyFrom: null, open };
  if (stag10.state === 'upcoming') return { readiness: 'not_yet', readyFrom: stag10.from ?? null, open };
  if (stag10.state === 'eligible') return { readiness: 'ready', readyFrom: null, open };
  return { readiness: 'blocked', readyFrom: null, open };
}

/** The entries for the pending applications among `sources`, as of `stichtag`. */
export function buildBacklog(sources: BacklogSource[], stichtag: KimDate, backlogMonths = DEFAULT_SETTINGS.backlogMonths): BacklogEntry[] {
  return sources
    .filter((s) => naturalisationPending(s.application.status))
    .map((s) => {
      const a = s.application;
      const overdueFrom = backlogOverdueFrom(a.receivedOn, backlogMonths);
      const r = readiness(s.stag10, a.missingDocuments);
      return {
        kimId: s.kimId,
        applicationNumber: a.applicationNumber,
        receivedOn: a.receivedOn,
        status: a.status,
        daysPending: daysBetween(earliestDay(a.receivedOn), stichtag),
        overdue: stichtag >= overdueFrom,
        overdueFrom,
        readiness: r.readiness,
        readyFrom: r.readyFrom,
        openConditions: r.open,
        missingDocuments: a.missingDocuments,
        lastActivity: a.lastActivity,
        team: a.team,
      };
    });
}

export interface BacklogView {
  /** oldest first (default), or ready-to-decide first (then oldest) */
  order?: 'oldest' | 'ready_first';
  team?: string;
  /** entries missing this document (case-insensitive substring) */
  missingDocument?: string;
  readiness?: Readiness;
  overdue?: boolean;
}

const READINESS_ORDER: Record<Readiness, number> = { ready: 0, not_yet: 1, missing: 2, blocked: 3 };

export function selectBacklog(entries: BacklogEntry[], view: BacklogView = {}): BacklogEntry[] {
  const doc = view.missingDocument?.toLocaleLowerCase('de');
  const oldest = (a: BacklogEntry, b: BacklogEntry) => a.receivedOn.localeCompare(b.receivedOn) || a.applicationNumber.localeCompare(b.applicationNumber);
  return entries
    .filter((e) => (view.team === undefined || e.team === view.team) && (view.readiness === undefined || e.readiness === view.readiness) && (view.overdue === undefined || e.overdue === view.overdue))
    .filter((e) => doc === undefined || e.missingDocuments.some((d) => d.toLocaleLowerCase('de').includes(doc)))
    .sort((a, b) => (view.order === 'ready_first' ? READINESS_ORDER[a.readiness] - READINESS_ORDER[b.readiness] : 0) || oldest(a, b));
}
