import { InvalidInput, StateConflict, foldEvents } from '@salw/decider';
import { reportingRoundDecider } from './reporting-round';

const terms = { roundNumber: 13, label: '13th progress report', periodFrom: '2024-07-01', periodTo: '2024-12-31', dueDate: '2025-01-31', reportYear: 2024 };

describe('reporting round decider', () => {
  it('opens a round once', () => {
    const opened = reportingRoundDecider.decide({ type: 'OpenReportingRound', ...terms }, reportingRoundDecider.initialState());
    expect(opened).toEqual([{ type: 'ReportingRoundOpened', data: terms }]);
    expect(() => reportingRoundDecider.decide({ type: 'OpenReportingRound', ...terms }, foldEvents(reportingRoundDecider, opened))).toThrow(StateConflict);
  });

  it('refuses impossible dates, listing each', () => {
    try {
      reportingRoundDecider.decide({ type: 'OpenReportingRound', ...terms, periodFrom: '2025-01-01', dueDate: '2024-02-30' }, {});
      throw new Error('not refused');
    } catch (error) {
      expect((error as InvalidInput).problems.map((p) => p.path)).toEqual(['dueDate', 'periodTo']);
    }
  });
});
