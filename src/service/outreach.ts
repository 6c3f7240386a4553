// The outreach list of an EBB from the store: every person with a current ABH record, put through
// the pure campaign check (src/pipeline/outreach). Read in slices; only called when the tenant's
// policy file enables the list.
import { toCsv, type Column } from '../exports/table.js';
import { outreachEntry, type OutreachEntry } from '../pipeline/outreach.js';
import type { Context } from './context.js';
import { personsInSlices } from './persons.js';

export const outreachEnabled = (ctx: Context): boolean => ctx.policy.outreach?.enabled === true;

export async function loadOutreach(ctx: Context, ebbId: string): Promise<OutreachEntry[]> {
  if (!outreachEnabled(ctx)) return [];
  const kimIds = (
    await ctx.db.query<{ kim_id: string }>(
      `SELECT DISTINCT l.kim_id FROM source_records s JOIN person_links l ON l.source = s.source AND l.source_record_id = s.source_record_id
        WHERE s.source = 'abh' AND s.valid_to IS NULL ORDER BY l.kim_id`,
    )
  ).rows.map((r) => r.kim_id);
  const stichtag = ctx.stichtag();
  const entries: OutreachEntry[] = [];
  for await (const [, { person, consents }] of personsInSlices(ctx, kimIds)) {
    const entry = person && outreachEntry({ person, consents, tenant: ctx.tenant, policy: ctx.policy, stichtag, ebbId });
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => a.ags.localeCompare(b.ags) || a.familyName.localeCompare(b.familyName, 'de') || a.givenNames.localeCompare(b.givenNames, 'de'));
}

export function outreachCsv(ctx: Context, entries: OutreachEntry[]): string {
  const columns: Array<Column<OutreachEntry>> = [
    { header: 'Familienname', value: (e) => e.familyName },
    { header: 'Vornamen', value: (e) => e.givenNames },
    { header: 'Gemeinde', value: (e) => ctx.tenant.municipalities[e.ags] ?? e.ags },
    { header: 'Voraussetzungen', value: (e) => e.conditions.map((c) => c.explanation).join('; ') },
    { header: 'Grundlage der Liste', value: (e) => (e.basis.kind === 'statute' ? e.basis.citation : `Einwilligung ${e.basis.consentId}`) },
  ];
  return toCsv(columns, entries);
}
