// The vocabulary of the rules module: what goes in (one recipient's view of one person), what
// comes out (conditions, provision states, signals). Pure data, no behaviour.
import type { Category, Fact, FactSource } from '../generated/kim-types.js';
import type { KimDate } from '../kim/dates.js';

export type Outcome = 'met' | 'not_met' | 'unknown' | 'needs_review';

export type Provision = 'p25a' | 'p25b' | 'stag10';

/** Every signal the rules raise, in the order reports list them. */
export const SIGNAL_TYPES = ['p25a.eligible', 'p25a.upcoming', 'p25a.age_deadline', 'p25b.eligible', 'p25b.upcoming', 'stag10.eligible', 'stag10.upcoming', 'p104c.expiring', 'status.expiring', 'rechtskreis.gap', 'backlog.overdue'] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/** Which fact a condition used: enough for staff to find the record in the office's own system. */
export interface FactRef {
  source: FactSource;
  sourceRecordId: string;
  kind: Fact['kind'];
}

export interface ConditionResult {
  id: string;
  outcome: Outcome;
  citation: string;
  /** German, for a case manager: what is required, what the data shows, since or from when. */
  explanation: string;
  facts: FactRef[];
  /**
   * Date-bound conditions: the day from which the condition holds. For `met` a day on or before
   * the Stichtag; for `not_met` the future day it will hold if nothing changes.
   */
  metFrom?: KimDate;
  /** Points staff should check even though the outcome stands (bridged gaps, partial dates, …). */
  review?: string[];
}

export type ProvisionState = 'eligible' | 'upcoming' | 'none';

export interface ProvisionResult {
  provision: Provision;
  lawVersion: string;
  state: ProvisionState;
  /** eligible: since when; upcoming: from when (also when beyond the alert horizon). */
  from?: KimDate;
  conditions: ConditionResult[];
  explanation: string;
}

export interface RuleSignal {
  type: SignalType;
  from: KimDate;
  deadline?: KimDate;
  provision: string;
  lawVersion: string;
  conditions: ConditionResult[];
  explanation: string;
}

export interface Evaluation {
  stichtag: KimDate;
  provisions: ProvisionResult[];
  signals: RuleSignal[];
}

/** Settings a municipality may change (RULES.md: "configurable"). Law itself lives in law.ts. */
export interface RulesSettings {
  /** `…upcoming` is alerted only when its date lies within this many days of the Stichtag. */
  upcomingHorizonDays: number;
  /** `p25a.age_deadline`: warn this many days before the last day to apply. */
  ageDeadlineWarningDays: number;
  /** `p104c.expiring`: warn this many days before the § 104c permit ends. */
  p104cWarningDays: number;
  /** `status.expiring`: warn this many days before a Duldung or Aufenthaltserlaubnis ends. */
  statusWarningDays: number;
  /** `rechtskreis.gap`: days after the end of AsylbLG benefits before a missing SGB II/XII start is signalled. */
  rechtskreisGraceDays: number;
  /** `backlog.overdue`: months after receipt after which a pending naturalisation application is overdue. */
  backlogMonths: number;
  /** Gaps between status periods of up to this many months are bridged (administrative practice). */
  bridgeMonths: number;
  /** § 12a Abs. 1 Satz 4 StAG: a slight excess up to this many daily rates (= days of prison) goes to review, more is not_met. */
  stag12aMarginDailyRates: number;
  /** The tenant's benefits sources; "no benefits" needs all of them visible. */
  benefitSources: FactSource[];
}

export interface Visibility {
  /** For each source, the categories this recipient may see (the consent module's answer). */
  categoriesBySource: Partial<Record<FactSource, Category[]>>;
}

export interface RulesInput {
  stichtag: KimDate;
  /** null when unknown or not visible to the recipient. */
  birthDate: KimDate | null;
  /** Only the facts the recipient may see. */
  facts: Fact[];
  visibility: Visibility;
  settings?: Partial<RulesSettings>;
  /**
   * Set by `evaluate` itself (open-world.ts): condition id → why it depends on a value outside a
   * code list; those conditions are needs_review. Callers leave it out.
   */
  unknownValues?: Readonly<Record<string, readonly string[]>>;
}
