// The backlog of one Einbürgerungsbehörde from the store: the persons with a current EBB record,
// each evaluated for that EBB on exactly the facts it may see (the same function as the
// pipeline), their pending applications put into the list (src/backlog), and the list as a file.
import { buildBacklog, selectBacklog, type BacklogEntry, type BacklogSource, type BacklogView, type Readiness } from '../backlog/backlog.js';
import { toCsv, toXlsx, type Column } from '../exports/table.js';
import { evaluateForRecipients } from '../pipeline/evaluate-person.js';
import { SIGNAL_CITATIONS } from '../rules/index.js';
import type { Context } from './context.js';
import { loadPersons } from './persons.js';

export async function loadBacklog(ctx: Context, ebbId: string, view: BacklogView = {}): Promise<BacklogEntry[]> {
  const kimIds = (
    await ctx.db.query<{ kim_id: string }>(
      `SELECT DISTINCT l.kim_id FROM source_records s JOIN person_links l ON l.source = s.source AND l.source_record_id = s.source_record_id
        WHERE s.source = 'ebb' AND s.valid_to IS NULL`,
    )
  ).rows.map((r) => r.kim_id);
  const persons = await loadPersons(ctx, kimIds);
  const stichtag = ctx.stichtag();
  const sources: BacklogSource[] = [];
  for (const [kimId, { person, consents }] of persons) {
    if (!person) continue;
    const mine = evaluateForRecipients({ person, consents, tenant: ctx.tenant, stichtag, policy: ctx.policy }).find((e) => e.recipient.role === 'ebb_b3' && e.recipient.id === ebbId);
    if (!mine) continue; // another EBB's person, or nothing this EBB may see
    const stag10 = mine.evaluation.provisions.find((p) => p.provision === 'stag10') ?? null;
    for (const f of person.facts) if (f.kind === 'naturalisation_application' && f.source === 'ebb') sources.push({ kimId, application: f, stag10 });
  }
  return selectBacklog(buildBacklog(sources, stichtag), view);
}

const READINESS_DE: Record<Readiness, string> = { ready: 'entscheidungsreif', missing: 'fehlt etwas', not_yet: 'noch nicht', blocked: 'blockiert' };

// The file holds what the team plans with: the application number, not the applicant's name.
const COLUMNS: Array<Column<BacklogEntry>> = [
  { header: 'Antragsnummer', value: (e) => e.applicationNumber, width: 16 },
  { header: 'Eingang', value: (e) => e.receivedOn, kind: 'date', width: 12 },
  { header: 'Tage anhängig', value: (e) => e.daysPending, kind: 'number' },
  { header: `überfällig (${SIGNAL_CITATIONS['backlog.overdue']})`, value: (e) => (e.overdue ? 'ja' : 'nein'), width: 22 },
  { header: 'Stand', value: (e) => READINESS_DE[e.readiness], width: 18 },
  { header: 'voraussichtlich ab', value: (e) => e.readyFrom, kind: 'date', width: 18 },
  { header: 'offene Voraussetzungen', value: (e) => e.openConditions.map((c) => `${c.citation}: ${c.outcome}`).join('; ') || null, width: 40 },
  { header: 'fehlende Unterlagen', value: (e) => e.missingDocuments.join('; ') || null, width: 30 },
  { header: 'letzte Bearbeitung', value: (e) => e.lastActivity, kind: 'date', width: 18 },
  { header: 'Team', value: (e) => e.team, width: 12 },
];

export const backlogCsv = (entries: BacklogEntry[]): string => toCsv(COLUMNS, entries);
export const backlogXlsx = (entries: BacklogEntry[]): Promise<Buffer> => toXlsx(COLUMNS, entries, 'Rückstand');
