import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedActor, CurrentActor } from '@salw/platform';
import {
  KpiReportListQuery,
  KpiReportPageDto,
  NarrativeReportListQuery,
  NarrativeReportPageDto,
  ReportingRoundListDto,
} from './dto/report-list.dto';
import { ReportLists } from './report-lists';

const READ_RULE =
  'SEESAC sees every report as it stands; a ministry its own jurisdiction only (403 naming another); everyone else accepted reports only.';

@ApiBearerAuth()
@Controller()
export class ReportListsController {
  constructor(private readonly lists: ReportLists) {}

  @Get('kpi-reports')
  @ApiTags('KPI reports')
  @ApiOperation({ summary: `KPI reports by round, status and jurisdiction, newest year first, paged. ${READ_RULE}` })
  @ApiOkResponse({ type: KpiReportPageDto })
  kpiReports(@Query() query: KpiReportListQuery, @CurrentActor() actor: AuthenticatedActor): Promise<KpiReportPageDto> {
    return this.lists.kpiReports(actor, query);
  }

  @Get('narrative-reports')
  @ApiTags('Narrative reports')
  @ApiOperation({
    summary: `Narrative reports by round, status and jurisdiction, newest period first, paged. ${READ_RULE}`,
  })
  @ApiOkResponse({ type: NarrativeReportPageDto })
  narrativeReports(
    @Query() query: NarrativeReportListQuery,
    @CurrentActor() actor: AuthenticatedActor,
  ): Promise<NarrativeReportPageDto> {
    return this.lists.narrativeReports(actor, query);
  }

  @Get('reporting-rounds')
  @ApiTags('Reporting rounds')
  @ApiOperation({ summary: 'Every opened reporting round with its period and due date, newest first' })
  @ApiOkResponse({ type: ReportingRoundListDto })
  async reportingRounds(): Promise<ReportingRoundListDto> {
    return { items: await this.lists.reportingRounds() };
  }
}
