import { TRUSTFUND_EVENTS, type PayloadsMatchContracts } from '@salw/contracts';
import { eventsDecided, expectEventsMatchContracts } from '@salw/testing';
import { fundDecider, FundCommand } from '../src/domain/fund/fund.decider';
import { FundEvent } from '../src/domain/fund/fund.events';
import { projectDecider } from '../src/domain/project/project.decider';
import { ProjectEvent } from '../src/domain/project/project.events';

// Compiles only while every payload type the deciders build is the generated JSON type of its proto message.
const payloadTypesMatch: PayloadsMatchContracts<FundEvent | ProjectEvent, typeof TRUSTFUND_EVENTS> = true;

describe('event payloads match their protobuf contracts (proto/salw/trustfund/v1)', () => {
  const fundEvents = eventsDecided<unknown, FundCommand, FundEvent>(fundDecider as never, [
    { type: 'SetFeeRates', administrativeAgentFeeRate: '0.01', indirectCostRate: '0.07', setBy: 'aa' },
    { type: 'SetFeeRates', administrativeAgentFeeRate: '0.02', indirectCostRate: '0.07', setBy: 'aa' },
    { type: 'RegisterDonor', donorId: 'germany', name: 'Germany', exOfficio: true },
    {
      type: 'RecordPledge',
      pledgeId: 'de',
      donorId: 'germany',
      currency: 'EUR',
      amount: '3000000',
      pledgedOn: '2020-11-26',
      note: 'n',
    },
    { type: 'RegisterDonor', donorId: 'sweden', name: 'Sweden', exOfficio: false },
    {
      type: 'RecordDeposit',
      depositId: 'd',
      donorId: 'sweden',
      currency: 'SEK',
      amount: '7000000',
      usdAmount: '724300',
      rateDate: '2019-12-31',
      rateSource: 'MPTF Office',
      depositedOn: '2019-12-31',
    },
    {
      type: 'RecordDeposit',
      depositId: 'e',
      donorId: 'germany',
      pledgeId: 'de',
      currency: 'EUR',
      amount: '100',
      usdAmount: '118',
      rate: '1.18',
      rateDate: '2020-12-31',
      rateSource: 'MPTF Office',
      depositedOn: '2020-12-31',
      note: 'x',
    },
    {
      type: 'MakeTransfer',
      transferId: 't',
      projectId: 'p',
      recipient: 'UNDP',
      usdAmount: '1000',
      transferredOn: '2021-01-01',
      project: { exists: true, status: 'approved', leadOrganization: 'UNDP', approvedBudgetUsd: '5000.00' },
    },
    {
      type: 'RecordRefund',
      refundId: 'r',
      projectId: 'p',
      organization: 'UNDP',
      usdAmount: '10',
      refundedOn: '2022-01-01',
      reason: 'unspent',
    },
    {
      type: 'RecordInterest',
      interestId: 'i',
      earnedBy: 'fund',
      usdAmount: '12.34',
      earnedOn: '2020-12-31',
      note: 'investment income 2020',
    },
    { type: 'RecordInterest', interestId: 'j', earnedBy: 'UNDP', usdAmount: '1.05', earnedOn: '2021-12-31' },
    {
      type: 'RefundContributor',
      refundId: 'rc',
      donorId: 'sweden',
      usdAmount: '100',
      refundedOn: '2022-06-30',
      reason: "returned at the contributor's request",
    },
  ]);
  const projectEvents = [
    ...eventsDecided<unknown, never, ProjectEvent>(
      projectDecider as never,
      [
        {
          type: 'ProposeProject',
          projectId: 'p',
          title: 'P',
          leadOrganization: 'UNDP',
          coApplicants: ['INTERPOL'],
          goals: [1],
          jurisdictions: ['tirana'],
          budgetUsd: '5000',
          proposedOn: '2020-01-01',
        },
        {
          type: 'DecideOnProject',
          decision: 'approve',
          decidedOn: '2020-02-01',
          membersPresent: ['Germany'],
          votingMembers: ['Germany'],
        },
        { type: 'StartImplementation', startedOn: '2020-03-01' },
        { type: 'CompleteProject', completedOn: '2021-03-01' },
      ] as never[],
    ),
    ...eventsDecided<unknown, never, ProjectEvent>(
      projectDecider as never,
      [
        {
          type: 'ProposeProject',
          projectId: 'q',
          title: 'Q',
          leadOrganization: 'UNODC',
          coApplicants: [],
          goals: [2],
          jurisdictions: ['skopje'],
          budgetUsd: '5000',
          proposedOn: '2020-01-01',
        },
        {
          type: 'DecideOnProject',
          decision: 'reject',
          decidedOn: '2020-02-01',
          membersPresent: ['Germany'],
          votingMembers: ['Germany'],
          reason: 'no',
        },
      ] as never[],
    ),
  ];

  it('builds payloads of the generated JSON types (checked by tsc)', () => expect(payloadTypesMatch).toBe(true));

  it('covers every event type, and each payload reads strictly (no unknown field) and writes back unchanged', () => {
    expectEventsMatchContracts(TRUSTFUND_EVENTS, [...fundEvents, ...projectEvents], { everyFieldPresent: true });
  });
});
