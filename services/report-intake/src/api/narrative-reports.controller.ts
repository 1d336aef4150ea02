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
import {
  NarrativeReportCommand,
  NarrativeReportState,
  currentNarrativeRevision,
  lastAcceptedNarrativeRevision,
  narrativeReportDecider,
  narrativeReportId,
} from '../domain/narrative-report/narrative-report';
import { historyOf, notFoundUnless, ReportStreams, roundNamedByBody, roundOfSubmission, today } from './report-streams';
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

/** Every write of a narrative report: the report of the path's jurisdiction and period. */
const reportWrite = (
  route: Pick<CommandRouteSpec<NarrativeReportState, NarrativeReportCommand, never>, 'loads'> = {},
) =>
  CommandRoute({
    decider: narrativeReportDecider,
    stream: (_, { params }) => narrativeReportId(params.jurisdiction, params.period),
    view: narrativeReportView,
    ...route,
  });

@ApiTags('Narrative reports')
@NARRATIVE_REPORT_PARAMS
@ApiBearerAuth()
@Controller('narrative-reports/:jurisdiction/:period')
export class NarrativeReportsController {
  constructor(private readonly streams: ReportStreams) {}

  @Post('draft')
  @Roles('ministry', 'seesac')
  @reportWrite({ loads: { round: roundNamedByBody } })
  @ApiOperation({
    summary:
      'Save a part of the draft goal by goal (a later part replaces the same goal); a round named must be open and ask for the year of the period',
  })
  saveDraft(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: SaveNarrativeReportDraftDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'SaveNarrativeReportDraft', jurisdiction, period, goals: body.goals };
  }

  @Post('submission')
  @Roles('ministry', 'seesac')
  @reportWrite({
    loads: {
      round: roundOfSubmission(narrativeReportDecider, (state) => currentNarrativeRevision(state)?.roundNumber),
      submittedOn: today,
    },
  })
  @ApiOperation({
    summary:
      'Submit the narrative progress report per goal for a year or half-year (2024, 2024-H1, 2024-H2), with an optional last part; late after the round due date',
  })
  // The body is the optional last part: without one, what the drafts saved is submitted.
  @ApiBody({ type: SubmitNarrativeReportDto, required: false })
  submit(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: SubmitNarrativeReportDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'SubmitNarrativeReport', jurisdiction, period, goals: body.goals ?? [] };
  }

  @Post('return-for-revision')
  @Roles('seesac')
  @reportWrite()
  @ApiOperation({ summary: 'SEESAC returns a submitted narrative report for revision, with comments' })
  returnForRevision(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: ReturnForRevisionDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'ReturnNarrativeReportForRevision', jurisdiction, period, comments: body.comments };
  }

  @Post('acceptance')
  @Roles('seesac')
  @reportWrite()
  @ApiOperation({ summary: 'SEESAC accepts a submitted narrative report' })
  accept(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() _body: AcceptDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'AcceptNarrativeReport', jurisdiction, period };
  }

  @Post('amendments')
  @Roles('ministry', 'seesac')
  @reportWrite()
  @ApiOperation({
    summary:
      'Amend an accepted narrative report, saying why: opens revision n+1 as a draft with its goals (the accepted revision stays readable)',
  })
  amend(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Body() body: StartAmendmentDto,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    assertActsFor(actor, jurisdiction);
    return { type: 'StartNarrativeReportAmendment', jurisdiction, period, reason: body.reason };
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
  ) {
    if (actor.role === 'ministry') assertActsFor(actor, jurisdiction);
    const streamId = narrativeReportId(jurisdiction, period);
    const { state, version } = await this.streams.load(narrativeReportDecider, streamId);
    notFoundUnless(version > 0, `Narrative report ${jurisdiction} ${period}`);
    const events = await this.streams.history(streamId);
    if (seesOnlyAccepted(actor, jurisdiction)) {
      const accepted = lastAcceptedNarrativeRevision(state);
      notFoundUnless(accepted !== undefined, `Accepted narrative report ${jurisdiction} ${period}`);
      const acceptedRevisions = new Set(state.revisions.filter((r) => r.status === 'accepted').map((r) => r.revision));
      const history = historyOf(events, (e) => acceptedRevisions.has(Number(e.data.revision))).map((entry) =>
        asSeenBy(actor, jurisdiction, entry),
      );
      const revisions = state.revisions
        .filter((r) => r.status === 'accepted')
        .map((r) => ({ revision: r.revision, status: r.status }));
      return versioned(version, {
        reportId: streamId,
        jurisdiction,
        period,
        version,
        current: asSeenBy(actor, jurisdiction, accepted!),
        revisions,
        history,
      });
    }
    return versioned(version, { ...narrativeReportView(state, version), history: historyOf(events) });
  }

  @Get('revisions/:revision')
  @ApiParam({ name: 'revision', schema: { type: 'integer', minimum: 1 } })
  @ApiOperation({
    summary:
      'One revision with its history: who did what, when. Return comments and unaccepted revisions only for SEESAC and its ministry (403 for others).',
  })
  async readRevision(
    @Param('jurisdiction') jurisdiction: string,
    @Param('period') period: string,
    @Param('revision') revisionParam: string,
    @CurrentActor() actor: AuthenticatedActor,
  ) {
    if (actor.role === 'ministry') assertActsFor(actor, jurisdiction);
    const streamId = narrativeReportId(jurisdiction, period);
    const events = await this.streams.history(streamId);
    const { state } = await this.streams.load(narrativeReportDecider, streamId);
    const number = Number(revisionParam);
    const revision = state.revisions.find((r) => r.revision === number);
    notFoundUnless(revision !== undefined, `Revision ${revisionParam} of narrative report ${jurisdiction} ${period}`);
    if (seesOnlyAccepted(actor, jurisdiction) && revision!.status !== 'accepted')
      throw new NotAllowed('Only accepted revisions are readable for your role');
    const history = historyOf(events, (e) => e.data.revision === number).map((entry) =>
      asSeenBy(actor, jurisdiction, entry),
    );
    return { reportId: streamId, jurisdiction, period, ...asSeenBy(actor, jurisdiction, revision!), history };
  }
}
