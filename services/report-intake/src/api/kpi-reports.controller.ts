import { Body, Controller, Get, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NotAllowed } from '@salw/decider';
import { ApiWrite, assertActsFor, AuthenticatedActor, CurrentActor, etagOf, Roles } from '@salw/platform';
import type { Response } from 'express';
import { KpiReportCommand, kpiReportDecider, kpiReportId } from '../domain/kpi-report/kpi-report.decider';
import { KpiReportRevision, KpiReportState, currentRevision, lastAcceptedRevision } from '../domain/kpi-report/kpi-report.events';
import { CommandRunner, historyOf, notFoundUnless } from './command-runner';
import { KPI_REPORT_PARAMS } from './params';
import { asSeenBy, seesOnlyAccepted } from './read-rule';
import { AcceptDto, ReturnForRevisionDto, SaveKpiReportDraftDto, StartAmendmentDto, SubmitKpiReportDto } from './dto/kpi-report.dto';


function revisionView(revision: KpiReportRevision) {
  return { ...revision };
}

export function kpiReportView(state: KpiReportState, version: number) {
  return {
    reportId: state.reportId,
    jurisdiction: state.jurisdiction,
    year: state.year,
    version,
    current: currentRevision(state) && revisionView(currentRevision(state)!),
    revisions: state.revisions.map((r) => ({ revision: r.revision, status: r.status })),
  };
}


@ApiTags('KPI reports')
@KPI_REPORT_PARAMS
@ApiBearerAuth()
@Controller('kpi-reports/:jurisdiction/:year')
export class KpiReportsController {
  constructor(private readonly runner: CommandRunner) {}

  private write(
    jurisdiction: string,
    yearParam: string,
    route: string,
    body: unknown,
    actor: AuthenticatedActor,
    headers: { key?: string; ifMatch?: string },
    response: Response,
    command: (year: number) => Promise<KpiReportCommand> | KpiReportCommand,
  ) {
    assertActsFor(actor, jurisdiction);
    const year = Number(yearParam);
    const streamId = kpiReportId(jurisdiction, year);
    return this.runner.write(
      {
        scope: `${streamId}:${route}`,
        idempotencyKey: headers.key,
        ifMatch: headers.ifMatch,
        body,
        actor,
        decider: kpiReportDecider,
        streamId,
        command: () => command(year),
        view: kpiReportView,
      },
      response,
    );
  }

  @Post('draft')
  @Roles('ministry', 'seesac')
  @ApiOperation({ summary: 'Save a part of the draft (later parts replace the same measure + dimensions)' })
  @ApiWrite()
  saveDraft(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: SaveKpiReportDraftDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, year, 'draft', body, actor, { key, ifMatch }, response, async (y) => ({
      type: 'SaveKpiReportDraft',
      jurisdiction,
      year: y,
      observations: body.observations,
      round: await this.runner.roundTerms(body.roundNumber),
    }));
  }

  /** The round the current revision answers (its terms are read again: a draft carries only the round number). */
  private async draftRound(jurisdiction: string, year: number): Promise<number | undefined> {
    return currentRevision((await this.runner.load(kpiReportDecider, kpiReportId(jurisdiction, year))).state)?.roundNumber;
  }

  @Post('submission')
  @Roles('ministry', 'seesac')
  @ApiOperation({ summary: 'Submit the report (with an optional last part); late after the round due date' })
  @ApiWrite()
  // The body is the optional last part: without one, what the drafts saved is submitted.
  @ApiBody({ type: SubmitKpiReportDto, required: false })
  submit(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: SubmitKpiReportDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, year, 'submission', body, actor, { key, ifMatch }, response, async (y) => ({
      type: 'SubmitKpiReport',
      jurisdiction,
      year: y,
      observations: body.observations ?? [],
      round: await this.runner.roundTerms(body.roundNumber ?? (await this.draftRound(jurisdiction, y))),
      submittedOn: this.runner.today(),
    }));
  }

  @Post('return-for-revision')
  @Roles('seesac')
  @ApiOperation({ summary: 'SEESAC returns a submitted report for revision, with comments' })
  @ApiWrite()
  returnForRevision(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: ReturnForRevisionDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, year, 'return', body, actor, { key, ifMatch }, response, (y) => ({
      type: 'ReturnKpiReportForRevision',
      jurisdiction,
      year: y,
      comments: body.comments,
    }));
  }

  @Post('acceptance')
  @Roles('seesac')
  @ApiOperation({ summary: 'SEESAC accepts a submitted report' })
  @ApiWrite()
  accept(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: AcceptDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, year, 'acceptance', body, actor, { key, ifMatch }, response, (y) => ({
      type: 'AcceptKpiReport',
      jurisdiction,
      year: y,
    }));
  }

  @Post('amendments')
  @Roles('ministry', 'seesac')
  @ApiOperation({ summary: 'Amend an accepted report: opens revision n+1 as a draft with its values' })
  @ApiWrite()
  amend(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: StartAmendmentDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.write(jurisdiction, year, 'amendment', body, actor, { key, ifMatch }, response, (y) => ({
      type: 'StartKpiReportAmendment',
      jurisdiction,
      year: y,
      reason: body.reason,
    }));
  }

  @Get()
  @ApiOperation({ summary: 'The report now (ETag = its version). Readers other than SEESAC and its ministry see the last accepted revision only, without return comments.' })
  async read(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @CurrentActor() actor: AuthenticatedActor,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (actor.role === 'ministry') assertActsFor(actor, jurisdiction);
    const { state, version } = await this.runner.load(kpiReportDecider, kpiReportId(jurisdiction, Number(year)));
    notFoundUnless(version > 0, `KPI report ${jurisdiction} ${year}`);
    response.setHeader('ETag', etagOf(version));
    if (seesOnlyAccepted(actor, jurisdiction)) {
      const accepted = lastAcceptedRevision(state);
      notFoundUnless(accepted !== undefined, `Accepted KPI report ${jurisdiction} ${year}`);
      return { reportId: state.reportId, jurisdiction, year: state.year, version, current: asSeenBy(actor, jurisdiction, accepted!), revisions: state.revisions.filter((r) => r.status === 'accepted').map((r) => ({ revision: r.revision, status: r.status })) };
    }
    return kpiReportView(state, version);
  }

  @Get('revisions/:revision')
  @ApiParam({ name: 'revision', schema: { type: 'integer', minimum: 1 } })
  @ApiOperation({ summary: 'One revision with its history: who did what, when. Return comments and unaccepted revisions only for SEESAC and its ministry (403 for others).' })
  async readRevision(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Param('revision') revisionParam: string,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    if (actor.role === 'ministry') assertActsFor(actor, jurisdiction);
    const streamId = kpiReportId(jurisdiction, Number(year));
    const events = await this.runner.history(streamId);
    const { state } = await this.runner.load(kpiReportDecider, streamId);
    const number = Number(revisionParam);
    const revision = state.revisions.find((r) => r.revision === number);
    notFoundUnless(revision !== undefined, `Revision ${revisionParam} of KPI report ${jurisdiction} ${year}`);
    if (seesOnlyAccepted(actor, jurisdiction) && revision!.status !== 'accepted') throw new NotAllowed('Only accepted revisions are readable for your role');
    const history = historyOf(events, (e) => e.data.revision === number).map((entry) => asSeenBy(actor, jurisdiction, entry));
    return { reportId: streamId, jurisdiction, year: state.year, ...asSeenBy(actor, jurisdiction, revision!), history };
  }
}
