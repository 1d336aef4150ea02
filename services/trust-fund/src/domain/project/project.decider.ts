import {
  CALENDAR_DATE_MESSAGE,
  Decider,
  InvalidInput,
  isCalendarDate,
  NotFound,
  Problem,
  StateConflict,
  stateProblem,
} from '@salw/decider';
import { isParticipatingOrganization, SECRETARIAT } from '../governance';
import { formatAmount, idProblem, parseAmount } from '../money';
import {
  evolveProject,
  GOALS,
  initialProjectState,
  JURISDICTIONS,
  ProjectEvent,
  ProjectProposal,
  ProjectState,
} from './project.events';

export type ProjectCommand =
  | ({ type: 'ProposeProject' } & ProjectProposal)
  | {
      type: 'DecideOnProject';
      decision: 'approve' | 'reject';
      decidedOn: string;
      membersPresent: string[];
      /** Facts: the voting members of the Steering Committee as the fund's data make it now. */
      votingMembers: string[];
      approvedBudgetUsd?: string;
      reason?: string;
    }
  | { type: 'StartImplementation'; startedOn: string }
  | { type: 'CompleteProject'; completedOn: string };

function date(problems: Problem[], path: string, value: string) {
  if (!isCalendarDate(value)) problems.push({ path, message: CALENDAR_DATE_MESSAGE });
}

function propose(command: Extract<ProjectCommand, { type: 'ProposeProject' }>, state: ProjectState): ProjectEvent[] {
  const problems: Problem[] = [];
  const idIssue = idProblem(command.projectId);
  if (idIssue) problems.push({ path: 'projectId', message: idIssue });
  if (command.title.trim() === '') problems.push({ path: 'title', message: 'must not be empty' });
  if (command.leadOrganization.toUpperCase() === SECRETARIAT) {
    problems.push({
      path: 'leadOrganization',
      message: 'the Secretariat (SEESAC) can never receive project funds, so it cannot apply',
    });
  } else if (!isParticipatingOrganization(command.leadOrganization)) {
    problems.push({
      path: 'leadOrganization',
      message: 'must be a participating organization: UNDP or UNODC (others may co-apply)',
    });
  }
  command.coApplicants.forEach((name, index) => {
    if (name.toUpperCase() === SECRETARIAT)
      problems.push({
        path: `coApplicants[${index}]`,
        message: 'the Secretariat (SEESAC) cannot co-apply for project funds',
      });
    else if (name === command.leadOrganization)
      problems.push({ path: `coApplicants[${index}]`, message: 'is already the lead organization' });
  });
  if (command.goals.length === 0) problems.push({ path: 'goals', message: 'must name at least one Roadmap goal' });
  command.goals.forEach((goal, index) => {
    if (!(GOALS as readonly number[]).includes(goal))
      problems.push({ path: `goals[${index}]`, message: 'must be a Roadmap goal 1 to 7' });
  });
  if (command.jurisdictions.length === 0)
    problems.push({ path: 'jurisdictions', message: 'must name at least one jurisdiction' });
  command.jurisdictions.forEach((jurisdiction, index) => {
    if (!JURISDICTIONS.includes(jurisdiction)) {
      problems.push({ path: `jurisdictions[${index}]`, message: `must be one of ${JURISDICTIONS.join(', ')}` });
    }
  });
  const budget = parseAmount(command.budgetUsd);
  if (budget === undefined || budget === 0n)
    problems.push({ path: 'budgetUsd', message: 'must be a positive USD amount with at most 2 decimals' });
  date(problems, 'proposedOn', command.proposedOn);
  if (problems.length > 0) throw new InvalidInput(problems);
  if (state.exists) throw new StateConflict(`Project "${command.projectId}" is already proposed`);
  const { type: _type, ...data } = command;
  return [
    {
      type: 'ProjectProposed',
      data: {
        ...data,
        goals: [...new Set(command.goals)].sort(),
        jurisdictions: [...new Set(command.jurisdictions)],
        budgetUsd: formatAmount(budget!),
      },
    },
  ];
}

function decideOn(command: Extract<ProjectCommand, { type: 'DecideOnProject' }>, state: ProjectState): ProjectEvent[] {
  const problems: Problem[] = [];
  date(problems, 'decidedOn', command.decidedOn);
  if (command.membersPresent.length === 0)
    problems.push({ path: 'membersPresent', message: 'must list the voting members present' });
  command.membersPresent.forEach((member, index) => {
    if (!command.votingMembers.includes(member)) {
      // Who votes is the fund's state (the top donors change with deposits): alone, a 409.
      problems.push(
        stateProblem(
          `membersPresent[${index}]`,
          `"${member}" is not a voting member of the Steering Committee (${command.votingMembers.join(', ')})`,
        ),
      );
    }
  });
  const approved = command.approvedBudgetUsd === undefined ? undefined : parseAmount(command.approvedBudgetUsd);
  if (command.approvedBudgetUsd !== undefined && (approved === undefined || approved === 0n)) {
    problems.push({ path: 'approvedBudgetUsd', message: 'must be a positive USD amount with at most 2 decimals' });
  }
  if (command.decision === 'reject' && !command.reason?.trim())
    problems.push({ path: 'reason', message: 'a rejection must give its reason' });
  if (problems.length > 0) throw new InvalidInput(problems);
  if (!state.exists) throw new NotFound(`Project "${state.projectId ?? ''}" does not exist`);
  if (state.status !== 'proposed')
    throw new StateConflict(`Project "${state.projectId}" is ${state.status}: the Steering Committee decided already`);
  const members = [...new Set(command.membersPresent)];
  if (command.decision === 'reject') {
    return [
      {
        type: 'ProjectRejected',
        data: {
          projectId: state.projectId!,
          decidedOn: command.decidedOn,
          membersPresent: members,
          reason: command.reason!.trim(),
        },
      },
    ];
  }
  const budget = parseAmount(state.budgetUsd!)!;
  if (approved !== undefined && approved > budget) {
    throw new StateConflict(`The approved budget cannot exceed the proposed USD ${state.budgetUsd}`);
  }
  return [
    {
      type: 'ProjectApproved',
      data: {
        projectId: state.projectId!,
        approvedBudgetUsd: formatAmount(approved ?? budget),
        decidedOn: command.decidedOn,
        membersPresent: members,
      },
    },
  ];
}

export const projectDecider: Decider<ProjectState, ProjectCommand, ProjectEvent> = {
  initialState: initialProjectState,
  evolve: evolveProject,
  decide: (command, state) => {
    switch (command.type) {
      case 'ProposeProject':
        return propose(command, state);
      case 'DecideOnProject':
        return decideOn(command, state);
      case 'StartImplementation': {
        const problems: Problem[] = [];
        date(problems, 'startedOn', command.startedOn);
        if (problems.length > 0) throw new InvalidInput(problems);
        if (!state.exists) throw new NotFound('Project does not exist');
        if (state.status !== 'approved')
          throw new StateConflict(
            `Project "${state.projectId}" is ${state.status}: only an approved project starts implementation`,
          );
        return [
          { type: 'ProjectImplementationStarted', data: { projectId: state.projectId!, startedOn: command.startedOn } },
        ];
      }
      case 'CompleteProject': {
        const problems: Problem[] = [];
        date(problems, 'completedOn', command.completedOn);
        if (problems.length > 0) throw new InvalidInput(problems);
        if (!state.exists) throw new NotFound('Project does not exist');
        if (state.status !== 'under_implementation')
          throw new StateConflict(
            `Project "${state.projectId}" is ${state.status}: only a project under implementation is completed`,
          );
        return [{ type: 'ProjectCompleted', data: { projectId: state.projectId!, completedOn: command.completedOn } }];
      }
    }
  },
};
