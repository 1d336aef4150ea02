import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Decider, InvalidInput, NotFound } from '@salw/decider';
import { EventStore, NewEvent } from '@salw/event-store';
import { AuthenticatedActor, CurrentActor, EVENT_STORE, etagOf, IdempotencyStore, loadAggregate, portablePattern, Roles, runHttpCommand } from '@salw/platform';
import type { Response } from 'express';
import { votingMembers } from '../domain/governance';
import { FundCommand, fundDecider, ProjectFacts } from '../domain/fund/fund.decider';
import { availableBalance, committeeOf, FUND_STREAM, FundState } from '../domain/fund/fund.events';
import { formatAmount, idProblem, isSafeId, SAFE_ID_PATTERN } from '../domain/money';
import { ProjectCommand, projectDecider } from '../domain/project/project.decider';
import { ProjectState, projectStream } from '../domain/project/project.events';
import { MakeTransferDto, RecordDepositDto, RecordInterestDto, RecordPledgeDto, RecordRefundDto, RefundContributorDto, RegisterDonorDto, SetFeeRatesDto } from './dto/fund.dto';
import { CompleteProjectDto, DecideOnProjectDto, ProposeProjectDto, StartImplementationDto } from './dto/project.dto';

const READERS = ['seesac', 'administrative_agent', 'donor', 'analyst'] as const;

/** The fund aggregate as JSON (bigint amounts as USD decimal strings). */
export function fundView(state: FundState) {
  return {
    fund: 'roadmap-mptf',
    administrativeAgentFeeRate: state.administrativeAgentFeeRate,
    indirectCostRate: state.indirectCostRate,
    donors: [...state.donors.values()].map((donor) => ({ ...donor, depositedUsd: formatAmount(donor.depositedUsd), refundedUsd: formatAmount(donor.refundedUsd) })),
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
const PROJECT_ID_PARAM = ApiParam({ name: 'projectId', schema: { type: 'string', pattern: portablePattern(new RegExp(SAFE_ID_PATTERN)) } });

function safeId(path: string, value: string) {
  const problem = idProblem(value);
  if (problem) throw new InvalidInput([{ path, message: problem }]);
}

@ApiTags('trust fund')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'same key and body: same answer, one set of events' })
@ApiHeader({ name: 'If-Match', required: false, description: 'ETag of the stream written to; 409 if it moved on' })
@Controller('trust-fund')
export class TrustFundController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly idempotency: IdempotencyStore,
  ) {}

  /** A fund or project command over HTTP (an Idempotency-Key is unique per stream and command type). */
  private run<State, Command extends { type: string }, Event extends NewEvent>(
    decider: Decider<State, Command, Event>,
    streamId: string,
    command: Command,
    view: (state: State) => unknown,
    request: { body: unknown; actor: AuthenticatedActor; ifMatch?: string; key?: string; response: Response },
  ) {
    const { body, actor, ifMatch, key, response } = request;
    const http = { decider, streamId, command, body, actor, ifMatch, idempotencyKey: key, scope: `${streamId}:${command.type}`, view: (state: State) => view(state) };
    return runHttpCommand(this.store, this.idempotency, http, response);
  }

  private fund(command: FundCommand, body: unknown, actor: AuthenticatedActor, ifMatch: string | undefined, key: string | undefined, response: Response) {
    return this.run(fundDecider, FUND_STREAM, command, fundView, { body, actor, ifMatch, key, response });
  }

  private project(id: string, command: ProjectCommand, body: unknown, actor: AuthenticatedActor, ifMatch: string | undefined, key: string | undefined, response: Response) {
    safeId('projectId', id);
    return this.run(projectDecider, projectStream(id), command, projectView, { body, actor, ifMatch, key, response });
  }

  @Get('fund')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The fund aggregate (its ETag is the If-Match of fund writes)' })
  async readFund(@Res({ passthrough: true }) response: Response) {
    const { state, version } = await loadAggregate(this.store, fundDecider, FUND_STREAM);
    response.setHeader('ETag', etagOf(version));
    return fundView(state);
  }

  @Post('fee-rates')
  @HttpCode(200)
  @Roles('administrative_agent')
  @ApiOperation({ summary: "Set the Administrative Agent's fee rate and the indirect cost rate (defaults 1% and 7%)" })
  setFeeRates(
    @Body() body: SetFeeRatesDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.fund({ type: 'SetFeeRates', ...body, setBy: actor.subject }, body, actor, ifMatch, key, response);
  }

  @Post('donors')
  @HttpCode(200)
  @Roles('seesac', 'administrative_agent')
  @ApiOperation({ summary: 'Register a donor (registering the same donor again changes nothing)' })
  registerDonor(
    @Body() body: RegisterDonorDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.fund({ type: 'RegisterDonor', ...body }, body, actor, ifMatch, key, response);
  }

  @Post('pledges')
  @HttpCode(200)
  @Roles('seesac', 'administrative_agent')
  @ApiOperation({ summary: 'Record a pledge (not money in the fund until deposited)' })
  recordPledge(
    @Body() body: RecordPledgeDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.fund({ type: 'RecordPledge', ...body }, body, actor, ifMatch, key, response);
  }

  @Post('deposits')
  @HttpCode(200)
  @Roles('administrative_agent')
  @ApiOperation({ summary: 'Record a deposit: original amount, USD equivalent, rate with its date and source; the fee is taken here' })
  recordDeposit(
    @Body() body: RecordDepositDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.fund({ type: 'RecordDeposit', ...body }, body, actor, ifMatch, key, response);
  }

  @Post('transfers')
  @HttpCode(200)
  @Roles('administrative_agent')
  @ApiOperation({
    summary: 'Transfer to the participating organization of an approved project',
    description:
      'Refused (409) above the available balance, above the approved budget less what was transferred, to the Secretariat, to a non-participating organization, or to an unapproved project.',
  })
  async makeTransfer(
    @Body() body: MakeTransferDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    // Consistency rule: the approved budget of a project never changes once approved, so the facts
    // read here stay true; the balance lives in the fund stream, whose append carries the version
    // read, so two transfers racing for the same money cannot both land (the second gets 409).
    let project: ProjectFacts = { exists: false };
    if (isSafeId(body.projectId)) {
      const { state, version } = await loadAggregate(this.store, projectDecider, projectStream(body.projectId));
      if (version > 0) project = { exists: true, status: state.status, leadOrganization: state.leadOrganization, approvedBudgetUsd: state.approvedBudgetUsd };
    }
    return this.fund({ type: 'MakeTransfer', ...body, project }, body, actor, ifMatch, key, response);
  }

  @Post('refunds')
  @HttpCode(200)
  @Roles('administrative_agent')
  @ApiOperation({ summary: 'Record funds returned by a participating organization' })
  recordRefund(
    @Body() body: RecordRefundDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.fund({ type: 'RecordRefund', ...body }, body, actor, ifMatch, key, response);
  }

  @Post('interest')
  @HttpCode(200)
  @Roles('administrative_agent')
  @ApiOperation({
    summary: 'Record interest earned by the fund, or received from a participating organization that earned it on the funds transferred to it',
    description: 'Refused (400) for an earner other than "fund", UNDP or UNODC (the Secretariat holds no fund money); refused (409) for an organization the fund never transferred to.',
  })
  recordInterest(
    @Body() body: RecordInterestDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.fund({ type: 'RecordInterest', ...body }, body, actor, ifMatch, key, response);
  }

  @Post('contributor-refunds')
  @HttpCode(200)
  @Roles('administrative_agent')
  @ApiOperation({
    summary: 'Record a refund by the Administrative Agent to a contributor',
    description: "Refused (409) above what the contributor deposited less earlier refunds to it, or above the fund's available balance.",
  })
  refundContributor(
    @Body() body: RefundContributorDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.fund({ type: 'RefundContributor', ...body }, body, actor, ifMatch, key, response);
  }

  @Get('projects/:projectId')
  @PROJECT_ID_PARAM
  @Roles(...READERS)
  @ApiOperation({ summary: 'A project (its ETag is the If-Match of project writes)' })
  async readProject(@Param('projectId') projectId: string, @Res({ passthrough: true }) response: Response) {
    safeId('projectId', projectId);
    const { state, version } = await loadAggregate(this.store, projectDecider, projectStream(projectId));
    if (version === 0) throw new NotFound(`Project "${projectId}" does not exist`);
    response.setHeader('ETag', etagOf(version));
    return projectView(state);
  }

  @Post('projects')
  @HttpCode(200)
  @Roles('seesac')
  @ApiOperation({ summary: 'Register a proposal by a participating organization (optionally with co-applicants)' })
  propose(
    @Body() body: ProposeProjectDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.project(isSafeId(body.projectId) ? body.projectId : 'invalid', { type: 'ProposeProject', ...body }, body, actor, ifMatch, key, response);
  }

  @Post('projects/:projectId/decision')
  @PROJECT_ID_PARAM
  @HttpCode(200)
  @Roles('seesac')
  @ApiOperation({ summary: "Record the Steering Committee's decision with the voting members present" })
  async decide(
    @Param('projectId') projectId: string,
    @Body() body: DecideOnProjectDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { state } = await loadAggregate(this.store, fundDecider, FUND_STREAM);
    const voting = votingMembers(committeeOf(state));
    return this.project(projectId, { type: 'DecideOnProject', ...body, votingMembers: voting }, body, actor, ifMatch, key, response);
  }

  @Post('projects/:projectId/implementation-start')
  @PROJECT_ID_PARAM
  @HttpCode(200)
  @Roles('seesac')
  @ApiOperation({ summary: 'An approved project starts implementation' })
  start(
    @Param('projectId') projectId: string,
    @Body() body: StartImplementationDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.project(projectId, { type: 'StartImplementation', ...body }, body, actor, ifMatch, key, response);
  }

  @Post('projects/:projectId/completion')
  @PROJECT_ID_PARAM
  @HttpCode(200)
  @Roles('seesac')
  @ApiOperation({ summary: 'A project under implementation is completed' })
  complete(
    @Param('projectId') projectId: string,
    @Body() body: CompleteProjectDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.project(projectId, { type: 'CompleteProject', ...body }, body, actor, ifMatch, key, response);
  }
}
