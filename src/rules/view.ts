// One recipient's view of one person's facts, with the questions every provision asks of it:
// what is current on the Stichtag, which benefits are visible, may this recipient see a whole
// category. Pure; built once per evaluation.
import type {
  BenefitFact,
  Category,
  ConvictionFact,
  EmploymentFact,
  Fact,
  FactSource,
  HouseholdMemberFact,
  HouseholdSummaryFact,
  IdentityFact,
  LanguageFact,
  NaturalisationApplicationFact,
  ResidenceApplicationFact,
  ResidenceStatusFact,
  SchoolFact,
  TestFact,
} from '../generated/kim-types.js';
import { earliestDay, latestDay, type KimDate } from '../kim/dates.js';
import { DEFAULT_SETTINGS, HOUSEHOLD_LAW, LANGUAGE_LEVELS, type LanguageLevel } from './law.js';
import { birthday, overPossibleDays } from './time.js';
import type { FactRef, Outcome, RulesInput, RulesSettings } from './types.js';

type Of<K extends Fact['kind']> = Extract<Fact, { kind: K }>;

export function ref(f: Fact): FactRef {
  return { source: f.source, sourceRecordId: f.sourceRecordId, kind: f.kind };
}

/** A dated period is current on `day` when it may have started by then and not ended before. */
export function coversDay(p: { validFrom: KimDate | null; validTo: KimDate | null }, day: KimDate): boolean {
  if (p.validFrom !== null && earliestDay(p.validFrom) > day) return false;
  return p.validTo === null || latestDay(p.validTo) >= day;
}

export class PersonView {
  readonly stichtag: KimDate;
  readonly birthDate: KimDate | null;
  readonly settings: RulesSettings;
  /** Conditions that depend on a value outside a code list, with the notes naming it (open-world.ts). */
  readonly unknownValues: Readonly<Record<string, readonly string[]>>;
  private readonly facts: Fact[];
  private readonly categoriesBySource: RulesInput['visibility']['categoriesBySource'];

  constructor(input: RulesInput) {
    this.stichtag = input.stichtag;
    this.birthDate = input.birthDate;
    this.settings = { ...DEFAULT_SETTINGS, ...input.settings };
    this.unknownValues = input.unknownValues ?? {};
    this.facts = input.facts;
    this.categoriesBySource = input.visibility.categoriesBySource;
  }

  // Every provision asks the same questions; answers are computed once per evaluation.
  private readonly byKind = new Map<Fact['kind'], Fact[]>();
  private current: ResidenceStatusFact[] | undefined;

  of<K extends Fact['kind']>(kind: K): Of<K>[] {
    let list = this.byKind.get(kind);
    if (!list) {
      list = this.facts.filter((f) => f.kind === kind);
      this.byKind.set(kind, list);
    }
    return list as Of<K>[];
  }

  sees(source: FactSource, category: Category): boolean {
    return this.categoriesBySource[source]?.includes(category) ?? false;
  }

  /** May the recipient see this category from at least one source? */
  seesCategory(category: Category): boolean {
    return Object.values(this.categoriesBySource).some((cats) => cats?.includes(category));
  }

  /** RULES.md section 2: "no benefits" may only be concluded when every benefits source is visible. */
  seesAllBenefitSources(): boolean {
    return this.settings.benefitSources.every((s) => this.sees(s, 'leistungen'));
  }

  statuses(): ResidenceStatusFact[] {
    return this.of('residence_status');
  }

  /** The status period(s) valid on the Stichtag, latest start first. */
  currentStatuses(day: KimDate = this.stichtag): ResidenceStatusFact[] {
    if (day === this.stichtag && this.current) return this.current;
    const list = this.statuses()
      .filter((s) => s.validFrom !== null && coversDay(s, day))
      .sort((a, b) => (a.validFrom! < b.validFrom! ? 1 : a.validFrom! > b.validFrom! ? -1 : 0));
    if (day === this.stichtag) this.current = list;
    return list;
  }

  currentStatus(day: KimDate = this.stichtag): ResidenceStatusFact | null {
    return this.currentStatuses(day)[0] ?? null;
  }

  currentBenefits(laws: BenefitFact['law'][] = ['SGB II', 'SGB XII', 'AsylbLG']): BenefitFact[] {
    return this.of('benefit').filter((b) => laws.includes(b.law) && coversDay(b, this.stichtag));
  }

  currentEmployment(): EmploymentFact[] {
    return this.of('employment').filter((e) => coversDay(e, this.stichtag));
  }

  currentSchool(): SchoolFact[] {
    return this.of('school').filter((s) => s.validFrom !== null && coversDay(s, this.stichtag));
  }

  /** In school, vocational training or university on the Stichtag (§ 25a Abs. 1 Satz 2, § 25b Abs. 1 Satz 3). */
  inEducation(): Fact[] {
    return [...this.currentSchool(), ...this.currentEmployment().filter((e) => e.extent === 'ausbildung')];
  }

  qualifications(): SchoolFact[] {
    return this.of('school').filter((s) => s.qualification !== null);
  }

  languages(): LanguageFact[] {
    return this.of('language');
  }

  tests(test: TestFact['test']): TestFact[] {
    return this.of('test').filter((t) => t.test === test);
  }

  convictions(): ConvictionFact[] {
    return this.of('conviction');
  }

  identity(): IdentityFact[] {
    return this.of('identity');
  }

  residenceApplications(): ResidenceApplicationFact[] {
    return this.of('residence_application').filter((a) => earliestDay(a.filedOn) <= this.stichtag);
  }

  naturalisationApplications(): NaturalisationApplicationFact[] {
    return this.of('naturalisation_application');
  }

  householdMembers(): HouseholdMemberFact[] {
    return this.of('household_member');
  }

  householdSummaries(): HouseholdSummaryFact[] {
    return this.of('household_summary');
  }

  /**
   * Lives with a minor child: `met` (yes), `not_met` (a visible household without one),
   * `unknown` (no household data visible), `needs_review` (a child's partial birth date straddles 18).
   */
  minorChildInHousehold(): { outcome: Outcome; facts: Fact[] } {
    const children = this.householdMembers().filter((m) => m.relation === 'kind');
    const summaries = this.householdSummaries();
    const minorBySummary = summaries.filter((s) => (s.minorChildren ?? 0) > 0);
    if (minorBySummary.length) return { outcome: 'met', facts: minorBySummary };
    const outcomes = children.map((c) =>
      c.birthDate === null ? 'needs_review' : overPossibleDays(c.birthDate, (day) => this.stichtag < birthday(day, HOUSEHOLD_LAW.majorityAge)),
    );
    if (outcomes.includes('met')) return { outcome: 'met', facts: children };
    if (outcomes.includes('needs_review')) return { outcome: 'needs_review', facts: children };
    if (children.length || summaries.length) return { outcome: 'not_met', facts: [...children, ...summaries] };
    return { outcome: 'unknown', facts: [] };
  }

  singleParent(): boolean {
    return this.householdSummaries().some((s) => s.singleParent === true);
  }
}

/** A level outside the list (null, flagged) proves nothing; the open-world check makes the condition needs_review. */
export function levelAtLeast(level: LanguageLevel | null, required: LanguageLevel): boolean {
  return level !== null && LANGUAGE_LEVELS.indexOf(level) >= LANGUAGE_LEVELS.indexOf(required);
}
