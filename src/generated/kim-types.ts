/* GENERATED FILE: do not edit. Source: schemas/*.schema.json; run `npm run generate:types`. */

/**
 * An inbox entry with its explanation and the conditions it rests on.
 */
export type InboxDetailBody = InboxEntryBody & {
  lawVersion: string;
  explanation: string;
  conditions: unknown[];
};
/**
 * AZR-Nummer: 12 digits, the first six the creation date of the AZR record (YYMMDD).
 */
export type Azr = string;
/**
 * A calendar date YYYY-MM-DD. Month and/or day may be 00 when the source does not know them (partial date); such dates are kept, never completed by invention.
 */
export type KimDate = string;
/**
 * A complete calendar date YYYY-MM-DD.
 */
export type IsoDate = string;
/**
 * A source whose records carry facts about persons.
 */
export type FactSource = "abh" | "jobcenter" | "sozialamt" | "ebb";
/**
 * Fact category; also the unit of consent (DESIGN.md section 3).
 */
export type Category =
  "stammdaten" | "aufenthalt" | "leistungen" | "arbeit" | "bildung_sprache" | "straf" | "einbuergerung";
export type Role = "case_manager" | "abh_b3" | "ebb_b3" | "coordinator" | "it_admin";
/**
 * A complete calendar date YYYY-MM-DD.
 */
export type IsoDate1 = string;
/**
 * One statement about a person from one source (DESIGN.md section 3). `kind` says what it states; `category` is the unit of consent.
 */
export type Fact =
  | ResidenceStatusFact
  | EntryFact
  | IdentityFact
  | ResidenceApplicationFact
  | LanguageFact
  | TestFact
  | SchoolFact
  | EmploymentFact
  | BenefitFact
  | ConvictionFact
  | HouseholdMemberFact
  | HouseholdSummaryFact
  | NaturalisationApplicationFact;
/**
 * Values outside a code list the hub knows (a nationality key, a status kind, an employment extent, a legal basis it cannot read), kept as delivered and flagged (open world): the typed field beside it is null, and every rule that needs the value says needs_review naming it. Each entry is also an import warning.
 *
 * @maxItems 50
 */
export type Unrecognised = {
  /**
   * The warning's code in the error registry.
   */
  code: string;
  /**
   * The KIM field the value was meant for (e.g. status, nationalities, extent).
   */
  field: string;
  /**
   * The field as the export names it (e.g. aufenthalt/status[1]/@art).
   */
  sourceField: string;
  /**
   * The value as delivered (cut at 200 characters).
   */
  value: string;
}[];
/**
 * The data of a job on one of the hub's BullMQ queues (workers/queues.ts). Jobs carry ids only (claim check): the data they point to is in PostgreSQL. Checked when a worker takes the job (workers/job-data.ts); a job that does not match is not retried (KIM_ERR_JOB_DATA_INVALID).
 */
export type KIMQueueJob = ImportJob | BatchJob | SyncJob | ScheduledJob;
/**
 * The id of an import (imports.id).
 */
export type ImportId = string;
/**
 * Amtlicher Gemeindeschlüssel, 8 digits.
 */
export type Ags = string;

export interface KimSchemaBundle {
  api?: ApiContract;
  common?: KIMCommonDefinitions;
  consent?: Consent;
  "dry-run-output"?: DryRunOutput;
  fact?: Fact;
  jobs?: KIMQueueJob;
  "kim-person"?: KimPerson;
  "person-identity"?: PersonIdentity;
  "person-record"?: PersonRecord;
  policy?: Policy;
  tenant?: Tenant;
}
/**
 * Query parameters and bodies of the HTTP API. The API validates requests with these schemas and /openapi.json is built from them, so the document and the checks cannot drift apart.
 */
export interface ApiContract {
  importQuery?: ImportQuery;
  inboxQuery?: InboxQuery;
  quarantineQuery?: QuarantineQuery;
  problem?: Problem;
  importStatus?: ImportStatusBody;
  inboxEntry?: InboxEntryBody;
  inboxDetail?: InboxDetailBody;
  quarantineEntry?: QuarantineEntryBody;
  backlogQuery?: BacklogQuery;
  reportQuery?: ReportQuery;
  outreachQuery?: OutreachQuery;
}
/**
 * Options of an upload.
 */
export interface ImportQuery {
  /**
   * force the source instead of detecting it from the content
   */
  source?: "abh" | "jobcenter" | "sozialamt" | "ebb" | "consent";
}
/**
 * Filters and page of an inbox list. The entries come in deadline order (none last), then by the day they hold from and their id; a response with more after it names the next page in its Link header (RFC 8288, rel="next").
 */
export interface InboxQuery {
  /**
   * signal type, e.g. status.expiring
   */
  type?: string;
  state?: "open" | "acknowledged" | "done" | "withdrawn";
  /**
   * signals holding from this day on or later
   */
  from?: string;
  /**
   * signals holding from this day or earlier
   */
  to?: string;
  /**
   * entries per page, 1 to 500; 100 by default
   */
  limit?: string;
  /**
   * where the page starts: the value given in the previous page's Link rel="next", opaque; without it, the first page
   */
  cursor?: string;
}
export interface QuarantineQuery {
  /**
   * only the entries of this import
   */
  import?: string;
  /**
   * rejection (default): records refused and kept for replay; warning: values outside code lists in records that were accepted and stored
   */
  kind?: "rejection" | "warning";
}
/**
 * RFC 9457 problem details; title is the stable KIM_ERR_ code of the registry (docs/errors.md), detail says more. Never carries personal data.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}
export interface ImportStatusBody {
  id: string;
  source: string | null;
  fileName: string;
  trigger: "upload" | "drop" | "schedule" | "cli" | "replay";
  status: "queued" | "reading" | "applying" | "linking" | "evaluating" | "held" | "done" | "failed";
  receivedAt: string;
  finishedAt: string | null;
  recordsRead: number;
  accepted: number;
  rejected: number;
  changed: number;
  unchanged: number;
  signalsChanged: number;
  error: null | {
    code: string | null;
    message: string | null;
  };
  /**
   * the earlier import of the identical file (same bytes, same reader version, the last import of its source): this one read nothing and changed nothing
   */
  identicalTo: string | null;
  /**
   * values outside code lists in accepted records (the records are stored; GET /quarantine?kind=warning lists each)
   */
  warnings: number;
  /**
   * the warnings grouped by code, field and value, most frequent first (at most 100 groups)
   */
  warningSummary: {
    code: string;
    field: string;
    value: string;
    count: number;
  }[];
}
export interface InboxEntryBody {
  id: string;
  type: string;
  state: "open" | "acknowledged" | "done" | "withdrawn";
  from: string;
  deadline: string | null;
  recipient: {
    role: string;
    id: string;
  };
  person: {
    kimId: string;
    azr: string | null;
    familyName: string | null;
    givenNames: string | null;
  };
  createdAt: string;
  updatedAt: string;
}
/**
 * A rejected record without its values (position, field, code and reason suffice to find and fix it), or a warning: a value outside a code list in a record that was accepted; a warning names the value (a code as delivered, at most 200 characters) because the code list is what the operator extends.
 */
export interface QuarantineEntryBody {
  id: string;
  kind: "rejection" | "warning";
  importId: string;
  source: string;
  file: string;
  position: {};
  recordId?: string | null;
  field: string | null;
  code: string;
  reason: string;
  createdAt: string;
  replayedIn: string | null;
  /**
   * warnings only: the value as delivered
   */
  value?: string | null;
}
/**
 * Sorting, filters and format of an EBB's backlog list.
 */
export interface BacklogQuery {
  /**
   * oldest first (default) or ready to decide first
   */
  order?: "oldest" | "ready_first";
  team?: string;
  /**
   * applications missing this document (part of its name)
   */
  missingDocument?: string;
  readiness?: "ready" | "missing" | "not_yet" | "blocked";
  overdue?: "true" | "false";
  /**
   * json (default), CSV for Excel, or XLSX
   */
  format?: "json" | "csv" | "xlsx";
}
/**
 * Months and format of the controlling report; the last twelve months up to the report date by default, at most 36 months (KIM_ERR_REPORT_PERIOD beyond).
 */
export interface ReportQuery {
  /**
   * first month, YYYY-MM (2000 or later); at most 36 months before `to`
   */
  from?: string;
  /**
   * last month, YYYY-MM; not after the report date's month; a report covers at most 36 months
   */
  to?: string;
  /**
   * json (default) or CSV for Excel: one line per published cell
   */
  format?: "json" | "csv";
}
/**
 * Format of an EBB's outreach list.
 */
export interface OutreachQuery {
  /**
   * json (default) or CSV for Excel
   */
  format?: "json" | "csv";
}
/**
 * Value types shared by every KIM schema.
 */
export interface KIMCommonDefinitions {
  [k: string]: unknown | undefined;
}
/**
 * A person's consent (Einwilligung) to data flows (DESIGN.md section 4). The consent adapter yields one per scope line; lines with the same consentId are merged.
 */
export interface Consent {
  type: "consent";
  consentId: string;
  person: ConsentPerson;
  givenOn: IsoDate;
  /**
   * Last day on which the consent is valid; null = no end date.
   */
  validUntil: IsoDate | null;
  /**
   * Day the withdrawal took effect; from this day on the consent allows nothing.
   */
  withdrawnOn: IsoDate | null;
  /**
   * Where the signed form is filed: a reference, never the document.
   */
  evidence: string;
  /**
   * User id of the case manager the person is assigned to (fallmanager).
   */
  caseManager: string | null;
  /**
   * @minItems 1
   */
  scope: ConsentScope[];
  position: Position;
  contentHash: string;
}
export interface ConsentPerson {
  azr: Azr | null;
  kiAktenzeichen: string | null;
  familyName: string;
  givenNames: string;
  nameKey: NameKey;
  birthDate: KimDate | null;
}
/**
 * Names folded for matching: diacritics removed (Ş→s, ü→ue, ß→ss), lower case, hyphens and repeated spaces → single space.
 */
export interface NameKey {
  family: string;
  given: string;
}
export interface ConsentScope {
  /**
   * @minItems 1
   */
  sources: FactSource[];
  /**
   * @minItems 1
   */
  categories: Category[];
  /**
   * @minItems 1
   */
  recipients: Role[];
  purpose: string;
}
/**
 * Where a record stands in its file: 1-based line of its start, and for XML the 1-based index of the record element.
 */
export interface Position {
  file: string;
  line?: number;
  element?: number;
}
/**
 * What `kim-hub dry-run --format json` prints: the signals the hub would raise for a set of exports as of a Stichtag, the linkage cases for human review, and every rejected record.
 */
export interface DryRunOutput {
  stichtag: IsoDate;
  signals: OutputSignal[];
  review: OutputReviewCase[];
  rejected: OutputRejection[];
  /**
   * Values outside code lists in accepted records (open world): the records are kept and evaluated; conditions that depend on a value are needs_review naming it.
   */
  warnings: OutputWarning[];
}
export interface OutputSignal {
  type:
    | "p25a.eligible"
    | "p25a.upcoming"
    | "p25a.age_deadline"
    | "p25b.eligible"
    | "p25b.upcoming"
    | "stag10.eligible"
    | "stag10.upcoming"
    | "p104c.expiring"
    | "status.expiring"
    | "rechtskreis.gap"
    | "backlog.overdue";
  person: OutputPersonRef;
  recipient: OutputRecipient;
  from: IsoDate1;
  deadline?: IsoDate;
  lawVersion: string;
  explanation: string;
  conditions: OutputCondition[];
}
export interface OutputPersonRef {
  kimId: string;
  azr: string | null;
}
export interface OutputRecipient {
  role: Role;
  /**
   * The case manager's user id, or the authority id for abh_b3 and ebb_b3.
   */
  id: string;
}
export interface OutputCondition {
  id: string;
  outcome: "met" | "not_met" | "unknown" | "needs_review";
  citation: string;
  explanation: string;
  metFrom?: IsoDate;
  review?: string[];
}
export interface OutputReviewCase {
  code: string;
  reason: string;
  records: RecordRef[];
}
export interface RecordRef {
  source: string;
  sourceRecordId: string;
}
export interface OutputRejection {
  file: string;
  /**
   * Where in the file: 'line 17' or 'element 3', with the record id when it could be read.
   */
  record: string;
  /**
   * The problem, naming the field; without the offending value.
   */
  reason: string;
  code: string;
}
export interface OutputWarning {
  file: string;
  /**
   * Where in the file: 'line 17' or 'element 3', with the record id.
   */
  record: string;
  /**
   * The field as the export names it.
   */
  field: string;
  /**
   * The value as delivered.
   */
  value: string;
  code: string;
}
/**
 * One period of a residence status (Duldung, Gestattung, Aufenthaltserlaubnis, …).
 */
export interface ResidenceStatusFact {
  kind: "residence_status";
  category: "aufenthalt";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  /**
   * null: the export gave a value outside this list, kept in unrecognised.
   */
  status:
    | "gestattung"
    | "duldung"
    | "duldung_60b"
    | "aufenthaltserlaubnis"
    | "niederlassungserlaubnis"
    | "daueraufenthalt_eu"
    | "blaue_karte"
    | "fiktion"
    | null;
  /**
   * Parsed legal basis; null when the text could not be parsed (the text is kept).
   */
  legalBasis: LegalBasis | null;
  /**
   * The legal basis as the clerk typed it.
   */
  legalBasisText: string;
  validFrom: KimDate | null;
  /**
   * Last day of validity (inclusive); null = open.
   */
  validTo: KimDate | null;
  /**
   * Duldung only: true when it rests on the person's own deception about identity or nationality.
   */
  deception: boolean | null;
  unrecognised?: Unrecognised;
}
/**
 * A legal basis parsed from the free text a clerk typed, e.g. '§25 II 1 1.Alt. AufenthG' → AufenthG § 25 Abs. 2 Satz 1 Alt. 1.
 */
export interface LegalBasis {
  /**
   * Abbreviation of the statute, e.g. AufenthG, AsylG, AsylbLG, StAG.
   */
  law: string;
  /**
   * Paragraph number with letter suffix, e.g. '25', '60a', '104c'.
   */
  paragraph: string;
  absatz?: number;
  satz?: number;
  nummer?: number;
  alternative?: number;
}
export interface EntryFact {
  kind: "entry";
  category: "aufenthalt";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  date: KimDate;
  unrecognised?: Unrecognised;
}
export interface IdentityFact {
  kind: "identity";
  category: "aufenthalt";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  /**
   * Identity and nationality clarified (identitaetGeklaert).
   */
  clarified: boolean;
  unrecognised?: Unrecognised;
}
/**
 * An application for a residence title pending at the ABH.
 */
export interface ResidenceApplicationFact {
  kind: "residence_application";
  category: "aufenthalt";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  legalBasis: LegalBasis | null;
  legalBasisText: string;
  filedOn: KimDate;
  unrecognised?: Unrecognised;
}
export interface LanguageFact {
  kind: "language";
  category: "bildung_sprache";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  /**
   * null: the export gave a value outside this list, kept in unrecognised.
   */
  level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
  /**
   * muendlich = oral only; gesamt = all skills; null = not stated.
   */
  scope: "muendlich" | "gesamt" | null;
  date: KimDate | null;
  /**
   * certificate = a dated certificate; reported = a level the office noted without a certificate (Jobcenter).
   */
  evidence: "certificate" | "reported";
  unrecognised?: Unrecognised;
}
export interface TestFact {
  kind: "test";
  category: "bildung_sprache";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  /**
   * LiD = Leben in Deutschland; EBT = Einbürgerungstest. null: the export gave a value outside this list, kept in unrecognised.
   */
  test: "LiD" | "EBT" | null;
  /**
   * null: the export gave a value outside yes/no, kept in unrecognised.
   */
  passed: boolean | null;
  date: KimDate | null;
  unrecognised?: Unrecognised;
}
export interface SchoolFact {
  kind: "school";
  category: "bildung_sprache";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  validFrom: KimDate | null;
  validTo: KimDate | null;
  qualification: "HSA" | "MSA" | "FHR" | "ABI" | "BERUF" | null;
  unrecognised?: Unrecognised;
}
export interface EmploymentFact {
  kind: "employment";
  category: "arbeit";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  validFrom: KimDate | null;
  validTo: KimDate | null;
  extent: "vollzeit" | "teilzeit" | "minijob" | "ausbildung" | null;
  monthlyIncomeCents: number | null;
  unrecognised?: Unrecognised;
}
/**
 * A period of benefits that cover the livelihood (social data, § 35 SGB I).
 */
export interface BenefitFact {
  kind: "benefit";
  category: "leistungen";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  /**
   * null: the export gave a value outside this list, kept in unrecognised.
   */
  law: "SGB II" | "SGB XII" | "AsylbLG" | null;
  /**
   * e.g. '§ 3' (AsylbLG) or '4. Kap.' (SGB XII).
   */
  provision: string | null;
  validFrom: KimDate | null;
  /**
   * null = ongoing.
   */
  validTo: KimDate | null;
  monthlyNeedCents: number | null;
  unrecognised?: Unrecognised;
}
export interface ConvictionFact {
  kind: "conviction";
  category: "straf";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  date: KimDate | null;
  /**
   * Geldstrafe in Tagessätzen.
   */
  dailyRates: number | null;
  /**
   * Freiheitsstrafe in months.
   */
  prisonMonths: number | null;
  /**
   * Freiheitsstrafe zur Bewährung ausgesetzt.
   */
  suspended: boolean | null;
  /**
   * An offence only foreigners can commit.
   */
  foreignerSpecific: boolean | null;
  /**
   * Racist, antisemitic or other inhuman motive.
   */
  racistMotive: boolean | null;
  /**
   * Serious expulsion interest (§ 54 Abs. 1, Abs. 2 Nr. 1, 2 AufenthG).
   */
  serious: boolean | null;
  unrecognised?: Unrecognised;
}
export interface HouseholdMemberFact {
  kind: "household_member";
  category: "stammdaten";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  /**
   * null: the export gave a value outside this list, kept in unrecognised.
   */
  relation: "kind" | "ehegatte" | "elternteil" | "sonstige" | null;
  birthDate: KimDate | null;
  azr: Azr | null;
  attendsSchool: boolean | null;
  unrecognised?: Unrecognised;
}
/**
 * Household figures an office records without listing members (Jobcenter).
 */
export interface HouseholdSummaryFact {
  kind: "household_summary";
  category: "stammdaten";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  minorChildren: number | null;
  singleParent: boolean | null;
  unrecognised?: Unrecognised;
}
export interface NaturalisationApplicationFact {
  kind: "naturalisation_application";
  category: "einbuergerung";
  source: FactSource;
  /**
   * The record's id within its source (Aktenzeichen, Kundennummer/period, Antragsnummer).
   */
  sourceRecordId: string;
  /**
   * When the source exported the record (ISO date or date-time).
   */
  exportedAt: string;
  applicationNumber: string;
  receivedOn: KimDate;
  /**
   * null: the export gave a value outside this list, kept in unrecognised.
   */
  status:
    | "eingegangen"
    | "in Prüfung"
    | "Unterlagen angefordert"
    | "entscheidungsreif"
    | "eingebürgert"
    | "abgelehnt"
    | "zurückgenommen"
    | null;
  lastActivity: KimDate | null;
  missingDocuments: string[];
  team: string | null;
  unrecognised?: Unrecognised;
}
/**
 * A job about a whole import: reading it (queue import) or linking it (queue link).
 */
export interface ImportJob {
  importId: ImportId;
}
/**
 * A job about one numbered batch of an import: applying, evaluating, routing it, or notifying its events.
 */
export interface BatchJob {
  importId: ImportId;
  batch: number;
}
/**
 * A scheduled pull of a configured path (KIM_SYNCS) on the import queue.
 */
export interface SyncJob {
  source: string;
  path: string;
}
/**
 * A scheduled scan of the drop folder or sweep: no data.
 */
export interface ScheduledJob {}
/**
 * One person after linkage: a stable kimId, the identities the sources gave, every fact, and why each record was linked. Input of `kim-hub evaluate`. `identity` is the merged identity: the ABH's where present (the authoritative register), else the first source's.
 */
export interface KimPerson {
  kimId: string;
  identity: PersonIdentity;
  records: LinkedRecord[];
  facts: Fact[];
}
/**
 * Who a record is about, as the source wrote it (category stammdaten). Names stay as written; `nameKey` is the normalised form used for matching.
 */
export interface PersonIdentity {
  identifiers: Identifiers;
  familyName: string;
  givenNames: string;
  birthName?: string | null;
  nameKey: NameKey;
  birthDate: KimDate | null;
  sex: "m" | "w" | "d" | "x" | null;
  /**
   * Destatis 3-digit nationality keys (997 staatenlos, 998 ungeklärt) of the nationalities the hub could map; a code outside the list is kept in unrecognised.
   */
  nationalities: string[];
  residence: Residence | null;
  unrecognised?: Unrecognised;
}
/**
 * Every identifier a source carries for the person.
 */
export interface Identifiers {
  azr?: Azr;
  abhAktenzeichen?: string;
  jobcenterKundennummer?: string;
  jobcenterBgNummer?: string;
  sozialamtAktenzeichen?: string;
  ebbAntragsnummer?: string;
  kiAktenzeichen?: string;
}
export interface Residence {
  ags: Ags;
  plz?: string | null;
}
export interface LinkedRecord {
  source: FactSource;
  sourceRecordId: string;
  authority: string | null;
  /**
   * Why this record belongs to the person, e.g. 'azr', 'name+birthdate'.
   */
  linkReason: string;
}
/**
 * One normalised record of a person-bearing source (abh, jobcenter, sozialamt, ebb): who it is about and the facts it states. What an adapter yields and `kim-hub inspect` prints.
 */
export interface PersonRecord {
  type: "person_record";
  source: FactSource;
  /**
   * Id of the exporting authority when the export names it (e.g. ABH-05158).
   */
  authority: string | null;
  sourceRecordId: string;
  exportedAt: string;
  /**
   * full = the export is a complete snapshot of the source; delta = changes only.
   */
  snapshot: "full" | "delta";
  position: Position;
  /**
   * SHA-256 of the record's normalised content (without position), for idempotent re-import.
   */
  contentHash: string;
  person: PersonIdentity;
  facts: Fact[];
}
/**
 * The statutory bases for data flows without consent (config/policy.yaml).
 */
export interface Policy {
  version: 1;
  statutoryBases: StatutoryBasis[];
  outreach?: OutreachPolicy;
}
export interface StatutoryBasis {
  id: string;
  description: string;
  citation: string;
  source: FactSource;
  /**
   * @minItems 1
   */
  categories: Category[];
  recipient: PolicyRecipient;
  condition?: "pending_naturalisation";
}
export interface PolicyRecipient {
  role: "abh_b3" | "ebb_b3";
  authority: "responsible_abh" | "responsible_ebb";
}
/**
 * The naturalisation campaign's outreach list for the responsible EBB's Baustein 3 staff: off unless enabled, and then only for persons a named statutory basis or a consent with this purpose covers (ABH data: stammdaten, aufenthalt).
 */
export interface OutreachPolicy {
  enabled: boolean;
  statutoryBasis?: OutreachBasis;
  /**
   * a consent covers the list when one of its scopes has this purpose, names the source abh, the categories and the recipient role ebb_b3
   */
  consentPurpose?: string;
}
export interface OutreachBasis {
  citation: string;
  description: string;
}
/**
 * A tenant (Kreis or kreisfreie Stadt): its municipalities, which ABH and EBB is responsible for which AGS, and its users with their roles.
 */
export interface Tenant {
  /**
   * Key of the Kreis or kreisfreie Stadt (AGS prefix).
   */
  tenant: string;
  name: string;
  municipalities: {
    [k: string]: string | undefined;
  };
  authorities: Authority[];
  users: TenantUser[];
}
export interface Authority {
  id: string;
  kind: "abh" | "ebb" | "jobcenter" | "sozialamt";
  name: string;
  responsibleFor: Ags[];
}
export interface TenantUser {
  id: string;
  role: Role;
  name?: string;
  authority?: string;
}
