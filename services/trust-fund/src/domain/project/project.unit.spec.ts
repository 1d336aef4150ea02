import { DomainError, InvalidInput, StateConflict } from '@salw/decider';
import { DeciderSpecification } from '@salw/testing';
import { ProjectCommand, projectDecider } from './project.decider';
import { ProjectEvent } from './project.events';

const { given } = DeciderSpecification.for(projectDecider);
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
const proposed = given([]).when(proposal).thenEvents();

describe('project decider', () => {
  it('records a proposal by a participating organization with co-applicants, goals, jurisdictions and budget', () => {
    expect(proposed).toEqual([
      {
        type: 'ProjectProposed',
        data: {
          projectId: 'p-1',
          title: 'Evidence rooms',
          leadOrganization: 'UNODC',
          coApplicants: ['INTERPOL'],
          goals: [2, 3],
          jurisdictions: ['skopje'],
          budgetUsd: '500000.00',
          proposedOn: '2020-10-01',
        },
      },
    ]);
  });

  it("names jurisdictions by the platform's codes: a capital's name is refused; proposals stored with capitals read as codes", () => {
    const refused = given([])
      .when({ ...proposal, jurisdictions: ['Belgrade'] })
      .thenThrows(InvalidInput);
    expect(refused.problems).toEqual([
      {
        path: 'jurisdictions[0]',
        message: 'must be one of belgrade, podgorica, pristina, sarajevo, skopje, tirana, chisinau, regional',
      },
    ]);
    const legacy: ProjectEvent = {
      type: 'ProjectProposed',
      data: {
        ...(proposed[0].data as Extract<ProjectEvent, { type: 'ProjectProposed' }>['data']),
        jurisdictions: ['Belgrade', 'Regional'],
      },
    };
    expect([legacy].reduce(projectDecider.evolve, projectDecider.initialState()).jurisdictions).toEqual([
      'belgrade',
      'regional',
    ]);
  });

  it('refuses a proposal from the Secretariat or a non-participating organization, listing every problem', () => {
    const error = given([])
      .when({
        ...proposal,
        leadOrganization: 'SEESAC',
        coApplicants: ['SEESAC'],
        goals: [9],
        jurisdictions: ['Zagreb'],
        budgetUsd: '1.2.3',
        proposedOn: '',
      })
      .thenThrows(InvalidInput);
    expect(error.problems.map((problem) => problem.path)).toEqual([
      'leadOrganization',
      'coApplicants[0]',
      'goals[0]',
      'jurisdictions[0]',
      'budgetUsd',
      'proposedOn',
    ]);
    given([])
      .when({ ...proposal, leadOrganization: 'OSCE' })
      .thenThrows(DomainError, /participating organization/);
  });

  it('records the Steering Committee decision with the voting members present, and only voting members', () => {
    given(proposed)
      .when({
        type: 'DecideOnProject',
        decision: 'approve',
        decidedOn: '2020-12-10',
        membersPresent: ['Germany', 'UNDP'],
        votingMembers: voting,
        approvedBudgetUsd: '480000',
      })
      .then([
        {
          type: 'ProjectApproved',
          data: {
            projectId: 'p-1',
            approvedBudgetUsd: '480000.00',
            decidedOn: '2020-12-10',
            membersPresent: ['Germany', 'UNDP'],
          },
        },
      ]);
    given(proposed)
      .when({
        type: 'DecideOnProject',
        decision: 'approve',
        decidedOn: '2020-12-10',
        membersPresent: ['MPTF Office'],
        votingMembers: voting,
      })
      .thenThrows(InvalidInput);
    given(proposed)
      .when({
        type: 'DecideOnProject',
        decision: 'approve',
        decidedOn: '2020-12-10',
        membersPresent: ['Germany'],
        votingMembers: voting,
        approvedBudgetUsd: '500000.01',
      })
      .thenThrows(StateConflict);
    expect(
      given(proposed)
        .when({
          type: 'DecideOnProject',
          decision: 'reject',
          decidedOn: '2020-12-10',
          membersPresent: ['France'],
          votingMembers: voting,
          reason: 'overlap',
        })
        .thenEvents()[0].type,
    ).toBe('ProjectRejected');
  });

  it('moves an approved project through implementation to completion, in that order only', () => {
    const approved = [
      ...proposed,
      {
        type: 'ProjectApproved',
        data: {
          projectId: 'p-1',
          approvedBudgetUsd: '500000.00',
          decidedOn: '2020-12-10',
          membersPresent: ['Germany'],
        },
      } as ProjectEvent,
    ];
    given(proposed).when({ type: 'StartImplementation', startedOn: '2021-01-01' }).thenThrows(StateConflict);
    given(approved).when({ type: 'CompleteProject', completedOn: '2021-01-01' }).thenThrows(StateConflict);
    const started = given(approved).when({ type: 'StartImplementation', startedOn: '2021-01-01' }).thenEvents();
    given([...approved, ...started])
      .when({ type: 'CompleteProject', completedOn: '2022-01-01' })
      .then([{ type: 'ProjectCompleted', data: { projectId: 'p-1', completedOn: '2022-01-01' } }]);
    given(approved).when(proposal).thenThrows(StateConflict);
  });
});
