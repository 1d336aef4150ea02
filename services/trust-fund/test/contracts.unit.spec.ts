import { fromJson, toJson, type DescMessage, type JsonObject } from '@bufbuild/protobuf';
import { trustfundV1 } from '@salw/contracts';
import { fundDecider, FundCommand } from '../src/domain/fund/fund.decider';
import { FundEvent } from '../src/domain/fund/fund.events';
import { projectDecider } from '../src/domain/project/project.decider';
import { ProjectEvent } from '../src/domain/project/project.events';

const schemas: Record<string, DescMessage> = {
  FeeRatesSet: trustfundV1.FeeRatesSetSchema,
  DonorRegistered: trustfundV1.DonorRegisteredSchema,
  PledgeRecorded: trustfundV1.PledgeRecordedSchema,
  DepositRecorded: trustfundV1.DepositRecordedSchema,
  SteeringCommitteeRecomposed: trustfundV1.SteeringCommitteeRecomposedSchema,
  TransferMade: trustfundV1.TransferMadeSchema,
  RefundRecorded: trustfundV1.RefundRecordedSchema,
  InterestRecorded: trustfundV1.InterestRecordedSchema,
  ContributorRefunded: trustfundV1.ContributorRefundedSchema,
  ProjectProposed: trustfundV1.ProjectProposedSchema,
  ProjectApproved: trustfundV1.ProjectApprovedSchema,
  ProjectRejected: trustfundV1.ProjectRejectedSchema,
  ProjectImplementationStarted: trustfundV1.ProjectImplementationStartedSchema,
  ProjectCompleted: trustfundV1.ProjectCompletedSchema,
};

function run<E extends { type: string }, C>(
  decider: { initialState: () => unknown; decide: (c: C, s: never) => E[]; evolve: (s: never, e: E) => unknown },
  commands: C[],
): E[] {
  const events: E[] = [];
  let state = decider.initialState();
  for (const command of commands) {
    for (const event of decider.decide(command, state as never)) {
      events.push(event);
      state = decider.evolve(state as never, event);
    }
  }
  return events;
}

describe('event payloads match their protobuf contracts (proto/salw/trustfund/v1)', () => {
  const fundEvents = run<FundEvent, FundCommand>(fundDecider as never, [
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
    ...run<ProjectEvent, never>(
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
    ...run<ProjectEvent, never>(
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

  it('covers every event type, and each payload reads strictly (no unknown field) and writes back unchanged', () => {
    const all: { type: string; data: unknown }[] = [...fundEvents, ...projectEvents];
    expect(new Set(all.map((event) => event.type))).toEqual(new Set(Object.keys(schemas)));
    for (const event of all) {
      const json = JSON.parse(JSON.stringify(event.data)) as JsonObject;
      const message = fromJson(schemas[event.type], json);
      expect(toJson(schemas[event.type], message, { alwaysEmitImplicit: true })).toEqual(json);
    }
  });
});
