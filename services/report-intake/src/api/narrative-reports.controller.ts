import { Body, Controller, Get, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiWrite, assertActsFor, AuthenticatedActor, CurrentActor, etagOf, Roles } from '@salw/platform';
import type { Response } from 'express';
import { NarrativeReportCommand, NarrativeReportState, narrativeReportDecider, narrativeReportId } from '../domain/narrative-report/narrative-report';
import { CommandRunner, historyOf, notFoundUnless } from './command-runner';
import { NARRATIVE_REPORT_PARAMS } from './params';
import { asSeenBy, seesOnlyAccepted } from './read-rule';
import { AcceptDto, ReturnForRevisionDto } from './dto/kpi-report.dto';
import { SubmitNarrativeReportDto } from './dto/narrative-report.dto';

const view = (state: NarrativeReportState, version: number) => ({ ...state, version });

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
      { scope: `${streamId}:${route}`, idempotencyKey: headers.key, ifMatch: headers.ifMatch, body, actor, decider: narrativeReportDecider, streamId, command, view },
      response,
    );
  }

  @Post('submission')
  @Roles('ministry', 'seesac')
  @ApiWrite()
  @ApiOperation({ summary: 'Submit the narrative progress report per goal for a year or half-year (2024, 2024-H1, 2024-H2)' })
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
      goals: body.goals,
      round: await this.runner.roundTerms(body.roundNumber),
      submittedOn: this.runner.today(),
    }));
  }

  @Post('return-for-revision')
  @Roles('seesac')
  @ApiWrite()
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

  @Get()
  @ApiOperation({ summary: 'The narrative report with its history; readers other than SEESAC and its ministry see it once accepted, without return comments' })
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
    if (seesOnlyAccepted(actor, jurisdiction)) notFoundUnless(state.status === 'accepted', `Accepted narrative report ${jurisdiction} ${period}`);
    response.setHeader('ETag', etagOf(version));
    const history = historyOf(await this.runner.history(streamId)).map((entry) => asSeenBy(actor, jurisdiction, entry));
    return { ...asSeenBy(actor, jurisdiction, view(state, version)), history };
  }
}
