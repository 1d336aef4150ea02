import { InvalidInput, NotFound, StateConflict } from '@salw/decider';
import { DeciderSpecification } from '@salw/testing';
import { fundDecider, FundCommand, ProjectFacts } from './fund.decider';
import { committeeOf, FundEvent } from './fund.events';
import { steeringCommittee } from '../governance';
import { agreesWithRate, deriveRate, formatAmount, indirectPart, parseAmount, parseRate, share } from '../money';

const { given } = DeciderSpecification.for(fundDecider);

const donor = (donorId: string, name: string, exOfficio = false): FundEvent => ({
  type: 'DonorRegistered',
  data: { donorId, name, exOfficio },
});
const donors = [
  donor('germany', 'Germany', true),
  donor('france', 'France', true),
  donor('european-union', 'European Union', true),
  donor('sweden', 'Sweden'),
  donor('united-kingdom', 'United Kingdom'),
  donor('norway', 'Norway'),
  donor('netherlands', 'Netherlands'),
];
const deposit = (
  depositId: string,
  donorId: string,
  currency: string,
  amount: string,
  usdAmount: string,
  depositedOn = '2019-12-31',
): FundCommand => ({
  type: 'RecordDeposit',
  depositId,
  donorId,
  currency,
  amount,
  usdAmount,
  rateDate: depositedOn,
  rateSource: 'MPTF Office',
  depositedOn,
});
const history = (commands: FundCommand[], base: FundEvent[] = donors): FundEvent[] =>
  commands.reduce<FundEvent[]>((events, command) => {
    const state = events.reduce(fundDecider.evolve, fundDecider.initialState());
    return [...events, ...fundDecider.decide(command, state)];
  }, base);
const seeded = history([
  deposit('sweden-1', 'sweden', 'SEK', '7000000.00', '724300.00'),
  deposit('uk-1', 'united-kingdom', 'GBP', '500000.00', '651550.00'),
  deposit('norway-1', 'norway', 'NOK', '1670000.00', '184958.00'),
]);
const approved: ProjectFacts = {
  exists: true,
  status: 'approved',
  leadOrganization: 'UNDP',
  approvedBudgetUsd: '500000.00',
};
const transfer = (
  usdAmount: string,
  recipient = 'UNDP',
  project: ProjectFacts = approved,
  transferId = 't-1',
): FundCommand => ({
  type: 'MakeTransfer',
  transferId,
  projectId: 'p-1',
  recipient,
  usdAmount,
  transferredOn: '2021-01-15',
  project,
});

describe('money (exact, no floats)', () => {
  it('parses and formats minor units', () => {
    expect(parseAmount('724300')).toBe(72430000n);
    expect(parseAmount('0.1')).toBe(10n);
    expect(parseAmount('1.005')).toBeUndefined();
    expect(parseAmount('-1')).toBeUndefined();
    expect(parseAmount('1e5')).toBeUndefined();
    expect(formatAmount(72430000n + 65155000n + 18495800n)).toBe('1560808.00');
  });
  it('takes shares half up and checks a rate against the USD booked', () => {
    expect(share(72430000n, parseRate('0.01')!)).toBe(724300n);
    expect(share(5n, parseRate('0.1')!)).toBe(1n); // 0.5 rounds up
    expect(indirectPart(10700n, parseRate('0.07')!)).toBe(700n);
    expect(agreesWithRate(700000000n, 72430000n, parseRate('0.10347')!)).toBe(true);
    expect(agreesWithRate(700000000n, 72430000n, parseRate('0.10348')!)).toBe(false);
    expect(deriveRate(700000000n, 72430000n)).toBe('0.1034714286');
    expect(deriveRate(50000000n, 65155000n)).toBe('1.3031000000');
  });
});

describe('fund decider', () => {
  it('records a deposit with its USD equivalent, the rate (derived when not given) and the 1% fee', () => {
    const events = given(donors)
      .when(deposit('sweden-1', 'sweden', 'SEK', '7000000', '724300'))
      .thenEvents();
    expect(events[0]).toEqual({
      type: 'DepositRecorded',
      data: {
        depositId: 'sweden-1',
        donorId: 'sweden',
        currency: 'SEK',
        amount: '7000000.00',
        usdAmount: '724300.00',
        rate: '0.1034714286',
        rateDerived: true,
        rateDate: '2019-12-31',
        rateSource: 'MPTF Office',
        depositedOn: '2019-12-31',
        administrativeAgentFeeRate: '0.01',
        administrativeAgentFee: '7243.00',
      },
    });
    expect(events[1]).toMatchObject({
      type: 'SteeringCommitteeRecomposed',
      data: { topDonors: ['sweden'], previousTopDonors: [] },
    });
  });

  it('totals the seeded deposits at USD 1,560,808.00 exactly', () => {
    const state = seeded.reduce(fundDecider.evolve, fundDecider.initialState());
    expect(formatAmount(state.depositedUsd)).toBe('1560808.00');
    expect(formatAmount(state.administrativeAgentFees)).toBe('15608.08');
  });

  it('recomposes the committee when a deposit changes the ranking, and not when it does not', () => {
    given(seeded)
      .when(deposit('norway-2', 'norway', 'NOK', '10.00', '1.00'))
      .then([expect.objectContaining({ type: 'DepositRecorded' }) as never]);
    const events = given(seeded)
      .when(deposit('nl-1', 'netherlands', 'EUR', '500000.00', '590000.00', '2020-06-30'))
      .thenEvents();
    expect(events[1]).toMatchObject({
      type: 'SteeringCommitteeRecomposed',
      data: {
        topDonors: ['sweden', 'united-kingdom', 'netherlands'],
        previousTopDonors: ['sweden', 'united-kingdom', 'norway'],
      },
    });
    expect((events[1].data as { votingMembers: string[] }).votingMembers).toEqual([
      'European Union',
      'France',
      'Germany',
      'Sweden',
      'United Kingdom',
      'Netherlands',
      'UNDP',
      'UNODC',
    ]);
  });

  it('refuses a USD amount that does not agree with the given rate, and lists every problem', () => {
    const error = given(donors)
      .when({ ...deposit('x', 'nobody', 'XXX', '-5', '10.001'), rateDate: 'yesterday', rateSource: ' ' } as FundCommand)
      .thenThrows(InvalidInput) as InvalidInput;
    expect(error.problems.map((problem) => problem.path).sort()).toEqual([
      'amount',
      'currency',
      'donorId',
      'rateDate',
      'rateSource',
      'usdAmount',
    ]);
    given(donors)
      .when({ ...deposit('s', 'sweden', 'SEK', '7000000', '724300'), rate: '0.2' } as FundCommand)
      .thenThrows(InvalidInput, /does not agree/);
  });

  it('keeps pledges apart from deposits and refuses a deposit above what is left of the pledge', () => {
    const pledge: FundCommand = {
      type: 'RecordPledge',
      pledgeId: 'de-1',
      donorId: 'germany',
      currency: 'EUR',
      amount: '3000000',
      pledgedOn: '2020-11-26',
    };
    const events = history([pledge]);
    const state = events.reduce(fundDecider.evolve, fundDecider.initialState());
    expect(state.depositedUsd).toBe(0n);
    given(events)
      .when({ ...deposit('de-d1', 'germany', 'EUR', '3000000.01', '3500000'), pledgeId: 'de-1' } as FundCommand)
      .thenThrows(StateConflict, /pledge/);
  });

  it('makes a transfer within balance and budget, with the indirect costs inside it', () => {
    given(seeded)
      .when(transfer('107000.00'))
      .then([
        {
          type: 'TransferMade',
          data: {
            transferId: 't-1',
            projectId: 'p-1',
            recipient: 'UNDP',
            usdAmount: '107000.00',
            indirectCostRate: '0.07',
            indirectCosts: '7000.00',
            transferredOn: '2021-01-15',
          },
        },
      ]);
  });

  it('refuses every transfer the rules forbid, with a clear reason', () => {
    given(seeded)
      .when(transfer('100', 'SEESAC'))
      .thenThrows(StateConflict, /Secretariat \(SEESAC\) can never receive/);
    given(seeded)
      .when(transfer('100', 'INTERPOL'))
      .thenThrows(StateConflict, /not a participating organization/);
    given(seeded)
      .when(transfer('100', 'UNDP', { ...approved, status: 'proposed' }))
      .thenThrows(StateConflict, /not approved/);
    given(seeded)
      .when(transfer('100', 'UNDP', { exists: false }))
      .thenThrows(NotFound);
    given(seeded)
      .when(transfer('100', 'UNODC'))
      .thenThrows(StateConflict, /go to its participating organization UNDP/);
    given(seeded)
      .when(transfer('500000.01'))
      .thenThrows(StateConflict, /approved budget/);
    const big = { ...approved, approvedBudgetUsd: '9000000.00' };
    given(seeded)
      .when(transfer('1545199.93', 'UNDP', big))
      .thenThrows(StateConflict, /available balance of USD 1545199\.92/);
    given(history([transfer('400000')], seeded))
      .when(transfer('100000.01', 'UNDP', approved, 't-2'))
      .thenThrows(StateConflict, /100000\.00 left/);
  });

  it('records a refund that returns money to the balance, never more than was transferred', () => {
    const withTransfer = [
      ...seeded,
      ...fundDecider.decide(transfer('1000'), seeded.reduce(fundDecider.evolve, fundDecider.initialState())),
    ];
    const refund: FundCommand = {
      type: 'RecordRefund',
      refundId: 'r-1',
      projectId: 'p-1',
      organization: 'UNDP',
      usdAmount: '1000.01',
      refundedOn: '2022-01-01',
      reason: 'unspent',
    };
    given(withTransfer)
      .when(refund)
      .thenThrows(StateConflict, /exceeds/);
    given(withTransfer)
      .when({ ...refund, usdAmount: '200' } as FundCommand)
      .then([
        {
          type: 'RefundRecorded',
          data: {
            refundId: 'r-1',
            projectId: 'p-1',
            organization: 'UNDP',
            usdAmount: '200.00',
            refundedOn: '2022-01-01',
            reason: 'unspent',
          },
        },
      ]);
  });

  it('sets configurable fee rates that apply to later deposits', () => {
    const events = history([
      { type: 'SetFeeRates', administrativeAgentFeeRate: '0.02', indirectCostRate: '0.08', setBy: 'aa' },
    ]);
    const [recorded] = given(events)
      .when(deposit('n', 'norway', 'USD', '100', '100'))
      .thenEvents();
    expect(recorded.data).toMatchObject({ administrativeAgentFeeRate: '0.02', administrativeAgentFee: '2.00' });
    given(donors)
      .when({ type: 'SetFeeRates', administrativeAgentFeeRate: '1.5', indirectCostRate: 'x', setBy: 'aa' })
      .thenThrows(InvalidInput);
  });
});

describe('ex officio membership (from the governance, 004)', () => {
  it('seats Germany, France and the EU ex officio whatever a registration said, and UK, Netherlands, Sweden as the top three (004)', () => {
    // A donor registered before the governance decided, with a caller's flag: Sweden "ex officio", the EU not.
    const legacy = [
      donor('germany', 'Germany', true),
      donor('france', 'France', true),
      donor('european-union', 'European Union', false),
      donor('sweden', 'Sweden', true),
      donor('united-kingdom', 'United Kingdom'),
      donor('norway', 'Norway'),
      donor('netherlands', 'Netherlands'),
    ];
    const events = history(
      [
        deposit('sweden-1', 'sweden', 'SEK', '7000000.00', '724300.00'),
        deposit('uk-1', 'united-kingdom', 'GBP', '500000.00', '651550.00'),
        deposit('norway-1', 'norway', 'NOK', '1670000.00', '184958.00'),
        deposit('nl-1', 'netherlands', 'USD', '200000.00', '200000.00'),
      ],
      legacy,
    );
    const committee = committeeOf(events.reduce(fundDecider.evolve, fundDecider.initialState()));
    expect(committee.members.filter((member) => member.seat === 'ex_officio').map((member) => member.name)).toEqual([
      'European Union',
      'France',
      'Germany',
    ]);
    expect(committee.topDonors).toEqual(['sweden', 'united-kingdom', 'netherlands']);
    expect(committee.members.find((member) => member.name === 'Norway')).toMatchObject({
      seat: 'observer',
      votes: false,
    });
  });

  it('registers a donor without the flag, and refuses a flag that disagrees with the governance', () => {
    expect(given([]).when({ type: 'RegisterDonor', donorId: 'france', name: 'France' }).thenEvents()).toEqual([
      donor('france', 'France', true),
    ]);
    expect(
      given([]).when({ type: 'RegisterDonor', donorId: 'sweden', name: 'Sweden', exOfficio: false }).thenEvents(),
    ).toEqual([donor('sweden', 'Sweden')]);
    const refused = given([])
      .when({ type: 'RegisterDonor', donorId: 'sweden', name: 'Sweden', exOfficio: true })
      .thenThrows(InvalidInput) as InvalidInput;
    expect(refused.problems).toEqual([
      {
        path: 'exOfficio',
        message: `ex officio membership comes from the fund's governance (germany, france, european-union): "sweden" is not one; leave exOfficio out`,
      },
    ]);
  });
});

describe('steering committee (derived from data)', () => {
  const standing = (donorId: string, usd: bigint, firstDepositOn?: string, exOfficio = false) => ({
    donorId,
    name: donorId.toUpperCase(),
    exOfficio,
    depositedUsd: usd,
    firstDepositOn,
  });
  it('seats ex officio members, the top three other donors, the participating organizations; others observe; AA and Secretariat have no vote', () => {
    const composition = steeringCommittee([
      standing('de', 0n, undefined, true),
      standing('a', 300n, '2019-01-01'),
      standing('b', 200n, '2019-01-01'),
      standing('c', 100n, '2019-01-01'),
      standing('d', 50n, '2019-01-01'),
    ]);
    expect(composition.topDonors).toEqual(['a', 'b', 'c']);
    expect(composition.members.map((member) => [member.name, member.seat, member.votes])).toEqual([
      ['DE', 'ex_officio', true],
      ['A', 'top_donor', true],
      ['B', 'top_donor', true],
      ['C', 'top_donor', true],
      ['UNDP', 'participating_organization', true],
      ['UNODC', 'participating_organization', true],
      ['D', 'observer', false],
      ['MPTF Office', 'administrative_agent', false],
      ['SEESAC', 'secretariat', false],
    ]);
  });
  it('breaks ties by the earliest first deposit, then by name, and says so', () => {
    const composition = steeringCommittee([
      standing('z', 100n, '2019-01-01'),
      standing('y', 100n, '2020-01-01'),
      standing('x', 100n, '2020-01-01'),
      standing('w', 100n, '2021-01-01'),
    ]);
    expect(composition.topDonors).toEqual(['z', 'x', 'y']);
    expect(composition.members.find((member) => member.donorId === 'x')!.reason).toMatch(
      /tied with .*earliest first deposit, then name/,
    );
  });
});
