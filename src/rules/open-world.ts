// Open world (RULES.md change 15): a value outside a code list is kept as delivered (the typed
// field null, the raw value in the fact's `unrecognised`), and every condition that depends on
// it is `needs_review`, naming the value. "Depends on it" is decided, not guessed: the person is
// evaluated again with the unknown value replaced by each value the rules know for that field;
// a condition whose outcome or date changes under any of them depends on it. A condition the
// value cannot change (a current SGB II period decides the livelihood whatever the employment
// extent) keeps its outcome, so an unknown value neither invents nor hides a result.
// Deadline signals are treated the same way: one that some reading would raise is raised, one
// that some reading would not raise keeps its place; both name the value.
import { BENEFIT_LAWS, EMPLOYMENT_EXTENTS, HOUSEHOLD_MEMBER_RELATIONS, LANGUAGE_LEVELS, LANGUAGE_SCOPES, NATURALISATION_APPLICATION_STATUSES, RESIDENCE_STATUSES, SCHOOL_QUALIFICATIONS, TESTS } from '../generated/enums.js';
import type { Fact } from '../generated/kim-types.js';
import { parseLegalBasis } from '../kim/legal-basis.js';
import type { ConditionResult, Evaluation, RuleSignal, RulesInput } from './types.js';

type Flag = NonNullable<Fact['unrecognised']>[number];

// The legal bases the rules tell apart, as readings of a basis the parser could not read.
const LEGAL_BASES = [
  '§ 60a Abs. 2 AufenthG',
  '§ 60b AufenthG',
  '§ 104c AufenthG',
  '§ 25 Abs. 1 AufenthG',
  '§ 25 Abs. 2 AufenthG',
  '§ 25 Abs. 3 AufenthG',
  '§ 25 Abs. 5 AufenthG',
  '§ 25a Abs. 1 AufenthG',
  '§ 25b Abs. 1 AufenthG',
  '§ 16a AufenthG',
  '§ 18a AufenthG',
  '§ 55 Abs. 1 AsylG',
].map((t) => parseLegalBasis(t));
const YES_NO = [true, false];

/**
 * The values the rules know, per fact kind and field: the readings an unknown value is tried as.
 * The code lists are those of schemas/fact.schema.json, generated into src/generated/enums.ts.
 */
export const READINGS: Readonly<Record<string, Readonly<Record<string, readonly unknown[]>>>> = {
  residence_status: {
    status: RESIDENCE_STATUSES,
    legalBasis: LEGAL_BASES,
    deception: YES_NO,
  },
  residence_application: { legalBasis: LEGAL_BASES },
  language: { level: LANGUAGE_LEVELS, scope: [...LANGUAGE_SCOPES, null] },
  test: { test: TESTS, passed: YES_NO },
  school: { qualification: [...SCHOOL_QUALIFICATIONS, null] },
  employment: { extent: [...EMPLOYMENT_EXTENTS, null] },
  benefit: { law: BENEFIT_LAWS },
  household_member: { relation: HOUSEHOLD_MEMBER_RELATIONS, attendsSchool: YES_NO },
  household_summary: { singleParent: YES_NO },
  conviction: { suspended: YES_NO, foreignerSpecific: YES_NO, racistMotive: YES_NO, serious: YES_NO },
  naturalisation_application: {
    status: NATURALISATION_APPLICATION_STATUSES,
  },
};

/** The German note a condition or signal carries when it depends on an unknown value. */
function note(flag: Flag): string {
  return `hängt vom unbekannten Wert „${flag.value}“ (${flag.sourceField}) ab: prüfen`;
}

const outcomeKey = (c: ConditionResult) => `${c.outcome}|${c.metFrom ?? ''}`;
const signalKey = (s: RuleSignal) => `${s.type}|${s.from}|${s.deadline ?? ''}`;

function conditionOutcomes(e: Evaluation): Map<string, string> {
  return new Map(e.provisions.flatMap((p) => p.conditions.map((c) => [`${p.provision}|${c.id}`, outcomeKey(c)] as const)));
}

/** Provision signals follow their conditions; deadline signals are compared here. */
const isDeadline = (s: RuleSignal) => !/\.(eligible|upcoming)$/.test(s.type);

export interface OpenWorldNotes {
  /** condition id → notes; those conditions become needs_review */
  conditions: Record<string, string[]>;
  /** deadline signals some reading raises that the evaluation does not, with their notes */
  added: Array<{ signal: RuleSignal; note: string }>;
  /** deadline signal type → notes, for signals raised that some reading would not raise */
  signals: Record<string, string[]>;
}

/**
 * Evaluates each reading of each unknown value the recipient can see and returns what depends
 * on one; null when no visible fact holds an unknown value the rules read.
 */
export function openWorldNotes(input: RulesInput, base: Evaluation, evaluatePlain: (i: RulesInput) => Evaluation): OpenWorldNotes | null {
  const notes: OpenWorldNotes = { conditions: {}, added: [], signals: {} };
  const baseConditions = conditionOutcomes(base);
  const baseSignals = new Set(base.signals.filter(isDeadline).map(signalKey));
  const push = (map: Record<string, string[]>, key: string, text: string) => {
    const list = (map[key] ??= []);
    if (!list.includes(text)) list.push(text);
  };
  let any = false;
  input.facts.forEach((fact, i) => {
    for (const flag of fact.unrecognised ?? []) {
      const readings = READINGS[fact.kind]?.[flag.field];
      if (!readings) continue;
      any = true;
      const text = note(flag);
      for (const value of readings) {
        const facts = input.facts.slice();
        facts[i] = { ...fact, [flag.field]: value } as Fact;
        const alt = evaluatePlain({ ...input, facts });
        for (const [key, outcome] of conditionOutcomes(alt)) {
          if (baseConditions.has(key) && baseConditions.get(key) !== outcome) push(notes.conditions, key.split('|')[1]!, text);
        }
        const altDeadlines = alt.signals.filter(isDeadline);
        const altKeys = new Set(altDeadlines.map(signalKey));
        for (const s of altDeadlines) {
          if (!baseSignals.has(signalKey(s)) && !notes.added.some((a) => a.signal.type === s.type) && !base.signals.some((b) => b.type === s.type)) notes.added.push({ signal: s, note: text });
        }
        for (const s of base.signals.filter(isDeadline)) if (!altKeys.has(signalKey(s))) push(notes.signals, s.type, text);
      }
    }
  });
  return any ? notes : null;
}

/** Deadline signals with the open-world notes applied (provision signals carry theirs in their conditions). */
export function withSignalNotes(signals: RuleSignal[], notes: OpenWorldNotes): RuleSignal[] {
  const noted = signals.map((s) => (notes.signals[s.type] ? { ...s, explanation: `${s.explanation}; ${notes.signals[s.type]!.join('; ')}` } : s));
  return [...noted, ...notes.added.map(({ signal, note: n }) => ({ ...signal, explanation: `${signal.explanation}; ${n}` }))];
}

/** A condition that depends on an unknown value: needs_review, with the value named. */
export function reviewed(c: ConditionResult, notes: readonly string[] | undefined): ConditionResult {
  if (!notes?.length) return c;
  const { metFrom: _dropped, ...rest } = c;
  return { ...rest, outcome: 'needs_review', explanation: `${c.explanation}; ${notes.join('; ')}` };
}
