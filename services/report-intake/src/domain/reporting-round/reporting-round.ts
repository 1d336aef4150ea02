// A numbered reporting round (stream `reporting-round:<number>`): its period and due date, when one is known.
import { Decider, InvalidInput, Problem, StateConflict } from '@salw/decider';

export type ReportingRoundTerms = {
  roundNumber: number;
  /** e.g. "13th progress report". */
  label: string;
  periodFrom: string;
  periodTo: string;
  /** Absent when no due date is known: then nothing in the round is late or overdue. */
  dueDate?: string;
  reportYear: number;
  /** Why there is no due date (e.g. "not in the seeds"); given exactly when `dueDate` is not. */
  noDueDateReason?: string;
};

export type ReportingRoundEvent = { type: 'ReportingRoundOpened'; data: ReportingRoundTerms };
export type ReportingRoundCommand = { type: 'OpenReportingRound' } & ReportingRoundTerms;
export type ReportingRoundState = { opened?: ReportingRoundTerms };

export const reportingRoundId = (roundNumber: number) => `reporting-round:${roundNumber}`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) =>
  DAY.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A round has a due date or says why it has none (a missing date is never invented). */
function dueDateProblems(command: ReportingRoundTerms): Problem[] {
  const reason = command.noDueDateReason;
  if (command.dueDate === undefined) {
    return reason === undefined || reason.trim() === ''
      ? [
          {
            path: 'noDueDateReason',
            message: 'say why the round has no due date (e.g. "not in the seeds"), or give dueDate',
          },
        ]
      : [];
  }
  if (reason !== undefined) return [{ path: 'noDueDateReason', message: 'must be left out when dueDate is given' }];
  if (!isDay(command.dueDate)) return [{ path: 'dueDate', message: 'must be a date YYYY-MM-DD' }];
  if (isDay(command.periodTo) && command.dueDate < command.periodTo)
    return [{ path: 'dueDate', message: 'must not be before the end of the period' }];
  return [];
}

/** The round a report answers, looked up by the caller (deciders do no I/O). */
export interface RoundTerms {
  roundNumber: number;
  /** Absent when the round has no due date. */
  dueDate?: string;
  /** The year the round asks reports for. */
  reportYear: number;
}

/**
 * A report answers a round only for the year the round asks for (a 2023 report cannot answer the 13th round, on
 * 2024). Refused as a conflict with the round, like every refusal by state.
 */
export function assertAnswersRound(round: RoundTerms | undefined, year: number, what: string): void {
  if (round !== undefined && round.reportYear !== year) {
    throw new StateConflict(
      `roundNumber: reporting round ${round.roundNumber} asks for reports on ${round.reportYear}, not for the ${what} on ${year}`,
    );
  }
}

/** Submitted after the round's due date; never late in a round without one. */
export const isLate = (round: { dueDate?: string } | undefined, submittedOn: string): boolean =>
  round?.dueDate !== undefined && submittedOn > round.dueDate;

export const reportingRoundDecider: Decider<ReportingRoundState, ReportingRoundCommand, ReportingRoundEvent> = {
  initialState: () => ({}),
  decide: (command, state) => {
    const problems: Problem[] = [];
    if (!Number.isInteger(command.roundNumber) || command.roundNumber < 1)
      problems.push({ path: 'roundNumber', message: 'must be a positive whole number' });
    if (command.label.trim() === '')
      problems.push({ path: 'label', message: 'must name the round, e.g. "13th progress report"' });
    for (const field of ['periodFrom', 'periodTo'] as const) {
      if (!isDay(command[field])) problems.push({ path: field, message: 'must be a date YYYY-MM-DD' });
    }
    if (isDay(command.periodFrom) && isDay(command.periodTo) && command.periodFrom > command.periodTo) {
      problems.push({ path: 'periodTo', message: 'must not be before periodFrom' });
    }
    problems.push(...dueDateProblems(command));
    if (problems.length > 0) throw new InvalidInput(problems);
    if (state.opened) throw new StateConflict(`Reporting round ${command.roundNumber} is already open`);
    const { roundNumber, label, periodFrom, periodTo, dueDate, reportYear, noDueDateReason } = command;
    return [
      {
        type: 'ReportingRoundOpened',
        data: {
          roundNumber,
          label,
          periodFrom,
          periodTo,
          ...(dueDate !== undefined ? { dueDate } : { noDueDateReason }),
          reportYear,
        },
      },
    ];
  },
  evolve: (state, event) => (event.type === 'ReportingRoundOpened' ? { opened: event.data } : state),
};
