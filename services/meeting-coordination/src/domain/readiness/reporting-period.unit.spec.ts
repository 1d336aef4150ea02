import { countsForRound, periodOfReportingRound, roundPeriod } from './reporting-period';

// 003: the 13th progress reports: "Annual KPI Report (1 January - 31 December 2024)".
const round13 = {
  roundNumber: 13,
  label: '13th progress reports',
  periodFrom: '2024-01-01',
  periodTo: '2024-12-31',
  dueDate: '2025-01-31',
  reportYear: 2024,
};

describe('one numbering of rounds: reporting round N is coordination round N', () => {
  it("reads a reporting round's period as a year or a half-year", () => {
    expect(periodOfReportingRound(round13)).toBe('2024');
    expect(periodOfReportingRound({ ...round13, periodTo: '2024-06-30' })).toBe('2024-H1');
    expect(
      periodOfReportingRound({ ...round13, periodFrom: '2020-07-01', periodTo: '2020-12-31', reportYear: 2020 }),
    ).toBe('2020-H2');
    expect(periodOfReportingRound({ ...round13, periodFrom: '2024-03-01', periodTo: '2025-02-28' })).toBe('2024');
  });

  it("takes the reporting round's period over the plan's, saying when they disagree", () => {
    expect(roundPeriod(13, round13, undefined)).toEqual({ known: true, period: '2024', source: 'reporting_round' });
    expect(roundPeriod(13, round13, '2024-H1')).toEqual({
      known: true,
      period: '2024',
      source: 'reporting_round',
      disagreement:
        'the coordination round was planned for 2024-H1; reporting round 13 covers 2024-01-01 to 2024-12-31, which is used',
    });
    expect(roundPeriod(4, undefined, '2020-H1')).toEqual({
      known: true,
      period: '2020-H1',
      source: 'coordination_round',
    });
    expect(roundPeriod(4, undefined, undefined)).toMatchObject({
      known: false,
      reason: expect.stringContaining('report-intake has opened no reporting round 4'),
    });
  });

  it('counts a report naming a round for that round only; others by the period', () => {
    const period = roundPeriod(13, round13, undefined);
    expect(countsForRound({ roundNumber: 13, kind: 'kpi', period: '2024', year: 2024 }, 13, period)).toBe(true);
    expect(countsForRound({ roundNumber: 12, kind: 'kpi', period: '2024', year: 2024 }, 13, period)).toBe(false);
    expect(countsForRound({ kind: 'kpi', period: '2024', year: 2024 }, 13, period)).toBe(true);
    expect(countsForRound({ kind: 'kpi', period: '2023', year: 2023 }, 13, period)).toBe(false);
    expect(countsForRound({ kind: 'narrative', period: '2024-H1', year: 2024 }, 13, period)).toBe(false);
    const none = roundPeriod(4, undefined, undefined);
    expect(countsForRound({ roundNumber: 4, kind: 'narrative', period: '2020-H1', year: 2020 }, 4, none)).toBe(true);
    expect(countsForRound({ kind: 'kpi', period: '2020', year: 2020 }, 4, none)).toBe(false);
  });
});
