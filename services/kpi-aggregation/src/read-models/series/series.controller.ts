import { READERS } from '../../constants';
import { applyDecorators, Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InvalidInput, NotFound } from '@salw/decider';
import { catalogue } from '@salw/kpi-catalogue';
import { AuthenticatedActor, CurrentActor, MONGO_DB, Roles } from '@salw/platform';
import type { Db } from 'mongodb';
import { parseDimensions, SeriesQueryDto } from '../../api/query.dto';
import { aggregationOf } from '../../domain/regional-total';
import { seriesCells } from '../../domain/series';
import { assertReadableView } from './readable';
import { SeriesQueries } from './series.queries';
import { JURISDICTION_PARAM, MEASURE_PARAM } from '../../api/params';

/**
 * The 403 of the read rule, documented once for every figure route (with the 200 beside it: a route that
 * declares one answer documents none by default, and the fuzz stage refuses an undocumented 200).
 */
export const UNACCEPTED_VIEW_FORBIDDEN = applyDecorators(
  ApiOkResponse({ description: 'The figures the reader may see' }),
  ApiForbiddenResponse({
    description:
      'view=provisional|latest asked by a reader who may not see unaccepted values: only SEESAC and the owning ministry (regional figures: SEESAC)',
  }),
);

@ApiTags('series')
@ApiBearerAuth()
@Controller('series')
export class SeriesController {
  private readonly queries: SeriesQueries;

  constructor(@Inject(MONGO_DB) db: Db) {
    this.queries = new SeriesQueries(db);
  }

  @Get(':jurisdiction/:measure')
  @JURISDICTION_PARAM
  @MEASURE_PARAM
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'Yearly series from 2018 of one jurisdiction, measure and dimensions; "no data" and "missing" stay distinct from 0. Unaccepted values (provisional, and in the history) only for SEESAC and the owning ministry.',
  })
  @UNACCEPTED_VIEW_FORBIDDEN
  async series(
    @Param('jurisdiction') jurisdiction: string,
    @Param('measure') measure: string,
    @Query() query: SeriesQueryDto,
    @CurrentActor() reader: AuthenticatedActor,
  ) {
    checkSeriesTarget(jurisdiction, measure);
    assertReadableView(reader, jurisdiction, query.view);
    const dimensions = parseDimensions(query.dimensions);
    const versions = await this.queries.versions(jurisdiction, measure, dimensions, reader);
    if (versions.length === 0 && !query.updatedAfter)
      throw new NotFound(`No values of ${measure} ${query.dimensions ?? '(total)'} for ${jurisdiction}`);
    const view = query.view ?? 'validated';
    return {
      jurisdiction,
      measure,
      kpi: catalogue.kpiOfMeasure(measure)?.number,
      dimensions,
      view,
      ...(query.asOf ? { asOf: query.asOf } : {}),
      ...(query.updatedAfter ? { updatedAfter: query.updatedAfter } : {}),
      observations: seriesCells(versions, { ...query, view, additive: aggregationOf(measure) === 'sum' }),
    };
  }
}

export function checkSeriesTarget(jurisdiction: string | undefined, measure: string): void {
  const problems = [];
  if (jurisdiction !== undefined && !catalogue.jurisdiction(jurisdiction))
    problems.push({ path: 'jurisdiction', message: `unknown jurisdiction ${jurisdiction}` });
  if (!catalogue.measure(measure)) problems.push({ path: 'measure', message: `unknown measure ${measure}` });
  if (problems.length > 0) throw new InvalidInput(problems);
}
