import { steeringCommittee, DonorStanding, isExOfficio } from '../governance';
import { parseAmount } from '../money';

export const FUND_STREAM = 'fund:roadmap-mptf';
export const DEFAULT_ADMINISTRATIVE_AGENT_FEE_RATE = '0.01';
export const DEFAULT_INDIRECT_COST_RATE = '0.07';

/** Amounts are decimal strings in the currency named next to them (2 minor digits). */
/** A deposit as the agent records it; the event adds the rate it used and the agent's fee. */
export type DepositFacts = {
  depositId: string;
  donorId: string;
  pledgeId?: string;
  currency: string;
  amount: string;
  usdAmount: string;
  rateDate: string;
  rateSource: string;
  depositedOn: string;
  note?: string;
};

/** Money a participating organization returned from a project, as the agent records it and the event keeps it. */
export type ProjectRefund = {
  refundId: string;
  projectId: string;
  organization: string;
  usdAmount: string;
  refundedOn: string;
  reason: string;
};

export type FundEvent =
  | { type: 'FeeRatesSet'; data: { administrativeAgentFeeRate: string; indirectCostRate: string; setBy: string } }
  /** `exOfficio` says what the governance made the donor when registered; state reads it from the governance again. */
  | { type: 'DonorRegistered'; data: { donorId: string; name: string; exOfficio: boolean } }
  | {
      type: 'PledgeRecorded';
      data: { pledgeId: string; donorId: string; currency: string; amount: string; pledgedOn: string; note?: string };
    }
  | {
      type: 'DepositRecorded';
      data: DepositFacts & {
        rate: string;
        rateDerived: boolean;
        administrativeAgentFeeRate: string;
        administrativeAgentFee: string;
      };
    }
  | {
      type: 'SteeringCommitteeRecomposed';
      data: {
        topDonors: string[];
        previousTopDonors: string[];
        votingMembers: string[];
        reason: string;
        causedByDepositId: string;
      };
    }
  | {
      type: 'TransferMade';
      data: {
        transferId: string;
        projectId: string;
        recipient: string;
        usdAmount: string;
        indirectCostRate: string;
        indirectCosts: string;
        transferredOn: string;
      };
    }
  | { type: 'RefundRecorded'; data: ProjectRefund }
  /** Interest earned on money the fund holds (`earnedBy: 'fund'`) or returned by a participating organization that earned it. */
  | {
      type: 'InterestRecorded';
      data: { interestId: string; earnedBy: InterestEarner; usdAmount: string; earnedOn: string; note?: string };
    }
  /** The Administrative Agent paid money back to a contributor. */
  | {
      type: 'ContributorRefunded';
      data: { refundId: string; donorId: string; usdAmount: string; refundedOn: string; reason: string };
    };

/** Who earned interest: the fund itself, or a participating organization on the funds transferred to it. */
export type InterestEarner = 'fund' | 'UNDP' | 'UNODC';

export interface Donor {
  donorId: string;
  name: string;
  exOfficio: boolean;
  depositedUsd: bigint;
  /** USD the Administrative Agent refunded to this contributor. */
  refundedUsd: bigint;
  firstDepositOn?: string;
}

export interface Pledge {
  donorId: string;
  currency: string;
  amount: bigint;
  deposited: bigint;
}

export interface FundState {
  administrativeAgentFeeRate: string;
  indirectCostRate: string;
  /** Keyed by donor / pledge / project id: Maps, so an id such as `constructor` finds nothing inherited. */
  donors: ReadonlyMap<string, Donor>;
  pledges: ReadonlyMap<string, Pledge>;
  depositIds: string[];
  transferIds: string[];
  /** The participating organizations the fund has transferred to. */
  recipients: string[];
  refundIds: string[];
  interestIds: string[];
  contributorRefundIds: string[];
  depositedUsd: bigint;
  /** Interest earned by the fund itself. */
  fundInterest: bigint;
  /** Interest received from participating organizations. */
  organizationInterest: bigint;
  refundedToContributors: bigint;
  administrativeAgentFees: bigint;
  transferred: bigint;
  refunded: bigint;
  transferredByProject: ReadonlyMap<string, bigint>;
  refundedByProject: ReadonlyMap<string, bigint>;
  topDonors: string[];
}

export const initialFundState = (): FundState => ({
  administrativeAgentFeeRate: DEFAULT_ADMINISTRATIVE_AGENT_FEE_RATE,
  indirectCostRate: DEFAULT_INDIRECT_COST_RATE,
  donors: new Map(),
  pledges: new Map(),
  depositIds: [],
  transferIds: [],
  recipients: [],
  refundIds: [],
  interestIds: [],
  contributorRefundIds: [],
  depositedUsd: 0n,
  fundInterest: 0n,
  organizationInterest: 0n,
  refundedToContributors: 0n,
  administrativeAgentFees: 0n,
  transferred: 0n,
  refunded: 0n,
  transferredByProject: new Map(),
  refundedByProject: new Map(),
  topDonors: [],
});

const minor = (text: string): bigint => parseAmount(text) ?? 0n;

/**
 * What can still be transferred: deposits and interest, less refunds to contributors, the Administrative Agent's
 * fees (charged on contributions only) and transfers, plus what participating organizations refunded.
 */
export function availableBalance(state: FundState): bigint {
  const sources = state.depositedUsd + state.fundInterest + state.organizationInterest - state.refundedToContributors;
  return sources - state.administrativeAgentFees - state.transferred + state.refunded;
}

export function donorStandings(state: FundState): DonorStanding[] {
  return [...state.donors.values()].map((donor) => ({ ...donor }));
}

export function evolveFund(state: FundState, event: FundEvent): FundState {
  switch (event.type) {
    case 'FeeRatesSet':
      return {
        ...state,
        administrativeAgentFeeRate: event.data.administrativeAgentFeeRate,
        indirectCostRate: event.data.indirectCostRate,
      };
    case 'DonorRegistered':
      // Donors registered before governance decided it may carry a caller's flag: the governance wins.
      return {
        ...state,
        donors: withEntry(state.donors, event.data.donorId, {
          ...event.data,
          exOfficio: isExOfficio(event.data.donorId),
          depositedUsd: 0n,
          refundedUsd: 0n,
        }),
      };
    case 'PledgeRecorded': {
      const { pledgeId, donorId, currency, amount } = event.data;
      return {
        ...state,
        pledges: withEntry(state.pledges, pledgeId, { donorId, currency, amount: minor(amount), deposited: 0n }),
      };
    }
    case 'DepositRecorded': {
      const { depositId, donorId, pledgeId, amount, usdAmount, depositedOn, administrativeAgentFee } = event.data;
      const donor = state.donors.get(donorId)!;
      const pledge = pledgeId ? state.pledges.get(pledgeId) : undefined;
      const pledges =
        pledge && pledgeId
          ? withEntry(state.pledges, pledgeId, { ...pledge, deposited: pledge.deposited + minor(amount) })
          : state.pledges;
      const firstDepositOn =
        donor.firstDepositOn && donor.firstDepositOn <= depositedOn ? donor.firstDepositOn : depositedOn;
      return {
        ...state,
        pledges,
        donors: withEntry(state.donors, donorId, {
          ...donor,
          depositedUsd: donor.depositedUsd + minor(usdAmount),
          firstDepositOn,
        }),
        depositIds: [...state.depositIds, depositId],
        depositedUsd: state.depositedUsd + minor(usdAmount),
        administrativeAgentFees: state.administrativeAgentFees + minor(administrativeAgentFee),
      };
    }
    case 'SteeringCommitteeRecomposed':
      return { ...state, topDonors: event.data.topDonors };
    case 'TransferMade': {
      const { transferId, projectId, usdAmount, recipient } = event.data;
      return {
        ...state,
        transferIds: [...state.transferIds, transferId],
        recipients: state.recipients.includes(recipient) ? state.recipients : [...state.recipients, recipient],
        transferred: state.transferred + minor(usdAmount),
        transferredByProject: addedTo(state.transferredByProject, projectId, minor(usdAmount)),
      };
    }
    case 'RefundRecorded': {
      const { refundId, projectId, usdAmount } = event.data;
      return {
        ...state,
        refundIds: [...state.refundIds, refundId],
        refunded: state.refunded + minor(usdAmount),
        refundedByProject: addedTo(state.refundedByProject, projectId, minor(usdAmount)),
      };
    }
    case 'InterestRecorded': {
      const { interestId, earnedBy, usdAmount } = event.data;
      const interest = { interestIds: [...state.interestIds, interestId] };
      return earnedBy === 'fund'
        ? { ...state, ...interest, fundInterest: state.fundInterest + minor(usdAmount) }
        : { ...state, ...interest, organizationInterest: state.organizationInterest + minor(usdAmount) };
    }
    case 'ContributorRefunded': {
      const { refundId, donorId, usdAmount } = event.data;
      const donor = state.donors.get(donorId)!;
      return {
        ...state,
        contributorRefundIds: [...state.contributorRefundIds, refundId],
        refundedToContributors: state.refundedToContributors + minor(usdAmount),
        donors: withEntry(state.donors, donorId, { ...donor, refundedUsd: donor.refundedUsd + minor(usdAmount) }),
      };
    }
  }
}

/** A copy of the map with one entry set (state is never changed in place). */
function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  return new Map(map).set(key, value);
}

/** The per-project sums with `amount` (minor units) added to the project's. */
function addedTo(sums: ReadonlyMap<string, bigint>, projectId: string, amount: bigint): ReadonlyMap<string, bigint> {
  return withEntry(sums, projectId, (sums.get(projectId) ?? 0n) + amount);
}

/** The committee the fund's current data give (pure). */
export function committeeOf(state: FundState) {
  return steeringCommittee(donorStandings(state));
}
