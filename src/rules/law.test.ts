// The law table: versions follow each other without gap or overlap, and the numbers RULES.md
// marks "verify" are pinned here, so changing one is a deliberate one-line change plus this test.
import { describe, expect, it } from 'vitest';
import { addDays } from '../kim/dates.js';
import { DEFAULT_SETTINGS, P104C_VERSIONS, P25A_VERSIONS, P25B_VERSIONS, STAG10_VERSIONS, versionAt } from './law.js';

type Versioned = { id: string; validFrom: string; validTo: string | null };
describe.each<[string, readonly Versioned[]]>([
  ['§ 25a', P25A_VERSIONS],
  ['§ 25b', P25B_VERSIONS],
  ['§ 10 StAG', STAG10_VERSIONS],
  ['§ 104c', P104C_VERSIONS],
])('the versions of %s', (_name, versions) => {
  it('follow each other without gap or overlap, the last one open', () => {
    for (let i = 1; i < versions.length; i++) expect(versions[i]!.validFrom).toBe(addDays(versions[i - 1]!.validTo!, 1));
    expect(versions.at(-1)!.validTo).toBeNull();
  });

  it('are found for a day inside each period', () => {
    for (const v of versions) expect(versionAt(versions, v.validFrom)).toBe(v);
  });
});

describe('the dates and numbers to verify with the legal office', () => {
  it('§ 25a/§ 25b: current version from 2022-12-31', () => {
    expect(versionAt(P25A_VERSIONS, '2022-12-30')!.ageLimitYears).toBe(21);
    expect(versionAt(P25A_VERSIONS, '2022-12-31')!.ageLimitYears).toBe(27);
    expect(versionAt(P25B_VERSIONS, '2022-12-31')!.residenceYears).toBe(6);
  });

  it('§ 10 StAG: 8 years until 2024-06-26, 5 (3 shortened) until 2025-10-29, 5 without shortening since', () => {
    expect(versionAt(STAG10_VERSIONS, '2024-06-26')!.residenceYears).toBe(8);
    expect(versionAt(STAG10_VERSIONS, '2024-06-27')!.shortened?.years).toBe(3);
    expect(versionAt(STAG10_VERSIONS, '2025-10-29')!.id).toBe('stag10@2024-06-27');
    expect(versionAt(STAG10_VERSIONS, '2025-10-30')!.shortened).toBeNull();
  });

  it('§ 104c: no new grants from 2025-12-31, transitional since; kept alive only by a § 25a/§ 25b application', () => {
    expect(versionAt(P104C_VERSIONS, '2025-12-30')).toMatchObject({ noNewGrantsFrom: '2025-12-31', keptAliveBy: ['25a', '25b'] });
    expect(versionAt(P104C_VERSIONS, '2025-12-31')!.id).toBe('p104c@2025-12-31');
  });

  it('§ 25a/§ 25b: the § 104c privileges last until 2027-06-30, the rows from 2027-07-01 have none (change 2)', () => {
    for (const versions of [P25A_VERSIONS, P25B_VERSIONS] as ReadonlyArray<readonly { validFrom: string; validTo: string | null; p104cPrivileges: boolean; requirementsSince: string }[]>) {
      expect(versionAt(versions, '2027-06-30')!.p104cPrivileges).toBe(true);
      expect(versionAt(versions, '2027-07-01')!.p104cPrivileges).toBe(false);
      expect(versionAt(versions, '2027-07-01')!.requirementsSince).toBe('2022-12-31');
    }
  });

  it('§ 12a StAG: the slight-excess clause is Satz 4 since 2024-06-27, Satz 3 before (change 1)', () => {
    expect(versionAt(STAG10_VERSIONS, '2024-06-26')!.slightExcessClause).toBe('§ 12a Abs. 1 Satz 3 StAG');
    expect(versionAt(STAG10_VERSIONS, '2024-06-27')!.slightExcessClause).toBe('§ 12a Abs. 1 Satz 4 StAG');
  });

  it('§ 12a StAG and § 34 StAG: 90 daily rates, 3 months suspended, capacity at 16', () => {
    expect(versionAt(STAG10_VERSIONS, '2026-01-01')).toMatchObject({ fineLimitDailyRates: 90, suspendedPrisonLimitMonths: 3, capacityAge: 16 });
  });

  it('the configurable defaults of RULES.md', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ upcomingHorizonDays: 365, ageDeadlineWarningDays: 180, p104cWarningDays: 120, statusWarningDays: 56, rechtskreisGraceDays: 14, backlogMonths: 3, bridgeMonths: 3, stag12aMarginDailyRates: 21 });
  });
});
