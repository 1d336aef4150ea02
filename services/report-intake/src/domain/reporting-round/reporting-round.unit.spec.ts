import { InvalidInput, StateConflict, foldEvents } from '@salw/decider';
import { DEMO_ROUND } from '../../demo/seed';
import { isLate, reportingRoundDecider } from './reporting-round';

const terms = {
  roundNumber: 12,
  label: '12th progress report',
  periodFrom: '2023-07-01',
  periodTo: '2023-12-31',
  dueDate: '2024-01-31',
  reportYear: 2023,
};
/** Round 13 as seed 003 gives it: "Annual KPI Report (1 January - 31 December 2024)", presented 16 June 2025, no due date. */
const round13 = DEMO_ROUND;

const problemPaths = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    return (error as InvalidInput).problems.map((p) => p.path);
  }
  throw new Error('not refused');
};

describe('reporting round decider', () => {
  it('opens a round once', () => {
    const opened = reportingRoundDecider.decide(
      { type: 'OpenReportingRound', ...terms },
      reportingRoundDecider.initialState(),
    );
    expect(opened).toEqual([{ type: 'ReportingRoundOpened', data: terms }]);
    expect(() =>
      reportingRoundDecider.decide({ type: 'OpenReportingRound', ...terms }, foldEvents(reportingRoundDecider, opened)),
    ).toThrow(StateConflict);
  });

  it('refuses impossible dates, listing each', () => {
    expect(
      problemPaths(() =>
        reportingRoundDecider.decide(
          { type: 'OpenReportingRound', ...terms, periodFrom: '2025-01-01', dueDate: '2024-02-30' },
          {},
        ),
      ),
    ).toEqual(['periodTo', 'dueDate']);
  });

  it('opens round 13 without a due date when it says why (003 gives none): nothing in it is late', () => {
    const opened = reportingRoundDecider.decide({ type: 'OpenReportingRound', ...round13 }, {});
    expect(opened).toEqual([{ type: 'ReportingRoundOpened', data: round13 }]);
    expect(opened[0].data).not.toHaveProperty('dueDate');
    expect(isLate(foldEvents(reportingRoundDecider, opened).opened, '2025-06-16')).toBe(false);
    expect(isLate(terms, '2024-02-01')).toBe(true);
    expect(isLate(terms, '2024-01-31')).toBe(false);
  });

  it('a round has a due date or a reason for none, never both, never neither', () => {
    const { noDueDateReason: _reason, ...neither } = round13;
    expect(problemPaths(() => reportingRoundDecider.decide({ type: 'OpenReportingRound', ...neither }, {}))).toEqual([
      'noDueDateReason',
    ]);
    expect(
      problemPaths(() =>
        reportingRoundDecider.decide({ type: 'OpenReportingRound', ...round13, noDueDateReason: '  ' }, {}),
      ),
    ).toEqual(['noDueDateReason']);
    expect(
      problemPaths(() =>
        reportingRoundDecider.decide({ type: 'OpenReportingRound', ...round13, dueDate: '2025-06-16' }, {}),
      ),
    ).toEqual(['noDueDateReason']);
  });

  it('old events with a due date still fold', () => {
    const state = foldEvents(reportingRoundDecider, [{ type: 'ReportingRoundOpened', data: terms }]);
    expect(state.opened?.dueDate).toBe('2024-01-31');
  });
});
