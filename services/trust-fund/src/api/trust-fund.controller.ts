import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { InvalidInput, NotFound } from '@salw/decider';
import { EventStore } from '@salw/event-store';
import {
  AuthenticatedActor,
  CommandRoute,
  CurrentActor,
  EVENT_STORE,
  loadAggregate,
  portablePattern,
  Roles,
  Step,
  versioned,
} from '@salw/platform';
import { votingMembers } from '../domain/governance';
import { FundCommand, fundDecider, ProjectFacts } from '../domain/fund/fund.decider';
import { availableBalance, committeeOf, FUND_STREAM, FundState } from '../domain/fund/fund.events';
import { formatAmount, idProblem, isSafeId, SAFE_ID_PATTERN } from '../domain/money';
import { ProjectCommand, projectDecider } from '../domain/project/project.decider';
import { ProjectState, projectStream } from '../domain/project/project.events';
import {
  MakeTransferDto,
  RecordDepositDto,
  RecordInterestDto,
  RecordPledgeDto,
  RecordRefundDto,
  RefundContributorDto,
  RegisterDonorDto,
  SetFeeRatesDto,
} from './dto/fund.dto';
import { CompleteProjectDto, DecideOnProjectDto, ProposeProjectDto, StartImplementationDto } from './dto/project.dto';

const READERS = ['seesac', 'administrative_agent', 'donor', 'analyst'] as const;

/** The fund aggregate as JSON (bigint amounts as USD decimal strings). */
export function fundView(state: FundState) {
  return {
    fund: 'roadmap-mptf',
    administrativeAgentFeeRate: state.administrativeAgentFeeRate,
    indirectCostRate: state.indirectCostRate,
    donors: [...state.donors.values()].map((donor) => ({
      ...donor,
      depositedUsd: formatAmount(donor.depositedUsd),
      refundedUsd: formatAmount(donor.refundedUsd),
    })),
    pledges: [...state.pledges.entries()].map(([pledgeId, pledge]) => ({
      pledgeId,
      ...pledge,
      amount: formatAmount(pledge.amount),
      deposited: formatAmount(pledge.deposited),
    })),
    depositedUsd: formatAmount(state.depositedUsd),
    administrativeAgentFees: formatAmount(state.administrativeAgentFees),
    transferred: formatAmount(state.transferred),
    refunded: formatAmount(state.refunded),
    interestEarnedByFund: formatAmount(state.fundInterest),
    interestFromParticipatingOrganizations: formatAmount(state.organizationInterest),
    refundedToContributors: formatAmount(state.refundedToContributors),
    availableBalance: formatAmount(availableBalance(state)),
    topDonors: state.topDonors,
  };
}

export function projectView(state: ProjectState) {
  const { exists: _exists, ...rest } = state;
  return rest;
}

/** A project id in the path, documented with the rule safeId applies to it. */
const PROJECT_ID_PARAM = ApiParam({
  name: 'projectId',
  schema: { type: 'string', pattern: portablePattern(new RegExp(SAFE_ID_PATTERN)) },
});

function safeId(path: string, value: string) {
  const problem = idProblem(value);
  if (problem) throw new InvalidInput([{ path, message: problem }]);
}

/** A write of the fund stream. */
const fundWrite = (loads?: Record<string, Step<FundCommand>>) =>
  CommandRoute({ decider: fundDecider, stream: () => FUND_STREAM, view: (state) => fundView(state), loads });

/** A write of the project of the path (a proposal names its project in the body). */
const projectWrite = (loads?: Record<string, Step<ProjectCommand>>) =>
  CommandRoute({
    decider: projectDecider,
    stream: (command: ProjectCommand, { params }) =>
      projectStream(
        params.projectId ??
          (command.type === 'ProposeProject' && isSafeId(command.projectId) ? command.projectId : 'invalid'),
      ),
    checks: [
      ({ params }) => {
        if (params.projectId !== undefined) safeId('projectId', params.projectId);
      },
    ],
    view: (state) => projectView(state),
    loads,
  });

/**
 * Named step of a transfer: what the fund's rule needs to know of the project. Consistency rule: the approved budget of a
 * project never changes once approved, so the facts read here stay true; the balance lives in the fund stream, whose append
 * carries the version read, so two transfers racing for the same money cannot both land (the second gets 409).
 */
const projectFacts: Step<FundCommand> = async ({ store, command }) => {
  const projectId = command.type === 'MakeTransfer' ? command.projectId : '';
  if (!isSafeId(projectId)) return { exists: false } satisfies ProjectFacts;
  const { state, version } = await loadAggregate(store, projectDecider, projectStream(projectId));
  if (version === 0) return { exists: false } satisfies ProjectFacts;
  return {
    exists: true,
    status: state.status,
    leadOrganization: state.leadOrganization,
    approvedBudgetUsd: state.approvedBudgetUsd,
  } satisfies ProjectFacts;
};

/** Named step of a decision: the Steering Committee's voting members, from the fund stream. */
const votingMembersNow: Step<ProjectCommand> = async ({ store }) =>
  votingMembers(committeeOf((await loadAggregate(store, fundDecider, FUND_STREAM)).state));

@ApiTags('trust fund')
@ApiBearerAuth()
@Controller('trust-fund')
export class TrustFundController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('fund')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The fund aggregate (its ETag is the If-Match of fund writes)' })
  async readFund() {
    const { state, version } = await loadAggregate(this.store, fundDecider, FUND_STREAM);
    return versioned(version, fundView(state));
  }

  @Post('fee-rates')
  @fundWrite()
  @Roles('administrative_agent')
  @ApiOperation({ summary: "Set the Administrative Agent's fee rate and the indirect cost rate (defaults 1% and 7%)" })
  setFeeRates(@Body() body: SetFeeRatesDto, @CurrentActor() actor: AuthenticatedActor) {
    return { type: 'SetFeeRates', ...body, setBy: actor.subject };
  }

  @Post('donors')
  @fundWrite()
  @Roles('seesac', 'administrative_agent')
  @ApiOperation({ summary: 'Register a donor (registering the same donor again changes nothing)' })
  registerDonor(@Body() body: RegisterDonorDto) {
    return { type: 'RegisterDonor', ...body };
  }

  @Post('pledges')
  @fundWrite()
  @Roles('seesac', 'administrative_agent')
  @ApiOperation({ summary: 'Record a pledge (not money in the fund until deposited)' })
  recordPledge(@Body() body: RecordPledgeDto) {
    return { type: 'RecordPledge', ...body };
  }

  @Post('deposits')
  @fundWrite()
  @Roles('administrative_agent')
  @ApiOperation({
    summary: 'Record a deposit: original amount, USD equivalent, rate with its date and source; the fee is taken here',
  })
  recordDeposit(@Body() body: RecordDepositDto) {
    return { type: 'RecordDeposit', ...body };
  }

  @Post('transfers')
  @fundWrite({ project: projectFacts })
  @Roles('administrative_agent')
  @ApiOperation({
    summary: 'Transfer to the participating organization of an approved project',
    description:
      'Refused (409) above the available balance, above the approved budget less what was transferred, to the Secretariat, to a non-participating organization, or to an unapproved project.',
  })
  makeTransfer(@Body() body: MakeTransferDto) {
    return { type: 'MakeTransfer', ...body };
  }

  @Post('refunds')
  @fundWrite()
  @Roles('administrative_agent')
  @ApiOperation({ summary: 'Record funds returned by a participating organization' })
  recordRefund(@Body() body: RecordRefundDto) {
    return { type: 'RecordRefund', ...body };
  }

  @Post('interest')
  @fundWrite()
  @Roles('administrative_agent')
  @ApiOperation({
    summary:
      'Record interest earned by the fund, or received from a participating organization that earned it on the funds transferred to it',
    description:
      'Refused (400) for an earner other than "fund", UNDP or UNODC (the Secretariat holds no fund money); refused (409) for an organization the fund never transferred to.',
  })
  recordInterest(@Body() body: RecordInterestDto) {
    return { type: 'RecordInterest', ...body };
  }

  @Post('contributor-refunds')
  @fundWrite()
  @Roles('administrative_agent')
  @ApiOperation({
    summary: 'Record a refund by the Administrative Agent to a contributor',
    description:
      "Refused (409) above what the contributor deposited less earlier refunds to it, or above the fund's available balance.",
  })
  refundContributor(@Body() body: RefundContributorDto) {
    return { type: 'RefundContributor', ...body };
  }

  @Get('projects/:projectId')
  @PROJECT_ID_PARAM
  @Roles(...READERS)
  @ApiOperation({ summary: 'A project (its ETag is the If-Match of project writes)' })
  async readProject(@Param('projectId') projectId: string) {
    safeId('projectId', projectId);
    const { state, version } = await loadAggregate(this.store, projectDecider, projectStream(projectId));
    if (version === 0) throw new NotFound(`Project "${projectId}" does not exist`);
    return versioned(version, projectView(state));
  }

  @Post('projects')
  @projectWrite()
  @Roles('seesac')
  @ApiOperation({ summary: 'Register a proposal by a participating organization (optionally with co-applicants)' })
  propose(@Body() body: ProposeProjectDto) {
    return { type: 'ProposeProject', ...body };
  }

  @Post('projects/:projectId/decision')
  @PROJECT_ID_PARAM
  @projectWrite({ votingMembers: votingMembersNow })
  @Roles('seesac')
  @ApiOperation({ summary: "Record the Steering Committee's decision with the voting members present" })
  decide(@Body() body: DecideOnProjectDto) {
    return { type: 'DecideOnProject', ...body };
  }

  @Post('projects/:projectId/implementation-start')
  @PROJECT_ID_PARAM
  @projectWrite()
  @Roles('seesac')
  @ApiOperation({ summary: 'An approved project starts implementation' })
  start(@Body() body: StartImplementationDto) {
    return { type: 'StartImplementation', ...body };
  }

  @Post('projects/:projectId/completion')
  @PROJECT_ID_PARAM
  @projectWrite()
  @Roles('seesac')
  @ApiOperation({ summary: 'A project under implementation is completed' })
  complete(@Body() body: CompleteProjectDto) {
    return { type: 'CompleteProject', ...body };
  }
}
