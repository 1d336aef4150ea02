import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { NotAllowed } from '@salw/decider';
import {
  assertActsFor,
  AuthenticatedActor,
  CommandRoute,
  CommandRouteSpec,
  CurrentActor,
  Roles,
  versioned,
} from '@salw/platform';
import { KpiReportCommand, kpiReportDecider, kpiReportId } from '../domain/kpi-report/kpi-report.decider';
import {
  KpiReportRevision,
  KpiReportState,
  currentRevision,
  lastAcceptedRevision,
} from '../domain/kpi-report/kpi-report.events';
import { historyOf, notFoundUnless, ReportStreams, roundNamedByBody, roundOfSubmission, today } from './report-streams';
import { KPI_REPORT_PARAMS } from './params';
import { asSeenBy, seesOnlyAccepted } from './read-rule';
import {
  AcceptDto,
  ReturnForRevisionDto,
  SaveKpiReportDraftDto,
  StartAmendmentDto,
  SubmitKpiReportDto,
} from './dto/kpi-report.dto';

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

/** Every write of a KPI report: the report of the path's jurisdiction and year. */
const reportWrite = (route: Pick<CommandRouteSpec<KpiReportState, KpiReportCommand, never>, 'loads'> = {}) =>
  CommandRoute({
    decider: kpiReportDecider,
    stream: (_, { params }) => kpiReportId(params.jurisdiction, Number(params.year)),
    view: kpiReportView,
    ...route,
  });

@ApiTags('KPI reports')
@KPI_REPORT_PARAMS
@ApiBearerAuth()
@Controller('kpi-reports/:jurisdiction/:year')
export class KpiReportsController {
  constructor(private readonly streams: ReportStreams) {}

  @Post('draft')
  @Roles('ministry', 'seesac')
  @ApiOperation({ summary: 'Save a part of the draft (later parts replace the same measure + dimensions)' })
  @reportWrite({ loads: { round: roundNamedByBody } })
  saveDraft(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: SaveKpiReportDraftDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'SaveKpiReportDraft', jurisdiction, year: Number(year), observations: body.observations };
  }

  @Post('submission')
  @Roles('ministry', 'seesac')
  @ApiOperation({ summary: 'Submit the report (with an optional last part); late after the round due date' })
  @reportWrite({
    loads: {
      round: roundOfSubmission(kpiReportDecider, (state) => currentRevision(state)?.roundNumber),
      submittedOn: today,
    },
  })
  // The body is the optional last part: without one, what the drafts saved is submitted.
  @ApiBody({ type: SubmitKpiReportDto, required: false })
  submit(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: SubmitKpiReportDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'SubmitKpiReport', jurisdiction, year: Number(year), observations: body.observations ?? [] };
  }

  @Post('return-for-revision')
  @Roles('seesac')
  @ApiOperation({ summary: 'SEESAC returns a submitted report for revision, with comments' })
  @reportWrite()
  returnForRevision(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: ReturnForRevisionDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'ReturnKpiReportForRevision', jurisdiction, year: Number(year), comments: body.comments };
  }

  @Post('acceptance')
  @Roles('seesac')
  @ApiOperation({ summary: 'SEESAC accepts a submitted report' })
  @reportWrite()
  accept(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() _body: AcceptDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'AcceptKpiReport', jurisdiction, year: Number(year) };
  }

  @Post('amendments')
  @Roles('ministry', 'seesac')
  @ApiOperation({ summary: 'Amend an accepted report: opens revision n+1 as a draft with its values' })
  @reportWrite()
  amend(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Body() body: StartAmendmentDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'StartKpiReportAmendment', jurisdiction, year: Number(year), reason: body.reason };
  }

  @Get()
  @ApiOperation({
    summary:
      'The report now (ETag = its version). Readers other than SEESAC and its ministry see the last accepted revision only, without return comments.',
  })
  async read(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    if (actor.role === 'ministry') assertActsFor(actor, jurisdiction);
    const { state, version } = await this.streams.load(kpiReportDecider, kpiReportId(jurisdiction, Number(year)));
    notFoundUnless(version > 0, `KPI report ${jurisdiction} ${year}`);
    if (seesOnlyAccepted(actor, jurisdiction)) {
      const accepted = lastAcceptedRevision(state);
      notFoundUnless(accepted !== undefined, `Accepted KPI report ${jurisdiction} ${year}`);
      return versioned(version, {
        reportId: state.reportId,
        jurisdiction,
        year: state.year,
        version,
        current: asSeenBy(actor, jurisdiction, accepted!),
        revisions: state.revisions
          .filter((r) => r.status === 'accepted')
          .map((r) => ({ revision: r.revision, status: r.status })),
      });
    }
    return versioned(version, kpiReportView(state, version));
  }

  @Get('revisions/:revision')
  @ApiParam({ name: 'revision', schema: { type: 'integer', minimum: 1 } })
  @ApiOperation({
    summary:
      'One revision with its history: who did what, when. Return comments and unaccepted revisions only for SEESAC and its ministry (403 for others).',
  })
  async readRevision(
    @Param('jurisdiction') jurisdiction: string,
    @Param('year') year: string,
    @Param('revision') revisionParam: string,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    if (actor.role === 'ministry') assertActsFor(actor, jurisdiction);
    const streamId = kpiReportId(jurisdiction, Number(year));
    const events = await this.streams.history(streamId);
    const { state } = await this.streams.load(kpiReportDecider, streamId);
    const number = Number(revisionParam);
    const revision = state.revisions.find((r) => r.revision === number);
    notFoundUnless(revision !== undefined, `Revision ${revisionParam} of KPI report ${jurisdiction} ${year}`);
    if (seesOnlyAccepted(actor, jurisdiction) && revision!.status !== 'accepted')
      throw new NotAllowed('Only accepted revisions are readable for your role');
    const history = historyOf(events, (e) => e.data.revision === number).map((entry) =>
      asSeenBy(actor, jurisdiction, entry),
    );
    return { reportId: streamId, jurisdiction, year: state.year, ...asSeenBy(actor, jurisdiction, revision!), history };
  }
}
