import { EDITIONS, READERS } from '../../constants';
import { Controller, Get, Header, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@salw/decider';
import { EventStore } from '@salw/event-store';
import { CommandRoute, EVENT_STORE, MONGO_DB, Roles, RoundNumberPipe, Step } from '@salw/platform';
import type { Db } from 'mongodb';
import { CompletenessQueries } from '../completeness/completeness.controller';
import { SeriesQueries } from '../series/series.queries';
import {
  compileRegionalReport,
  contentHash,
  RegionalReport,
  regionalReportCsv,
  reportDifferences,
} from './regional-report';
import { ROUND_PARAM } from '../../api/params';
import {
  CompileRegionalReport,
  RegionalReportCompiled,
  regionalReportDecider,
  regionalReportStream,
} from '../../domain/regional-report-compile';

const editionId = (round: number, sha: string) => `regional-report:${round}:${sha}`;

type Edition = { _id: string; roundNumber: number; content: string };

/**
 * Named step of a compile: compile the report from the read models and freeze it before recording that it was (an
 * edition is content-addressed, so storing it again is harmless).
 */
const compileAndFreeze: Step<CompileRegionalReport> = async ({
  get,
  command,
  actor,
}): Promise<RegionalReportCompiled> => {
  const db = get<Db>(MONGO_DB);
  const round = command.roundNumber;
  const report = await compileRegionalReport(new SeriesQueries(db), new CompletenessQueries(db), round);
  const tables = report.goals.flatMap((goal) => goal.kpis.flatMap((kpi) => kpi.tables));
  const compiled: RegionalReportCompiled = {
    roundNumber: round,
    label: report.label,
    reportYear: report.reportYear,
    contentSha256: contentHash(report),
    tables: tables.length,
    partialTotals: tables.flatMap((table) => table.regionalTotals).filter((total) => !total.complete).length,
    kpiReportsAccepted: report.coverage.counts.kpi.accepted,
    narrativeReportsAccepted: report.coverage.counts.narrative.accepted,
    compiledBy: actor.subject,
  };
  await db
    .collection<Edition>(EDITIONS)
    .updateOne(
      { _id: editionId(round, compiled.contentSha256) },
      { $setOnInsert: { roundNumber: round, content: JSON.stringify(report) } },
      { upsert: true },
    );
  return compiled;
};

@ApiTags('regional report')
@ApiBearerAuth()
@Controller('regional-reports')
export class RegionalReportController {
  private readonly series: SeriesQueries;
  private readonly completeness: CompletenessQueries;

  constructor(
    @Inject(MONGO_DB) private readonly db: Db,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.series = new SeriesQueries(db);
    this.completeness = new CompletenessQueries(db);
  }

  @Get(':round')
  @ROUND_PARAM
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The regional report of a round as JSON: per-goal KPI tables and series, WB6 totals with coverage, warnings, narrative highlights',
  })
  json(@Param('round', RoundNumberPipe) round: number) {
    return compileRegionalReport(this.series, this.completeness, round);
  }

  @Get(':round/csv')
  @ROUND_PARAM
  @Roles(...READERS)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The regional report of a round as CSV (one row per value; WB6 total rows carry their coverage)',
  })
  async csv(@Param('round', RoundNumberPipe) round: number) {
    return regionalReportCsv(await compileRegionalReport(this.series, this.completeness, round));
  }

  @Get(':round/compiled')
  @ROUND_PARAM
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The regional report as last compiled, exactly as it was then (not only its hash), with every value that differs now (later amendments or acceptances): 404 before the first compile',
  })
  @ApiOkResponse({
    description:
      'compiled: the event recorded; report: the report as compiled; changedSince: each value that differs now, compiled beside now',
  })
  async compiled(@Param('round', RoundNumberPipe) round: number) {
    const events = await this.store.readStream(regionalReportStream(round));
    const last = events.filter((event) => event.type === 'RegionalReportCompiled').pop();
    if (!last) throw new NotFound(`The regional report of round ${round} was never compiled`);
    const sha = String(last.data.contentSha256);
    const edition = await this.editions().findOne({ _id: editionId(round, sha) });
    if (!edition) throw new NotFound(`The compiled regional report of round ${round} (${sha}) is not stored`);
    const report = JSON.parse(edition.content) as RegionalReport;
    const now = await compileRegionalReport(this.series, this.completeness, round);
    return {
      compiled: { ...last.data, compiledAt: last.recordedAt, version: last.streamVersion },
      report,
      changedSince: reportDifferences(report, now),
    };
  }

  private editions() {
    return this.db.collection<Edition>(EDITIONS);
  }

  @Post(':round/compile')
  @ROUND_PARAM
  @Roles('seesac')
  @CommandRoute({
    decider: regionalReportDecider,
    stream: (_, { params }) => regionalReportStream(Number(params.round)),
    view: (state) => state.last,
    status: 201,
    loads: { compiled: compileAndFreeze },
  })
  @ApiOperation({
    summary:
      'SEESAC compiles the regional report of a round: records RegionalReportCompiled (published on kpi.facts.v1)',
  })
  compile(@Param('round', RoundNumberPipe) round: number) {
    return { type: 'CompileRegionalReport', roundNumber: round };
  }
}
