import {
  CALENDAR_DATE_MESSAGE,
  Decider,
  InvalidInput,
  isCalendarDate,
  NotFound,
  Problem,
  StateConflict,
  stateProblem,
} from '@salw/decider';
import {
  EX_OFFICIO_MEMBERS,
  isExOfficio,
  isParticipatingOrganization,
  SECRETARIAT,
  votingMembers,
} from '../governance';
import {
  agreesWithRate,
  deriveRate,
  formatAmount,
  indirectPart,
  isCurrency,
  parseAmount,
  parseRate,
  rateText,
  idProblem,
  share,
} from '../money';
import {
  availableBalance,
  committeeOf,
  DepositFacts,
  evolveFund,
  FundEvent,
  FundState,
  initialFundState,
  InterestEarner,
  ProjectRefund,
} from './fund.events';

/** What the controller read from the project stream, for a transfer (the fund decides with these facts). */
export interface ProjectFacts {
  exists: boolean;
  status?: 'proposed' | 'approved' | 'rejected' | 'under_implementation' | 'completed';
  leadOrganization?: string;
  /** USD approved by the Steering Committee, decimal string. */
  approvedBudgetUsd?: string;
}

export type FundCommand =
  | { type: 'SetFeeRates'; administrativeAgentFeeRate: string; indirectCostRate: string; setBy: string }
  /** `exOfficio`, if given, must agree with the fund's governance (kept for older callers; it decides nothing). */
  | { type: 'RegisterDonor'; donorId: string; name: string; exOfficio?: boolean }
  | {
      type: 'RecordPledge';
      pledgeId: string;
      donorId: string;
      currency: string;
      amount: string;
      pledgedOn: string;
      note?: string;
    }
  | ({ type: 'RecordDeposit'; rate?: string } & DepositFacts)
  | {
      type: 'MakeTransfer';
      transferId: string;
      projectId: string;
      recipient: string;
      usdAmount: string;
      transferredOn: string;
      project: ProjectFacts;
    }
  | ({ type: 'RecordRefund' } & ProjectRefund)
  | { type: 'RecordInterest'; interestId: string; earnedBy: string; usdAmount: string; earnedOn: string; note?: string }
  | {
      type: 'RefundContributor';
      refundId: string;
      donorId: string;
      usdAmount: string;
      refundedOn: string;
      reason: string;
    };

class Problems {
  readonly list: Problem[] = [];
  add(path: string, message: string) {
    this.list.push({ path, message });
  }
  /** A reference to something not recorded yet: alone, a 409 (the same request succeeds once it is). */
  missing(path: string, message: string) {
    this.list.push(stateProblem(path, message));
  }
  id(path: string, value: string) {
    const problem = idProblem(value);
    if (problem) this.add(path, problem);
  }
  date(path: string, value: string) {
    if (!isCalendarDate(value)) this.add(path, CALENDAR_DATE_MESSAGE);
  }
  amount(path: string, value: string, positive = true): bigint {
    const parsed = parseAmount(value);
    if (parsed === undefined) this.add(path, 'must be a decimal amount with at most 2 decimals, e.g. "724300.00"');
    else if (positive && parsed === 0n) this.add(path, 'must be greater than zero');
    return parsed ?? 0n;
  }
  rate(path: string, value: string, max1 = true) {
    const parsed = parseRate(value);
    if (!parsed) this.add(path, 'must be a decimal rate, e.g. "0.01"');
    else if (max1 && parsed.units >= 10n ** BigInt(parsed.scale)) this.add(path, 'must be below 1');
    return parsed;
  }
  check() {
    if (this.list.length > 0) throw new InvalidInput(this.list);
  }
}

function decideDeposit(command: Extract<FundCommand, { type: 'RecordDeposit' }>, state: FundState): FundEvent[] {
  const problems = new Problems();
  problems.id('depositId', command.depositId);
  if (!state.donors.has(command.donorId))
    problems.missing('donorId', `unknown donor "${command.donorId}"; register the donor first`);
  if (!isCurrency(command.currency)) problems.add('currency', 'must be one of USD, EUR, GBP, SEK, NOK, CHF');
  const amount = problems.amount('amount', command.amount);
  const usd = problems.amount('usdAmount', command.usdAmount);
  const rate = command.rate === undefined ? undefined : problems.rate('rate', command.rate, false);
  problems.date('rateDate', command.rateDate);
  problems.date('depositedOn', command.depositedOn);
  if (command.rateSource.trim() === '') problems.add('rateSource', 'must name where the rate comes from');
  if (command.currency === 'USD' && amount !== usd) problems.add('usdAmount', 'must equal amount for a USD deposit');
  if (rate && amount > 0n && usd > 0n && !agreesWithRate(amount, usd, rate)) {
    problems.add(
      'usdAmount',
      `does not agree with amount × rate (${command.amount} × ${command.rate}) within one cent plus the rate's rounding`,
    );
  }
  const pledge = command.pledgeId ? state.pledges.get(command.pledgeId) : undefined;
  if (command.pledgeId && !pledge) problems.missing('pledgeId', `unknown pledge "${command.pledgeId}"`);
  // Whose a pledge is and what it is paid in are the fund's state (alone, a 409), as an unknown pledge is.
  if (pledge && pledge.donorId !== command.donorId)
    problems.missing('pledgeId', `pledge "${command.pledgeId}" is not ${command.donorId}'s`);
  if (pledge && pledge.currency !== command.currency)
    problems.missing('currency', `must be the pledge's currency ${pledge.currency}`);
  problems.check();
  if (state.depositIds.includes(command.depositId))
    throw new StateConflict(`Deposit "${command.depositId}" is already recorded`);
  if (pledge && pledge.deposited + amount > pledge.amount) {
    throw new StateConflict(
      `Deposit exceeds what is left of pledge "${command.pledgeId}": ${command.currency} ${formatAmount(pledge.amount - pledge.deposited)} outstanding`,
    );
  }
  const feeRate = parseRate(state.administrativeAgentFeeRate)!;
  const deposit: FundEvent = {
    type: 'DepositRecorded',
    data: {
      depositId: command.depositId,
      donorId: command.donorId,
      ...(command.pledgeId ? { pledgeId: command.pledgeId } : {}),
      currency: command.currency,
      amount: formatAmount(amount),
      usdAmount: formatAmount(usd),
      rate: rate ? rateText(rate) : deriveRate(amount, usd),
      rateDerived: rate === undefined,
      rateDate: command.rateDate,
      rateSource: command.rateSource,
      depositedOn: command.depositedOn,
      administrativeAgentFeeRate: state.administrativeAgentFeeRate,
      administrativeAgentFee: formatAmount(share(usd, feeRate)),
      ...(command.note ? { note: command.note } : {}),
    },
  };
  const after = committeeOf(evolveFund(state, deposit));
  const before = state.topDonors;
  if (after.topDonors.join(',') === before.join(',')) return [deposit];
  const entered = after.topDonors.filter((id) => !before.includes(id));
  const left = before.filter((id) => !after.topDonors.includes(id));
  const reason =
    entered.length || left.length
      ? `deposit ${command.depositId} changed the top three other donors: in ${entered.join(', ') || 'none'}, out ${left.join(', ') || 'none'}`
      : `deposit ${command.depositId} changed the order of the top three other donors`;
  return [
    deposit,
    {
      type: 'SteeringCommitteeRecomposed',
      data: {
        topDonors: after.topDonors,
        previousTopDonors: before,
        votingMembers: votingMembers(after),
        reason,
        causedByDepositId: command.depositId,
      },
    },
  ];
}

function decideTransfer(command: Extract<FundCommand, { type: 'MakeTransfer' }>, state: FundState): FundEvent[] {
  const problems = new Problems();
  problems.id('transferId', command.transferId);
  problems.id('projectId', command.projectId);
  const usd = problems.amount('usdAmount', command.usdAmount);
  problems.date('transferredOn', command.transferredOn);
  problems.check();
  if (state.transferIds.includes(command.transferId))
    throw new StateConflict(`Transfer "${command.transferId}" is already made`);
  if (command.recipient.trim().toUpperCase() === SECRETARIAT) {
    throw new StateConflict('The Secretariat (SEESAC) can never receive project funds from the Trust Fund');
  }
  if (!isParticipatingOrganization(command.recipient)) {
    throw new StateConflict(
      `"${command.recipient}" is not a participating organization (UNDP, UNODC): it cannot receive transfers`,
    );
  }
  const project = command.project;
  if (!project.exists) throw new NotFound(`Project "${command.projectId}" does not exist`);
  if (project.status !== 'approved' && project.status !== 'under_implementation') {
    throw new StateConflict(
      `Project "${command.projectId}" is ${project.status}, not approved by the Steering Committee: no transfer`,
    );
  }
  if (project.leadOrganization !== command.recipient) {
    throw new StateConflict(
      `Transfers for project "${command.projectId}" go to its participating organization ${project.leadOrganization}`,
    );
  }
  const approved = parseAmount(project.approvedBudgetUsd ?? '0') ?? 0n;
  const already =
    (state.transferredByProject.get(command.projectId) ?? 0n) - (state.refundedByProject.get(command.projectId) ?? 0n);
  if (already + usd > approved) {
    throw new StateConflict(
      `Transfer of USD ${formatAmount(usd)} exceeds the project's approved budget: USD ${formatAmount(approved)} approved, USD ${formatAmount(already)} already transferred, USD ${formatAmount(approved - already)} left`,
    );
  }
  const available = availableBalance(state);
  if (usd > available) {
    throw new StateConflict(
      `Transfer of USD ${formatAmount(usd)} exceeds the fund's available balance of USD ${formatAmount(available)}`,
    );
  }
  return [
    {
      type: 'TransferMade',
      data: {
        transferId: command.transferId,
        projectId: command.projectId,
        recipient: command.recipient,
        usdAmount: formatAmount(usd),
        indirectCostRate: state.indirectCostRate,
        indirectCosts: formatAmount(indirectPart(usd, parseRate(state.indirectCostRate)!)),
        transferredOn: command.transferredOn,
      },
    },
  ];
}

/** Interest is earned by the fund on what it holds, or by a participating organization on what it was transferred. */
function decideInterest(command: Extract<FundCommand, { type: 'RecordInterest' }>, state: FundState): FundEvent[] {
  const problems = new Problems();
  problems.id('interestId', command.interestId);
  const usd = problems.amount('usdAmount', command.usdAmount);
  problems.date('earnedOn', command.earnedOn);
  if (command.earnedBy.trim().toUpperCase() === SECRETARIAT) {
    problems.add(
      'earnedBy',
      'the Secretariat (SEESAC) holds no fund money, so it earns no interest for the fund: "fund", "UNDP" or "UNODC"',
    );
  } else if (command.earnedBy !== 'fund' && !isParticipatingOrganization(command.earnedBy)) {
    problems.add(
      'earnedBy',
      `must be "fund" (interest the fund earned) or a participating organization (UNDP, UNODC), not "${command.earnedBy}"`,
    );
  }
  problems.check();
  if (state.interestIds.includes(command.interestId))
    throw new StateConflict(`Interest "${command.interestId}" is already recorded`);
  const earnedBy = command.earnedBy as InterestEarner;
  if (earnedBy !== 'fund' && !state.recipients.includes(earnedBy)) {
    throw new StateConflict(
      `${earnedBy} has received no transfer from the fund: it cannot have earned interest on the fund's money`,
    );
  }
  return [
    {
      type: 'InterestRecorded',
      data: {
        interestId: command.interestId,
        earnedBy,
        usdAmount: formatAmount(usd),
        earnedOn: command.earnedOn,
        ...(command.note ? { note: command.note } : {}),
      },
    },
  ];
}

/** A refund to a contributor returns no more than that contributor deposited (less earlier refunds) and than the fund holds. */
function decideContributorRefund(
  command: Extract<FundCommand, { type: 'RefundContributor' }>,
  state: FundState,
): FundEvent[] {
  const problems = new Problems();
  problems.id('refundId', command.refundId);
  const donor = state.donors.get(command.donorId);
  if (!donor)
    problems.missing('donorId', `unknown donor "${command.donorId}"; only a registered contributor is refunded`);
  const usd = problems.amount('usdAmount', command.usdAmount);
  problems.date('refundedOn', command.refundedOn);
  if (command.reason.trim() === '') problems.add('reason', 'must say why the contributor is refunded');
  problems.check();
  if (state.contributorRefundIds.includes(command.refundId))
    throw new StateConflict(`Refund to a contributor "${command.refundId}" is already recorded`);
  const refundable = donor!.depositedUsd - donor!.refundedUsd;
  if (usd > refundable) {
    throw new StateConflict(
      `Refund of USD ${formatAmount(usd)} to ${donor!.name} exceeds what it deposited and was not refunded: USD ${formatAmount(donor!.depositedUsd)} deposited, USD ${formatAmount(donor!.refundedUsd)} refunded, USD ${formatAmount(refundable)} left`,
    );
  }
  const available = availableBalance(state);
  if (usd > available)
    throw new StateConflict(
      `Refund of USD ${formatAmount(usd)} exceeds the fund's available balance of USD ${formatAmount(available)}`,
    );
  return [
    {
      type: 'ContributorRefunded',
      data: {
        refundId: command.refundId,
        donorId: command.donorId,
        usdAmount: formatAmount(usd),
        refundedOn: command.refundedOn,
        reason: command.reason,
      },
    },
  ];
}

export const fundDecider: Decider<FundState, FundCommand, FundEvent> = {
  initialState: initialFundState,
  evolve: evolveFund,
  decide: (command, state) => {
    switch (command.type) {
      case 'SetFeeRates': {
        const problems = new Problems();
        problems.rate('administrativeAgentFeeRate', command.administrativeAgentFeeRate);
        problems.rate('indirectCostRate', command.indirectCostRate);
        problems.check();
        const administrativeAgentFeeRate = rateText(parseRate(command.administrativeAgentFeeRate)!);
        const indirectCostRate = rateText(parseRate(command.indirectCostRate)!);
        if (
          administrativeAgentFeeRate === state.administrativeAgentFeeRate &&
          indirectCostRate === state.indirectCostRate
        )
          return [];
        return [{ type: 'FeeRatesSet', data: { administrativeAgentFeeRate, indirectCostRate, setBy: command.setBy } }];
      }
      case 'RegisterDonor': {
        const problems = new Problems();
        problems.id('donorId', command.donorId);
        if (command.name.trim() === '') problems.add('name', 'must not be empty');
        const exOfficio = isExOfficio(command.donorId);
        if (command.exOfficio !== undefined && command.exOfficio !== exOfficio) {
          problems.add(
            'exOfficio',
            `ex officio membership comes from the fund's governance (${EX_OFFICIO_MEMBERS.map((member) => member.donorId).join(', ')}): "${command.donorId}" is ${exOfficio ? '' : 'not '}one; leave exOfficio out`,
          );
        }
        problems.check();
        const existing = state.donors.get(command.donorId);
        if (existing) {
          if (existing.name === command.name) return [];
          throw new StateConflict(`Donor "${command.donorId}" is already registered as ${existing.name}`);
        }
        return [{ type: 'DonorRegistered', data: { donorId: command.donorId, name: command.name, exOfficio } }];
      }
      case 'RecordPledge': {
        const problems = new Problems();
        problems.id('pledgeId', command.pledgeId);
        if (!state.donors.has(command.donorId))
          problems.missing('donorId', `unknown donor "${command.donorId}"; register the donor first`);
        if (!isCurrency(command.currency)) problems.add('currency', 'must be one of USD, EUR, GBP, SEK, NOK, CHF');
        const amount = problems.amount('amount', command.amount);
        problems.date('pledgedOn', command.pledgedOn);
        problems.check();
        if (state.pledges.has(command.pledgeId))
          throw new StateConflict(`Pledge "${command.pledgeId}" is already recorded`);
        return [
          {
            type: 'PledgeRecorded',
            data: {
              pledgeId: command.pledgeId,
              donorId: command.donorId,
              currency: command.currency,
              amount: formatAmount(amount),
              pledgedOn: command.pledgedOn,
              ...(command.note ? { note: command.note } : {}),
            },
          },
        ];
      }
      case 'RecordDeposit':
        return decideDeposit(command, state);
      case 'MakeTransfer':
        return decideTransfer(command, state);
      case 'RecordInterest':
        return decideInterest(command, state);
      case 'RefundContributor':
        return decideContributorRefund(command, state);
      case 'RecordRefund': {
        const problems = new Problems();
        problems.id('refundId', command.refundId);
        problems.id('projectId', command.projectId);
        const usd = problems.amount('usdAmount', command.usdAmount);
        problems.date('refundedOn', command.refundedOn);
        if (command.reason.trim() === '') problems.add('reason', 'must not be empty');
        problems.check();
        if (state.refundIds.includes(command.refundId))
          throw new StateConflict(`Refund "${command.refundId}" is already recorded`);
        const outstanding =
          (state.transferredByProject.get(command.projectId) ?? 0n) -
          (state.refundedByProject.get(command.projectId) ?? 0n);
        if (usd > outstanding) {
          throw new StateConflict(
            `Refund of USD ${formatAmount(usd)} exceeds the USD ${formatAmount(outstanding)} transferred to project "${command.projectId}" and not yet refunded`,
          );
        }
        return [
          {
            type: 'RefundRecorded',
            data: {
              refundId: command.refundId,
              projectId: command.projectId,
              organization: command.organization,
              usdAmount: formatAmount(usd),
              refundedOn: command.refundedOn,
              reason: command.reason,
            },
          },
        ];
      }
    }
  },
};
