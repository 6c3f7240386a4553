// The backlog of an EBB as a file for Excel (CSV or XLSX): what the team plans with, the
// application number and never the applicant's name.
import type { BacklogEntry, Readiness } from '../backlog/backlog.js';
import { SIGNAL_CITATIONS } from '../rules/index.js';
import { toCsv, toXlsx, type Column } from './table.js';

const READINESS_DE: Record<Readiness, string> = { ready: 'entscheidungsreif', missing: 'fehlt etwas', not_yet: 'noch nicht', blocked: 'blockiert' };

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
