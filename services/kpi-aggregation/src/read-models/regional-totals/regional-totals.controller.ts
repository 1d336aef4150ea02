import { READERS } from '../../constants';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedActor, CurrentActor, MONGO_DB, Roles } from '@salw/platform';
import type { Db } from 'mongodb';
import { parseDimensions, SeriesQueryDto } from '../../api/query.dto';
import { regionalTotal, regionJurisdictions, RegionalTotal } from '../../domain/regional-total';
import { seriesYears, SeriesView } from '../../domain/series';
import { assertReadableView } from '../series/readable';
import { checkSeriesTarget, UNACCEPTED_VIEW_FORBIDDEN } from '../series/series.controller';
import { SeriesQueries, valueOf } from '../series/series.queries';
import { MEASURE_PARAM } from '../../api/params';

export interface RegionalTotalsAnswer {
  measure: string;
  dimensions: Record<string, string>;
  view: SeriesView;
  region: 'WB6' | 'WB6+associated';
  jurisdictions: string[];
  totals: RegionalTotal[];
}

/** Regional totals from the per-jurisdiction series documents fetched by key (no `$group`). */
export async function regionalTotals(queries: SeriesQueries, measure: string, query: SeriesQueryDto, reader: AuthenticatedActor): Promise<RegionalTotalsAnswer> {
  const dimensions = parseDimensions(query.dimensions);
  const view = query.view ?? 'validated';
  const jurisdictions = regionJurisdictions(query.includeAssociated === true);
  const versions = await queries.versionsOf(jurisdictions, measure, dimensions, reader);
  const years = seriesYears(Object.values(versions).flat(), query.fromYear, query.toYear);
  return {
    measure,
    dimensions,
    view,
    region: query.includeAssociated ? 'WB6+associated' : 'WB6',
    jurisdictions,
    totals: years.map((year) =>
      regionalTotal(year, Object.fromEntries(jurisdictions.map((code) => [code, valueOf(versions[code], year, view, query)])), jurisdictions),
    ),
  };
}

@ApiTags('regional totals')
@ApiBearerAuth()
@Controller('regional-totals')
export class RegionalTotalsController {
  private readonly queries: SeriesQueries;

  constructor(@Inject(MONGO_DB) db: Db) {
    this.queries = new SeriesQueries(db);
  }

  @Get(':measure')
  @MEASURE_PARAM
  @Roles(...READERS)
  @ApiOperation({ summary: 'Yearly totals across the six beneficiaries (Chisinau only with includeAssociated=true), with coverage: a partial total says so. view=provisional|latest for SEESAC only.' })
  @UNACCEPTED_VIEW_FORBIDDEN
  async totals(@Param('measure') measure: string, @Query() query: SeriesQueryDto, @CurrentActor() reader: AuthenticatedActor) {
    checkSeriesTarget(undefined, measure);
    assertReadableView(reader, undefined, query.view);
    return regionalTotals(this.queries, measure, query, reader);
  }
}
