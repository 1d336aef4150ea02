import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { catalogue, observationSchema } from '@salw/kpi-catalogue';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/** Digits of an amount: 15 whole digits and 6 decimals fit (the catalogue's largest figures have 7). */
export const MAX_AMOUNT_CHARS = 22;

/** `{kind:"number", amount}`, `{kind:"no_data", reason}` or `{kind:"status", status}`; amounts are strings. */
export class ObservationValueDto {
  @ApiProperty({ enum: ['number', 'no_data', 'status'], example: 'number' })
  @IsIn(['number', 'no_data', 'status'])
  kind: 'number' | 'no_data' | 'status';

  @ApiPropertyOptional({
    description: `Decimal string, never a JSON number ("No data" is not 0); at most ${MAX_AMOUNT_CHARS} characters`,
    example: '19',
    maxLength: MAX_AMOUNT_CHARS,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_AMOUNT_CHARS)
  amount?: string;

  @ApiPropertyOptional({
    description: 'Kind number: true when the report gives the number as approximate (004: "around 90 firearms")',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  approximate?: boolean;

  @ApiPropertyOptional({ description: 'Why there is no data (kind no_data)', example: 'No data', maxLength: 2_000 })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  reason?: string;

  @ApiPropertyOptional({
    description: 'Status code of a status measure (kind status)',
    example: 'operational',
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  status?: string;
}

/** One value of one measure of the KPI catalogue, for one cell of a breakdown (or the total). */
export class ObservationDto {
  /** What the catalogue checks (inputProblems of the report DTOs), per measure: its dimensions, categories and values. */
  static openApiSchema = observationSchema(catalogue, {
    amountChars: MAX_AMOUNT_CHARS,
    reasonChars: 2_000,
    statusChars: 100,
  });

  @ApiProperty({
    example: 'kpi3_reported_cases',
    description: 'Measure code of the KPI catalogue',
    enum: catalogue.measures.map((m) => m.code),
  })
  @IsString()
  @MaxLength(100)
  measure: string;

  @ApiPropertyOptional({
    example: { offence_category: 'trafficking' },
    description: 'Dimension code → value code; {} or absent for a total',
  })
  @IsOptional()
  @IsObject()
  dimensions?: Record<string, string>;

  @ApiProperty({ type: ObservationValueDto, example: { kind: 'number', amount: '19' } })
  @IsDefined()
  @ValidateNested()
  @Type(() => ObservationValueDto)
  value: ObservationValueDto;
}

/** KPI 3 of Pristina, 2024, trafficking of FAE (seed 003). */
export const KPI3_TRAFFICKING_2024_EXAMPLE = [
  {
    measure: 'kpi3_reported_cases',
    dimensions: { offence_category: 'trafficking' },
    value: { kind: 'number', amount: '19' },
  },
  {
    measure: 'kpi3_reported_individuals',
    dimensions: { offence_category: 'trafficking' },
    value: { kind: 'number', amount: '47' },
  },
  {
    measure: 'kpi3_solved_with_conviction',
    dimensions: { offence_category: 'trafficking' },
    value: { kind: 'number', amount: '5' },
  },
  {
    measure: 'kpi3_solved_another_way',
    dimensions: { offence_category: 'trafficking' },
    value: { kind: 'number', amount: '7' },
  },
];
/** KPI 3 of Pristina, 2018, illegal possession: adjudications were "No data" (seed 003). */
export const KPI3_ILLEGAL_POSSESSION_2018_EXAMPLE = [
  {
    measure: 'kpi3_reported_cases',
    dimensions: { offence_category: 'illegal_possession' },
    value: { kind: 'number', amount: '1327' },
  },
  {
    measure: 'kpi3_reported_individuals',
    dimensions: { offence_category: 'illegal_possession' },
    value: { kind: 'number', amount: '1691' },
  },
  {
    measure: 'kpi3_solved_with_conviction',
    dimensions: { offence_category: 'illegal_possession' },
    value: { kind: 'no_data', reason: 'No data' },
  },
  {
    measure: 'kpi3_solved_another_way',
    dimensions: { offence_category: 'illegal_possession' },
    value: { kind: 'no_data', reason: 'No data' },
  },
];
