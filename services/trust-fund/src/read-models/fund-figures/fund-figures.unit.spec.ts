import { emptyFigures, foldFigures, FoldableEvent, pipelineOf } from './fund-figures.fold';

const events: FoldableEvent[] = [
  { type: 'DonorRegistered', payload: { donorId: 'sweden', name: 'Sweden', exOfficio: false } },
  { type: 'DepositRecorded', payload: { depositId: 'd', donorId: 'sweden', currency: 'SEK', amount: '7000000.00', usdAmount: '724300.00', depositedOn: '2019-12-31', administrativeAgentFee: '7243.00' } },
  { type: 'TransferMade', payload: { transferId: 't', projectId: 'p', usdAmount: '107000.00', indirectCosts: '7000.00' } },
];
const project: FoldableEvent[] = [
  { type: 'ProjectProposed', payload: { projectId: 'p', title: 'P', leadOrganization: 'UNDP', coApplicants: [], goals: [6, 7], jurisdictions: ['Tirana'], budgetUsd: '200000.00', proposedOn: '2020-01-01' } },
  { type: 'ProjectApproved', payload: { projectId: 'p', approvedBudgetUsd: '150000.00', decidedOn: '2020-02-01', membersPresent: ['Germany'] } },
];

describe('fund figures fold', () => {
  it('gives the same figures whatever the interleaving of the fund and project streams', () => {
    const fold = (list: FoldableEvent[]) => list.reduce(foldFigures, emptyFigures());
    const fundFirst = fold([...events, ...project]);
    const projectFirst = fold([...project, ...events]);
    expect(projectFirst).toEqual(fundFirst);
    expect(fundFirst).toMatchObject({
      depositedUsd: '724300.00',
      administrativeAgentFees: '7243.00',
      transferred: '107000.00',
      indirectCosts: '7000.00',
      allocatedToApprovedProjects: '150000.00',
      availableBalance: '610057.00',
      byGoal: { 'goal-6': '150000.00', 'goal-7': '150000.00' },
      byJurisdiction: { tirana: '150000.00' }, // a proposal stored with the capital's name (before the platform's codes) counts under the code
    });
    expect(pipelineOf(fundFirst).approved).toMatchObject({ count: 1, budgetUsd: '150000.00' });
  });
});
