import {
  contributionsOf,
  emptyFigures,
  foldFigures,
  FoldableEvent,
  fundingByGoalOf,
  pipelineOf,
} from './fund-figures.fold';
import type { JsonObject } from '@bufbuild/protobuf';
import { trustfundEvents } from '@salw/contracts';
import { figuresOf, storedFigures } from './fund-figures.stored';

/** Events as the projector hands them to the fold: decoded as their generated messages. */
const decoded = (list: { type: string; payload: JsonObject }[]): FoldableEvent[] =>
  list.map((event) => trustfundEvents.decode({ ...event, schemaVersion: 1 })!);

const events = decoded([
  { type: 'DonorRegistered', payload: { donorId: 'sweden', name: 'Sweden', exOfficio: false } },
  {
    type: 'DepositRecorded',
    payload: {
      depositId: 'd',
      donorId: 'sweden',
      currency: 'SEK',
      amount: '7000000.00',
      usdAmount: '724300.00',
      depositedOn: '2019-12-31',
      administrativeAgentFee: '7243.00',
    },
  },
  {
    type: 'TransferMade',
    payload: { transferId: 't', projectId: 'p', usdAmount: '107000.00', indirectCosts: '7000.00' },
  },
]);
const project = decoded([
  {
    type: 'ProjectProposed',
    payload: {
      projectId: 'p',
      title: 'P',
      leadOrganization: 'UNDP',
      coApplicants: [],
      goals: [6, 7],
      jurisdictions: ['Tirana'],
      budgetUsd: '200000.00',
      proposedOn: '2020-01-01',
    },
  },
  {
    type: 'ProjectApproved',
    payload: { projectId: 'p', approvedBudgetUsd: '150000.00', decidedOn: '2020-02-01', membersPresent: ['Germany'] },
  },
]);

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
    // Transferred per goal is read from the projects, so a transfer folded before its project's proposal still counts.
    expect(fundingByGoalOf(projectFirst)).toEqual(fundingByGoalOf(fundFirst));
    const amounts = {
      approvedUsd: '150000.00',
      transferredUsd: '107000.00',
      refundedUsd: '0.00',
      netTransferredUsd: '107000.00',
    };
    expect(fundingByGoalOf(fundFirst)).toEqual({
      byGoal: [
        { goal: 6, ...amounts },
        { goal: 7, ...amounts },
      ],
      byJurisdiction: [{ jurisdiction: 'tirana', ...amounts }],
      byGoalAndJurisdiction: [
        { goal: 6, jurisdiction: 'tirana', ...amounts },
        { goal: 7, jurisdiction: 'tirana', ...amounts },
      ],
    });
  });

  it('keeps each deposit in its own currency: a year of two currencies lists both, never added together', () => {
    const deposit = (
      depositId: string,
      currency: string,
      amount: string,
      usdAmount: string,
      depositedOn: string,
    ): FoldableEvent =>
      decoded([
        {
          type: 'DepositRecorded',
          payload: {
            depositId,
            donorId: 'sweden',
            currency,
            amount,
            usdAmount,
            rate: '0.1',
            rateDerived: true,
            depositedOn,
            administrativeAgentFee: '0.00',
          },
        },
      ])[0];
    const figures = [
      events[0],
      deposit('b', 'USD', '100.00', '100.00', '2020-03-01'),
      deposit('a', 'SEK', '1000.00', '103.47', '2020-01-15'),
      deposit('c', 'SEK', '0.05', '0.01', '2020-05-01'),
    ].reduce(foldFigures, emptyFigures());
    const [sweden] = contributionsOf(figures);
    expect(sweden).toMatchObject({ donor: 'Sweden', usd: '203.48' });
    expect(sweden.byYear).toEqual([
      {
        year: 2020,
        usd: '203.48',
        original: [
          { currency: 'SEK', amount: '1000.05', usd: '103.48' },
          { currency: 'USD', amount: '100.00', usd: '100.00' },
        ],
      },
    ]);
    expect(sweden.deposits.map((line) => [line.depositId, line.currency, line.amount, line.usdAmount])).toEqual([
      ['a', 'SEK', '1000.00', '103.47'],
      ['b', 'USD', '100.00', '100.00'],
      ['c', 'SEK', '0.05', '0.01'],
    ]);
  });
});

describe('fund figures as stored', () => {
  it('keep every domain id as a value, never as a field name, and read back the same figures', () => {
    const figures = emptyFigures();
    const [registered] = decoded([
      { type: 'DonorRegistered', payload: { donorId: 'eu.commission', name: 'EU', exOfficio: true } },
    ]);
    foldFigures(figures, registered);
    const stored = storedFigures(figures);
    expect(stored.donors).toEqual([{ id: 'eu.commission', value: expect.objectContaining({ name: 'EU' }) }]);
    expect(JSON.stringify(stored)).not.toContain('"eu.commission":');
    expect(figuresOf(stored)).toEqual(figures);
  });
});
