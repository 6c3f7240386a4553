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
  LegalBasis,
  LanguageFact,
  NaturalisationApplicationFact,
  ResidenceApplicationFact,
  ResidenceStatusFact,
  SchoolFact,
  TestFact,
} from '../generated/kim-types.js';
import { BENEFIT_LAWS } from '../generated/enums.js';
import { earliestDay, latestDay, maxDate, type KimDate } from '../kim/dates.js';
import { fromStored, readLegalBasis, type LegalBasisReading } from '../kim/legal-basis.js';
import { DEFAULT_SETTINGS, HOUSEHOLD_LAW, LANGUAGE_LEVELS, P104C_VERSIONS, versionAt, type LanguageLevel } from './law.js';
import { birthday, overPossibleDays } from './time.js';
import type { FactRef, Outcome, RulesInput, RulesSettings } from './types.js';

type Of<K extends Fact['kind']> = Extract<Fact, { kind: K }>;

export function ref(f: Fact): FactRef {
  return { source: f.source, sourceRecordId: f.sourceRecordId, kind: f.kind };
}

/**
 * The legal basis as the rules read it (change 14): the kept text read by today's parser, so a
 * form an older parser missed ("§ 104 c") and a lettered Absatz ("Abs. 4a") are read; the stored
 * reading when there is no text. null: nothing readable, the conditions that need it go to review.
 */
export function basisOf(f: { legalBasis: LegalBasis | null; legalBasisText: string }): LegalBasisReading | null {
  return (f.legalBasisText.trim() ? readLegalBasis(f.legalBasisText) : null) ?? (f.legalBasis ? fromStored(f.legalBasis) : null);
}

/** "„§ 25 Abs. 2 ...“" or "(keine Angabe)": how an explanation names a legal basis it could not read. */
export function quoted(text: string): string {
  return text.trim() ? `„${text.trim()}“` : '(keine Angabe)';
}

export function isAufenthG(s: { legalBasis: LegalBasis | null; legalBasisText: string }, paragraph: string): boolean {
  const b = basisOf(s);
  return b?.law === 'AufenthG' && b.paragraph === paragraph;
}

/** Permits whose validity an application filed in time extends (§ 81 Abs. 4 AufenthG). */
const EXTENDABLE = new Set<ResidenceStatusFact['status']>(['aufenthaltserlaubnis', 'blaue_karte']);

/** Who a child in the household is, as far as the evidence shows (RULES.md *Household evidence*, change 16). */
export interface MinorChild {
  /** met: a minor child lives there; not_met: a visible household without one; unknown: no evidence; needs_review: a partial birth date decides. */
  outcome: Outcome;
  /** How the answer is known: `ages` from birth dates, `count` only from a count of minor children, `undated` a child without a birth date. */
  by: 'ages' | 'count' | 'undated' | 'partial' | 'none';
  facts: Fact[];
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

  private effective: ResidenceStatusFact[] | undefined;
  /** Status periods that an application keeps alive beyond their recorded end, with that application. */
  readonly keptAlive = new Map<ResidenceStatusFact, ResidenceApplicationFact>();

  /**
   * The status periods, a permit kept alive by an application filed while it was valid read as
   * open (§ 81 Abs. 4 AufenthG; a § 104c permit only by a § 25a/§ 25b application, change 2).
   * A Duldung has no such effect.
   */
  statuses(): ResidenceStatusFact[] {
    if (this.effective) return this.effective;
    const p104c = versionAt(P104C_VERSIONS, this.stichtag) ?? P104C_VERSIONS[0]!;
    this.effective = this.of('residence_status').map((s) => {
      if (!EXTENDABLE.has(s.status) || s.validFrom === null || s.validTo === null || latestDay(s.validTo) >= this.stichtag) return s;
      const is104c = isAufenthG(s, '104c');
      const app = this.residenceApplications().find((a) => {
        if (earliestDay(a.filedOn) < earliestDay(s.validFrom!) || latestDay(a.filedOn) > latestDay(s.validTo!)) return false;
        if (!is104c) return true;
        const b = basisOf(a);
        return b?.law === 'AufenthG' && p104c.keptAliveBy.includes(b.paragraph);
      });
      if (!app) return s;
      const alive = { ...s, validTo: null };
      this.keptAlive.set(alive, app);
      return alive;
    });
    return this.effective;
  }

  /**
   * Change 4: the last status period ended before the Stichtag and nothing is recorded after
   * it; its last day (the latest reading of a partial end), else null.
   */
  trailingEnd(): KimDate | null {
    const dated = this.statuses().filter((s) => s.validFrom !== null);
    if (!dated.length || dated.some((s) => s.validTo === null || latestDay(s.validTo) >= this.stichtag)) return null;
    return dated.map((s) => latestDay(s.validTo!)).reduce(maxDate);
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

  currentBenefits(laws: readonly BenefitFact['law'][] = BENEFIT_LAWS): BenefitFact[] {
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
   * Lives with a minor child on `day` (RULES.md *Household evidence*, change 16): a child whose
   * birth date shows it → `met` by ages; else a count of minor children → `met` by count (ages
   * unknown); a child whose minority depends on the missing part of a partial birth date →
   * `needs_review`; a child without a birth date → `unknown`; a visible household without a
   * minor child → `not_met`; no household data → `unknown`.
   */
  minorChildInHousehold(day: KimDate = this.stichtag): MinorChild {
    const children = this.householdMembers().filter((m) => m.relation === 'kind');
    const summaries = this.householdSummaries();
    const minor = (c: HouseholdMemberFact) => (c.birthDate === null ? 'unknown' : overPossibleDays(c.birthDate, (d) => day < birthday(d, HOUSEHOLD_LAW.majorityAge)));
    const byAge = children.filter((c) => minor(c) === 'met');
    if (byAge.length) return { outcome: 'met', by: 'ages', facts: byAge };
    const counted = day === this.stichtag ? summaries.filter((s) => (s.minorChildren ?? 0) > 0) : [];
    if (counted.length) return { outcome: 'met', by: 'count', facts: counted };
    const partial = children.filter((c) => minor(c) === 'needs_review');
    if (partial.length) return { outcome: 'needs_review', by: 'partial', facts: partial };
    const undated = children.filter((c) => c.birthDate === null);
    if (undated.length) return { outcome: 'unknown', by: 'undated', facts: undated };
    if (children.length || summaries.length) return { outcome: 'not_met', by: 'ages', facts: [...children, ...summaries] };
    return { outcome: 'unknown', by: 'none', facts: [] };
  }

  singleParent(): boolean {
    return this.householdSummaries().some((s) => s.singleParent === true);
  }
}

/** A level outside the list (null, flagged) proves nothing; the open-world check makes the condition needs_review. */
export function levelAtLeast(level: LanguageLevel | null, required: LanguageLevel): boolean {
  return level !== null && LANGUAGE_LEVELS.indexOf(level) >= LANGUAGE_LEVELS.indexOf(required);
}
