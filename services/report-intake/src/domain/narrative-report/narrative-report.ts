// Commands of a narrative progress report per goal and the rules that decide them (pure).
import {
  Decider,
  InvalidInput,
  Problem,
  REPORT_YEAR_PATTERN,
  StateConflict,
  FIRST_REPORT_YEAR,
  LAST_YEAR,
} from '@salw/decider';
import { jurisdictionProblems } from '../shared/jurisdictions';
import { describeRevision, editable, revisionIn } from '../shared/revisions';
import { RoundTerms, assertAnswersRound, isLate } from '../reporting-round/reporting-round';
import {
  GoalNarrative,
  NarrativeReportEvent,
  NarrativeReportRevision,
  NarrativeReportState,
  currentNarrativeRevision,
  evolveNarrativeReport,
  initialNarrativeReportState,
  mergeGoals,
} from './narrative-report.events';

export * from './narrative-report.events';

interface Target {
  jurisdiction: string;
  period: string;
}
export type NarrativeReportCommand =
  | (Target & { type: 'SaveNarrativeReportDraft'; goals: GoalNarrative[]; round?: RoundTerms })
  /** `goals`: a last part saved with the submission (may be empty). */
  | (Target & { type: 'SubmitNarrativeReport'; goals: GoalNarrative[]; round?: RoundTerms; submittedOn: string })
  | (Target & { type: 'ReturnNarrativeReportForRevision'; comments: string })
  | (Target & { type: 'AcceptNarrativeReport' })
  | (Target & { type: 'StartNarrativeReportAmendment'; reason: string });

export const PERIOD = new RegExp(`^(${REPORT_YEAR_PATTERN})(?:-(H1|H2))?$`);
export const narrativeReportId = (jurisdiction: string, period: string) => `narrative-report:${jurisdiction}:${period}`;

function targetProblems(command: Target): Problem[] {
  const problems = jurisdictionProblems(command.jurisdiction);
  if (!PERIOD.test(command.period))
    problems.push({
      path: 'period',
      message: `must be a year (2024) or a half-year (2024-H1, 2024-H2) from ${FIRST_REPORT_YEAR} to ${LAST_YEAR}`,
    });
  return problems;
}

function goalProblems(goals: GoalNarrative[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  goals.forEach((goal, index) => {
    if (!Number.isInteger(goal.goal) || goal.goal < 1 || goal.goal > 7)
      problems.push({ path: `goals[${index}].goal`, message: 'must be a goal of the Roadmap, 1 to 7' });
    else if (seen.has(goal.goal))
      problems.push({ path: `goals[${index}].goal`, message: `goal ${goal.goal} is reported twice` });
    seen.add(goal.goal);
  });
  return problems;
}

function assertValid(problems: Problem[]): void {
  if (problems.length > 0) throw new InvalidInput(problems);
}

const yearOf = (period: string) => Number(period.slice(0, 4));
const copyGoals = (goals: GoalNarrative[]) =>
  goals.map((g) => ({
    goal: g.goal,
    progress: g.progress,
    challenges: g.challenges,
    plans: g.plans,
    needsForSupport: g.needsForSupport,
  }));

function ref(command: Target, revision: number) {
  return {
    reportId: narrativeReportId(command.jurisdiction, command.period),
    jurisdiction: command.jurisdiction,
    period: command.period,
    revision,
  };
}

function refusedEdit(action: string, current: NarrativeReportRevision | undefined): StateConflict {
  return new StateConflict(
    `Cannot ${action} the narrative report: ${describeRevision(current)}${current?.status === 'accepted' ? '; start an amendment first' : ''}`,
  );
}

export function decideNarrativeReport(
  command: NarrativeReportCommand,
  state: NarrativeReportState,
): NarrativeReportEvent[] {
  const current = currentNarrativeRevision(state);
  switch (command.type) {
    case 'SaveNarrativeReportDraft': {
      const empty: Problem[] =
        command.goals.length === 0 ? [{ path: 'goals', message: 'must report on at least one goal' }] : [];
      assertValid([...targetProblems(command), ...goalProblems(command.goals), ...empty]);
      if (!editable(current)) throw refusedEdit('save a draft of', current);
      assertAnswersRound(command.round, yearOf(command.period), 'narrative report');
      const roundNumber = command.round?.roundNumber;
      return [
        {
          type: 'NarrativeReportDraftSaved',
          data: {
            ...ref(command, current?.revision ?? 1),
            ...(roundNumber !== undefined ? { roundNumber } : {}),
            goals: copyGoals(command.goals),
          },
        },
      ];
    }
    case 'SubmitNarrativeReport': {
      assertValid([...targetProblems(command), ...goalProblems(command.goals)]);
      if (!editable(current)) throw refusedEdit('submit', current);
      assertAnswersRound(command.round, yearOf(command.period), 'narrative report');
      const goals = mergeGoals(current?.goals ?? [], copyGoals(command.goals));
      if (goals.length === 0) throw new InvalidInput([{ path: 'goals', message: 'must report on at least one goal' }]);
      // A resubmission after a return keeps its revision and answers the round of the first submission.
      const round =
        command.round ??
        (current?.roundNumber !== undefined
          ? { roundNumber: current.roundNumber, dueDate: current.dueDate }
          : undefined);
      return [
        {
          type: 'NarrativeReportSubmitted',
          data: {
            ...ref(command, current?.revision ?? 1),
            ...(round !== undefined ? { roundNumber: round.roundNumber } : {}),
            ...(round?.dueDate !== undefined ? { dueDate: round.dueDate } : {}),
            late: isLate(round, command.submittedOn),
            goals,
          },
        },
      ];
    }
    case 'ReturnNarrativeReportForRevision': {
      const blank: Problem[] =
        command.comments.trim() === '' ? [{ path: 'comments', message: 'say what needs revising' }] : [];
      assertValid([...targetProblems(command), ...blank]);
      const returned = revisionIn(current, 'submitted', 'Only a submitted narrative report can be returned');
      return [
        {
          type: 'NarrativeReportReturnedForRevision',
          data: { ...ref(command, returned.revision), comments: command.comments },
        },
      ];
    }
    case 'AcceptNarrativeReport': {
      assertValid(targetProblems(command));
      const accepted = revisionIn(current, 'submitted', 'Only a submitted narrative report can be accepted');
      const roundNumber = accepted.roundNumber;
      return [
        {
          type: 'NarrativeReportAccepted',
          data: {
            ...ref(command, accepted.revision),
            ...(roundNumber !== undefined ? { roundNumber } : {}),
            goals: accepted.goals,
          },
        },
      ];
    }
    case 'StartNarrativeReportAmendment': {
      const blank: Problem[] =
        command.reason.trim() === '' ? [{ path: 'reason', message: 'say why the report is amended' }] : [];
      assertValid([...targetProblems(command), ...blank]);
      const { revision } = revisionIn(current, 'accepted', 'Only an accepted narrative report can be amended');
      return [
        {
          type: 'NarrativeReportAmendmentStarted',
          data: { ...ref(command, revision + 1), basedOnRevision: revision, reason: command.reason },
        },
      ];
    }
  }
}

export const narrativeReportDecider: Decider<NarrativeReportState, NarrativeReportCommand, NarrativeReportEvent> = {
  initialState: initialNarrativeReportState,
  decide: decideNarrativeReport,
  evolve: evolveNarrativeReport,
};
