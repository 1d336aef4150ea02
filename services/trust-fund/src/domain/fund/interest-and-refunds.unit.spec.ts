import { InvalidInput, StateConflict } from '@salw/decider';
import { trustfundEvents } from '@salw/contracts';
import { emptyFigures, foldFigures, sourcesAndUses } from '../../read-models/fund-figures/fund-figures.fold';
import { fundDecider, FundCommand } from './fund.decider';
import { availableBalance, FundEvent, FundState } from './fund.events';

// The first contributions as the seeds publish them (000): SEK 7 million = $724,300; GBP 500,000 = $651,550;
// NOK 1.67 million = $184,958. The seeds give no interest nor refund figures: the amounts of those below are
// the test's own, chosen to make every line of the statement differ.
const setup: FundCommand[] = [
  { type: 'RegisterDonor', donorId: 'sweden', name: 'Sweden' },
  { type: 'RegisterDonor', donorId: 'united-kingdom', name: 'United Kingdom' },
  { type: 'RegisterDonor', donorId: 'norway', name: 'Norway' },
  {
    type: 'RecordDeposit',
    depositId: 'sweden-1',
    donorId: 'sweden',
    currency: 'SEK',
    amount: '7000000.00',
    usdAmount: '724300.00',
    rateDate: '2019-12-31',
    rateSource: 'MPTF Office',
    depositedOn: '2019-12-31',
  },
  {
    type: 'RecordDeposit',
    depositId: 'united-kingdom-1',
    donorId: 'united-kingdom',
    currency: 'GBP',
    amount: '500000.00',
    usdAmount: '651550.00',
    rateDate: '2019-12-31',
    rateSource: 'MPTF Office',
    depositedOn: '2019-12-31',
  },
  {
    type: 'RecordDeposit',
    depositId: 'norway-1',
    donorId: 'norway',
    currency: 'NOK',
    amount: '1670000.00',
    usdAmount: '184958.00',
    rateDate: '2019-12-31',
    rateSource: 'MPTF Office',
    depositedOn: '2019-12-31',
  },
];

function play(
  commands: FundCommand[],
  from: { state: FundState; events: FundEvent[] } = { state: fundDecider.initialState(), events: [] },
) {
  let { state } = from;
  const events = [...from.events];
  for (const command of commands) {
    for (const event of fundDecider.decide(command, state)) {
      events.push(event);
      state = fundDecider.evolve(state, event);
    }
  }
  return { state, events };
}
const funded = play(setup);
const transferToUndp: FundCommand = {
  type: 'MakeTransfer',
  transferId: 'transfer-1',
  projectId: 'evidence-rooms',
  recipient: 'UNDP',
  usdAmount: '500000.00',
  transferredOn: '2020-12-15',
  project: { exists: true, status: 'approved', leadOrganization: 'UNDP', approvedBudgetUsd: '500000.00' },
};
const problemsOf = (command: FundCommand, state = funded.state) => {
  try {
    fundDecider.decide(command, state);
  } catch (error) {
    if (error instanceof InvalidInput) return error.problems;
    throw error;
  }
  throw new Error('expected InvalidInput');
};

describe('interest earned by the fund and by participating organizations', () => {
  it("adds the fund's interest and UNDP's to what can be transferred, exactly, fees untouched", () => {
    // 1,560,808.00 deposited; 1% fee on each deposit: 7,243.00 + 6,515.50 + 1,849.58 = 15,608.08.
    expect(availableBalance(funded.state)).toBe(154519992n);
    const after = play(
      [
        {
          type: 'RecordInterest',
          interestId: 'interest-2020-fund',
          earnedBy: 'fund',
          usdAmount: '1520.35',
          earnedOn: '2020-12-31',
        },
        transferToUndp,
        {
          type: 'RecordInterest',
          interestId: 'interest-2021-undp',
          earnedBy: 'UNDP',
          usdAmount: '210.07',
          earnedOn: '2021-12-31',
        },
      ],
      funded,
    );
    expect(after.state.fundInterest).toBe(152035n);
    expect(after.state.organizationInterest).toBe(21007n);
    expect(after.state.administrativeAgentFees).toBe(1560808n);
    // 1,545,199.92 + 1,520.35 − 500,000.00 + 210.07 = 1,046,930.34
    expect(availableBalance(after.state)).toBe(104693034n);
  });

  it('refuses interest from the Secretariat or anyone but the fund, UNDP and UNODC, naming every problem', () => {
    expect(
      problemsOf({
        type: 'RecordInterest',
        interestId: 'Bad',
        earnedBy: 'SEESAC',
        usdAmount: '0.00',
        earnedOn: '2020-13-01',
      }),
    ).toEqual([
      { path: 'interestId', message: expect.any(String) },
      { path: 'usdAmount', message: 'must be greater than zero' },
      { path: 'earnedOn', message: expect.any(String) },
      {
        path: 'earnedBy',
        message:
          'the Secretariat (SEESAC) holds no fund money, so it earns no interest for the fund: "fund", "UNDP" or "UNODC"',
      },
    ]);
    expect(
      problemsOf({
        type: 'RecordInterest',
        interestId: 'i-osce',
        earnedBy: 'OSCE',
        usdAmount: '1.00',
        earnedOn: '2020-12-31',
      }),
    ).toEqual([
      {
        path: 'earnedBy',
        message: 'must be "fund" (interest the fund earned) or a participating organization (UNDP, UNODC), not "OSCE"',
      },
    ]);
  });

  it('refuses interest from a participating organization the fund never transferred to, and the same entry twice', () => {
    expect(() =>
      fundDecider.decide(
        { type: 'RecordInterest', interestId: 'i-unodc', earnedBy: 'UNODC', usdAmount: '5.00', earnedOn: '2021-12-31' },
        funded.state,
      ),
    ).toThrow(
      new StateConflict(
        "UNODC has received no transfer from the fund: it cannot have earned interest on the fund's money",
      ),
    );
    const once = play(
      [{ type: 'RecordInterest', interestId: 'i-1', earnedBy: 'fund', usdAmount: '5.00', earnedOn: '2021-12-31' }],
      funded,
    );
    expect(() =>
      fundDecider.decide(
        { type: 'RecordInterest', interestId: 'i-1', earnedBy: 'fund', usdAmount: '5.00', earnedOn: '2021-12-31' },
        once.state,
      ),
    ).toThrow(StateConflict);
  });
});

describe('refunds by the Administrative Agent to contributors', () => {
  it('returns money to Norway, lowering the balance and what Norway can still be refunded', () => {
    const after = play(
      [
        {
          type: 'RefundContributor',
          refundId: 'refund-norway-1',
          donorId: 'norway',
          usdAmount: '84958.00',
          refundedOn: '2021-06-30',
          reason: 'unprogrammed balance',
        },
      ],
      funded,
    );
    expect(after.events.at(-1)).toEqual({
      type: 'ContributorRefunded',
      data: {
        refundId: 'refund-norway-1',
        donorId: 'norway',
        usdAmount: '84958.00',
        refundedOn: '2021-06-30',
        reason: 'unprogrammed balance',
      },
    });
    expect(availableBalance(after.state)).toBe(154519992n - 8495800n);
    expect(() =>
      fundDecider.decide(
        {
          type: 'RefundContributor',
          refundId: 'refund-norway-2',
          donorId: 'norway',
          usdAmount: '100000.01',
          refundedOn: '2021-07-01',
          reason: 'more',
        },
        after.state,
      ),
    ).toThrow(
      new StateConflict(
        'Refund of USD 100000.01 to Norway exceeds what it deposited and was not refunded: USD 184958.00 deposited, USD 84958.00 refunded, USD 100000.00 left',
      ),
    );
  });

  it('refuses a refund above the available balance, to an unknown contributor, or without a reason', () => {
    const spent = play(
      [
        {
          ...transferToUndp,
          usdAmount: '1400000.00',
          project: { exists: true, status: 'approved', leadOrganization: 'UNDP', approvedBudgetUsd: '1400000.00' },
        },
      ],
      funded,
    );
    expect(() =>
      fundDecider.decide(
        {
          type: 'RefundContributor',
          refundId: 'r-sweden',
          donorId: 'sweden',
          usdAmount: '724300.00',
          refundedOn: '2021-06-30',
          reason: 'closure',
        },
        spent.state,
      ),
    ).toThrow(new StateConflict("Refund of USD 724300.00 exceeds the fund's available balance of USD 145199.92"));
    expect(
      problemsOf({
        type: 'RefundContributor',
        refundId: 'r-x',
        donorId: 'japan',
        usdAmount: '1.00',
        refundedOn: '2021-06-30',
        reason: ' ',
      }),
    ).toEqual([
      // An unknown contributor is a reference to state (alone it would be a 409); with the blank reason, one 400 names both.
      { path: 'donorId', message: 'unknown donor "japan"; only a registered contributor is refunded', state: true },
      { path: 'reason', message: 'must say why the contributor is refunded' },
    ]);
  });
});

describe("the sources-and-uses statement, in the MPTF Office's lines", () => {
  it('balances: sources less uses is the balance the fund aggregate computes', () => {
    const after = play(
      [
        {
          type: 'RecordInterest',
          interestId: 'interest-2020-fund',
          earnedBy: 'fund',
          usdAmount: '1520.35',
          earnedOn: '2020-12-31',
        },
        transferToUndp,
        {
          type: 'RecordInterest',
          interestId: 'interest-2021-undp',
          earnedBy: 'UNDP',
          usdAmount: '210.07',
          earnedOn: '2021-12-31',
        },
        {
          type: 'RecordRefund',
          refundId: 'r-undp',
          projectId: 'evidence-rooms',
          organization: 'UNDP',
          usdAmount: '4000.00',
          refundedOn: '2022-03-01',
          reason: 'unspent',
        },
        {
          type: 'RefundContributor',
          refundId: 'refund-norway-1',
          donorId: 'norway',
          usdAmount: '84958.00',
          refundedOn: '2022-06-30',
          reason: 'unprogrammed balance',
        },
      ],
      funded,
    );
    const figures = after.events.reduce(
      (doc, event) =>
        foldFigures(doc, trustfundEvents.decode({ type: event.type, schemaVersion: 1, payload: event.data })!),
      emptyFigures(),
    );
    expect(sourcesAndUses(figures)).toEqual([
      { line: 'Contributions from donors', usd: '1560808.00' },
      { line: 'Fund earned interest and investment income', usd: '1520.35' },
      { line: 'Interest income received from Participating Organizations', usd: '210.07' },
      { line: 'Refunds by Administrative Agent to Contributors', usd: '-84958.00' },
      { line: 'Total: sources of funds', usd: '1477580.42' },
      { line: 'Transfers to Participating Organizations', usd: '500000.00' },
      { line: 'Refunds received from Participating Organizations', usd: '-4000.00' },
      { line: 'Net funded amount', usd: '496000.00' },
      { line: 'Administrative Agent fees', usd: '15608.08' },
      { line: 'Total: uses of funds', usd: '511608.08' },
      { line: 'Balance of funds available with the Administrative Agent', usd: '965972.34' },
    ]);
    expect(figures.availableBalance).toBe('965972.34');
    expect(availableBalance(after.state)).toBe(96597234n);
  });

  it('still reads figures folded before interest and contributor refunds existed (no such fields): zero lines, same balance', () => {
    const old = play([], funded).events.reduce(
      (doc, event) =>
        foldFigures(doc, trustfundEvents.decode({ type: event.type, schemaVersion: 1, payload: event.data })!),
      emptyFigures(),
    );
    delete old.fundInterest;
    delete old.organizationInterest;
    delete old.refundsToContributors;
    const lines = Object.fromEntries(sourcesAndUses(old).map(({ line, usd }) => [line, usd]));
    expect(lines['Fund earned interest and investment income']).toBe('0.00');
    expect(lines['Balance of funds available with the Administrative Agent']).toBe('1545199.92');
  });
});
