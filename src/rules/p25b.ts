// § 25b AufenthG: sustainable integration (docs/legal/RULES.md section 2).
import { toGermanDate as de } from '../kim/dates.js';
import { result, type Finding } from './conditions.js';
import { countFinding, duration } from './counting.js';
import { HOUSEHOLD_LAW, P25B_VERSIONS, versionAt, type P25bLaw } from './law.js';
import { countingP104c, currentDuldung, p104cFinding, unlessUnreadable } from './p25a.js';
import { decideProvision } from './provision.js';
import { birthday, overPossibleDays } from './time.js';
import type { HouseholdMemberFact } from '../generated/kim-types.js';
import type { ConditionResult, ProvisionResult } from './types.js';
import { levelAtLeast, ref, type PersonView } from './view.js';

const QUALIFICATION_NAMES = 'deutscher Schul- oder Berufsabschluss';

function status(view: PersonView, law: P25bLaw): ConditionResult {
  const p104c = countingP104c(view, law);
  if (p104c) {
    const f = p104cFinding(view, p104c);
    return result('25b.status', { outcome: 'met', explanation: f.explanation, facts: f.facts ?? [] });
  }
  if (!view.seesCategory('aufenthalt')) return result('25b.status', { outcome: 'unknown', explanation: 'Aufenthaltsdaten nicht sichtbar' });
  const d = currentDuldung(view);
  if (d?.status === 'duldung') return result('25b.status', { outcome: 'met', explanation: `geduldet nach § 60a AufenthG bis ${d.validTo ? de(d.validTo) : 'auf Weiteres'}`, facts: [ref(d)] });
  if (d) return result('25b.status', { outcome: 'not_met', explanation: 'Duldung nach § 60b AufenthG (ungeklärte Identität) genügt nicht', facts: [ref(d)] });
  const ended = view.trailingEnd();
  if (ended) {
    // Change 4: a lapsed last status is not bridged; renewed or lapsed, staff must look.
    return result('25b.status', { outcome: 'needs_review', explanation: `der letzte Status endete am ${de(ended)}, danach ist nichts erfasst: prüfen, ob eine Duldung fortbesteht` });
  }
  const finding: Finding = { outcome: 'not_met', explanation: law.p104cPrivileges ? 'weder geduldet noch Inhaber einer Aufenthaltserlaubnis nach § 104c AufenthG' : 'nicht geduldet nach § 60a AufenthG' };
  return result('25b.status', law.p104cPrivileges ? unlessUnreadable(view, finding, 'eine Aufenthaltserlaubnis nach § 104c AufenthG würde genügen') : finding);
}

/**
 * 25b.residence: 6 years, 4 with a minor unmarried child in the household (change 16 for what
 * the household evidence shows); one gap of up to 3 months bridged (change 5).
 */
function residence(view: PersonView, law: P25bLaw): ConditionResult {
  // § 60b periods do not count (§ 60b Abs. 5), except for § 104c holders (§ 25b Abs. 7) while the privileges last.
  const holds104c = countingP104c(view, law) !== null;
  const count = (years: number, label: string) =>
    countFinding(
      view,
      view.statuses(),
      {
        months: years * 12,
        bridgeMonths: view.settings.bridgeMonths,
        maxBridgedGaps: 1,
        classify: (p) => (p.fact.status === 'duldung_60b' ? (holds104c ? 'count' : 'neutral') : 'count'),
      },
      label,
    );
  const child = view.minorChildInHousehold();
  const withChild = () => count(law.residenceYearsWithChild, 'Voraufenthalt (mit minderjährigem Kind im Haushalt)');
  const six = () => count(law.residenceYears, 'Voraufenthalt');
  const note = (f: Finding, text: string): Finding => ({ ...f, review: [...(f.review ?? []), text] });
  let finding: Finding;
  if (child.outcome === 'met' && child.by === 'ages') finding = withChild();
  else if (child.outcome === 'met') {
    // A count of minor children: the 4 years hold on the Stichtag, but a future date needs the ages.
    const n = (child.facts as Array<{ minorChildren?: number | null }>).map((f) => f.minorChildren ?? 0).reduce((a, b) => Math.max(a, b), 0);
    const text = `Haushalt mit ${n} minderjährigen Kind(ern) nur als Anzahl bekannt (Jobcenter): Alter der Kinder prüfen`;
    const four = withChild();
    finding =
      four.outcome === 'met'
        ? note({ ...four, explanation: `${four.explanation}; ${n} minderjährige(s) Kind(er) laut Jobcenter, Alter nicht erfasst` }, text)
        : note(six(), `${text}; mit den Geburtsdaten genügen ggf. ${duration(law.residenceYearsWithChild * 12)}`);
  } else if (child.by === 'undated' || child.by === 'partial') {
    // A child without a birth date shows no minority (unknown); a partial one may (needs_review).
    const f6 = six();
    const four = f6.outcome === 'met' ? null : withChild();
    const text =
      child.by === 'undated'
        ? `Kind ohne Geburtsdatum im Haushalt: ob ${duration(law.residenceYearsWithChild * 12)} genügen, ist unbekannt`
        : `ob ein Kind im Haushalt minderjährig ist, hängt vom fehlenden Teil seines Geburtsdatums ab: ob ${duration(law.residenceYearsWithChild * 12)} genügen, ist zu prüfen`;
    finding =
      four?.outcome === 'met'
        ? { outcome: child.by === 'undated' ? 'unknown' : 'needs_review', explanation: `${four.explanation}; ${text}`, facts: four.facts ?? [], review: [...(four.review ?? []), text] }
        : f6.outcome === 'met'
          ? f6
          : note(f6, text);
  } else {
    finding = six();
    if (child.outcome !== 'not_met') finding = note(finding, `mit minderjährigem ledigem Kind im Haushalt genügen ${duration(law.residenceYearsWithChild * 12)}: Haushalt prüfen`);
  }
  finding.facts = [...(finding.facts ?? []), ...child.facts.map(ref)];
  return result('25b.residence', finding);
}

function knowledge(view: PersonView): ConditionResult {
  const declaration = ['Bekenntnis zur freiheitlichen demokratischen Grundordnung: Erklärung prüfen'];
  const passed = [...view.tests('LiD'), ...view.tests('EBT')].filter((t) => t.passed);
  if (passed.length) {
    return result('25b.knowledge', { outcome: 'met', explanation: `Grundkenntnisse nachgewiesen (${passed[0]!.test === 'LiD' ? 'Test „Leben in Deutschland“' : 'Einbürgerungstest'} bestanden)`, facts: passed.map(ref), review: declaration });
  }
  const qualified = view.qualifications();
  if (qualified.length) {
    return result('25b.knowledge', { outcome: 'met', explanation: `Grundkenntnisse durch ${QUALIFICATION_NAMES} (${qualified[0]!.qualification}) nachgewiesen`, facts: qualified.map(ref), review: declaration });
  }
  const failed = view.tests('LiD').filter((t) => !t.passed);
  if (failed.length) return result('25b.knowledge', { outcome: 'not_met', explanation: 'Test „Leben in Deutschland“ nicht bestanden, kein anderer Nachweis sichtbar', facts: failed.map(ref) });
  return result('25b.knowledge', { outcome: 'unknown', explanation: 'kein Nachweis der Grundkenntnisse sichtbar' });
}

/** RULES.md "Benefits are evidence" and the visibility rule of section 2. */
function livelihood(view: PersonView): ConditionResult {
  const benefits = view.currentBenefits();
  const work = view.currentEmployment();
  const facts = [...benefits, ...work].map(ref);
  const laws = [...new Set(benefits.map((b) => b.law))].join(', ');
  if (work.length && !benefits.length) {
    return view.seesAllBenefitSources()
      ? result('25b.livelihood', { outcome: 'met', explanation: 'erwerbstätig, kein laufender Leistungsbezug', facts })
      : result('25b.livelihood', { outcome: 'unknown', explanation: 'erwerbstätig; ob daneben Leistungen bezogen werden, ist nicht sichtbar (nicht alle Leistungsträger freigegeben)', facts });
  }
  if (work.length && benefits.length) {
    return result('25b.livelihood', { outcome: 'needs_review', explanation: `erwerbstätig mit ergänzenden Leistungen (${laws}): überwiegende Sicherung prüfen`, facts });
  }
  if (benefits.length) {
    const exception = [
      ...(view.inEducation().length ? ['in Schule, Ausbildung oder Studium'] : []),
      ...(view.minorChildInHousehold().outcome === 'met' ? ['Familie mit minderjährigem Kind'] : []),
      ...(view.singleParent() ? ['alleinerziehend'] : []),
    ];
    return exception.length
      ? result('25b.livelihood', { outcome: 'needs_review', explanation: `Leistungsbezug (${laws}) ohne Erwerbstätigkeit; Ausnahme nach Satz 3 möglich (${exception.join(', ')})`, facts })
      : result('25b.livelihood', { outcome: 'not_met', explanation: `Leistungsbezug (${laws}) ohne Erwerbstätigkeit`, facts });
  }
  return result('25b.livelihood', { outcome: 'unknown', explanation: 'weder Erwerbstätigkeit noch Leistungsbezug sichtbar' });
}

function german(view: PersonView, law: P25bLaw): ConditionResult {
  const langs = view.languages();
  const enough = langs.filter((l) => levelAtLeast(l.level, law.germanLevel));
  const certified = enough.filter((l) => l.evidence === 'certificate');
  if (certified.length)
    return result('25b.german', {
      outcome: 'met',
      explanation: `mündliche Deutschkenntnisse ${law.germanLevel} erforderlich, Nachweis ${certified[0]!.level}${certified[0]!.date ? ` vom ${de(certified[0]!.date)}` : ''}`,
      facts: certified.map(ref),
    });
  if (enough.length) return result('25b.german', { outcome: 'needs_review', explanation: `Niveau ${enough[0]!.level} gemeldet, aber ohne Zertifikat`, facts: enough.map(ref) });
  const below = langs.filter((l) => l.evidence === 'certificate');
  if (below.length) return result('25b.german', { outcome: 'not_met', explanation: `mündliche Deutschkenntnisse ${law.germanLevel} erforderlich, nachgewiesen nur ${below[0]!.level}`, facts: below.map(ref) });
  return result('25b.german', { outcome: 'unknown', explanation: `mündliche Deutschkenntnisse ${law.germanLevel} erforderlich; kein Nachweis sichtbar`, facts: langs.map(ref) });
}

/**
 * 25b.children_school (change 16): a child of school age must attend school. A child without a
 * birth date, or a household known only as a count, does not show the ages: `unknown`, unless
 * the record says the child attends school; a partial birth date that decides the school age → `needs_review`.
 */
function childrenSchool(view: PersonView): ConditionResult {
  const members = view.householdMembers().filter((m) => m.relation === 'kind');
  const summaries = view.householdSummaries();
  if (!view.householdMembers().length && !summaries.length) return result('25b.children_school', { outcome: 'unknown', explanation: 'keine Haushaltsdaten sichtbar' });
  const schoolAgeOf = (m: HouseholdMemberFact) =>
    m.birthDate === null ? 'unknown' : overPossibleDays(m.birthDate, (d) => birthday(d, HOUSEHOLD_LAW.schoolAgeFrom) <= view.stichtag && view.stichtag < birthday(d, HOUSEHOLD_LAW.schoolAgeUntil));
  const schoolAge = members.filter((m) => m.birthDate !== null && schoolAgeOf(m) === 'met');
  const facts = schoolAge.map(ref);
  // The same child often appears in several exports (ABH and Sozialamt), without an id: records
  // with the same birth date are taken as one child, and a silent record does not outweigh one that says.
  const byChild = new Map<string, Array<boolean | null>>();
  for (const c of schoolAge) byChild.set(c.birthDate!, [...(byChild.get(c.birthDate!) ?? []), c.attendsSchool]);
  const verdicts = [...byChild.values()].map((says) => (says.includes(false) ? (says.includes(true) ? 'conflict' : 'no') : says.includes(true) ? 'yes' : 'silent'));
  if (verdicts.includes('conflict')) return result('25b.children_school', { outcome: 'needs_review', explanation: 'die Quellen widersprechen sich beim Schulbesuch eines Kindes', facts });
  if (verdicts.includes('no')) return result('25b.children_school', { outcome: 'not_met', explanation: 'ein Kind im schulpflichtigen Alter besucht keine Schule', facts });
  // Children whose school age the data does not show; a record that says "attends school" settles it.
  const partial = members.filter((m) => schoolAgeOf(m) === 'needs_review' && m.attendsSchool !== true);
  const undated = members.filter((m) => m.birthDate === null && m.attendsSchool !== true);
  const countOnly = !members.length && summaries.some((s) => (s.minorChildren ?? 0) > 0) ? summaries.filter((s) => (s.minorChildren ?? 0) > 0) : [];
  if (partial.length) {
    return result('25b.children_school', {
      outcome: 'needs_review',
      explanation: `ob ein Kind (geboren ${partial.map((m) => de(m.birthDate!)).join(', ')}) im schulpflichtigen Alter ist, hängt vom fehlenden Teil des Geburtsdatums ab: Schulbesuch prüfen`,
      facts: [...facts, ...partial.map(ref)],
    });
  }
  if (undated.length)
    return result('25b.children_school', { outcome: 'unknown', explanation: 'Kind ohne Geburtsdatum im Haushalt: ob es schulpflichtig ist und die Schule besucht, ist nicht erfasst', facts: [...facts, ...undated.map(ref)] });
  if (countOnly.length)
    return result('25b.children_school', {
      outcome: 'unknown',
      explanation: `Haushalt mit ${countOnly[0]!.minorChildren} minderjährigen Kind(ern) nur als Anzahl bekannt (Jobcenter): Alter und Schulbesuch nicht erfasst`,
      facts: countOnly.map(ref),
    });
  if (verdicts.includes('silent')) return result('25b.children_school', { outcome: 'unknown', explanation: 'Schulbesuch eines Kindes nicht erfasst', facts });
  if (!schoolAge.length) return result('25b.children_school', { outcome: 'met', explanation: 'keine Kinder im schulpflichtigen Alter im Haushalt' });
  return result('25b.children_school', { outcome: 'met', explanation: 'Kinder im schulpflichtigen Alter besuchen die Schule', facts });
}

function obstruction(view: PersonView): ConditionResult {
  if (!view.seesCategory('aufenthalt')) return result('25b.obstruction', { outcome: 'unknown', explanation: 'Aufenthaltsdaten nicht sichtbar' });
  const d = currentDuldung(view);
  if (d?.deception === true) return result('25b.obstruction', { outcome: 'not_met', explanation: 'die Duldung beruht auf eigener Täuschung (Aufenthaltsbeendigung verhindert)', facts: [ref(d)] });
  if (d && d.deception === null) return result('25b.obstruction', { outcome: 'unknown', explanation: 'Grund der Duldung nicht erfasst', facts: [ref(d)] });
  return result('25b.obstruction', { outcome: 'met', explanation: 'kein Hinweis auf Täuschung oder fehlende Mitwirkung', ...(d ? { facts: [ref(d)] } : {}) });
}

function expulsion(view: PersonView): ConditionResult {
  if (!view.seesCategory('straf')) return result('25b.expulsion', { outcome: 'unknown', explanation: 'Strafdaten nicht sichtbar' });
  const convictions = view.convictions();
  const facts = convictions.map(ref);
  if (convictions.some((c) => c.serious === true)) return result('25b.expulsion', { outcome: 'not_met', explanation: 'Verurteilung mit schwerwiegendem Ausweisungsinteresse', facts });
  if (convictions.length) return result('25b.expulsion', { outcome: 'needs_review', explanation: `${convictions.length} Verurteilung(en): Ausweisungsinteresse prüfen`, facts });
  return result('25b.expulsion', { outcome: 'met', explanation: 'keine Verurteilung erfasst' });
}

export function evaluateP25b(view: PersonView): ProvisionResult | null {
  const law = versionAt(P25B_VERSIONS, view.stichtag);
  if (!law) return null;
  const conditions = [
    status(view, law),
    residence(view, law),
    knowledge(view),
    livelihood(view),
    german(view, law),
    childrenSchool(view),
    result('25b.waiver', { outcome: 'met', explanation: 'kein Hinweis auf Krankheit, Behinderung oder Alter: Nr. 3 und 4 sind zu erfüllen' }),
    obstruction(view),
    expulsion(view),
  ];
  return decideProvision({ provision: 'p25b', law, conditions, stichtag: view.stichtag, unknownValues: view.unknownValues, closesOn: null, title: '§ 25b AufenthG' });
}
