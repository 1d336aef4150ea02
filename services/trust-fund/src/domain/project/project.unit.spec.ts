import { InvalidInput, StateConflict } from '@salw/decider';
import { ProjectCommand, projectDecider } from './project.decider';
import { ProjectEvent } from './project.events';

const decide = (events: ProjectEvent[], command: ProjectCommand) => projectDecider.decide(command, events.reduce(projectDecider.evolve, projectDecider.initialState()));
const proposal: ProjectCommand = {
  type: 'ProposeProject',
  projectId: 'p-1',
  title: 'Evidence rooms',
  leadOrganization: 'UNODC',
  coApplicants: ['INTERPOL'],
  goals: [3, 2, 3],
  jurisdictions: ['skopje'],
  budgetUsd: '500000',
  proposedOn: '2020-10-01',
};
const voting = ['European Union', 'France', 'Germany', 'Sweden', 'United Kingdom', 'Netherlands', 'UNDP', 'UNODC'];
const proposed = decide([], proposal);

describe('project decider', () => {
  it('records a proposal by a participating organization with co-applicants, goals, jurisdictions and budget', () => {
    expect(proposed).toEqual([
      {
        type: 'ProjectProposed',
        data: { projectId: 'p-1', title: 'Evidence rooms', leadOrganization: 'UNODC', coApplicants: ['INTERPOL'], goals: [2, 3], jurisdictions: ['skopje'], budgetUsd: '500000.00', proposedOn: '2020-10-01' },
      },
    ]);
  });

  it("names jurisdictions by the platform's codes: a capital's name is refused; proposals stored with capitals read as codes", () => {
    const refused = (() => {
      try {
        decide([], { ...proposal, jurisdictions: ['Belgrade'] });
      } catch (error) {
        return error as InvalidInput;
      }
    })();
    expect(refused?.problems).toEqual([{ path: 'jurisdictions[0]', message: 'must be one of belgrade, podgorica, pristina, sarajevo, skopje, tirana, chisinau, regional' }]);
    const legacy: ProjectEvent = { type: 'ProjectProposed', data: { ...(proposed[0].data as Extract<ProjectEvent, { type: 'ProjectProposed' }>['data']), jurisdictions: ['Belgrade', 'Regional'] } };
    expect([legacy].reduce(projectDecider.evolve, projectDecider.initialState()).jurisdictions).toEqual(['belgrade', 'regional']);
  });

  it('refuses a proposal from the Secretariat or a non-participating organization, listing every problem', () => {
    const error = (() => {
      try {
        decide([], { ...proposal, leadOrganization: 'SEESAC', coApplicants: ['SEESAC'], goals: [9], jurisdictions: ['Zagreb'], budgetUsd: '1.2.3', proposedOn: '' });
      } catch (thrown) {
        return thrown as InvalidInput;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInput);
    expect(error!.problems.map((problem) => problem.path)).toEqual(['leadOrganization', 'coApplicants[0]', 'goals[0]', 'jurisdictions[0]', 'budgetUsd', 'proposedOn']);
    expect(() => decide([], { ...proposal, leadOrganization: 'OSCE' })).toThrow(/participating organization/);
  });

  it('records the Steering Committee decision with the voting members present, and only voting members', () => {
    expect(decide(proposed, { type: 'DecideOnProject', decision: 'approve', decidedOn: '2020-12-10', membersPresent: ['Germany', 'UNDP'], votingMembers: voting, approvedBudgetUsd: '480000' })).toEqual([
      { type: 'ProjectApproved', data: { projectId: 'p-1', approvedBudgetUsd: '480000.00', decidedOn: '2020-12-10', membersPresent: ['Germany', 'UNDP'] } },
    ]);
    expect(() => decide(proposed, { type: 'DecideOnProject', decision: 'approve', decidedOn: '2020-12-10', membersPresent: ['MPTF Office'], votingMembers: voting })).toThrow(InvalidInput);
    expect(() => decide(proposed, { type: 'DecideOnProject', decision: 'approve', decidedOn: '2020-12-10', membersPresent: ['Germany'], votingMembers: voting, approvedBudgetUsd: '500000.01' })).toThrow(StateConflict);
    expect(decide(proposed, { type: 'DecideOnProject', decision: 'reject', decidedOn: '2020-12-10', membersPresent: ['France'], votingMembers: voting, reason: 'overlap' })[0].type).toBe('ProjectRejected');
  });

  it('moves an approved project through implementation to completion, in that order only', () => {
    const approved = [...proposed, { type: 'ProjectApproved', data: { projectId: 'p-1', approvedBudgetUsd: '500000.00', decidedOn: '2020-12-10', membersPresent: ['Germany'] } } as ProjectEvent];
    expect(() => decide(proposed, { type: 'StartImplementation', startedOn: '2021-01-01' })).toThrow(StateConflict);
    expect(() => decide(approved, { type: 'CompleteProject', completedOn: '2021-01-01' })).toThrow(StateConflict);
    const started = decide(approved, { type: 'StartImplementation', startedOn: '2021-01-01' });
    expect(decide([...approved, ...started], { type: 'CompleteProject', completedOn: '2022-01-01' })).toEqual([
      { type: 'ProjectCompleted', data: { projectId: 'p-1', completedOn: '2022-01-01' } },
    ]);
    expect(() => decide(approved, proposal)).toThrow(StateConflict);
  });
});
