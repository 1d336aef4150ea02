// A narrative progress report per goal (stream `narrative-report:<jurisdiction>:<period>`): events, state, decider.
import { Decider, InvalidInput, Problem, StateConflict } from '@salw/decider';
import { jurisdictionProblems } from '../shared/jurisdictions';
import type { RoundTerms } from '../kpi-report/kpi-report.decider';

/** Progress on one of the Roadmap's 7 goals. */
export type GoalNarrative = {
  goal: number;
  progress: string;
  challenges: string;
  plans: string;
  needsForSupport: string;
};

type NarrativeRef = {
  reportId: string;
  jurisdiction: string;
  /** `2024`, `2024-H1` or `2024-H2`. */
  period: string;
  revision: number;
};

export type NarrativeReportEvent =
  | {
      type: 'NarrativeReportSubmitted';
      data: NarrativeRef & { roundNumber?: number; dueDate?: string; late: boolean; goals: GoalNarrative[] };
    }
  | { type: 'NarrativeReportReturnedForRevision'; data: NarrativeRef & { comments: string } }
  | { type: 'NarrativeReportAccepted'; data: NarrativeRef & { roundNumber?: number; goals: GoalNarrative[] } };

export type NarrativeReportStatus = 'submitted' | 'returned_for_revision' | 'accepted';

export interface NarrativeReportState {
  reportId?: string;
  jurisdiction?: string;
  period?: string;
  revision: number;
  status?: NarrativeReportStatus;
  roundNumber?: number;
  late?: boolean;
  goals: GoalNarrative[];
  comments?: string;
}

interface Target {
  jurisdiction: string;
  period: string;
}
export type NarrativeReportCommand =
  | (Target & { type: 'SubmitNarrativeReport'; goals: GoalNarrative[]; round?: RoundTerms; submittedOn: string })
  | (Target & { type: 'ReturnNarrativeReportForRevision'; comments: string })
  | (Target & { type: 'AcceptNarrativeReport' });

export const PERIOD = /^(20\d{2})(?:-(H1|H2))?$/;
export const narrativeReportId = (jurisdiction: string, period: string) => `narrative-report:${jurisdiction}:${period}`;

function targetProblems(command: Target): Problem[] {
  const problems = jurisdictionProblems(command.jurisdiction);
  if (!PERIOD.test(command.period)) problems.push({ path: 'period', message: 'must be a year (2024) or a half-year (2024-H1, 2024-H2)' });
  return problems;
}

function goalProblems(goals: GoalNarrative[]): Problem[] {
  const problems: Problem[] = [];
  if (goals.length === 0) problems.push({ path: 'goals', message: 'must report on at least one goal' });
  const seen = new Set<number>();
  goals.forEach((goal, index) => {
    if (!Number.isInteger(goal.goal) || goal.goal < 1 || goal.goal > 7) problems.push({ path: `goals[${index}].goal`, message: 'must be a goal of the Roadmap, 1 to 7' });
    else if (seen.has(goal.goal)) problems.push({ path: `goals[${index}].goal`, message: `goal ${goal.goal} is reported twice` });
    seen.add(goal.goal);
  });
  return problems;
}

function ref(command: Target, revision: number): NarrativeRef {
  return { reportId: narrativeReportId(command.jurisdiction, command.period), jurisdiction: command.jurisdiction, period: command.period, revision };
}

export const narrativeReportDecider: Decider<NarrativeReportState, NarrativeReportCommand, NarrativeReportEvent> = {
  initialState: () => ({ revision: 0, goals: [] }),
  decide: (command, state) => {
    switch (command.type) {
      case 'SubmitNarrativeReport': {
        const problems = [...targetProblems(command), ...goalProblems(command.goals)];
        if (problems.length > 0) throw new InvalidInput(problems);
        if (state.status === 'submitted') throw new StateConflict('The narrative report is already submitted and under review');
        // A resubmission after a return keeps the revision; one after acceptance opens the next revision.
        const revision = state.status === 'returned_for_revision' ? state.revision : state.revision + 1;
        const roundNumber = command.round?.roundNumber ?? state.roundNumber;
        return [
          {
            type: 'NarrativeReportSubmitted',
            data: {
              ...ref(command, revision),
              ...(roundNumber !== undefined ? { roundNumber } : {}),
              ...(command.round ? { dueDate: command.round.dueDate } : {}),
              late: command.round ? command.submittedOn > command.round.dueDate : false,
              goals: command.goals.map((g) => ({ goal: g.goal, progress: g.progress, challenges: g.challenges, plans: g.plans, needsForSupport: g.needsForSupport })),
            },
          },
        ];
      }
      case 'ReturnNarrativeReportForRevision': {
        const problems = targetProblems(command);
        if (command.comments.trim() === '') problems.push({ path: 'comments', message: 'say what needs revising' });
        if (problems.length > 0) throw new InvalidInput(problems);
        if (state.status !== 'submitted') throw new StateConflict('Only a submitted narrative report can be returned');
        return [{ type: 'NarrativeReportReturnedForRevision', data: { ...ref(command, state.revision), comments: command.comments } }];
      }
      case 'AcceptNarrativeReport': {
        const problems = targetProblems(command);
        if (problems.length > 0) throw new InvalidInput(problems);
        if (state.status !== 'submitted') throw new StateConflict('Only a submitted narrative report can be accepted');
        return [
          {
            type: 'NarrativeReportAccepted',
            data: { ...ref(command, state.revision), ...(state.roundNumber !== undefined ? { roundNumber: state.roundNumber } : {}), goals: state.goals },
          },
        ];
      }
    }
  },
  evolve: (state, event) => {
    const { reportId, jurisdiction, period, revision } = event.data;
    const base = { ...state, reportId, jurisdiction, period, revision };
    switch (event.type) {
      case 'NarrativeReportSubmitted':
        return { ...base, status: 'submitted', roundNumber: event.data.roundNumber, late: event.data.late, goals: event.data.goals, comments: undefined };
      case 'NarrativeReportReturnedForRevision':
        return { ...base, status: 'returned_for_revision', comments: event.data.comments };
      case 'NarrativeReportAccepted':
        return { ...base, status: 'accepted', goals: event.data.goals };
      default:
        return state;
    }
  },
};
