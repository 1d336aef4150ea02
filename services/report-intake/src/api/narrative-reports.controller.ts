import { Body, Controller, Get, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NotAllowed } from '@salw/decider';
import { ApiWrite, assertActsFor, AuthenticatedActor, CurrentActor, etagOf, Roles } from '@salw/platform';
import type { Response } from 'express';
import {
  NarrativeReportCommand,
  NarrativeReportState,
  currentNarrativeRevision,
  lastAcceptedNarrativeRevision,
  narrativeReportDecider,
  narrativeReportId,
} from '../domain/narrative-report/narrative-report';
import { CommandRunner, historyOf, notFoundUnless } from './command-runner';
import { NARRATIVE_REPORT_PARAMS } from './params';
import { asSeenBy, seesOnlyAccepted } from './read-rule';
import { AcceptDto, ReturnForRevisionDto, StartAmendmentDto } from './dto/kpi-report.dto';
import { SaveNarrativeReportDraftDto, SubmitNarrativeReportDto } from './dto/narrative-report.dto';

/** The report as SEESAC and its ministry see it: the current revision and the list of all. */
export function narrativeReportView(state: NarrativeReportState, version: number) {
  return {
    reportId: state.reportId,
    jurisdiction: state.jurisdiction,
    period: state.period,
    version,
    current: currentNarrativeRevision(state),
    revisions: state.revisions.map((r) => ({ revision: r.revision, status: r.status })),
  };
}

@ApiTags('Narrative reports')
@NARRATIVE_REPORT_PARAMS
@ApiBearerAuth()
@Controller('narrative-reports/:jurisdiction/:period')
export class NarrativeReportsController {
  constructor(private readonly runner: CommandRunner) {}

  private write(
    jurisdiction: string,
    period: string,
    route: string,
    body: unknown,
    actor: AuthenticatedActor,
    headers: { key?: string; ifMatch?: string },
    response: Response,
    command: () => Promise<NarrativeReportCommand> | NarrativeReportCommand,
  ) {
    assertActsFor(actor, jurisdiction);
    const streamId = narrativeReportId(jurisdiction, period);
    return this.runner.write(
      { scope: `${streamId}:${route}`, idempotencyKey: headers.key, ifMatch: headers.ifMatch, body, actor, decider: narrativeReportDecider, streamId, command, view: narrativeReportView },
      response,
    );
  }

  /** The round the current revision answers (its terms are read again: a draft carries only the round number). */
  private async draftRound(jurisdiction: string, period: string): Promise<number | undefined> {
    return currentNarrativeRevision((await this.runner.load(narrativeReportDecider, narrativeReportId(jurisdiction, period))).state)?.roundNumber;
  }

  @Post('draft')
  @Roles('ministry', 'seesac')
  @ApiWrite()
  @ApiOperation({ summary: 'Save a part of the draft goal by goal (a later part replaces the same goal); a round named must be open and ask for the year of the period' })
  saveDraft(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: SaveNarrativeReportDraftDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, period, 'draft', body, actor, { key, ifMatch }, response, async () => ({
      type: 'SaveNarrativeReportDraft',
      jurisdiction,
      period,
      goals: body.goals,
      round: await this.runner.roundTerms(body.roundNumber),
    }));
  }

  @Post('submission')
  @Roles('ministry', 'seesac')
  @ApiWrite()
  @ApiOperation({ summary: 'Submit the narrative progress report per goal for a year or half-year (2024, 2024-H1, 2024-H2), with an optional last part; late after the round due date' })
  // The body is the optional last part: without one, what the drafts saved is submitted.
  @ApiBody({ type: SubmitNarrativeReportDto, required: false })
  submit(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: SubmitNarrativeReportDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, period, 'submission', body, actor, { key, ifMatch }, response, async () => ({
      type: 'SubmitNarrativeReport',
      jurisdiction,
      period,
      goals: body.goals ?? [],
      round: await this.runner.roundTerms(body.roundNumber ?? (await this.draftRound(jurisdiction, period))),
      submittedOn: this.runner.today(),
    }));
  }

  @Post('return-for-revision')
  @Roles('seesac')
  @ApiWrite()
  @ApiOperation({ summary: 'SEESAC returns a submitted narrative report for revision, with comments' })
  returnForRevision(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: ReturnForRevisionDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, period, 'return', body, actor, { key, ifMatch }, response, () => ({
      type: 'ReturnNarrativeReportForRevision',
      jurisdiction,
      period,
      comments: body.comments,
    }));
  }

  @Post('acceptance')
  @Roles('seesac')
  @ApiWrite()
  @ApiOperation({ summary: 'SEESAC accepts a submitted narrative report' })
  accept(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: AcceptDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, period, 'acceptance', body, actor, { key, ifMatch }, response, () => ({ type: 'AcceptNarrativeReport', jurisdiction, period }));
  }

  @Post('amendments')
  @Roles('ministry', 'seesac')
  @ApiWrite()
  @ApiOperation({ summary: 'Amend an accepted narrative report, saying why: opens revision n+1 as a draft with its goals (the accepted revision stays readable)' })
  amend(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: StartAmendmentDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, period, 'amendment', body, actor, { key, ifMatch }, response, () => ({
      type: 'StartNarrativeReportAmendment',
      jurisdiction,
      period,
      reason: body.reason,
    }));
  }

  @Get()
  @ApiOperation({
    summary:
      'The narrative report now, with its history (ETag = its version). Readers other than SEESAC and its ministry see the last accepted revision, also while a new one is under review, without return comments.',
  })
  async read(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @CurrentActor() actor: AuthenticatedActor,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (actor.role === 'ministry') assertActsFor(actor, jurisdiction);
    const streamId = narrativeReportId(jurisdiction, period);
    const { state, version } = await this.runner.load(narrativeReportDecider, streamId);
    notFoundUnless(version > 0, `Narrative report ${jurisdiction} ${period}`);
    const events = await this.runner.history(streamId);
    response.setHeader('ETag', etagOf(version));
    if (seesOnlyAccepted(actor, jurisdiction)) {
      const accepted = lastAcceptedNarrativeRevision(state);
      notFoundUnless(accepted !== undefined, `Accepted narrative report ${jurisdiction} ${period}`);
      const acceptedRevisions = new Set(state.revisions.filter((r) => r.status === 'accepted').map((r) => r.revision));
      const history = historyOf(events, (e) => acceptedRevisions.has(Number(e.data.revision))).map((entry) => asSeenBy(actor, jurisdiction, entry));
      const revisions = state.revisions.filter((r) => r.status === 'accepted').map((r) => ({ revision: r.revision, status: r.status }));
      return { reportId: streamId, jurisdiction, period, version, current: asSeenBy(actor, jurisdiction, accepted!), revisions, history };
    }
    return { ...narrativeReportView(state, version), history: historyOf(events) };
  }

  @Get('revisions/:revision')
  @ApiParam({ name: 'revision', schema: { type: 'integer', minimum: 1 } })
  @ApiOperation({ summary: 'One revision with its history: who did what, when. Return comments and unaccepted revisions only for SEESAC and its ministry (403 for others).' })
  async readRevision(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Param('revision') revisionParam: string,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    if (actor.role === 'ministry') assertActsFor(actor, jurisdiction);
    const streamId = narrativeReportId(jurisdiction, period);
    const events = await this.runner.history(streamId);
    const { state } = await this.runner.load(narrativeReportDecider, streamId);
    const number = Number(revisionParam);
    const revision = state.revisions.find((r) => r.revision === number);
    notFoundUnless(revision !== undefined, `Revision ${revisionParam} of narrative report ${jurisdiction} ${period}`);
    if (seesOnlyAccepted(actor, jurisdiction) && revision!.status !== 'accepted') throw new NotAllowed('Only accepted revisions are readable for your role');
    const history = historyOf(events, (e) => e.data.revision === number).map((entry) => asSeenBy(actor, jurisdiction, entry));
    return { reportId: streamId, jurisdiction, period, ...asSeenBy(actor, jurisdiction, revision!), history };
  }
}
