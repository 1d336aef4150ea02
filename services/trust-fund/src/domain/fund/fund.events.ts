import { steeringCommittee, DonorStanding } from '../governance';
import { parseAmount } from '../money';

export const FUND_STREAM = 'fund:roadmap-mptf';
export const DEFAULT_ADMINISTRATIVE_AGENT_FEE_RATE = '0.01';
export const DEFAULT_INDIRECT_COST_RATE = '0.07';

/** Amounts are decimal strings in the currency named next to them (2 minor digits). */
export type FundEvent =
  | { type: 'FeeRatesSet'; data: { administrativeAgentFeeRate: string; indirectCostRate: string; setBy: string } }
  | { type: 'DonorRegistered'; data: { donorId: string; name: string; exOfficio: boolean } }
  | {
      type: 'PledgeRecorded';
      data: { pledgeId: string; donorId: string; currency: string; amount: string; pledgedOn: string; note?: string };
    }
  | {
      type: 'DepositRecorded';
      data: {
        depositId: string;
        donorId: string;
        pledgeId?: string;
        currency: string;
        amount: string;
        usdAmount: string;
        rate: string;
        rateDerived: boolean;
        rateDate: string;
        rateSource: string;
        depositedOn: string;
        administrativeAgentFeeRate: string;
        administrativeAgentFee: string;
        note?: string;
      };
    }
  | {
      type: 'SteeringCommitteeRecomposed';
      data: { topDonors: string[]; previousTopDonors: string[]; votingMembers: string[]; reason: string; causedByDepositId: string };
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
  | { type: 'RefundRecorded'; data: { refundId: string; projectId: string; organization: string; usdAmount: string; refundedOn: string; reason: string } };

export interface Donor {
  donorId: string;
  name: string;
  exOfficio: boolean;
  depositedUsd: bigint;
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
  refundIds: string[];
  depositedUsd: bigint;
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
  refundIds: [],
  depositedUsd: 0n,
  administrativeAgentFees: 0n,
  transferred: 0n,
  refunded: 0n,
  transferredByProject: new Map(),
  refundedByProject: new Map(),
  topDonors: [],
});

const minor = (text: string): bigint => parseAmount(text) ?? 0n;

/** What can still be transferred: deposits less the Administrative Agent's fees and transfers, plus refunds. */
export function availableBalance(state: FundState): bigint {
  return state.depositedUsd - state.administrativeAgentFees - state.transferred + state.refunded;
}

export function donorStandings(state: FundState): DonorStanding[] {
  return [...state.donors.values()].map((donor) => ({ ...donor }));
}

export function evolveFund(state: FundState, event: FundEvent): FundState {
  switch (event.type) {
    case 'FeeRatesSet':
      return { ...state, administrativeAgentFeeRate: event.data.administrativeAgentFeeRate, indirectCostRate: event.data.indirectCostRate };
    case 'DonorRegistered':
      return { ...state, donors: withEntry(state.donors, event.data.donorId, { ...event.data, depositedUsd: 0n }) };
    case 'PledgeRecorded': {
      const { pledgeId, donorId, currency, amount } = event.data;
      return { ...state, pledges: withEntry(state.pledges, pledgeId, { donorId, currency, amount: minor(amount), deposited: 0n }) };
    }
    case 'DepositRecorded': {
      const { depositId, donorId, pledgeId, amount, usdAmount, depositedOn, administrativeAgentFee } = event.data;
      const donor = state.donors.get(donorId)!;
      const pledge = pledgeId ? state.pledges.get(pledgeId) : undefined;
      const pledges = pledge && pledgeId ? withEntry(state.pledges, pledgeId, { ...pledge, deposited: pledge.deposited + minor(amount) }) : state.pledges;
      const firstDepositOn = donor.firstDepositOn && donor.firstDepositOn <= depositedOn ? donor.firstDepositOn : depositedOn;
      return {
        ...state,
        pledges,
        donors: withEntry(state.donors, donorId, { ...donor, depositedUsd: donor.depositedUsd + minor(usdAmount), firstDepositOn }),
        depositIds: [...state.depositIds, depositId],
        depositedUsd: state.depositedUsd + minor(usdAmount),
        administrativeAgentFees: state.administrativeAgentFees + minor(administrativeAgentFee),
      };
    }
    case 'SteeringCommitteeRecomposed':
      return { ...state, topDonors: event.data.topDonors };
    case 'TransferMade': {
      const { transferId, projectId, usdAmount } = event.data;
      return {
        ...state,
        transferIds: [...state.transferIds, transferId],
        transferred: state.transferred + minor(usdAmount),
        transferredByProject: withEntry(state.transferredByProject, projectId, (state.transferredByProject.get(projectId) ?? 0n) + minor(usdAmount)),
      };
    }
    case 'RefundRecorded': {
      const { refundId, projectId, usdAmount } = event.data;
      return {
        ...state,
        refundIds: [...state.refundIds, refundId],
        refunded: state.refunded + minor(usdAmount),
        refundedByProject: withEntry(state.refundedByProject, projectId, (state.refundedByProject.get(projectId) ?? 0n) + minor(usdAmount)),
      };
    }
  }
}

/** A copy of the map with one entry set (state is never changed in place). */
function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> {
  return new Map(map).set(key, value);
}

/** The committee the fund's current data give (pure). */
export function committeeOf(state: FundState) {
  return steeringCommittee(donorStandings(state));
}
