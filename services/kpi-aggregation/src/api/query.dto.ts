import { ApiPropertyOptional } from '@nestjs/swagger';
import { FIRST_REPORT_YEAR, LAST_YEAR } from '@salw/decider';
import { Instant, QueryInteger } from '@salw/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches, Max, Min } from 'class-validator';
import { SeriesView } from '../domain/series';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Query parameters shared by the series, regional totals and derived indicators (SDMX REST style). */
export class SeriesQueryDto {
  @ApiPropertyOptional({
    example: 'offence_category:illegal_possession',
    description: 'code:value pairs joined by ","; omit for the total',
  })
  @IsOptional()
  @Matches(/^[a-z0-9_]+:[a-z0-9_]+(,[a-z0-9_]+:[a-z0-9_]+)*$/, {
    message: 'dimensions must be code:value pairs joined by ","',
  })
  dimensions?: string;

  @ApiPropertyOptional({
    enum: ['validated', 'provisional', 'latest'],
    example: 'validated',
    description:
      'validated = accepted values (default), provisional = submitted values, latest = most recent of either. provisional and latest only for SEESAC and the owning ministry (regional figures: SEESAC); 403 for every other reader',
  })
  @IsOptional()
  @IsIn(['validated', 'provisional', 'latest'])
  view?: SeriesView;

  @ApiPropertyOptional({
    example: '2025-06-16T00:00:00Z',
    description: 'values as they were known at this instant (SDMX asOf)',
  })
  @IsOptional()
  @Instant()
  asOf?: string;

  @ApiPropertyOptional({
    example: '2025-01-01T00:00:00Z',
    description: 'only values recorded after this instant (SDMX updatedAfter)',
  })
  @IsOptional()
  @Instant()
  updatedAfter?: string;

  @ApiPropertyOptional({
    example: true,
    description:
      'every version of each value with its report revision (SDMX includeHistory); unaccepted versions only for SEESAC and the owning ministry, validated ones for every other reader',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeHistory?: boolean;

  @ApiPropertyOptional({ example: 2018, minimum: FIRST_REPORT_YEAR, maximum: LAST_YEAR })
  @IsOptional()
  @QueryInteger()
  @Min(FIRST_REPORT_YEAR)
  @Max(LAST_YEAR)
  fromYear?: number;

  @ApiPropertyOptional({ example: 2024, minimum: FIRST_REPORT_YEAR, maximum: LAST_YEAR })
  @IsOptional()
  @QueryInteger()
  @Min(FIRST_REPORT_YEAR)
  @Max(LAST_YEAR)
  toYear?: number;

  @ApiPropertyOptional({
    example: false,
    description: 'regional figures: also count the associated jurisdiction (Chisinau)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeAssociated?: boolean;
}

export function parseDimensions(text: string | undefined): Record<string, string> {
  if (!text) return {};
  return Object.fromEntries(text.split(',').map((pair) => pair.split(':') as [string, string]));
}
