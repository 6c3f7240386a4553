// § 25a AufenthG: well-integrated young people (docs/legal/RULES.md section 1).
import type { ResidenceStatusFact } from '../generated/kim-types.js';
import { addDays, daysBetween, earliestDay, latestDay, minDate, toGermanDate as de, type KimDate } from '../kim/dates.js';
import { result, type Finding } from './conditions.js';
import { countFinding, duration } from './counting.js';
import { P25A_VERSIONS, versionAt, type P25aLaw } from './law.js';
import { decideProvision } from './provision.js';
import { birthday, overPossibleDays, yearsCompleteOn } from './time.js';
import type { ConditionResult, ProvisionResult } from './types.js';
import { basisOf, isAufenthG, quoted, ref, type PersonView } from './view.js';

export function isP104c(s: ResidenceStatusFact): boolean {
  return s.status === 'aufenthaltserlaubnis' && isAufenthG(s, '104c');
}

/**
 * A § 104c permit current on the Stichtag (or kept alive by a § 25a/§ 25b application) while the
 * law version still grants its privileges (until 2027-06-30, verify: law.ts; change 2).
 */
export function countingP104c(view: PersonView, law: { p104cPrivileges: boolean }): ResidenceStatusFact | null {
  if (!law.p104cPrivileges) return null;
  return view.currentStatuses().find(isP104c) ?? null;
}

/** A current Aufenthaltserlaubnis whose legal basis cannot be read: it may be a § 104c permit (change 14). */
export function unreadablePermit(view: PersonView): ResidenceStatusFact | null {
  return view.currentStatuses().find((s) => s.status === 'aufenthaltserlaubnis' && basisOf(s) === null) ?? null;
}

/** The § 104c alternative of 25a.status / 25b.status as a finding, naming an application that keeps the permit alive. */
export function p104cFinding(view: PersonView, p104c: ResidenceStatusFact): Finding {
  const app = view.keptAlive.get(p104c);
  const alive = app ? `; fortgeltend durch den Antrag vom ${de(app.filedOn)} (${app.legalBasisText}, § 81 Abs. 4 AufenthG)` : ` bis ${de(p104c.validTo ?? p104c.validFrom!)}`;
  return { outcome: 'met', explanation: `Aufenthaltserlaubnis nach § 104c AufenthG seit ${de(p104c.validFrom!)}${alive}`, metFrom: earliestDay(p104c.validFrom!), facts: [ref(p104c)] };
}

/** An unreadable legal basis never silently changes a result: what the outcome would be without it goes to review. */
export function unlessUnreadable(view: PersonView, finding: Finding, needed: string): Finding {
  const unreadable = unreadablePermit(view);
  if (!unreadable || finding.outcome === 'met') return finding;
  return {
    outcome: 'needs_review',
    explanation: `Rechtsgrundlage ${quoted(unreadable.legalBasisText)} der Aufenthaltserlaubnis nicht lesbar; ${needed}: prüfen (sonst: ${finding.explanation})`,
    facts: [...(finding.facts ?? []), ref(unreadable)],
    ...(finding.review ? { review: finding.review } : {}),
  };
}

export function currentDuldung(view: PersonView): ResidenceStatusFact | null {
  return view.currentStatuses().find((s) => s.status === 'duldung' || s.status === 'duldung_60b') ?? null;
}

function status(view: PersonView, law: P25aLaw): ConditionResult {
  const p104c = countingP104c(view, law);
  if (p104c) return result('25a.status', p104cFinding(view, p104c));
  if (law.duldungMonths === null) {
    const d = currentDuldung(view);
    return d && d.status === 'duldung'
      ? result('25a.status', { outcome: 'met', explanation: `geduldet seit ${de(d.validFrom!)}`, metFrom: earliestDay(d.validFrom!), facts: [ref(d)] })
      : result('25a.status', { outcome: view.seesCategory('aufenthalt') ? 'not_met' : 'unknown', explanation: 'keine Duldung nach § 60a AufenthG am Stichtag' });
  }
  const d = currentDuldung(view);
  if (d?.status === 'duldung_60b') {
    // Change 3: § 60b periods pause the count, but a current § 60b Duldung is no § 60a Duldung.
    return result('25a.status', { outcome: 'not_met', explanation: `am Stichtag Duldung nach § 60b AufenthG (ungeklärte Identität) seit ${de(d.validFrom!)}; erforderlich ist eine Duldung nach § 60a AufenthG`, facts: [ref(d)] });
  }
  const finding = countFinding(
    view,
    view.statuses(),
    {
      months: law.duldungMonths,
      bridgeMonths: view.settings.bridgeMonths,
      // § 60b periods are not Duldung under § 60a: they do not count, and do not interrupt.
      classify: (p) => (p.fact.status === 'duldung' ? 'count' : p.fact.status === 'duldung_60b' ? 'neutral' : 'interrupts'),
    },
    'Duldung nach § 60a AufenthG ohne Unterbrechung',
  );
  return result('25a.status', law.p104cPrivileges ? unlessUnreadable(view, finding, 'eine Aufenthaltserlaubnis nach § 104c AufenthG würde genügen') : finding);
}

/** The last day to apply: the day before the birthday of the age limit, from the earliest possible birth day. */
export function p25aLastDay(birthDate: KimDate, law: P25aLaw): KimDate {
  return addDays(birthday(earliestDay(birthDate), law.ageLimitYears), -1);
}

/**
 * 25a.age (change 6): the minimum age 14 is date-bound (met from the 14th birthday, so
 * `…upcoming` may follow); the 27th birthday is a deadline, and an outcome that comes from it
 * counts as that of a data condition (added to `dataPart`).
 */
function age(view: PersonView, law: P25aLaw, dataPart: Set<ConditionResult>): ConditionResult {
  const birth = view.birthDate;
  if (!birth) return result('25a.age', { outcome: 'unknown', explanation: 'Geburtsdatum nicht bekannt oder nicht sichtbar' });
  const lastDay = p25aLastDay(birth, law);
  const young = overPossibleDays(birth, (d) => view.stichtag < birthday(d, law.ageLimitYears));
  const fromDeadline = (r: ConditionResult) => (dataPart.add(r), r);
  if (young === 'not_met') {
    return fromDeadline(result('25a.age', { outcome: 'not_met', explanation: `Antrag nur vor dem ${law.ageLimitYears}. Geburtstag möglich; letzter Tag war der ${de(lastDay)}` }));
  }
  const old = overPossibleDays(birth, (d) => birthday(d, law.minAgeYears) <= view.stichtag);
  const minFrom = birthday(latestDay(birth), law.minAgeYears);
  if (old === 'not_met') {
    return result('25a.age', { outcome: 'not_met', explanation: `Mindestalter ${law.minAgeYears} Jahre, erreicht am ${de(minFrom)}`, metFrom: minFrom });
  }
  if (old === 'needs_review') {
    return result('25a.age', {
      outcome: 'needs_review',
      explanation: `Geburtsdatum nur teilweise bekannt (${de(birth)}); ob das Mindestalter von ${law.minAgeYears} Jahren erreicht ist, hängt vom genauen Tag ab (spätestens am ${de(minFrom)})`,
    });
  }
  if (young === 'needs_review') {
    return fromDeadline(result('25a.age', { outcome: 'needs_review', explanation: `Geburtsdatum nur teilweise bekannt (${de(birth)}); die Altersgrenze hängt vom genauen Tag ab, frühestmöglicher letzter Antragstag ${de(lastDay)}` }));
  }
  return result('25a.age', { outcome: 'met', explanation: `mindestens ${law.minAgeYears} Jahre alt seit ${de(minFrom)}; Antrag bis zum Tag vor dem ${law.ageLimitYears}. Geburtstag möglich, letzter Tag ${de(lastDay)}`, metFrom: minFrom });
}

function residence(view: PersonView, law: P25aLaw): ConditionResult {
  // § 60b periods count for a § 104c holder (§ 60b Abs. 5) while the privileges last.
  const holds104c = countingP104c(view, law) !== null;
  const finding = countFinding(
    view,
    view.statuses(),
    {
      months: law.residenceYears * 12,
      bridgeMonths: view.settings.bridgeMonths,
      classify: (p) => (p.fact.status === 'duldung_60b' ? (holds104c ? 'count' : 'neutral') : 'count'),
    },
    'ununterbrochener Aufenthalt mit Duldung, Gestattung oder Aufenthaltserlaubnis',
  );
  return result('25a.residence', finding);
}

function school(view: PersonView, law: P25aLaw): ConditionResult {
  const qualified = view.qualifications();
  if (qualified.length) {
    const q = qualified[0]!;
    return result('25a.school', { outcome: 'met', explanation: `anerkannter Abschluss (${q.qualification}) erfasst`, facts: qualified.map(ref) });
  }
  const periods = view.of('school').filter((s) => s.validFrom !== null);
  if (!periods.length) {
    return result('25a.school', { outcome: 'unknown', explanation: `${duration(law.schoolYears * 12)} erfolgreicher Schulbesuch oder ein Abschluss erforderlich; keine Schuldaten sichtbar` });
  }
  // Attendance is summed over all periods up to the day before the Stichtag: the Stichtag itself
  // is not yet a completed day (change 7; attendance from 2023-12-02 → met from 2026-12-02).
  // A single period counts by calendar (§§ 187 Abs. 2, 188 Abs. 2 BGB).
  const first = periods.map((p) => latestDay(p.validFrom!)).sort()[0]!;
  const needed = daysBetween(first, yearsCompleteOn(first, law.schoolYears));
  const completed = addDays(view.stichtag, -1);
  const attended = periods.reduce((sum, p) => {
    const to = minDate(p.validTo === null ? completed : earliestDay(p.validTo), completed);
    const from = latestDay(p.validFrom!);
    return to >= from ? sum + daysBetween(from, to) + 1 : sum;
  }, 0);
  const facts = periods.map(ref);
  if (attended >= needed) {
    return result('25a.school', { outcome: 'needs_review', explanation: `${duration(law.schoolYears * 12)} Schulbesuch belegt; ob er erfolgreich war, ist anhand der Zeugnisse zu prüfen`, facts });
  }
  const attending = view.currentSchool().length > 0;
  if (attending) {
    // Date-bound while ongoing attendance is short of 3 years (change 7): met from the day the rest is complete.
    const from = addDays(view.stichtag, needed - attended);
    return result('25a.school', { outcome: 'not_met', explanation: `${duration(law.schoolYears * 12)} Schulbesuch erforderlich, erreicht ab ${de(from)} bei fortgesetztem Besuch`, facts, metFrom: from });
  }
  return result('25a.school', { outcome: 'needs_review', explanation: `nur ${attended} Tage Schulbesuch erfasst, ${duration(law.schoolYears * 12)} erforderlich; weitere Schulzeiten oder Abschlüsse prüfen`, facts });
}

function deception(view: PersonView): ConditionResult {
  if (!view.seesCategory('aufenthalt')) return result('25a.deception', { outcome: 'unknown', explanation: 'Aufenthaltsdaten nicht sichtbar' });
  const d = currentDuldung(view);
  if (!d) return result('25a.deception', { outcome: 'met', explanation: 'keine Duldung am Stichtag, Ausschluss nicht einschlägig' });
  if (d.deception === true) return result('25a.deception', { outcome: 'not_met', explanation: 'die Duldung beruht auf eigener Täuschung über Identität oder Staatsangehörigkeit', facts: [ref(d)] });
  if (d.deception === false) return result('25a.deception', { outcome: 'met', explanation: 'kein Hinweis auf eigene Täuschung', facts: [ref(d)] });
  return result('25a.deception', { outcome: 'unknown', explanation: 'Grund der Duldung nicht erfasst', facts: [ref(d)] });
}

function livelihood(view: PersonView): ConditionResult {
  const education = view.inEducation();
  if (education.length) return result('25a.livelihood', { outcome: 'met', explanation: 'in Schule, Ausbildung oder Studium: Leistungsbezug unschädlich', facts: education.map(ref) });
  const benefits = view.currentBenefits();
  if (benefits.length) {
    return result('25a.livelihood', {
      outcome: 'needs_review',
      explanation: `bezieht laufend Leistungen (${[...new Set(benefits.map((b) => b.law))].join(', ')}) und ist nicht in Ausbildung: Lebensunterhalt prüfen`,
      facts: benefits.map(ref),
    });
  }
  if (view.seesAllBenefitSources()) return result('25a.livelihood', { outcome: 'met', explanation: 'kein laufender Leistungsbezug bei Jobcenter und Sozialamt' });
  return result('25a.livelihood', { outcome: 'unknown', explanation: 'Leistungsbezug nicht vollständig sichtbar (nicht alle Leistungsträger freigegeben)' });
}

export function evaluateP25a(view: PersonView): ProvisionResult | null {
  const law = versionAt(P25A_VERSIONS, view.stichtag);
  if (!law) return null;
  const dataPart = new Set<ConditionResult>();
  const conditions = [
    status(view, law),
    age(view, law, dataPart),
    residence(view, law),
    school(view, law),
    result('25a.prognosis', { outcome: 'needs_review', explanation: 'Integrationsprognose: Entscheidung der Ausländerbehörde' }),
    result('25a.fdgo', { outcome: 'needs_review', explanation: 'keine Anhaltspunkte gegen die freiheitliche demokratische Grundordnung: zu prüfen' }),
    deception(view),
    livelihood(view),
  ];
  // The door closes on the 27th birthday: an upcoming date on or after the last day is no chance.
  const closesOn = view.birthDate ? addDays(p25aLastDay(view.birthDate, law), 1) : null;
  return decideProvision({ provision: 'p25a', law, conditions, stichtag: view.stichtag, unknownValues: view.unknownValues, closesOn, title: '§ 25a AufenthG', dataPart });
}
