// § 10 StAG: naturalisation by entitlement (docs/legal/RULES.md section 4).
import type { ResidenceStatusFact } from '../generated/kim-types.js';
import { addDays, daysBetween, earliestDay, latestDay, maxDate, minDate, toGermanDate as de } from '../kim/dates.js';
import { result } from './conditions.js';
import { countFinding, duration } from './counting.js';
import { STAG10_VERSIONS, versionAt, type Stag10Law, type TitlePattern } from './law.js';
import { decideProvision } from './provision.js';
import { birthday, overPossibleDays, periodCompleteOn } from './time.js';
import type { Period } from './timeline.js';
import type { ConditionResult, ProvisionResult } from './types.js';
import { basisOf, levelAtLeast, quoted, ref, type PersonView } from './view.js';

const SCHOOL_QUALIFICATIONS = new Set(['HSA', 'MSA', 'FHR', 'ABI', 'BERUF']);
const UNLIMITED = new Set<ResidenceStatusFact['status']>(['niederlassungserlaubnis', 'daueraufenthalt_eu', 'blaue_karte']);

/** An Aufenthaltserlaubnis under § 25 Abs. 1 or 2 AufenthG (recognition, international protection); null: basis unreadable. */
function isProtectionTitle(s: ResidenceStatusFact): boolean | null {
  if (s.status !== 'aufenthaltserlaubnis') return false;
  const lb = basisOf(s);
  if (!lb) return null;
  return lb.law === 'AufenthG' && lb.paragraph === '25' && (lb.absatz === '1' || lb.absatz === '2');
}

/**
 * § 55 Abs. 3 AsylG: a Gestattung counts only when the asylum procedure ended in recognition or
 * international protection, which the data shows as an Aufenthaltserlaubnis under § 25 Abs. 1
 * or 2 following it at any time, also after a Fiktion or a gap (change 9; BVerwG 5 C 28.10).
 * `unreadable` decides how a later permit whose legal basis cannot be read is taken.
 */
function gestattungRecognised(index: number, all: Period[], unreadable: boolean): boolean {
  return all.slice(index + 1).some((p) => p.from > all[index]!.from && (isProtectionTitle(p.fact) ?? unreadable));
}

function residence(view: PersonView, law: Stag10Law): ConditionResult {
  const count = (unreadable: boolean) =>
    countFinding(
      view,
      view.statuses(),
      {
        months: law.residenceYears * 12,
        bridgeMonths: view.settings.bridgeMonths,
        classify: (p, i, all) => {
          if (p.fact.status === 'duldung' || p.fact.status === 'duldung_60b') return 'interrupts'; // never lawful residence
          if (p.fact.status === 'gestattung') return gestattungRecognised(i, all, unreadable) ? 'count' : 'interrupts';
          return 'count';
        },
      },
      'rechtmäßiger gewöhnlicher Aufenthalt',
    );
  let finding = count(false);
  // Change 14: a later permit whose legal basis cannot be read may be the recognition.
  const hasGestattung = view.statuses().some((s) => s.status === 'gestattung');
  const unreadable = view.statuses().find((s) => isProtectionTitle(s) === null);
  if (hasGestattung && unreadable) {
    const alt = count(true);
    if (alt.outcome !== finding.outcome || alt.metFrom !== finding.metFrom) {
      finding = {
        outcome: 'needs_review',
        explanation: `Rechtsgrundlage ${quoted(unreadable.legalBasisText)} nicht lesbar: ob die Gestattung angerechnet wird (Anerkennung nach § 25 Abs. 1 oder 2 AufenthG), ist zu prüfen (ohne Anrechnung: ${finding.explanation}; mit: ${alt.explanation})`,
        facts: [...(finding.facts ?? []), ref(unreadable)],
        ...(finding.review ? { review: finding.review } : {}),
      };
    }
  }
  if (law.shortened) finding.review = [...(finding.review ?? []), `Verkürzung auf ${duration(law.shortened.years * 12)} bei ${law.shortened.requires}: prüfen`];
  return result('stag10.residence', finding);
}

function excluded(s: ResidenceStatusFact, patterns: TitlePattern[]): boolean | null {
  const lb = basisOf(s);
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
  const ended = view.trailingEnd();
  // Change 4: a lapsed last status is not bridged; renewed or lapsed, staff must look.
  if (!s && ended) return result('stag10.title', { outcome: 'needs_review', explanation: `der letzte Aufenthaltstitel endete am ${de(ended)}, danach ist nichts erfasst: prüfen, ob er verlängert wurde` });
  if (!s) return result('stag10.title', { outcome: 'not_met', explanation: 'kein Aufenthaltstitel am Stichtag erfasst' });
  const app = view.keptAlive.get(s);
  const facts = [ref(s)];
  const kept = app ? [`Titel fortgeltend durch den Antrag vom ${de(app.filedOn)} (${app.legalBasisText}; § 81 Abs. 4 AufenthG)`] : [];
  if (UNLIMITED.has(s.status)) return result('stag10.title', { outcome: 'met', explanation: `${s.status === 'blaue_karte' ? 'Blaue Karte EU' : 'unbefristetes Aufenthaltsrecht'} (${s.legalBasisText})`, facts });
  if (s.status === 'aufenthaltserlaubnis') {
    const ex = excluded(s, law.excludedTitles);
    if (ex === true) return result('stag10.title', { outcome: 'not_met', explanation: `Aufenthaltserlaubnis zu einem ausgeschlossenen Zweck (${s.legalBasisText})`, facts });
    if (ex === null) return result('stag10.title', { outcome: 'needs_review', explanation: `Rechtsgrundlage ${quoted(s.legalBasisText)} nicht lesbar oder nicht eindeutig: Zweck prüfen`, facts });
    // Change 11: whether § 20a belongs among the excluded titles is to be verified; not listed.
    const p20a = basisOf(s)?.paragraph === '20a' ? ['§ 20a AufenthG ist nicht unter den ausgeschlossenen Zwecken geführt (zu verifizieren): Zweck prüfen'] : [];
    const notes = [...kept, ...p20a];
    return result('stag10.title', { outcome: 'met', explanation: `Aufenthaltserlaubnis (${s.legalBasisText})`, facts, ...(notes.length ? { review: notes } : {}) });
  }
  if (s.status === 'fiktion') return result('stag10.title', { outcome: 'needs_review', explanation: 'Fiktionsbescheinigung: zugrunde liegenden Titel prüfen', facts });
  return result('stag10.title', { outcome: 'not_met', explanation: 'Duldung oder Gestattung ist kein Aufenthaltsrecht im Sinne des § 10 StAG', facts });
}

/**
 * Full-time work now and for `fullTimeMonths` of the last `fullTimeWindowMonths` months (§ 10
 * Abs. 1 Satz 1 Nr. 3). Days are counted over the union of the full-time records, each through
 * its last day inclusive, so contiguous or overlapping records lose and double nothing.
 */
function fullTimeException(view: PersonView, law: Stag10Law): boolean {
  const fullTime = view.of('employment').filter((e) => e.extent === 'vollzeit' && e.validFrom !== null);
  if (!fullTime.some((e) => view.currentEmployment().includes(e))) return false;
  const windowStart = periodCompleteOn(view.stichtag, -law.fullTimeWindowMonths);
  const needed = daysBetween(periodCompleteOn(view.stichtag, -law.fullTimeMonths), view.stichtag);
  // Half-open intervals [from, end) up to the Stichtag (the Stichtag is not yet a completed day).
  const spans = fullTime
    .map((e) => ({ from: maxDate(latestDay(e.validFrom!), windowStart), end: minDate(e.validTo === null ? view.stichtag : addDays(earliestDay(e.validTo), 1), view.stichtag) }))
    .filter((x) => x.end > x.from)
    .sort((a, b) => a.from.localeCompare(b.from));
  let worked = 0;
  let reach: string | null = null;
  for (const x of spans) {
    const from = reach !== null && reach > x.from ? reach : x.from;
    if (x.end > from) worked += daysBetween(from, x.end);
    if (reach === null || x.end > reach) reach = x.end;
  }
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

/**
 * § 12a Abs. 1 StAG (change 1): fines up to 90 daily rates are disregarded; prison up to 3 months
 * only when suspended and remitted after probation (Satz 1 Nr. 3), which no export records, so a
 * suspended sentence within the limit goes to review; several are added up (Satz 3; a month of
 * prison = 30 days); a slight excess up to the margin is decided case by case (Satz 4; the
 * margin applies to prison alone too); a racist motive always counts (Satz 2). A Jugendstrafe
 * recorded as prison is read as prison; Gesamtstrafe, foreign convictions and pending
 * investigations are not modelled (RULES.md section 7).
 */
function convictions(view: PersonView, law: Stag10Law): ConditionResult {
  if (!view.seesCategory('straf')) return result('stag10.convictions', { outcome: 'unknown', explanation: 'Strafdaten nicht sichtbar' });
  const all = view.convictions();
  const facts = all.map(ref);
  if (!all.length) return result('stag10.convictions', { outcome: 'met', explanation: 'keine Verurteilung erfasst' });
  if (all.some((c) => c.racistMotive === true))
    return result('stag10.convictions', { outcome: 'not_met', explanation: 'Verurteilung mit rassistischem, antisemitischem oder sonst menschenverachtendem Beweggrund (§ 12a Abs. 1 Satz 2 StAG)', facts });
  if (all.some((c) => c.prisonMonths !== null && c.prisonMonths > 0 && c.suspended === false)) return result('stag10.convictions', { outcome: 'not_met', explanation: 'Freiheitsstrafe ohne Bewährung: nie unbeachtlich', facts });
  if (all.some((c) => c.dailyRates === null && c.prisonMonths === null)) return result('stag10.convictions', { outcome: 'needs_review', explanation: 'Strafmaß einer Verurteilung nicht erfasst', facts });
  if (all.some((c) => (c.prisonMonths ?? 0) > 0 && c.suspended === null)) return result('stag10.convictions', { outcome: 'needs_review', explanation: 'Aussetzung zur Bewährung nicht erfasst', facts });
  const margin = view.settings.stag12aMarginDailyRates;
  const clause = law.slightExcessClause;
  const months = (m: number) => `${String(m).replace('.', ',')} Monate`;
  const prisonMonths = all.reduce((s, c) => s + (c.prisonMonths ?? 0), 0);
  // Rounded so that 3,7 months are 111 days, not 111.00000000000001.
  const prisonDays = Math.round(prisonMonths * law.prisonDaysPerMonth * 1000) / 1000;
  const prisonLimitDays = law.suspendedPrisonLimitMonths * law.prisonDaysPerMonth;
  if (prisonDays > prisonLimitDays + margin) {
    return result('stag10.convictions', { outcome: 'not_met', explanation: `${months(prisonMonths)} Freiheitsstrafe auf Bewährung, unbeachtlich nur bis ${months(law.suspendedPrisonLimitMonths)}`, facts });
  }
  const total = all.reduce((s, c) => s + (c.dailyRates ?? 0), 0) + prisonDays;
  const limit = law.fineLimitDailyRates;
  if (total > limit + margin) return result('stag10.convictions', { outcome: 'not_met', explanation: `${total} Tagessätze insgesamt (ein Monat Freiheitsstrafe = 30 Tage), unbeachtlich nur bis ${limit}`, facts });
  if (prisonDays > prisonLimitDays) {
    return result('stag10.convictions', {
      outcome: 'needs_review',
      explanation: `${months(prisonMonths)} Freiheitsstrafe auf Bewährung, Grenze ${months(law.suspendedPrisonLimitMonths)} geringfügig überschritten (bis ${margin} Tage): Einzelfallentscheidung (${clause})`,
      facts,
    });
  }
  if (total > limit) {
    return result('stag10.convictions', { outcome: 'needs_review', explanation: `${total} Tagessätze insgesamt (ein Monat Freiheitsstrafe = 30 Tage), Grenze ${limit} geringfügig überschritten: Einzelfallentscheidung (${clause})`, facts });
  }
  const suspended = all.filter((c) => (c.prisonMonths ?? 0) > 0);
  if (suspended.length) {
    const named = suspended.map((c) => `${months(c.prisonMonths!)} auf Bewährung${c.date ? ` vom ${de(c.date)}` : ''}`).join(', ');
    return result('stag10.convictions', {
      outcome: 'needs_review',
      explanation: `Freiheitsstrafe (${named}) innerhalb der Grenze, aber unbeachtlich nur, wenn sie nach Ablauf der Bewährungszeit erlassen wurde; das ist nicht erfasst: prüfen (§ 12a Abs. 1 Satz 1 Nr. 3 StAG)`,
      facts: suspended.map(ref),
    });
  }
  return result('stag10.convictions', { outcome: 'met', explanation: `${total} Tagessätze insgesamt, unbeachtlich bis ${limit}`, facts });
}

/** German school certificates that prove B1 (change 10; VAH-StAG 10.4.1): HSA or higher, not BERUF. */
const B1_SCHOOL_CERTIFICATES = new Set(['HSA', 'MSA', 'FHR', 'ABI']);

function german(view: PersonView, law: Stag10Law): ConditionResult {
  const langs = view.languages();
  const school = view.qualifications().filter((q) => B1_SCHOOL_CERTIFICATES.has(q.qualification ?? ''));
  if (school.length && law.germanLevel === 'B1') {
    return result('stag10.german', { outcome: 'met', explanation: `Deutsch ${law.germanLevel} erforderlich; deutscher Schulabschluss (${school[0]!.qualification}) weist es nach (VAH-StAG 10.4.1)`, facts: school.map(ref) });
  }
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
  return decideProvision({ provision: 'stag10', law, conditions, stichtag: view.stichtag, unknownValues: view.unknownValues, closesOn: null, title: '§ 10 StAG' });
}
