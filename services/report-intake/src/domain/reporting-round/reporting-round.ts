// A numbered reporting round (stream `reporting-round:<number>`): its period and due date.
import { Decider, InvalidInput, Problem, StateConflict } from '@salw/decider';

export type ReportingRoundTerms = {
  roundNumber: number;
  /** e.g. "13th progress report". */
  label: string;
  periodFrom: string;
  periodTo: string;
  dueDate: string;
  reportYear: number;
};

export type ReportingRoundEvent = { type: 'ReportingRoundOpened'; data: ReportingRoundTerms };
export type ReportingRoundCommand = { type: 'OpenReportingRound' } & ReportingRoundTerms;
export type ReportingRoundState = { opened?: ReportingRoundTerms };

export const reportingRoundId = (roundNumber: number) => `reporting-round:${roundNumber}`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const reportingRoundDecider: Decider<ReportingRoundState, ReportingRoundCommand, ReportingRoundEvent> = {
  initialState: () => ({}),
  decide: (command, state) => {
    const problems: Problem[] = [];
    if (!Number.isInteger(command.roundNumber) || command.roundNumber < 1) problems.push({ path: 'roundNumber', message: 'must be a positive whole number' });
    if (command.label.trim() === '') problems.push({ path: 'label', message: 'must name the round, e.g. "13th progress report"' });
    for (const field of ['periodFrom', 'periodTo', 'dueDate'] as const) {
      if (!isDay(command[field])) problems.push({ path: field, message: 'must be a date YYYY-MM-DD' });
    }
    if (isDay(command.periodFrom) && isDay(command.periodTo) && command.periodFrom > command.periodTo) {
      problems.push({ path: 'periodTo', message: 'must not be before periodFrom' });
    }
    if (isDay(command.periodTo) && isDay(command.dueDate) && command.dueDate < command.periodTo) {
      problems.push({ path: 'dueDate', message: 'must not be before the end of the period' });
    }
    if (problems.length > 0) throw new InvalidInput(problems);
    if (state.opened) throw new StateConflict(`Reporting round ${command.roundNumber} is already open`);
    const { roundNumber, label, periodFrom, periodTo, dueDate, reportYear } = command;
    return [{ type: 'ReportingRoundOpened', data: { roundNumber, label, periodFrom, periodTo, dueDate, reportYear } }];
  },
  evolve: (state, event) => (event.type === 'ReportingRoundOpened' ? { opened: event.data } : state),
};
