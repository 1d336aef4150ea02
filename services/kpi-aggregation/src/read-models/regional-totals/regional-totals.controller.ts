import { READERS } from '../../constants';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { AuthenticatedActor, CurrentActor, MONGO_DB, Roles } from '@salw/platform';
import type { Db } from 'mongodb';
import { parseDimensions, SeriesQueryDto } from '../../api/query.dto';
import { BASELINE_YEAR } from '@salw/decider';
import { catalogue } from '@salw/kpi-catalogue';
import { summableDimensions, totalAcrossCategories, ValuesByCategory } from '../../domain/across-categories';
import { KpiValue } from '../../domain/report-events';
import {
  AGGREGATIONS,
  regionalTotal,
  regionJurisdictions,
  RegionalTotal,
  withChangeFromBaseline,
} from '../../domain/regional-total';
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
export async function regionalTotals(
  queries: SeriesQueries,
  measure: string,
  query: SeriesQueryDto,
  reader: AuthenticatedActor,
): Promise<RegionalTotalsAnswer> {
  const dimensions = parseDimensions(query.dimensions);
  const view = query.view ?? 'validated';
  const jurisdictions = regionJurisdictions(query.includeAssociated === true);
  const versions = await queries.versionsOf(jurisdictions, measure, dimensions, reader);
  // The total (no dimensions) of a jurisdiction that reported only a complete breakdown is the sum of its categories.
  const breakdowns =
    Object.keys(dimensions).length === 0 ? await breakdownVersions(queries, jurisdictions, measure, reader) : [];
  const years = seriesYears(
    [...Object.values(versions), ...breakdowns.flatMap((b) => Object.values(b.versions))].flat(),
    query.fromYear,
    query.toYear,
  );
  const totalOf = (year: number) => {
    const values: Record<string, KpiValue | undefined> = {};
    const acrossCategories: Record<string, string> = {};
    for (const code of jurisdictions) {
      const byDimension: ValuesByCategory['breakdowns'] = {};
      for (const { dimension, category, versions: ofCategory } of breakdowns)
        (byDimension[dimension] ??= {})[category] = valueOf(ofCategory[code], year, view, query);
      const found = totalAcrossCategories(measure, {
        total: valueOf(versions[code], year, view, query),
        breakdowns: byDimension,
      });
      values[code] = found.value;
      if (found.source === 'across_categories') acrossCategories[code] = found.dimension;
    }
    return regionalTotal(measure, year, values, jurisdictions, acrossCategories);
  };
  return {
    measure,
    dimensions,
    view,
    region: query.includeAssociated ? 'WB6+associated' : 'WB6',
    jurisdictions,
    totals: withChangeFromBaseline(years.map(totalOf), totalOf(BASELINE_YEAR)),
  };
}

/** Every category of every dimension the measure's total may be summed across, with each jurisdiction's versions. */
async function breakdownVersions(
  queries: SeriesQueries,
  jurisdictions: readonly string[],
  measure: string,
  reader: AuthenticatedActor,
) {
  const cells = summableDimensions(measure).flatMap((dimension) =>
    (catalogue.dimension(dimension)?.values ?? []).map((value) => ({ dimension, category: value.code })),
  );
  return Promise.all(
    cells.map(async (cell) => ({
      ...cell,
      versions: await queries.versionsOf(jurisdictions, measure, { [cell.dimension]: cell.category }, reader),
    })),
  );
}

const codes: SchemaObject = { type: 'array', items: { type: 'string' } };

/** The change against the 2018 baseline (domain/baseline.ts): the comparison, or why there is none. */
export const CHANGE_FROM_BASELINE_SCHEMA: SchemaObject = {
  type: 'object',
  description:
    'Additive measures only: the change against the 2018 baseline (exact decimals), or noBaseline saying why there is nothing to compare with ("No data" or nothing in 2018 is never 0)',
  required: ['baselineYear'],
  properties: {
    baselineYear: { type: 'integer', example: 2018 },
    baseline: { type: 'string', example: '1434', description: 'the 2018 amount' },
    difference: { type: 'string', example: '-239', description: 'value − baseline, signed decimal string' },
    percent: {
      type: 'string',
      nullable: true,
      example: '-16.7',
      description: 'difference / baseline × 100, one decimal; null when the baseline is 0',
    },
    noBaseline: { type: 'string', example: 'the 2018 baseline is "No data"' },
  },
};

/** One year's regional figure, as `regionalTotal` makes it (also in the regional report's tables). */
export const REGIONAL_TOTAL_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['year', 'aggregation', 'total', 'complete', 'coverage'],
  properties: {
    year: { type: 'integer' },
    aggregation: {
      type: 'string',
      enum: [...AGGREGATIONS],
      description:
        'sum: an additive measure, summed exactly; count_by_status: a status measure (KPI 1, 2, 7), counted per status in countsByStatus; not_additive: a percentage or other non-additive measure (KPI 14): never summed, no total',
    },
    total: {
      type: 'string',
      nullable: true,
      description:
        'decimal string; only for aggregation=sum, null when no jurisdiction contributed a number (never 0 for "nothing")',
    },
    countsByStatus: {
      type: 'object',
      additionalProperties: { type: 'integer', minimum: 0 },
      description:
        'aggregation=count_by_status: how many jurisdictions reported each status of the measure; absent when none did',
    },
    note: { type: 'string', description: 'why there is no total, for a non-additive measure' },
    changeFromBaseline: CHANGE_FROM_BASELINE_SCHEMA,
    approximate: {
      type: 'boolean',
      enum: [true],
      description:
        'aggregation=sum: a contributed number was given as approximate (004: "around 90 firearms"), so the total is too; absent when every number is exact',
    },
    acrossCategories: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description:
        'jurisdiction → dimension: contributed jurisdictions that reported no total, whose number is the sum of their complete breakdown by that dimension (every category a number)',
    },
    complete: { type: 'boolean', description: 'every jurisdiction of the region contributed a value' },
    coverage: {
      type: 'object',
      required: ['contributed', 'missing', 'noData'],
      properties: { contributed: codes, missing: codes, noData: codes },
    },
  },
};

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
  @ApiOperation({
    summary:
      'Yearly totals across the six beneficiaries (Chisinau only with includeAssociated=true), with coverage: a partial total says so. view=provisional|latest for SEESAC only.',
    description:
      'Only additive measures are summed. A status measure is counted per status; a percentage (additive: false in the catalogue) gets no total, and says so.',
  })
  @UNACCEPTED_VIEW_FORBIDDEN
  @ApiOkResponse({
    description:
      'One regional figure per year: a sum, counts per status, or no total for a non-additive measure (said so in aggregation and note)',
    schema: {
      type: 'object',
      required: ['measure', 'dimensions', 'view', 'region', 'jurisdictions', 'totals'],
      properties: {
        measure: { type: 'string' },
        dimensions: { type: 'object', additionalProperties: { type: 'string' } },
        view: { type: 'string', enum: ['validated', 'provisional', 'latest'] },
        region: { type: 'string', enum: ['WB6', 'WB6+associated'] },
        jurisdictions: codes,
        totals: { type: 'array', items: REGIONAL_TOTAL_SCHEMA },
      },
    },
  })
  async totals(
    @Param('measure') measure: string,
    @Query() query: SeriesQueryDto,
    @CurrentActor() reader: AuthenticatedActor,
  ) {
    checkSeriesTarget(undefined, measure);
    assertReadableView(reader, undefined, query.view);
    return regionalTotals(this.queries, measure, query, reader);
  }
}
