import { describe, expect, it } from 'vitest';
import { controllingReport, monthsBetween, type ReportTable, type ReportUnit } from './controlling.js';
import { backlogOverdueFrom, DEFAULT_SETTINGS } from '../rules/index.js';
import { addDays } from '../kim/dates.js';

const MUNICIPALITIES = { '05158016': 'Hilden', '05158032': 'Velbert' };
const request = { tenant: '05158', municipalities: MUNICIPALITIES, from: '2026-10', to: '2026-11', stichtag: '2026-11-25' };

function unit(over: Partial<ReportUnit> = {}): ReportUnit {
  return { ags: '05158016', caseManagement: [], signals: [], applications: [], ...over };
}
const many = (n: number, over: Partial<ReportUnit>): ReportUnit[] => Array.from({ length: n }, () => unit(over));

function table(units: ReportUnit[], measure: ReportTable['measure'], month = '2026-11'): ReportTable {
  return controllingReport(units, request).counts.find((t) => t.measure === measure && t.month === month)!;
}
const cell = (t: ReportTable, ags: string, column: string) => t.cells[t.rows.findIndex((r) => r.ags === ags)]![t.columns.indexOf(column)];

describe('the controlling report', () => {
  it('lists the months of the period in order, across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('refuses a period that reaches past the report date or runs backwards', () => {
    expect(() => controllingReport([], { ...request, to: '2026-12' })).toThrow(expect.objectContaining({ code: 'KIM_ERR_REPORT_PERIOD' }));
    expect(() => controllingReport([], { ...request, from: '2026-11', to: '2026-10' })).toThrow(expect.objectContaining({ code: 'KIM_ERR_REPORT_PERIOD' }));
    expect(() => controllingReport([], { ...request, from: '2026-1' })).toThrow(expect.objectContaining({ code: 'KIM_ERR_REPORT_PERIOD' }));
  });

  it('covers at most 36 months: 2023-12 to 2026-11 is a report, 2023-11 to 2026-11 and 0001-01 to 2026-11 are refused', () => {
    expect(controllingReport([], { ...request, from: '2023-12' }).months).toHaveLength(36);
    expect(() => controllingReport([], { ...request, from: '2023-11' })).toThrow(expect.objectContaining({ code: 'KIM_ERR_REPORT_PERIOD', message: expect.stringMatching(/37 months, one report covers at most 36/) }));
    expect(() => controllingReport([], { ...request, from: '0001-01' })).toThrow(expect.objectContaining({ code: 'KIM_ERR_REPORT_PERIOD' }));
  });

  it('counts a signal raised on the last day of a month in that month and one on the first day in the next', () => {
    const units = [...many(5, { signals: [{ type: 'p25b.eligible', raisedOn: '2026-10-31', actedOn: false }] }), ...many(6, { signals: [{ type: 'p25b.eligible', raisedOn: '2026-11-01', actedOn: true }] })];
    expect(cell(table(units, 'signals_raised', '2026-10'), '05158016', 'p25b.eligible')).toBe(5);
    expect(cell(table(units, 'signals_raised'), '05158016', 'p25b.eligible')).toBe(6);
    expect(cell(table(units, 'signals_acted_on'), '05158016', 'Personen')).toBe(6);
    expect(cell(table(units, 'signals_acted_on', '2026-10'), '05158016', 'Personen')).toBe(0);
  });

  it('hides a cell of 3 and the second cell of its row and column that the totals would reveal', () => {
    const units = [
      ...many(3, { signals: [{ type: 'p25a.eligible', raisedOn: '2026-11-02', actedOn: false }] }),
      ...many(12, { signals: [{ type: 'p25b.eligible', raisedOn: '2026-11-02', actedOn: false }] }),
      ...many(8, { ags: '05158032', signals: [{ type: 'p25a.eligible', raisedOn: '2026-11-02', actedOn: false }] }),
      ...many(20, { ags: '05158032', signals: [{ type: 'p25b.eligible', raisedOn: '2026-11-02', actedOn: false }] }),
    ];
    const t = table(units, 'signals_raised');
    expect(cell(t, '05158016', 'p25a.eligible')).toBe('<5');
    expect(cell(t, '05158016', 'p25b.eligible')).toBe('x'); // else 15 − 12 = 3
    expect(cell(t, '05158032', 'p25a.eligible')).toBe('x'); // else 11 − 8 = 3
    expect(cell(t, '05158016', 'gesamt')).toBe(15);
    expect(cell(t, 'gesamt', 'p25a.eligible')).toBe(11);
    expect(t.suppressed).toEqual({ primary: 1, secondary: expect.any(Number) });
    expect(t.suppressed.secondary).toBeGreaterThanOrEqual(2);
  });

  it('counts persons in case management in every month their consent with a case manager was valid', () => {
    const units = [...many(5, { caseManagement: [{ from: '2026-10-15', to: '2026-10-31' }] }), ...many(5, { caseManagement: [{ from: '2026-11-30', to: null }] })];
    expect(cell(table(units, 'persons_in_case_management', '2026-10'), '05158016', 'Personen')).toBe(5);
    // The consents from 30 November lie after the report date (25 November) and do not count yet.
    expect(cell(table(units, 'persons_in_case_management'), '05158016', 'Personen')).toBe(0);
  });

  it('puts persons without a known municipality of the tenant in their own row', () => {
    const units = many(7, { ags: '05162000', caseManagement: [{ from: '2026-01-01', to: null }] });
    const t = table(units, 'persons_in_case_management');
    expect(cell(t, 'unbekannt', 'Personen')).toBe(7);
    expect(cell(t, 'gesamt', 'Personen')).toBe(7);
  });

  it('sorts pending applications into age groups with the § 75 VwGO boundary at exactly three months', () => {
    const end = '2026-11-25';
    // received so that the application becomes overdue exactly on the report date, and one day later
    let received = '2026-08-25';
    while (backlogOverdueFrom(received, DEFAULT_SETTINGS.backlogMonths) > end) received = addDays(received, -1);
    while (backlogOverdueFrom(addDays(received, 1), DEFAULT_SETTINGS.backlogMonths) <= end) received = addDays(received, 1);
    const units = [
      ...many(5, { applications: [{ receivedOn: received, pending: true, closedOn: null, decided: false }] }),
      ...many(6, { applications: [{ receivedOn: addDays(received, 1), pending: true, closedOn: null, decided: false }] }),
      ...many(7, { applications: [{ receivedOn: '2025-06-01', pending: true, closedOn: null, decided: false }] }),
      // decided before the month's end: not in the backlog
      ...many(9, { applications: [{ receivedOn: '2026-01-10', pending: false, closedOn: '2026-11-03', decided: true }] }),
    ];
    const t = table(units, 'backlog');
    expect(t.cells[0]!.slice(0, 5)).toEqual([6, 5, 0, 7, 18]);
    // At the end of October the decided applications were still pending (9 months old), the August ones not yet overdue.
    expect(table(units, 'backlog', '2026-10').cells[0]!.slice(0, 4)).toEqual([11, 0, 9, 7]);
  });

  it('measures days from the first § 10 StAG signal to the application, and shows the median only above four persons', () => {
    const after = (days: number): Partial<ReportUnit> => ({
      signals: [
        { type: 'stag10.eligible', raisedOn: addDays('2026-11-20', -days), actedOn: true },
        { type: 'stag10.upcoming', raisedOn: addDays('2026-11-20', -days - 100), actedOn: true },
      ],
      applications: [{ receivedOn: '2026-11-20', pending: true, closedOn: null, decided: false }],
    });
    const units = [10, 20, 30, 40, 50].map((d) => unit(after(d)));
    const median = (us: ReportUnit[]) => controllingReport(us, request).medians.find((t) => t.measure === 'days_signal_to_application' && t.month === '2026-11')!;
    expect(median(units).persons).toEqual([5, 0, 0, 5]);
    expect(median(units).medianDays).toEqual([130, null, null, 130]);
    expect(median(units.slice(1)).persons).toEqual(['<5', 0, 0, '<5']);
    expect(median(units.slice(1)).medianDays).toEqual(['<5', null, null, '<5']);
    expect(cell(table(units, 'applications_after_signal'), '05158016', 'Personen')).toBe(5);
  });

  it('does not count an application filed before any signal as one after a signal', () => {
    const units = many(6, { signals: [{ type: 'stag10.eligible', raisedOn: '2026-11-21', actedOn: false }], applications: [{ receivedOn: '2026-11-20', pending: true, closedOn: null, decided: false }] });
    expect(cell(table(units, 'applications_after_signal'), '05158016', 'Personen')).toBe(0);
  });

  it('measures days from application to decision in the month of the decision', () => {
    const units = many(5, { applications: [{ receivedOn: '2026-05-01', pending: false, closedOn: '2026-10-28', decided: true }] });
    const m = controllingReport(units, request).medians.find((t) => t.measure === 'days_application_to_decision' && t.month === '2026-10')!;
    expect(m.medianDays[0]).toBe(180);
  });

  it('holds no personal field: only counts, medians, months and municipality names', () => {
    const units = many(6, { signals: [{ type: 'p25a.eligible', raisedOn: '2026-11-02', actedOn: false }], caseManagement: [{ from: '2026-01-01', to: null }] });
    const report = controllingReport(units, request);
    const keys = new Set<string>();
    JSON.stringify(report, (k, v) => (keys.add(k), v));
    expect([...keys].filter((k) => k && !/^\d+$/.test(k)).sort()).toEqual(
      ['ags', 'cells', 'columns', 'counts', 'measure', 'medianDays', 'medians', 'minPersons', 'month', 'months', 'name', 'notes', 'persons', 'primary', 'rows', 'secondary', 'stichtag', 'suppressed', 'tenant', 'title'].sort(),
    );
  });
});
