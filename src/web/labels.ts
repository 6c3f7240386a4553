// The German words of the workplace for the hub's codes: signal types, states, outcomes, roles,
// fact kinds. Citations are not here: they come with each condition from src/rules.
import type { Fact } from '../generated/kim-types.js';
import type { UserRole } from '../auth/principal.js';

export const SIGNAL_LABELS: Record<string, string> = {
  'p25a.eligible': 'Aufenthaltserlaubnis für gut integrierte Jugendliche: Voraussetzungen erfüllt',
  'p25a.upcoming': 'Aufenthaltserlaubnis für gut integrierte Jugendliche: bald erfüllt',
  'p25a.age_deadline': 'Aufenthaltserlaubnis für gut integrierte Jugendliche: Altersgrenze naht',
  'p25b.eligible': 'Aufenthaltserlaubnis bei nachhaltiger Integration: Voraussetzungen erfüllt',
  'p25b.upcoming': 'Aufenthaltserlaubnis bei nachhaltiger Integration: bald erfüllt',
  'stag10.eligible': 'Einbürgerung: Voraussetzungen erfüllt',
  'stag10.upcoming': 'Einbürgerung: bald erfüllt',
  'p104c.expiring': 'Chancen-Aufenthaltsrecht läuft ab',
  'status.expiring': 'Duldung oder Aufenthaltserlaubnis läuft ab',
  'rechtskreis.gap': 'Lücke beim Rechtskreiswechsel',
  'backlog.overdue': 'Einbürgerungsantrag überfällig',
};

export const signalLabel = (type: string) => SIGNAL_LABELS[type] ?? type;

/** The inbox's states as staff name them; `open` is "neu". */
export const STATE_LABELS: Record<string, string> = { open: 'neu', acknowledged: 'zur Kenntnis genommen', done: 'erledigt', withdrawn: 'zurückgezogen' };

export const OUTCOME_LABELS: Record<string, string> = { met: 'erfüllt', not_met: 'nicht erfüllt', unknown: 'unbekannt', needs_review: 'zu prüfen' };

export const ROLE_LABELS: Record<UserRole, string> = {
  case_manager: 'Fallmanagement',
  abh_b3: 'Ausländerbehörde',
  ebb_b3: 'Einbürgerungsbehörde',
  coordinator: 'Koordinierung',
  it_admin: 'IT-Betrieb',
};

export const FACT_LABELS: Record<Fact['kind'], string> = {
  residence_status: 'Aufenthaltsstatus',
  entry: 'Einreise',
  identity: 'Identität',
  residence_application: 'Antrag auf Aufenthaltstitel',
  language: 'Sprachnachweis',
  test: 'Test',
  school: 'Schule',
  employment: 'Beschäftigung',
  benefit: 'Leistungen',
  conviction: 'Verurteilung',
  household_member: 'Haushaltsmitglied',
  household_summary: 'Haushalt',
  naturalisation_application: 'Einbürgerungsantrag',
} as Record<Fact['kind'], string>;

export const SOURCE_LABELS: Record<string, string> = { abh: 'Ausländerbehörde', jobcenter: 'Jobcenter', sozialamt: 'Sozialamt', ebb: 'Einbürgerungsbehörde', consent: 'Einwilligungen' };
