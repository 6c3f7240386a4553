// The outreach list of the naturalisation campaign as CSV for the EBB's staff: names, the
// municipality, the conditions met and the basis the list rests on.
import type { Tenant } from '../generated/kim-types.js';
import type { OutreachEntry } from '../pipeline/outreach.js';
import { toCsv, type Column } from './table.js';

export function outreachCsv(municipalities: Tenant['municipalities'], entries: OutreachEntry[]): string {
  const columns: Array<Column<OutreachEntry>> = [
    { header: 'Familienname', value: (e) => e.familyName },
    { header: 'Vornamen', value: (e) => e.givenNames },
    { header: 'Gemeinde', value: (e) => municipalities[e.ags] ?? e.ags },
    { header: 'Voraussetzungen', value: (e) => e.conditions.map((c) => c.explanation).join('; ') },
    { header: 'Grundlage der Liste', value: (e) => (e.basis.kind === 'statute' ? e.basis.citation : `Einwilligung ${e.basis.consentId}`) },
  ];
  return toCsv(columns, entries);
}
