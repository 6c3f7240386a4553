// The outreach list of an EBB from the store: every person with a current ABH record, put through
// the pure campaign check (src/pipeline/outreach). Read in slices; only called when the tenant's
// policy file enables the list. The list as a file: src/exports/outreach.ts.
import type { Policy } from '../../consent/index.js';
import { outreachEntry, type OutreachEntry } from '../../pipeline/outreach.js';
import type { ReadDeps } from './deps.js';
import { personsInSlices } from './persons.js';

export const outreachEnabled = (policy: Policy): boolean => policy.outreach?.enabled === true;

export async function loadOutreach(deps: Pick<ReadDeps, 'db' | 'tenant' | 'policy' | 'stichtag'>, ebbId: string): Promise<OutreachEntry[]> {
  if (!outreachEnabled(deps.policy)) return [];
  const kimIds = (
    await deps.db.query<{ kim_id: string }>(
      `SELECT DISTINCT l.kim_id FROM source_records s JOIN person_links l ON l.source = s.source AND l.source_record_id = s.source_record_id
        WHERE s.source = 'abh' AND s.valid_to IS NULL ORDER BY l.kim_id`,
    )
  ).rows.map((r) => r.kim_id);
  const stichtag = deps.stichtag();
  const entries: OutreachEntry[] = [];
  for await (const [, { person, consents }] of personsInSlices(deps, kimIds)) {
    const entry = person && outreachEntry({ person, consents, tenant: deps.tenant, policy: deps.policy, stichtag, ebbId });
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => a.ags.localeCompare(b.ags) || a.familyName.localeCompare(b.familyName, 'de') || a.givenNames.localeCompare(b.givenNames, 'de'));
}
