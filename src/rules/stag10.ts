// § 10 StAG: naturalisation by entitlement (docs/legal/RULES.md section 4).
import type { ResidenceStatusFact } from '../generated/kim-types.js';
import { addDays, daysBetween, earliestDay, latestDay, maxDate, minDate, toGermanDate as de } from '../kim/dates.js';
import { result } from './conditions.js';
import { countFinding, duration } from './counting.js';
import { STAG10_VERSIONS, versionAt, type Stag10Law, type TitlePattern } from './law.js';
import { decide } from './provision.js';
import { birthday, overPossibleDays, periodCompleteOn } from './time.js';
import type { Period } from './timeline.js';
import type { ConditionResult, ProvisionResult } from './types.js';
import { levelAtLeast, ref, type PersonView } from './view.js';

const SCHOOL_QUALIFICATIONS = new Set(['HSA', 'MSA', 'FHR', 'ABI', 'BERUF']);
const UNLIMITED = new Set<ResidenceStatusFact['status']>(['niederlassungserlaubnis', 'daueraufenthalt_eu', 'blaue_karte']);

function isProtectionTitle(s: ResidenceStatusFact): boolean {
  const lb = s.legalBasis;
  return s.status === 'aufenthaltserlaubnis' && lb?.law === 'AufenthG' && lb.paragraph === '25' && (lb.absatz === 1 || lb.absatz === 2);
}

/**
 * § 55 Abs. 3 AsylG: a Gestattung counts only when the asylum procedure ended in recognition or
 * international protection, which the data shows as the next status (after any further
 * Gestattung, contiguous or bridged) being an Aufenthaltserlaubnis under § 25 Abs. 1 or 2.
 */
function gestattungRecognised(index: number, all: Period[], bridgeMonths: number): boolean {
  let end = all[index]!.to;
  for (let i = index + 1; i < all.length; i++) {
    const next = all[i]!;
    if (end === null) return false;
    if (next.from > periodCompleteOn(addDays(end, 1), bridgeMonths)) return false;
    if (next.fact.status !== 'gestattung') return isProtectionTitle(next.fact);
    end = next.to;
  }
  return false;
}

function residence(view: PersonView, law: Stag10Law): ConditionResult {
  const bridge = view.settings.bridgeMonths;
  const finding = countFinding(
    view,
    view.statuses(),
    {
      months: law.residenceYears * 12,
      bridgeMonths: bridge,
      classify: (p, i, all) => {
        if (p.fact.status === 'duldung' || p.fact.status === 'duldung_60b') return 'interrupts'; // never lawful residence
        if (p.fact.status === 'gestattung') return gestattungRecognised(i, all, bridge) ? 'count' : 'interrupts';
        return 'count';
      },
    },
    'rechtmäßiger gewöhnlicher Aufenthalt',
  );
  if (law.shortened) finding.review = [...(finding.review ?? []), `Verkürzung auf ${duration(law.shortened.years * 12)} bei ${law.shortened.requires}: prüfen`];
  return result('stag10.residence', finding);
}

function excluded(s: ResidenceStatusFact, patterns: TitlePattern[]): boolean | null {
  const lb = s.legalBasis;
  if (!lb || lb.law !== 'AufenthG') return null;
  for (const p of patterns) {
    if (p.paragraph !== lb.paragraph) continue;
    if (!p.absaetze) return true;
    if (lb.absatz === undefined) return null;
    if (p.absaetze.includes(lb.absatz)) return true;
  }
  return false;
}

function title(view: PersonView, law: Stag10Law): ConditionResult {
  if (!view.seesCategory('aufenthalt')) return result('stag10.title', { outcome: 'unknown', explanation: 'Aufenthaltsdaten nicht sichtbar' });
  const s = view.currentStatus();
  if (!s) return result('stag10.title', { outcome: 'not_met', explanation: 'kein Aufenthaltstitel am Stichtag erfasst' });
  const facts = [ref(s)];
  if (UNLIMITED.has(s.status)) return result('stag10.title', { outcome: 'met', explanation: `${s.status === 'blaue_karte' ? 'Blaue Karte EU' : 'unbefristetes Aufenthaltsrecht'} (${s.legalBasisText})`, facts });
  if (s.status === 'aufenthaltserlaubnis') {
    const ex = excluded(s, law.excludedTitles);
    if (ex === true) return result('stag10.title', { outcome: 'not_met', explanation: `Aufenthaltserlaubnis zu einem ausgeschlossenen Zweck (${s.legalBasisText})`, facts });
    if (ex === null) return result('stag10.title', { outcome: 'needs_review', explanation: `Rechtsgrundlage „${s.legalBasisText}“ nicht eindeutig: Zweck prüfen`, facts });
    return result('stag10.title', { outcome: 'met', explanation: `Aufenthaltserlaubnis (${s.legalBasisText})`, facts });
  }
  if (s.status === 'fiktion') return result('stag10.title', { outcome: 'needs_review', explanation: 'Fiktionsbescheinigung: zugrunde liegenden Titel prüfen', facts });
  return result('stag10.title', { outcome: 'not_met', explanation: 'Duldung oder Gestattung ist kein Aufenthaltsrecht im Sinne des § 10 StAG', facts });
}

/** Full-time work now and for `fullTimeMonths` of the last `fullTimeWindowMonths` months (§ 10 Abs. 1 Satz 1 Nr. 3). */
function fullTimeException(view: PersonView, law: Stag10Law): boolean {
  const fullTime = view.of('employment').filter((e) => e.extent === 'vollzeit' && e.validFrom !== null);
  if (!fullTime.some((e) => view.currentEmployment().includes(e))) return false;
  const windowStart = periodCompleteOn(view.stichtag, -law.fullTimeWindowMonths);
  const needed = daysBetween(periodCompleteOn(view.stichtag, -law.fullTimeMonths), view.stichtag);
  const worked = fullTime.reduce((sum, e) => {
    const from = maxDate(latestDay(e.validFrom!), windowStart);
    const to = minDate(e.validTo === null ? view.stichtag : earliestDay(e.validTo), view.stichtag);
    return to >= from ? sum + daysBetween(from, to) : sum;
  }, 0);
  return worked >= needed;
}

function livelihood(view: PersonView, law: Stag10Law): ConditionResult {
  const sgb = view.currentBenefits(['SGB II', 'SGB XII']);
  if (sgb.length) {
    const laws = [...new Set(sgb.map((b) => b.law))].join(', ');
    return fullTimeException(view, law)
      ? result('stag10.livelihood', { outcome: 'needs_review', explanation: `Leistungen nach ${laws} trotz Vollzeit seit ${law.fullTimeMonths} von ${law.fullTimeWindowMonths} Monaten: Ausnahme prüfen`, facts: sgb.map(ref) })
      : result('stag10.livelihood', { outcome: 'not_met', explanation: `Lebensunterhalt nicht ohne Leistungen nach ${laws} gesichert`, facts: sgb.map(ref) });
  }
  const asyl = view.currentBenefits(['AsylbLG']);
  if (asyl.length) return result('stag10.livelihood', { outcome: 'needs_review', explanation: 'laufende Leistungen nach dem AsylbLG: Lebensunterhalt prüfen', facts: asyl.map(ref) });
  if (view.seesAllBenefitSources()) return result('stag10.livelihood', { outcome: 'met', explanation: 'kein laufender Bezug von Leistungen nach SGB II oder SGB XII' });
  return result('stag10.livelihood', { outcome: 'unknown', explanation: 'Leistungsbezug nicht vollständig sichtbar (nicht alle Leistungsträger freigegeben)' });
}

/** § 12a Abs. 1: minor convictions are disregarded; several are added up, one daily rate = one day of prison. */
function convictions(view: PersonView, law: Stag10Law): ConditionResult {
  if (!view.seesCategory('straf')) return result('stag10.convictions', { outcome: 'unknown', explanation: 'Strafdaten nicht sichtbar' });
  const all = view.convictions();
  const facts = all.map(ref);
  if (!all.length) return result('stag10.convictions', { outcome: 'met', explanation: 'keine Verurteilung erfasst' });
  if (all.some((c) => c.racistMotive === true)) return result('stag10.convictions', { outcome: 'not_met', explanation: 'Verurteilung mit rassistischem, antisemitischem oder sonst menschenverachtendem Beweggrund (§ 12a Abs. 1 Satz 2 StAG)', facts });
  if (all.some((c) => c.prisonMonths !== null && c.prisonMonths > 0 && c.suspended === false)) return result('stag10.convictions', { outcome: 'not_met', explanation: 'Freiheitsstrafe ohne Bewährung', facts });
  if (all.some((c) => c.dailyRates === null && c.prisonMonths === null)) return result('stag10.convictions', { outcome: 'needs_review', explanation: 'Strafmaß einer Verurteilung nicht erfasst', facts });
  if (all.some((c) => (c.prisonMonths ?? 0) > 0 && c.suspended === null)) return result('stag10.convictions', { outcome: 'needs_review', explanation: 'Aussetzung zur Bewährung nicht erfasst', facts });
  const prisonMonths = all.reduce((s, c) => s + (c.prisonMonths ?? 0), 0);
  if (prisonMonths > law.suspendedPrisonLimitMonths) {
    return result('stag10.convictions', { outcome: 'not_met', explanation: `${prisonMonths} Monate Freiheitsstrafe auf Bewährung, unbeachtlich bis ${law.suspendedPrisonLimitMonths}`, facts });
  }
  // One daily rate = one day of prison (§ 12a Abs. 1 Satz 2): the sum is measured against the fine limit.
  const total = all.reduce((s, c) => s + (c.dailyRates ?? 0) + (c.prisonMonths ?? 0) * law.prisonDaysPerMonth, 0);
  const limit = law.fineLimitDailyRates;
  if (total <= limit) return result('stag10.convictions', { outcome: 'met', explanation: `${total} Tagessätze insgesamt, unbeachtlich bis ${limit}`, facts });
  if (total <= limit + view.settings.stag12aMarginDailyRates) {
    return result('stag10.convictions', { outcome: 'needs_review', explanation: `${total} Tagessätze insgesamt, Grenze ${limit} geringfügig überschritten: Einzelfallentscheidung (§ 12a Abs. 1 Satz 3 StAG)`, facts });
  }
  return result('stag10.convictions', { outcome: 'not_met', explanation: `${total} Tagessätze insgesamt, unbeachtlich nur bis ${limit}`, facts });
}

function german(view: PersonView, law: Stag10Law): ConditionResult {
  const langs = view.languages();
  const full = langs.filter((l) => levelAtLeast(l.level, law.germanLevel) && l.evidence === 'certificate' && l.scope !== 'muendlich');
  if (full.length) return result('stag10.german', { outcome: 'met', explanation: `Deutsch ${law.germanLevel} erforderlich, Nachweis ${full[0]!.level}${full[0]!.date ? ` vom ${de(full[0]!.date)}` : ''}`, facts: full.map(ref) });
  const partial = langs.filter((l) => levelAtLeast(l.level, law.germanLevel));
  if (partial.length) return result('stag10.german', { outcome: 'needs_review', explanation: `Niveau ${partial[0]!.level} nur mündlich oder ohne Zertifikat belegt`, facts: partial.map(ref) });
  const below = langs.filter((l) => l.evidence === 'certificate');
  if (below.length) return result('stag10.german', { outcome: 'not_met', explanation: `Deutsch ${law.germanLevel} erforderlich, nachgewiesen nur ${below[0]!.level}`, facts: below.map(ref) });
  return result('stag10.german', { outcome: 'unknown', explanation: `Deutsch ${law.germanLevel} erforderlich; kein Nachweis sichtbar`, facts: langs.map(ref) });
}

function test(view: PersonView): ConditionResult {
  const passed = view.tests('EBT').filter((t) => t.passed);
  if (passed.length) return result('stag10.test', { outcome: 'met', explanation: `Einbürgerungstest bestanden${passed[0]!.date ? ` am ${de(passed[0]!.date)}` : ''}`, facts: passed.map(ref) });
  const school = view.qualifications().filter((q) => SCHOOL_QUALIFICATIONS.has(q.qualification ?? ''));
  if (school.length) return result('stag10.test', { outcome: 'met', explanation: `deutscher Schulabschluss (${school[0]!.qualification}) ersetzt den Test`, facts: school.map(ref) });
  const failed = view.tests('EBT');
  if (failed.length) return result('stag10.test', { outcome: 'not_met', explanation: 'Einbürgerungstest nicht bestanden', facts: failed.map(ref) });
  return result('stag10.test', { outcome: 'unknown', explanation: 'kein Einbürgerungstest sichtbar' });
}

function identity(view: PersonView): ConditionResult {
  const ids = view.identity();
  if (ids.some((i) => i.clarified)) return result('stag10.identity', { outcome: 'met', explanation: 'Identität und Staatsangehörigkeit geklärt', facts: ids.map(ref) });
  if (ids.length) return result('stag10.identity', { outcome: 'not_met', explanation: 'Identität oder Staatsangehörigkeit ungeklärt', facts: ids.map(ref) });
  return result('stag10.identity', { outcome: 'unknown', explanation: 'Identitätsklärung nicht sichtbar' });
}

function capacity(view: PersonView, law: Stag10Law): ConditionResult {
  const birth = view.birthDate;
  if (!birth) return result('stag10.capacity', { outcome: 'unknown', explanation: 'Geburtsdatum nicht bekannt oder nicht sichtbar' });
  const adult = overPossibleDays(birth, (d) => birthday(d, law.capacityAge) <= view.stichtag);
  if (adult === 'met') return result('stag10.capacity', { outcome: 'met', explanation: `mindestens ${law.capacityAge} Jahre alt: stellt den Antrag selbst` });
  return result('stag10.capacity', { outcome: 'needs_review', explanation: `unter ${law.capacityAge} Jahren oder Alter unklar: Antrag durch den gesetzlichen Vertreter` });
}

export function evaluateStag10(view: PersonView): ProvisionResult | null {
  const law = versionAt(STAG10_VERSIONS, view.stichtag);
  if (!law) return null;
  const conditions = [
    residence(view, law),
    title(view, law),
    livelihood(view, law),
    convictions(view, law),
    german(view, law),
    test(view),
    identity(view),
    result('stag10.commitment', { outcome: 'needs_review', explanation: 'Bekenntnis zur freiheitlichen demokratischen Grundordnung und zur historischen Verantwortung Deutschlands: Erklärung prüfen' }),
    capacity(view, law),
    result('stag10.waiver', { outcome: 'met', explanation: 'kein Hinweis auf Krankheit, Behinderung oder Alter: Nr. 6 und 7 sind zu erfüllen' }),
  ];
  return decide({ provision: 'stag10', law, conditions, stichtag: view.stichtag, unknownValues: view.unknownValues, closesOn: null, title: '§ 10 StAG' });
}
