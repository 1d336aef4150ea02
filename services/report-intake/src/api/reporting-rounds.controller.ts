import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoundNumberParam, CommandRoute, Roles, RoundNumberPipe, versioned } from '@salw/platform';
import {
  ReportingRoundState,
  reportingRoundDecider,
  reportingRoundId,
} from '../domain/reporting-round/reporting-round';
import { notFoundUnless, ReportStreams } from './report-streams';
import { ReportingRoundDto } from './dto/report-list.dto';
import { OpenReportingRoundDto } from './dto/reporting-round.dto';

const view = (state: ReportingRoundState, version: number) => ({ ...state.opened, version });

@ApiTags('Reporting rounds')
@ApiBearerAuth()
@Controller('reporting-rounds')
export class ReportingRoundsController {
  constructor(private readonly streams: ReportStreams) {}

  @Post()
  @Roles('seesac')
  @ApiOperation({ summary: 'SEESAC opens a numbered reporting round with its period and due date' })
  @CommandRoute({
    decider: reportingRoundDecider,
    stream: ({ roundNumber }: { type: string; roundNumber: number }) => reportingRoundId(roundNumber),
    view,
    status: 201,
  })
  open(@Body() body: OpenReportingRoundDto) {
    return { type: 'OpenReportingRound' as const, ...body };
  }

  @Get(':roundNumber')
  @ApiOperation({ summary: 'One reporting round with its period and due date (ETag = its version)' })
  @ApiOkResponse({ type: ReportingRoundDto })
  @ApiRoundNumberParam('roundNumber')
  async read(@Param('roundNumber', RoundNumberPipe) roundNumber: number) {
    const { state, version } = await this.streams.load(reportingRoundDecider, reportingRoundId(roundNumber));
    notFoundUnless(state.opened !== undefined, `Reporting round ${roundNumber}`);
    return versioned(version, view(state, version));
  }
}
