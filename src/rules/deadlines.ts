// Deadline and transition signals (docs/legal/RULES.md sections 1, 3 and 5): a warning period of
// N days before a deadline, raised while the Stichtag lies in [from, deadline].
import type { ResidenceStatusFact } from '../generated/kim-types.js';
import { addDays, daysInMonth, earliestDay, latestDay, parts, toGermanDate as de, type KimDate } from '../kim/dates.js';
import { SIGNAL_CITATIONS } from './conditions.js';
import { DEADLINE_LAW, P104C_VERSIONS, P25A_VERSIONS, naturalisationPending, versionAt } from './law.js';
import { isP104c, p25aLastDay } from './p25a.js';
import { birthday, warningFrom } from './time.js';
import type { ProvisionResult, RuleSignal } from './types.js';
import { basisOf, quoted, type PersonView } from './view.js';

function inWarning(stichtag: KimDate, deadline: KimDate, days: number): KimDate | null {
  const from = warningFrom(deadline, days);
  return from <= stichtag && stichtag <= deadline ? from : null;
}

/** A later status period is recorded: the office has already decided what follows. */
function hasFollowUp(view: PersonView, s: ResidenceStatusFact): boolean {
  return view.statuses().some((o) => o !== s && o.validFrom !== null && s.validFrom !== null && earliestDay(o.validFrom) > latestDay(s.validFrom));
}

/** § 81 Abs. 4 AufenthG: an application filed while the permit was valid keeps it alive. */
function applicationsFiledDuring(view: PersonView, s: ResidenceStatusFact) {
  return view.residenceApplications().filter((a) => (s.validFrom === null || a.filedOn >= s.validFrom) && (s.validTo === null || a.filedOn <= s.validTo));
}

/**
 * p25a.age_deadline (change 13): deadline = the day before the 27th birthday, warning from 180
 * days before it. With a partial birth date the warning runs from 180 days before the earliest
 * possible deadline to the latest; `deadline` is the earliest while it has not passed, else the latest.
 */
export function ageDeadline(view: PersonView, p25a: ProvisionResult | null): RuleSignal | null {
  if (!p25a || p25a.state === 'none' || !view.birthDate) return null;
  const law = versionAt(P25A_VERSIONS, view.stichtag)!;
  const earliest = p25aLastDay(view.birthDate, law);
  const latest = addDays(birthday(latestDay(view.birthDate), law.ageLimitYears), -1);
  const from = warningFrom(earliest, view.settings.ageDeadlineWarningDays);
  if (view.stichtag < from || view.stichtag > latest) return null;
  const deadline = view.stichtag <= earliest ? earliest : latest;
  const partial = earliest !== latest ? `; Geburtsdatum nur teilweise bekannt (${de(view.birthDate)}): letzter Antragstag zwischen ${de(earliest)} und ${de(latest)}, der genaue Geburtstag entscheidet` : '';
  return {
    type: 'p25a.age_deadline',
    from,
    deadline,
    provision: 'p25a',
    lawVersion: p25a.lawVersion,
    conditions: p25a.conditions,
    explanation: `Antrag nach § 25a AufenthG nur bis ${de(deadline)} möglich (Tag vor dem ${law.ageLimitYears}. Geburtstag${partial}; ${SIGNAL_CITATIONS['p25a.age_deadline']})`,
  };
}

/**
 * p104c.expiring (RULES.md section 3, change 2): only a pending application for a § 25a or § 25b
 * permit filed while the § 104c permit was valid keeps it alive and suppresses the signal (the
 * view then reads the permit as open); any other pending application is named.
 */
export function p104cExpiring(view: PersonView, related: ProvisionResult[]): RuleSignal | null {
  const permit = view.currentStatuses().find(isP104c);
  if (!permit?.validTo) return null;
  const deadline = earliestDay(permit.validTo);
  const from = inWarning(view.stichtag, deadline, view.settings.p104cWarningDays);
  const law = versionAt(P104C_VERSIONS, view.stichtag) ?? P104C_VERSIONS[0]!;
  const applications = applicationsFiledDuring(view, permit);
  const keeps = applications.filter((a) => {
    const b = basisOf(a);
    return b?.law === 'AufenthG' && law.keptAliveBy.includes(b.paragraph);
  });
  if (!from || hasFollowUp(view, permit) || keeps.length) return null;
  const others = applications.length
    ? `; Antrag vom ${de(applications[0]!.filedOn)} (${applications[0]!.legalBasisText}) liegt vor, erhält die Erlaubnis aber nicht (nur ein Antrag nach § 25a oder § 25b AufenthG)`
    : '; kein Antrag nach § 25a oder § 25b AufenthG erfasst';
  const states = related.map((r) => `${r.provision === 'p25a' ? '§ 25a' : '§ 25b'}: ${r.state === 'eligible' ? 'erfüllt' : r.state === 'upcoming' ? `ab ${de(r.from!)}` : 'nicht erfüllt'}`);
  return {
    type: 'p104c.expiring',
    from,
    deadline,
    provision: 'p104c',
    lawVersion: law.id,
    conditions: related.flatMap((r) => r.conditions),
    explanation: `Aufenthaltserlaubnis nach § 104c AufenthG endet am ${de(deadline)} und ist nicht verlängerbar${others} (${states.join('; ')}) (${SIGNAL_CITATIONS['p104c.expiring']})`,
  };
}

/**
 * status.expiring. A permit whose legal basis cannot be read may be a § 104c permit (change 14):
 * it is warned of as early as p104c.expiring would, only a § 25a/§ 25b application suppresses
 * it, and the explanation says why, so an unreadable text never silently drops that warning.
 */
export function statusExpiring(view: PersonView): RuleSignal | null {
  const candidates = view
    .currentStatuses()
    .filter((s) => (s.status === 'duldung' || s.status === 'duldung_60b' || s.status === 'aufenthaltserlaubnis') && !isP104c(s) && s.validTo !== null)
    .sort((a, b) => a.validTo!.localeCompare(b.validTo!));
  const p104c = versionAt(P104C_VERSIONS, view.stichtag) ?? P104C_VERSIONS[0]!;
  for (const s of candidates) {
    const deadline = earliestDay(s.validTo!);
    const isDuldung = s.status !== 'aufenthaltserlaubnis';
    const unreadable = !isDuldung && basisOf(s) === null;
    const days = unreadable ? Math.max(view.settings.statusWarningDays, view.settings.p104cWarningDays) : view.settings.statusWarningDays;
    const from = inWarning(view.stichtag, deadline, days);
    if (!from || hasFollowUp(view, s)) continue;
    const applications = applicationsFiledDuring(view, s);
    const keeping = unreadable
      ? applications.filter((a) => {
          const b = basisOf(a);
          return b?.law === 'AufenthG' && p104c.keptAliveBy.includes(b.paragraph);
        })
      : applications;
    // An application in time keeps an Aufenthaltserlaubnis alive; a Duldung has no such effect.
    if (!isDuldung && keeping.length) continue;
    const pending = isDuldung && applications.length ? `; Antrag vom ${de(applications[0]!.filedOn)} (${applications[0]!.legalBasisText}) liegt vor, verlängert die Duldung aber nicht` : '';
    const maybe104c = unreadable
      ? `; Rechtsgrundlage ${quoted(s.legalBasisText)} nicht lesbar: falls § 104c AufenthG, nicht verlängerbar und nur durch einen Antrag nach § 25a oder § 25b AufenthG erhalten (Warnung ${days} Tage vorher)`
      : '';
    return {
      type: 'status.expiring',
      from,
      deadline,
      provision: 'status',
      lawVersion: DEADLINE_LAW['status.expiring'],
      conditions: [],
      explanation: `${isDuldung ? 'Duldung' : 'Aufenthaltserlaubnis'} (${s.legalBasisText}) endet am ${de(deadline)}, kein Folgestatus erfasst${pending}${maybe104c} (${SIGNAL_CITATIONS['status.expiring']})`,
    };
  }
  return null;
}

const PERMITS = new Set<ResidenceStatusFact['status']>(['aufenthaltserlaubnis', 'niederlassungserlaubnis', 'daueraufenthalt_eu', 'blaue_karte']);

/** AsylbLG ended, a residence permit followed, and no SGB II/XII period has started after the grace period. */
export function rechtskreisGap(view: PersonView): RuleSignal | null {
  // Only a recipient who sees every benefits source can tell that nothing followed.
  if (!view.seesAllBenefitSources()) return null;
  const benefits = view.of('benefit').filter((b) => b.validFrom !== null);
  const asyl = benefits.filter((b) => b.law === 'AsylbLG');
  if (!asyl.length || asyl.some((b) => b.validTo === null || latestDay(b.validTo) >= view.stichtag)) return null;
  const ended = asyl
    .map((b) => latestDay(b.validTo!))
    .sort()
    .at(-1)!;
  const permit = view.currentStatuses().find((s) => PERMITS.has(s.status));
  if (!permit) return null;
  const from = addDays(ended, view.settings.rechtskreisGraceDays + 1);
  if (view.stichtag < from) return null;
  const followed = benefits.some((b) => (b.law === 'SGB II' || b.law === 'SGB XII') && earliestDay(b.validFrom!) <= view.stichtag && (b.validTo === null || latestDay(b.validTo) > ended));
  if (followed) return null;
  return {
    type: 'rechtskreis.gap',
    from,
    provision: 'rechtskreis',
    lawVersion: DEADLINE_LAW['rechtskreis.gap'],
    conditions: [],
    explanation: `Leistungen nach dem AsylbLG endeten am ${de(ended)}, Aufenthaltserlaubnis (${permit.legalBasisText}) seit ${de(permit.validFrom!)}; seit mehr als ${view.settings.rechtskreisGraceDays} Tagen kein Leistungsbeginn nach SGB II oder SGB XII (${SIGNAL_CITATIONS['rechtskreis.gap']})`,
  };
}

/**
 * § 75 Satz 2 VwGO (change 12): the day from which a naturalisation application received on
 * `receivedOn` counts as overdue. The months run from the receipt as an event (§ 187 Abs. 1
 * BGB): they end with the day of the last month that has the receipt's number, or that month's
 * last day where there is none (§ 188 Abs. 2, 3 BGB); overdue from the day after.
 * Received 2026-09-01 → 2026-12-02; received 2026-11-30 → 2027-03-01.
 */
export function backlogOverdueFrom(receivedOn: KimDate, backlogMonths: number): KimDate {
  const received = earliestDay(receivedOn);
  const { year, month, day } = parts(received);
  const total = year * 12 + (month - 1) + backlogMonths;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  const end = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, daysInMonth(y, m))).padStart(2, '0')}`;
  return addDays(end, 1);
}

export function backlogOverdue(view: PersonView): RuleSignal[] {
  return view
    .naturalisationApplications()
    .filter((a) => naturalisationPending(a.status))
    .flatMap((a): RuleSignal[] => {
      const from = backlogOverdueFrom(a.receivedOn, view.settings.backlogMonths);
      if (view.stichtag < from) return [];
      return [
        {
          type: 'backlog.overdue',
          from,
          provision: 'backlog',
          lawVersion: DEADLINE_LAW['backlog.overdue'],
          conditions: [],
          explanation: `Einbürgerungsantrag ${a.applicationNumber}, eingegangen am ${de(a.receivedOn)}, seit mehr als ${view.settings.backlogMonths} Monaten ohne Entscheidung, überfällig seit ${de(from)} (Frist ab Eingang, § 187 Abs. 1, § 188 Abs. 2 BGB; Status: ${a.status}) (${SIGNAL_CITATIONS['backlog.overdue']})`,
        },
      ];
    });
}
