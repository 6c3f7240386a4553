// Every condition of docs/legal/RULES.md, with its id and the citation it implements. The
// provision files build results only through `result()`, so an id cannot appear with a
// different citation anywhere; conditions.test.ts checks this table against RULES.md.
import type { ConditionResult, FactRef, Outcome } from './types.js';
import type { KimDate } from '../kim/dates.js';

/** How the condition behaves in time (RULES.md column "kind"). */
export type ConditionKind = 'date-bound' | 'deadline' | 'data' | 'review';

export const CONDITIONS = {
  // § 25a AufenthG (RULES.md section 1)
  '25a.status': { citation: '§ 25a Abs. 1 Satz 1 AufenthG; § 60b Abs. 5 Satz 1 AufenthG', kind: 'date-bound' },
  // Date-bound for the minimum age 14, a deadline for the 27th birthday (change 6; p25a.ts).
  '25a.age': { citation: '§ 25a Abs. 1 Satz 1 ("jugendlicher"), Satz 1 Nr. 3 AufenthG', kind: 'date-bound' },
  '25a.residence': { citation: '§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG; § 60b Abs. 5 AufenthG', kind: 'date-bound' },
  // Date-bound only while ongoing attendance is short of 3 years (change 7): that outcome is
  // `not_met` with its day, which decideProvision() treats as waiting; otherwise a data condition.
  '25a.school': { citation: '§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG', kind: 'data' },
  '25a.prognosis': { citation: '§ 25a Abs. 1 Satz 1 Nr. 4 AufenthG', kind: 'review' },
  '25a.fdgo': { citation: '§ 25a Abs. 1 Satz 1 Nr. 5 AufenthG', kind: 'review' },
  '25a.deception': { citation: '§ 25a Abs. 1 Satz 3 AufenthG', kind: 'data' },
  '25a.livelihood': { citation: '§ 25a Abs. 1 Satz 2 AufenthG', kind: 'data' },
  // § 25b AufenthG (RULES.md section 2)
  '25b.status': { citation: '§ 25b Abs. 1 Satz 1 AufenthG', kind: 'data' },
  '25b.residence': { citation: '§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG', kind: 'date-bound' },
  '25b.knowledge': { citation: '§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG', kind: 'data' },
  '25b.livelihood': { citation: '§ 25b Abs. 1 Satz 2 Nr. 3, Satz 3 AufenthG', kind: 'data' },
  '25b.german': { citation: '§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG', kind: 'data' },
  '25b.children_school': { citation: '§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG', kind: 'data' },
  '25b.waiver': { citation: '§ 25b Abs. 3 AufenthG', kind: 'review' },
  '25b.obstruction': { citation: '§ 25b Abs. 2 Nr. 1 AufenthG', kind: 'data' },
  '25b.expulsion': { citation: '§ 25b Abs. 2 Nr. 2 AufenthG', kind: 'data' },
  // § 10 StAG (RULES.md section 4)
  'stag10.residence': { citation: '§ 10 Abs. 1 Satz 1 StAG; § 55 Abs. 3 AsylG', kind: 'date-bound' },
  'stag10.title': { citation: '§ 10 Abs. 1 Satz 1 Nr. 2 StAG', kind: 'data' },
  'stag10.livelihood': { citation: '§ 10 Abs. 1 Satz 1 Nr. 3 StAG', kind: 'data' },
  'stag10.convictions': { citation: '§ 10 Abs. 1 Satz 1 Nr. 5 StAG; § 12a Abs. 1 StAG', kind: 'data' },
  'stag10.german': { citation: '§ 10 Abs. 1 Satz 1 Nr. 6, Abs. 4 StAG', kind: 'data' },
  'stag10.test': { citation: '§ 10 Abs. 1 Satz 1 Nr. 7, Abs. 5 StAG', kind: 'data' },
  'stag10.identity': { citation: '§ 10 Abs. 1 Satz 1 StAG', kind: 'data' },
  'stag10.commitment': { citation: '§ 10 Abs. 1 Satz 1 Nr. 1, 1a StAG', kind: 'review' },
  'stag10.capacity': { citation: '§ 34 StAG', kind: 'data' },
  'stag10.waiver': { citation: '§ 10 Abs. 6 StAG', kind: 'review' },
} as const satisfies Record<string, { citation: string; kind: ConditionKind }>;

export type ConditionId = keyof typeof CONDITIONS;

/** Citations of the signals that are not a provision's conditions (RULES.md sections 3 and 5). */
export const SIGNAL_CITATIONS = {
  'p104c.expiring': '§ 104c AufenthG; § 81 Abs. 4 AufenthG',
  'status.expiring': '§ 60a Abs. 2 AufenthG; § 81 Abs. 4 AufenthG',
  'rechtskreis.gap': '§ 1 Abs. 3 AsylbLG; § 7 SGB II',
  'backlog.overdue': '§ 75 Satz 2 VwGO',
  'p25a.age_deadline': '§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG',
} as const;

export interface Finding {
  outcome: Outcome;
  explanation: string;
  facts?: FactRef[];
  metFrom?: KimDate;
  review?: string[];
}

/** A condition result with the id's one citation; the explanation ends with it, as staff quote it. */
export function result(id: ConditionId, finding: Finding): ConditionResult {
  const { citation } = CONDITIONS[id];
  return {
    id,
    outcome: finding.outcome,
    citation,
    explanation: `${finding.explanation} (${citation})`,
    facts: finding.facts ?? [],
    ...(finding.metFrom ? { metFrom: finding.metFrom } : {}),
    ...(finding.review?.length ? { review: finding.review } : {}),
  };
}

export function isDateBound(id: string): boolean {
  return (CONDITIONS as Record<string, { kind: ConditionKind }>)[id]?.kind === 'date-bound';
}
