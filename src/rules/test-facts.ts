// Builders for rule tests: small facts with only what a case needs, and one call that evaluates
// them for a recipient who sees everything (or what the case says).
import { CATEGORIES } from '../generated/enums.js';
import type { Category, Fact, FactSource } from '../generated/kim-types.js';
import { parseLegalBasis } from '../kim/legal-basis.js';
import { evaluate } from './evaluate.js';
import type { ConditionResult, Evaluation, Provision, ProvisionResult, RulesSettings } from './types.js';

type Of<K extends Fact['kind']> = Extract<Fact, { kind: K }>;
let seq = 0;
const meta = (source: FactSource = 'abh') => ({ source, sourceRecordId: `T-${++seq}`, exportedAt: '2026-11-20' });

export function status(st: Of<'residence_status'>['status'], from: string | null, to: string | null, basis = '', extra: Partial<Of<'residence_status'>> = {}): Fact {
  const text = basis || { duldung: '§ 60a Abs. 2 S. 1 AufenthG', duldung_60b: '§ 60b AufenthG', gestattung: '§ 55 AsylG' }[st as string] || '§ 18b Abs. 1 AufenthG';
  return { kind: 'residence_status', category: 'aufenthalt', ...meta(), status: st, legalBasis: parseLegalBasis(text), legalBasisText: text, validFrom: from, validTo: to, deception: st?.startsWith('duldung') ? false : null, ...extra };
}

export function benefit(law: Of<'benefit'>['law'], from: string, to: string | null): Fact {
  const source: FactSource = law === 'SGB II' ? 'jobcenter' : 'sozialamt';
  return { kind: 'benefit', category: 'leistungen', ...meta(source), law, provision: null, validFrom: from, validTo: to, monthlyNeedCents: null };
}

export function employment(extent: Of<'employment'>['extent'], from: string, to: string | null = null): Fact {
  return { kind: 'employment', category: 'arbeit', ...meta(), validFrom: from, validTo: to, extent, monthlyIncomeCents: null };
}

export function school(from: string, to: string | null, qualification: Of<'school'>['qualification'] = null): Fact {
  return { kind: 'school', category: 'bildung_sprache', ...meta(), validFrom: from, validTo: to, qualification };
}

export function language(level: Of<'language'>['level'], scope: Of<'language'>['scope'] = 'gesamt', evidence: Of<'language'>['evidence'] = 'certificate'): Fact {
  return { kind: 'language', category: 'bildung_sprache', ...meta(), level, scope, date: '2022-01-01', evidence };
}

export function test(t: Of<'test'>['test'], passed: boolean): Fact {
  return { kind: 'test', category: 'bildung_sprache', ...meta(), test: t, passed, date: '2023-01-01' };
}

export function conviction(c: Partial<Of<'conviction'>>): Fact {
  return { kind: 'conviction', category: 'straf', ...meta(), date: '2020-01-01', dailyRates: null, prisonMonths: null, suspended: null, foreignerSpecific: null, racistMotive: null, serious: null, ...c };
}

export function identity(clarified: boolean): Fact {
  return { kind: 'identity', category: 'aufenthalt', ...meta(), clarified };
}

export function child(birthDate: string | null, attendsSchool: boolean | null = true): Fact {
  return { kind: 'household_member', category: 'stammdaten', ...meta(), relation: 'kind', birthDate, azr: null, attendsSchool };
}

/** A household the Jobcenter knows only as figures ("Kinder unter 18"). */
export function household(minorChildren: number | null, singleParent: boolean | null = null): Fact {
  return { kind: 'household_summary', category: 'stammdaten', ...meta('jobcenter'), minorChildren, singleParent };
}

export function application(filedOn: string, basis = '§ 25b Abs. 1 AufenthG'): Fact {
  return { kind: 'residence_application', category: 'aufenthalt', ...meta(), legalBasis: parseLegalBasis(basis), legalBasisText: basis, filedOn };
}

export function naturalisation(receivedOn: string, st: Of<'naturalisation_application'>['status'] = 'in Prüfung'): Fact {
  return { kind: 'naturalisation_application', category: 'einbuergerung', ...meta('ebb'), applicationNumber: 'EB-T', receivedOn, status: st, lastActivity: null, missingDocuments: [], team: null };
}

const ALL: Category[] = [...CATEGORIES];
export const SEES_ALL: Partial<Record<FactSource, Category[]>> = { abh: ALL, jobcenter: ALL, sozialamt: ALL, ebb: ALL };
export const SEES_ABH_ONLY: Partial<Record<FactSource, Category[]>> = { abh: ['stammdaten', 'aufenthalt', 'arbeit', 'bildung_sprache', 'straf'] };

export interface Case {
  stichtag: string;
  birthDate?: string | null;
  facts: Fact[];
  sees?: Partial<Record<FactSource, Category[]>>;
  settings?: Partial<RulesSettings>;
}

export function run(c: Case): Evaluation {
  return evaluate({ stichtag: c.stichtag, birthDate: c.birthDate ?? null, facts: c.facts, visibility: { categoriesBySource: c.sees ?? SEES_ALL }, ...(c.settings ? { settings: c.settings } : {}) });
}

export function provision(e: Evaluation, p: Provision): ProvisionResult {
  const r = e.provisions.find((x) => x.provision === p);
  if (!r) throw new Error(`no ${p} in evaluation`);
  return r;
}

export function condition(e: Evaluation, id: string): ConditionResult {
  const c = e.provisions.flatMap((p) => p.conditions).find((x) => x.id === id);
  if (!c) throw new Error(`no condition ${id}`);
  return c;
}
