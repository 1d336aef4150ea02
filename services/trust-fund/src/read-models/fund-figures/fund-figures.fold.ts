/**
 * The fund's figures as the MPTF Office publishes them (sources and uses), allocations by goal and
 * jurisdiction, and the project pipeline: one document folded from the fund's and the projects'
 * events. Pure: the projector loads the document, folds the new events in, writes it back.
 * Amounts are USD decimal strings (exact; computed with bigint).
 */
import type { TrustfundEvent } from '@salw/contracts';
import { CommitteeMember, DonorStanding, isExOfficio, steeringCommittee } from '../../domain/governance';
import { formatAmount, parseAmount } from '../../domain/money';
import { jurisdictionCode } from '../../domain/project/project.events';

export interface DonorLine {
  name: string;
  exOfficio: boolean;
  depositedUsd: string;
  firstDepositOn?: string;
  deposits: number;
  /** USD the Administrative Agent refunded to the contributor (absent: none). */
  refundedUsd?: string;
  /** USD deposited by year of deposit. */
  byYear: Record<string, string>;
}

export interface PledgeLine {
  donorId: string;
  currency: string;
  pledged: string;
  deposited: string;
  outstanding: string;
  pledgedOn: string;
  note?: string;
}

export interface ProjectLine {
  title?: string;
  leadOrganization?: string;
  coApplicants?: string[];
  status?: string;
  goals?: number[];
  jurisdictions?: string[];
  budgetUsd?: string;
  approvedBudgetUsd?: string;
  transferredUsd: string;
  refundedUsd: string;
  proposedOn?: string;
  decidedOn?: string;
  membersPresent?: string[];
}

/** A deposit as the Administrative Agent booked it: the amount in the currency deposited and the USD booked. */
export interface DepositLine {
  donorId: string;
  currency: string;
  amount: string;
  usdAmount: string;
  rate: string;
  rateDerived: boolean;
  depositedOn: string;
}

/** A recomposition of the Steering Committee: the deposit that caused it, why, and the committee after it. */
export interface RecompositionLine {
  causedByDepositId: string;
  /** The date of the deposit that changed the ranking. */
  recomposedOn?: string;
  reason: string;
  topDonors: string[];
  previousTopDonors: string[];
  members: CommitteeMember[];
}

export interface FundFigures {
  currency: 'USD';
  administrativeAgentFeeRate: string;
  indirectCostRate: string;
  donors: Record<string, DonorLine>;
  depositsByYear: Record<string, string>;
  pledges: Record<string, PledgeLine>;
  depositedUsd: string;
  administrativeAgentFees: string;
  transferred: string;
  indirectCosts: string;
  refunds: string;
  /** Interest the fund earned (absent on figures folded before interest was recorded: none). */
  fundInterest?: string;
  /** Interest received from participating organizations, by organization. */
  organizationInterest?: Record<string, string>;
  /** Refunds by the Administrative Agent to contributors. */
  refundsToContributors?: string;
  allocatedToApprovedProjects: string;
  availableBalance: string;
  projects: Record<string, ProjectLine>;
  byGoal: Record<string, string>;
  byJurisdiction: Record<string, string>;
  /** The last SteeringCommitteeRecomposed fact (top donor ids, reason). */
  committee?: { topDonors: string[]; reason: string };
  /** Every deposit by id (absent on figures folded before deposits were kept one by one). */
  depositLines?: Record<string, DepositLine>;
  /** Every recomposition, oldest first (absent on figures folded before the history was kept). */
  recompositions?: RecompositionLine[];
}

export const emptyFigures = (): FundFigures => ({
  currency: 'USD',
  administrativeAgentFeeRate: '0.01',
  indirectCostRate: '0.07',
  donors: {},
  depositsByYear: {},
  pledges: {},
  depositedUsd: '0.00',
  administrativeAgentFees: '0.00',
  transferred: '0.00',
  indirectCosts: '0.00',
  refunds: '0.00',
  fundInterest: '0.00',
  organizationInterest: {},
  refundsToContributors: '0.00',
  allocatedToApprovedProjects: '0.00',
  availableBalance: '0.00',
  projects: {},
  byGoal: {},
  byJurisdiction: {},
  depositLines: {},
  recompositions: [],
});

/** An event of the fund's topic, its payload decoded as the generated message (@salw/contracts' trustfundEvents). */
export type FoldableEvent = TrustfundEvent;

const m = (text: string | undefined): bigint => parseAmount(text ?? '0') ?? 0n;
const add = (a: string | undefined, b: string | undefined) => formatAmount(m(a) + m(b));
const sub = (a: string | undefined, b: string | undefined) => formatAmount(m(a) - m(b));

/**
 * The figures are a stored document whose maps are keyed by ids and years: read an entry only when
 * it is the map's own (`constructor` must find nothing), write it as an own property (`__proto__`
 * must not replace the prototype).
 */
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

function put<T>(map: Record<string, T>, key: string, value: T): T {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

function project(figures: FundFigures, id: string): ProjectLine {
  return own(figures.projects, id) ?? put(figures.projects, id, { transferredUsd: '0.00', refundedUsd: '0.00' });
}

/** Interest received from participating organizations, all of them. */
export function organizationInterestTotal(figures: FundFigures): bigint {
  return Object.values(figures.organizationInterest ?? {}).reduce((sum, usd) => sum + m(usd), 0n);
}

/** Sources (contributions, interest, less refunds to contributors) less uses (fees, net funded): what the Administrative Agent holds. */
function balance(figures: FundFigures) {
  const sources =
    m(figures.depositedUsd) +
    m(figures.fundInterest) +
    organizationInterestTotal(figures) -
    m(figures.refundsToContributors);
  figures.availableBalance = formatAmount(
    sources - m(figures.administrativeAgentFees) - m(figures.transferred) + m(figures.refunds),
  );
}

/** Folds one event into the figures (mutates the given copy). */
export function foldFigures(figures: FundFigures, event: FoldableEvent): FundFigures {
  const { type, payload: data } = event;
  switch (type) {
    case 'FeeRatesSet':
      figures.administrativeAgentFeeRate = data.administrativeAgentFeeRate;
      figures.indirectCostRate = data.indirectCostRate;
      break;
    case 'DonorRegistered':
      put(figures.donors, data.donorId, {
        name: data.name,
        exOfficio: isExOfficio(data.donorId),
        depositedUsd: '0.00',
        deposits: 0,
        byYear: {},
      });
      break;
    case 'PledgeRecorded':
      put(figures.pledges, data.pledgeId, {
        donorId: data.donorId,
        currency: data.currency,
        pledged: data.amount,
        deposited: '0.00',
        outstanding: data.amount,
        pledgedOn: data.pledgedOn,
        ...(data.note ? { note: data.note } : {}),
      });
      break;
    case 'DepositRecorded': {
      const donor = own(figures.donors, data.donorId);
      const year = data.depositedOn.slice(0, 4);
      if (donor) {
        put(donor.byYear, year, add(own(donor.byYear, year), data.usdAmount));
        donor.depositedUsd = add(donor.depositedUsd, data.usdAmount);
        donor.deposits += 1;
        const on = data.depositedOn;
        if (!donor.firstDepositOn || on < donor.firstDepositOn) donor.firstDepositOn = on;
      }
      put(figures.depositsByYear, year, add(own(figures.depositsByYear, year), data.usdAmount));
      const pledge = data.pledgeId ? own(figures.pledges, data.pledgeId) : undefined;
      if (pledge) {
        pledge.deposited = add(pledge.deposited, data.amount);
        pledge.outstanding = sub(pledge.pledged, pledge.deposited);
      }
      figures.depositLines ??= {};
      put(figures.depositLines, data.depositId, {
        donorId: data.donorId,
        currency: data.currency,
        amount: data.amount,
        usdAmount: data.usdAmount,
        rate: data.rate,
        rateDerived: data.rateDerived,
        depositedOn: data.depositedOn,
      });
      figures.depositedUsd = add(figures.depositedUsd, data.usdAmount);
      figures.administrativeAgentFees = add(figures.administrativeAgentFees, data.administrativeAgentFee);
      break;
    }
    case 'SteeringCommitteeRecomposed': {
      figures.committee = { topDonors: data.topDonors, reason: data.reason };
      // The deposit that caused it precedes it in the fund's stream: the standings already include it.
      const cause = own(figures.depositLines ?? {}, data.causedByDepositId);
      figures.recompositions ??= [];
      figures.recompositions.push({
        causedByDepositId: data.causedByDepositId,
        ...(cause ? { recomposedOn: cause.depositedOn } : {}),
        reason: data.reason,
        topDonors: data.topDonors,
        previousTopDonors: data.previousTopDonors,
        members: steeringCommittee(standingsOf(figures)).members,
      });
      break;
    }
    case 'TransferMade': {
      const line = project(figures, data.projectId);
      line.transferredUsd = add(line.transferredUsd, data.usdAmount);
      figures.transferred = add(figures.transferred, data.usdAmount);
      figures.indirectCosts = add(figures.indirectCosts, data.indirectCosts);
      break;
    }
    case 'RefundRecorded': {
      const line = project(figures, data.projectId);
      line.refundedUsd = add(line.refundedUsd, data.usdAmount);
      figures.refunds = add(figures.refunds, data.usdAmount);
      break;
    }
    case 'InterestRecorded':
      if (data.earnedBy === 'fund') figures.fundInterest = add(figures.fundInterest, data.usdAmount);
      else {
        figures.organizationInterest ??= {};
        put(
          figures.organizationInterest,
          data.earnedBy,
          add(own(figures.organizationInterest, data.earnedBy), data.usdAmount),
        );
      }
      break;
    case 'ContributorRefunded': {
      const donor = own(figures.donors, data.donorId);
      if (donor) donor.refundedUsd = add(donor.refundedUsd, data.usdAmount);
      figures.refundsToContributors = add(figures.refundsToContributors, data.usdAmount);
      break;
    }
    case 'ProjectProposed': {
      const line = project(figures, data.projectId);
      Object.assign(line, {
        title: data.title,
        leadOrganization: data.leadOrganization,
        coApplicants: data.coApplicants,
        goals: data.goals,
        jurisdictions: data.jurisdictions.map(jurisdictionCode),
        budgetUsd: data.budgetUsd,
        proposedOn: data.proposedOn,
        status: line.status ?? 'proposed',
      });
      break;
    }
    case 'ProjectApproved': {
      const line = project(figures, data.projectId);
      line.status = 'approved';
      line.approvedBudgetUsd = data.approvedBudgetUsd;
      line.decidedOn = data.decidedOn;
      line.membersPresent = data.membersPresent;
      figures.allocatedToApprovedProjects = add(figures.allocatedToApprovedProjects, data.approvedBudgetUsd);
      // The proposal precedes the approval in the project's own stream, so goals and jurisdictions are known.
      for (const goal of line.goals ?? [])
        put(figures.byGoal, `goal-${goal}`, add(own(figures.byGoal, `goal-${goal}`), data.approvedBudgetUsd));
      for (const place of line.jurisdictions ?? [])
        put(figures.byJurisdiction, place, add(own(figures.byJurisdiction, place), data.approvedBudgetUsd));
      break;
    }
    case 'ProjectRejected': {
      const line = project(figures, data.projectId);
      line.status = 'rejected';
      line.decidedOn = data.decidedOn;
      line.membersPresent = data.membersPresent;
      break;
    }
    case 'ProjectImplementationStarted':
      project(figures, data.projectId).status = 'under_implementation';
      break;
    case 'ProjectCompleted':
      project(figures, data.projectId).status = 'completed';
      break;
  }
  balance(figures);
  return figures;
}

/** Donors as the committee function needs them. */
export function standingsOf(figures: FundFigures): DonorStanding[] {
  return Object.entries(figures.donors).map(([donorId, line]) => ({
    donorId,
    name: line.name,
    // From the governance, also for figures folded before it decided (a caller's flag then).
    exOfficio: isExOfficio(donorId),
    depositedUsd: m(line.depositedUsd),
    ...(line.firstDepositOn ? { firstDepositOn: line.firstDepositOn } : {}),
  }));
}

/** The project pipeline: projects by stage, with counts and USD. */
export function pipelineOf(figures: FundFigures) {
  const stages = ['proposed', 'approved', 'under_implementation', 'completed', 'rejected'] as const;
  return Object.fromEntries(
    stages.map((stage) => {
      const projects = Object.entries(figures.projects)
        .filter(([, line]) => line.status === stage)
        .map(([projectId, line]) => ({ projectId, ...line }))
        .sort((a, b) => (a.projectId < b.projectId ? -1 : 1));
      const usd = projects.reduce((sum, line) => sum + m(line.approvedBudgetUsd ?? line.budgetUsd), 0n);
      return [stage, { count: projects.length, budgetUsd: formatAmount(usd), projects }];
    }),
  );
}

/**
 * The sources and uses of funds line by line, in the words of the MPTF Office's financial reports: sources are
 * contributions, interest (the fund's own and that received from participating organizations) less refunds to
 * contributors; uses are the net funded amount (transfers less refunds received from participating organizations)
 * and the Administrative Agent's fees; the balance is what the Administrative Agent holds. Outflows are negative.
 */
export function sourcesAndUses(figures: FundFigures): { line: string; usd: string }[] {
  const contributions = m(figures.depositedUsd);
  const fundInterest = m(figures.fundInterest);
  const organizationInterest = organizationInterestTotal(figures);
  const refundsToContributors = m(figures.refundsToContributors);
  const sources = contributions + fundInterest + organizationInterest - refundsToContributors;
  const netFunded = m(figures.transferred) - m(figures.refunds);
  const uses = netFunded + m(figures.administrativeAgentFees);
  const line = (text: string, usd: bigint) => ({ line: text, usd: formatAmount(usd) });
  return [
    line('Contributions from donors', contributions),
    line('Fund earned interest and investment income', fundInterest),
    line('Interest income received from Participating Organizations', organizationInterest),
    line('Refunds by Administrative Agent to Contributors', -refundsToContributors),
    line('Total: sources of funds', sources),
    line('Transfers to Participating Organizations', m(figures.transferred)),
    line('Refunds received from Participating Organizations', -m(figures.refunds)),
    line('Net funded amount', netFunded),
    line('Administrative Agent fees', m(figures.administrativeAgentFees)),
    line('Total: uses of funds', uses),
    line('Balance of funds available with the Administrative Agent', sources - uses),
  ];
}

const sum = (amounts: (string | undefined)[]) => formatAmount(amounts.reduce((total, amount) => total + m(amount), 0n));
const descending = (a: bigint, b: bigint) => (a === b ? 0 : a > b ? -1 : 1);
const byKey = <T>(rows: Map<string, T>) =>
  [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);

/**
 * Contributions by donor and year: each deposit in the currency deposited with the USD booked, and per
 * year the amounts by original currency (currencies are never added together) and the USD total.
 */
export function contributionsOf(figures: FundFigures) {
  const deposits = Object.entries(figures.depositLines ?? {}).map(([depositId, line]) => ({ depositId, ...line }));
  return Object.entries(figures.donors)
    .filter(([, donor]) => donor.deposits > 0)
    .map(([donorId, donor]) => {
      const theirs = deposits
        .filter((line) => line.donorId === donorId)
        .sort((a, b) => (a.depositedOn < b.depositedOn ? -1 : a.depositedOn > b.depositedOn ? 1 : 0));
      const years = [...new Set(theirs.map((line) => line.depositedOn.slice(0, 4)))].sort();
      return {
        donorId,
        donor: donor.name,
        usd: donor.depositedUsd,
        byYear: years.map((year) => {
          const inYear = theirs.filter((line) => line.depositedOn.startsWith(year));
          const currencies = [...new Set(inYear.map((line) => line.currency))].sort();
          return {
            year: Number(year),
            usd: sum(inYear.map((line) => line.usdAmount)),
            original: currencies.map((currency) => {
              const lines = inYear.filter((line) => line.currency === currency);
              return {
                currency,
                amount: sum(lines.map((line) => line.amount)),
                usd: sum(lines.map((line) => line.usdAmount)),
              };
            }),
          };
        }),
        deposits: theirs.map(({ donorId: _donor, ...line }) => line),
      };
    })
    .sort((a, b) => descending(m(a.usd), m(b.usd)) || (a.donor < b.donor ? -1 : 1));
}

interface FundedRow {
  approvedUsd: bigint;
  transferredUsd: bigint;
  refundedUsd: bigint;
}

const fundedRow = (row: FundedRow) => ({
  approvedUsd: formatAmount(row.approvedUsd),
  transferredUsd: formatAmount(row.transferredUsd),
  refundedUsd: formatAmount(row.refundedUsd),
  netTransferredUsd: formatAmount(row.transferredUsd - row.refundedUsd),
});

/**
 * USD approved, transferred and refunded per Roadmap goal, per jurisdiction and per goal and jurisdiction,
 * from the projects (a project counts in full in each of its goals and jurisdictions: rows overlap).
 */
export function fundingByGoalOf(figures: FundFigures) {
  const goals = new Map<string, FundedRow & { goal: number }>();
  const places = new Map<string, FundedRow & { jurisdiction: string }>();
  const pairs = new Map<string, FundedRow & { goal: number; jurisdiction: string }>();
  const count = (row: FundedRow, line: ProjectLine) => {
    row.approvedUsd += m(line.approvedBudgetUsd);
    row.transferredUsd += m(line.transferredUsd);
    row.refundedUsd += m(line.refundedUsd);
  };
  const zero = (): FundedRow => ({ approvedUsd: 0n, transferredUsd: 0n, refundedUsd: 0n });
  for (const line of Object.values(figures.projects)) {
    if (!line.approvedBudgetUsd) continue; // proposed or rejected: nothing approved, nothing transferable
    const jurisdictions = line.jurisdictions ?? [];
    for (const goal of line.goals ?? []) {
      const key = String(goal).padStart(4, '0');
      count(goals.get(key) ?? goals.set(key, { goal, ...zero() }).get(key)!, line);
      for (const jurisdiction of jurisdictions) {
        const pair = `${key}:${jurisdiction}`;
        count(pairs.get(pair) ?? pairs.set(pair, { goal, jurisdiction, ...zero() }).get(pair)!, line);
      }
    }
    for (const jurisdiction of jurisdictions)
      count(places.get(jurisdiction) ?? places.set(jurisdiction, { jurisdiction, ...zero() }).get(jurisdiction)!, line);
  }
  return {
    byGoal: byKey(goals).map(({ goal, ...row }) => ({ goal, ...fundedRow(row) })),
    byJurisdiction: byKey(places).map(({ jurisdiction, ...row }) => ({ jurisdiction, ...fundedRow(row) })),
    byGoalAndJurisdiction: byKey(pairs).map(({ goal, jurisdiction, ...row }) => ({
      goal,
      jurisdiction,
      ...fundedRow(row),
    })),
  };
}
