import { READERS } from '../../constants';
import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InvalidInput, NotFound } from '@salw/decider';
import { catalogue } from '@salw/kpi-catalogue';
import { AuthenticatedActor, CurrentActor, MONGO_DB, Roles } from '@salw/platform';
import { IsOptional, Matches } from 'class-validator';
import type { Db } from 'mongodb';
import { parseDimensions, SeriesQueryDto } from '../../api/query.dto';
import { computeIndicator, indicator, IndicatorDefinition, INDICATORS, Term } from '../../domain/derived-indicators';
import { regionalTotal, regionJurisdictions } from '../../domain/regional-total';
import { KpiValue, seriesKey } from '../../domain/report-events';
import { seriesYears, ValueVersion } from '../../domain/series';
import { assertReadableView } from '../series/readable';
import { UNACCEPTED_VIEW_FORBIDDEN } from '../series/series.controller';
import { SeriesQueries, valueOf } from '../series/series.queries';

export class IndicatorQueryDto extends SeriesQueryDto {
  @ApiPropertyOptional({
    example: 'pristina',
    description: 'a jurisdiction code, or "region" (WB6; with includeAssociated=true also Chisinau)',
  })
  @IsOptional()
  @Matches(/^[a-z_]+$/)
  jurisdiction?: string;
}

function termsOf(definition: IndicatorDefinition): Term[] {
  return definition.kind === 'ratio' ? [...definition.numerator, ...definition.denominator] : [definition.term];
}

/** An indicator for a jurisdiction or the region, per year, with a clear `missing` answer when a part is missing. */
export async function indicatorSeries(
  queries: SeriesQueries,
  definition: IndicatorDefinition,
  query: IndicatorQueryDto,
  reader: AuthenticatedActor,
) {
  const dimensions = parseDimensions(query.dimensions);
  const view = query.view ?? 'validated';
  const target = query.jurisdiction ?? 'region';
  const jurisdictions = target === 'region' ? regionJurisdictions(query.includeAssociated === true) : [target];
  const versions = new Map<string, Record<string, ValueVersion[]>>();
  for (const term of termsOf(definition)) {
    const merged = { ...dimensions, ...(term.dimensions ?? {}) };
    versions.set(
      seriesKey('*', term.measure, merged),
      await queries.versionsOf(jurisdictions, term.measure, merged, reader),
    );
  }
  const partialYears = new Map<number, Set<string>>();
  const resolve = (term: Term, year: number): KpiValue | undefined => {
    const byJurisdiction = versions.get(seriesKey('*', term.measure, term.dimensions ?? {})) ?? {};
    if (target !== 'region') return valueOf(byJurisdiction[target] ?? [], year, view, query);
    const total = regionalTotal(
      term.measure,
      year,
      Object.fromEntries(jurisdictions.map((code) => [code, valueOf(byJurisdiction[code] ?? [], year, view, query)])),
      jurisdictions,
    );
    if (!total.complete) {
      const gaps = partialYears.get(year) ?? new Set<string>();
      [...total.coverage.missing, ...total.coverage.noData].forEach((code) => gaps.add(code));
      partialYears.set(year, gaps);
    }
    return total.total === null ? undefined : { kind: 'number', amount: total.total };
  };
  const all = [...versions.values()].flatMap((byJurisdiction) => Object.values(byJurisdiction).flat());
  const years = seriesYears(all, query.fromYear, query.toYear);
  return {
    indicator: definition.code,
    label: definition.label,
    jurisdiction: target,
    dimensions,
    view,
    values: years.map((year) => {
      const result = computeIndicator(definition, year, dimensions, resolve);
      const gaps = partialYears.get(year);
      return {
        year,
        ...result,
        ...(target === 'region'
          ? { complete: !gaps, ...(gaps ? { jurisdictionsWithout: [...gaps].sort() } : {}) }
          : {}),
      };
    }),
  };
}

@ApiTags('derived indicators')
@ApiBearerAuth()
@Controller('derived-indicators')
export class DerivedIndicatorsController {
  private readonly queries: SeriesQueries;

  constructor(@Inject(MONGO_DB) db: Db) {
    this.queries = new SeriesQueries(db);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The derived indicators: defined as data (numerator, denominator or change against a baseline year)',
  })
  list() {
    return INDICATORS;
  }

  @Get(':code')
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'An indicator per year for a jurisdiction or the region; ratios are exact decimal strings; a missing part answers `missing`. view=provisional|latest for SEESAC and the owning ministry (the region: SEESAC).',
  })
  @UNACCEPTED_VIEW_FORBIDDEN
  async compute(
    @Param('code') code: string,
    @Query() query: IndicatorQueryDto,
    @CurrentActor() reader: AuthenticatedActor,
  ) {
    const definition = indicator(code);
    if (!definition) throw new NotFound(`No derived indicator ${code}`);
    if (query.jurisdiction && query.jurisdiction !== 'region' && !catalogue.jurisdiction(query.jurisdiction)) {
      throw new InvalidInput([{ path: 'jurisdiction', message: `unknown jurisdiction ${query.jurisdiction}` }]);
    }
    assertReadableView(
      reader,
      query.jurisdiction === undefined || query.jurisdiction === 'region' ? undefined : query.jurisdiction,
      query.view,
    );
    return indicatorSeries(this.queries, definition, query, reader);
  }
}
