import { EDITIONS, READERS } from '../../constants';
import { Controller, Get, Header, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { NotFound, StateConflict } from '@salw/decider';
import { ConcurrencyError, EventStore } from '@salw/event-store';
import { AuthenticatedActor, CurrentActor, EVENT_STORE, etagOf, expectedVersionFrom, IdempotencyStore, MONGO_DB, requestContext, Roles, RoundNumberPipe } from '@salw/platform';
import type { Response } from 'express';
import type { Db } from 'mongodb';
import { CompletenessQueries } from '../completeness/completeness.controller';
import { SeriesQueries } from '../series/series.queries';
import { compileRegionalReport, contentHash, RegionalReport, regionalReportCsv, reportDifferences } from './regional-report';
import { ROUND_PARAM } from '../../api/params';

/** `RegionalReportCompiled` (proto salw.kpi.v1.RegionalReportCompiled), on `kpi.facts.v1`. */
export interface RegionalReportCompiled {
  roundNumber: number;
  label: string;
  reportYear: number;
  contentSha256: string;
  tables: number;
  partialTotals: number;
  kpiReportsAccepted: number;
  narrativeReportsAccepted: number;
  compiledBy: string;
}

const editionId = (round: number, sha: string) => `regional-report:${round}:${sha}`;

@ApiTags('regional report')
@ApiBearerAuth()
@Controller('regional-reports')
export class RegionalReportController {
  private readonly series: SeriesQueries;
  private readonly completeness: CompletenessQueries;

  constructor(
    @Inject(MONGO_DB) private readonly db: Db,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly idempotency: IdempotencyStore,
  ) {
    this.series = new SeriesQueries(db);
    this.completeness = new CompletenessQueries(db);
  }

  @Get(':round')
  @ROUND_PARAM
  @Roles(...READERS)
  @ApiOperation({ summary: 'The regional report of a round as JSON: per-goal KPI tables and series, WB6 totals with coverage, warnings, narrative highlights' })
  json(@Param('round', RoundNumberPipe) round: number) {
    return compileRegionalReport(this.series, this.completeness, round);
  }

  @Get(':round/csv')
  @ROUND_PARAM
  @Roles(...READERS)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The regional report of a round as CSV (one row per value; WB6 total rows carry their coverage)' })
  async csv(@Param('round', RoundNumberPipe) round: number) {
    return regionalReportCsv(await compileRegionalReport(this.series, this.completeness, round));
  }

  @Get(':round/compiled')
  @ROUND_PARAM
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The regional report as last compiled, exactly as it was then (not only its hash), with every value that differs now (later amendments or acceptances): 404 before the first compile',
  })
  @ApiOkResponse({ description: 'compiled: the event recorded; report: the report as compiled; changedSince: each value that differs now, compiled beside now' })
  async compiled(@Param('round', RoundNumberPipe) round: number) {
    const events = await this.store.readStream(`regional-report:${round}`);
    const last = events.filter((event) => event.type === 'RegionalReportCompiled').pop();
    if (!last) throw new NotFound(`The regional report of round ${round} was never compiled`);
    const sha = String(last.data.contentSha256);
    const edition = await this.editions().findOne({ _id: editionId(round, sha) });
    if (!edition) throw new NotFound(`The compiled regional report of round ${round} (${sha}) is not stored`);
    const report = JSON.parse(edition.content) as RegionalReport;
    const now = await compileRegionalReport(this.series, this.completeness, round);
    return { compiled: { ...last.data, compiledAt: last.recordedAt, version: last.streamVersion }, report, changedSince: reportDifferences(report, now) };
  }

  private editions() {
    return this.db.collection<{ _id: string; roundNumber: number; content: string }>(EDITIONS);
  }

  @Post(':round/compile')
  @ROUND_PARAM
  @Roles('seesac')
  @HttpCode(201)
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'SEESAC compiles the regional report of a round: records RegionalReportCompiled (published on kpi.facts.v1)' })
  async compile(
    @Param('round', RoundNumberPipe) round: number,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const answer = await this.idempotency.run(actor, `regional-report:${round}`, key, { round }, async (commitId) => {
      const report = await compileRegionalReport(this.series, this.completeness, round);
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
      const streamId = `regional-report:${round}`;
      // Freeze what is compiled before recording that it was: an edition is content-addressed, so storing it again is harmless.
      await this.editions().updateOne({ _id: editionId(round, compiled.contentSha256) }, { $setOnInsert: { roundNumber: round, content: JSON.stringify(report) } }, { upsert: true });
      const expected = expectedVersionFrom(ifMatch) ?? (await this.store.streamVersion(streamId));
      try {
        const result = await this.store.append(streamId, expected, [{ type: 'RegionalReportCompiled', data: { ...compiled } }], { actor, correlationId: requestContext.current()?.correlationId ?? streamId }, { commitId });
        return { status: 201, body: compiled, headers: { etag: etagOf(result.nextExpectedVersion) } };
      } catch (error) {
        if (error instanceof ConcurrencyError) throw new StateConflict(`The regional report of round ${round} changed (If-Match is stale)`);
        throw error;
      }
    });
    response.setHeader('ETag', answer.headers?.etag ?? '');
    return answer.body;
  }
}
