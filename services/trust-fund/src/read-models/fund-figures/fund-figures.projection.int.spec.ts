import { ProjectionSpecification } from '@salw/testing';
import { applyFundEvents, readFigures } from './fund-figures.projector';
import { FundFigures } from './fund-figures.fold';

const FUND = 'fund:roadmap-mptf';
const donor = {
  streamId: FUND,
  type: 'DonorRegistered',
  data: { donorId: 'sweden', name: 'Sweden', exOfficio: false },
};
const deposit = (depositId: string, usdAmount: string, administrativeAgentFee: string) => ({
  streamId: FUND,
  type: 'DepositRecorded',
  data: {
    depositId,
    donorId: 'sweden',
    currency: 'USD',
    amount: usdAmount,
    usdAmount,
    depositedOn: '2019-12-31',
    administrativeAgentFee,
  },
});
const proposed = {
  streamId: 'project:p-1',
  type: 'ProjectProposed',
  data: {
    projectId: 'p-1',
    title: 'P',
    leadOrganization: 'UNDP',
    coApplicants: [],
    goals: [6],
    jurisdictions: ['tirana'],
    budgetUsd: '200000.00',
    proposedOn: '2020-01-01',
  },
};
const approved = {
  streamId: 'project:p-1',
  type: 'ProjectApproved',
  data: { projectId: 'p-1', approvedBudgetUsd: '150000.00', decidedOn: '2020-02-01', membersPresent: ['Germany'] },
};

const spec = ProjectionSpecification.for<FundFigures>(
  { apply: applyFundEvents, read: (db) => readFigures(db) },
  { context: 'trust-fund' },
);
afterAll(() => spec.close());

describe('fund figures projection (real database)', () => {
  it('folds deposits of the fund stream and approvals of project streams into the one figures document', async () => {
    await spec
      .given([donor, deposit('d-1', '1000.00', '10.00'), proposed])
      .when([approved, deposit('d-2', '500.00', '5.00')])
      .then('roadmap-mptf', (figures) =>
        expect(figures).toMatchObject({
          depositedUsd: '1500.00',
          administrativeAgentFees: '15.00',
          allocatedToApprovedProjects: '150000.00',
          byGoal: { 'goal-6': '150000.00' },
        }),
      );
  });

  it('shows no bookkeeping to its readers', async () => {
    await spec
      .given([])
      .when([donor])
      .then('roadmap-mptf', (figures) => expect(Object.keys(figures).filter((key) => key.startsWith('_'))).toEqual([]));
  });
});
