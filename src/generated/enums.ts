/* GENERATED FILE: do not edit. Source: schemas/*.schema.json; run `npm run generate:types`. */
// Every enum of the schemas as a readonly list in the schema's order; null, where a field allows
// it, means "not known" and is not listed.

/** api.schema.json#/$defs/BacklogQuery/properties/format */
export const BACKLOG_QUERY_FORMATS = ['json', 'csv', 'xlsx'] as const;
/** api.schema.json#/$defs/BacklogQuery/properties/order */
export const BACKLOG_QUERY_ORDERS = ['oldest', 'ready_first'] as const;
/** api.schema.json#/$defs/BacklogQuery/properties/overdue */
export const BACKLOG_QUERY_OVERDUES = ['true', 'false'] as const;
/** api.schema.json#/$defs/BacklogQuery/properties/readiness */
export const BACKLOG_QUERY_READINESSES = ['ready', 'missing', 'not_yet', 'blocked'] as const;
/** fact.schema.json#/$defs/BenefitFact/properties/law */
export const BENEFIT_LAWS = ['SGB II', 'SGB XII', 'AsylbLG'] as const;
/** common.schema.json#/$defs/Category */
export const CATEGORIES = ['stammdaten', 'aufenthalt', 'leistungen', 'arbeit', 'bildung_sprache', 'straf', 'einbuergerung'] as const;
/** fact.schema.json#/$defs/EmploymentFact/properties/extent */
export const EMPLOYMENT_EXTENTS = ['vollzeit', 'teilzeit', 'minijob', 'ausbildung'] as const;
/** common.schema.json#/$defs/FactSource */
export const FACT_SOURCES = ['abh', 'jobcenter', 'sozialamt', 'ebb'] as const;
/** fact.schema.json#/$defs/HouseholdMemberFact/properties/relation */
export const HOUSEHOLD_MEMBER_RELATIONS = ['kind', 'ehegatte', 'elternteil', 'sonstige'] as const;
/** api.schema.json#/$defs/ImportQuery/properties/source */
export const IMPORT_QUERY_SOURCES = ['abh', 'jobcenter', 'sozialamt', 'ebb', 'consent'] as const;
/** api.schema.json#/$defs/ImportStatus/properties/trigger */
export const IMPORT_STATUS_TRIGGERS = ['upload', 'drop', 'schedule', 'cli', 'replay'] as const;
/** api.schema.json#/$defs/ImportStatus/properties/status */
export const IMPORT_STATUSES = ['queued', 'reading', 'applying', 'linking', 'evaluating', 'held', 'done', 'failed'] as const;
/** api.schema.json#/$defs/InboxEntry/properties/state */
export const INBOX_ENTRY_STATES = ['open', 'acknowledged', 'done', 'withdrawn'] as const;
/** api.schema.json#/$defs/InboxQuery/properties/state */
export const INBOX_QUERY_STATES = ['open', 'acknowledged', 'done', 'withdrawn'] as const;
/** fact.schema.json#/$defs/LanguageFact/properties/evidence */
export const LANGUAGE_EVIDENCE = ['certificate', 'reported'] as const;
/** fact.schema.json#/$defs/LanguageFact/properties/level */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** fact.schema.json#/$defs/LanguageFact/properties/scope */
export const LANGUAGE_SCOPES = ['muendlich', 'gesamt'] as const;
/** fact.schema.json#/$defs/NaturalisationApplicationFact/properties/status */
export const NATURALISATION_APPLICATION_STATUSES = ['eingegangen', 'in Prüfung', 'Unterlagen angefordert', 'entscheidungsreif', 'eingebürgert', 'abgelehnt', 'zurückgenommen'] as const;
/** dry-run-output.schema.json#/$defs/OutputSignal/properties/conditions/items/properties/outcome */
export const OUTPUT_SIGNAL_CONDITION_OUTCOMES = ['met', 'not_met', 'unknown', 'needs_review'] as const;
/** dry-run-output.schema.json#/$defs/OutputSignal/properties/type */
export const OUTPUT_SIGNAL_TYPES = ['p25a.eligible', 'p25a.upcoming', 'p25a.age_deadline', 'p25b.eligible', 'p25b.upcoming', 'stag10.eligible', 'stag10.upcoming', 'p104c.expiring', 'status.expiring', 'rechtskreis.gap', 'backlog.overdue'] as const;
/** api.schema.json#/$defs/OutreachQuery/properties/format */
export const OUTREACH_QUERY_FORMATS = ['json', 'csv'] as const;
/** person-identity.schema.json#/properties/sex */
export const PERSON_IDENTITY_SEXES = ['m', 'w', 'd', 'x'] as const;
/** person-record.schema.json#/properties/snapshot */
export const PERSON_RECORD_SNAPSHOTS = ['full', 'delta'] as const;
/** policy.schema.json#/properties/statutoryBases/items/properties/condition */
export const POLICY_STATUTORY_BASIS_CONDITIONS = ['pending_naturalisation'] as const;
/** policy.schema.json#/properties/statutoryBases/items/properties/recipient/properties/authority */
export const POLICY_STATUTORY_BASIS_RECIPIENT_AUTHORITIES = ['responsible_abh', 'responsible_ebb'] as const;
/** policy.schema.json#/properties/statutoryBases/items/properties/recipient/properties/role */
export const POLICY_STATUTORY_BASIS_RECIPIENT_ROLES = ['abh_b3', 'ebb_b3'] as const;
/** api.schema.json#/$defs/QuarantineEntry/properties/kind */
export const QUARANTINE_ENTRY_KINDS = ['rejection', 'warning'] as const;
/** api.schema.json#/$defs/QuarantineQuery/properties/kind */
export const QUARANTINE_QUERY_KINDS = ['rejection', 'warning'] as const;
/** api.schema.json#/$defs/ReportQuery/properties/format */
export const REPORT_QUERY_FORMATS = ['json', 'csv'] as const;
/** fact.schema.json#/$defs/ResidenceStatusFact/properties/status */
export const RESIDENCE_STATUSES = ['gestattung', 'duldung', 'duldung_60b', 'aufenthaltserlaubnis', 'niederlassungserlaubnis', 'daueraufenthalt_eu', 'blaue_karte', 'fiktion'] as const;
/** common.schema.json#/$defs/Role */
export const ROLES = ['case_manager', 'abh_b3', 'ebb_b3', 'coordinator', 'it_admin'] as const;
/** fact.schema.json#/$defs/SchoolFact/properties/qualification */
export const SCHOOL_QUALIFICATIONS = ['HSA', 'MSA', 'FHR', 'ABI', 'BERUF'] as const;
/** common.schema.json#/$defs/Source */
export const SOURCES = ['abh', 'jobcenter', 'sozialamt', 'ebb', 'consent', 'tenant'] as const;
/** tenant.schema.json#/properties/authorities/items/properties/kind */
export const TENANT_AUTHORITY_KINDS = ['abh', 'ebb', 'jobcenter', 'sozialamt'] as const;
/** fact.schema.json#/$defs/TestFact/properties/test */
export const TESTS = ['LiD', 'EBT'] as const;
