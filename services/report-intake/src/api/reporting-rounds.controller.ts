import { Body, Controller, Get, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoundNumberParam, AuthenticatedActor, CurrentActor, etagOf, Roles, RoundNumberPipe } from '@salw/platform';
import type { Response } from 'express';
import { ReportingRoundState, reportingRoundDecider, reportingRoundId } from '../domain/reporting-round/reporting-round';
import { CommandRunner, notFoundUnless } from './command-runner';
import { ReportingRoundDto } from './dto/report-list.dto';
import { OpenReportingRoundDto } from './dto/reporting-round.dto';

const view = (state: ReportingRoundState, version: number) => ({ ...state.opened, version });

@ApiTags('Reporting rounds')
@ApiBearerAuth()
@Controller('reporting-rounds')
export class ReportingRoundsController {
  constructor(private readonly runner: CommandRunner) {}

  @Post()
  @Roles('seesac')
  @ApiOperation({ summary: 'SEESAC opens a numbered reporting round with its period and due date' })
  open(
    @Body() body: OpenReportingRoundDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const streamId = reportingRoundId(body.roundNumber);
    return this.runner.write(
      { scope: streamId, idempotencyKey: key, body, actor, decider: reportingRoundDecider, streamId, command: () => ({ type: 'OpenReportingRound' as const, ...body }), view, status: 201 },
      response,
    );
  }

  @Get(':roundNumber')
  @ApiOperation({ summary: 'One reporting round with its period and due date (ETag = its version)' })
  @ApiOkResponse({ type: ReportingRoundDto })
  @ApiRoundNumberParam('roundNumber')
  async read(@Param('roundNumber', RoundNumberPipe) roundNumber: number, @Res({ passthrough: true }) response: Response) {
    const { state, version } = await this.runner.load(reportingRoundDecider, reportingRoundId(roundNumber));
    notFoundUnless(state.opened !== undefined, `Reporting round ${roundNumber}`);
    response.setHeader('ETag', etagOf(version));
    return view(state, version);
  }
}
