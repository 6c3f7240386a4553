// The backlog of one Einbürgerungsbehörde from the store: the persons with a current EBB record,
// each evaluated for that EBB on exactly the facts it may see (the same function as the
// pipeline), their pending applications put into the list (src/backlog). The list as a file:
// src/exports/backlog.ts.
import { buildBacklog, selectBacklog, type BacklogEntry, type BacklogSource, type BacklogView } from '../../backlog/backlog.js';
import { evaluateForRecipients } from '../../pipeline/evaluate-person.js';
import type { ReadDeps } from './deps.js';
import { loadPersons } from './persons.js';

export async function loadBacklog(deps: Pick<ReadDeps, 'db' | 'tenant' | 'policy' | 'stichtag'>, ebbId: string, view: BacklogView = {}): Promise<BacklogEntry[]> {
  const kimIds = (
    await deps.db.query<{ kim_id: string }>(
      `SELECT DISTINCT l.kim_id FROM source_records s JOIN person_links l ON l.source = s.source AND l.source_record_id = s.source_record_id
        WHERE s.source = 'ebb' AND s.valid_to IS NULL`,
    )
  ).rows.map((r) => r.kim_id);
  const persons = await loadPersons(deps, kimIds);
  const stichtag = deps.stichtag();
  const sources: BacklogSource[] = [];
  for (const [kimId, { person, consents }] of persons) {
    if (!person) continue;
    const mine = evaluateForRecipients({ person, consents, tenant: deps.tenant, stichtag, policy: deps.policy }).find((e) => e.recipient.role === 'ebb_b3' && e.recipient.id === ebbId);
    if (!mine) continue; // another EBB's person, or nothing this EBB may see
    const stag10 = mine.evaluation.provisions.find((p) => p.provision === 'stag10') ?? null;
    for (const f of person.facts) if (f.kind === 'naturalisation_application' && f.source === 'ebb') sources.push({ kimId, application: f, stag10 });
  }
  return selectBacklog(buildBacklog(sources, stichtag), view);
}
