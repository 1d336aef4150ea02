import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_ROUND_NUMBER, Problem } from '@salw/decider';
import { catalogue, checkObservations } from '@salw/kpi-catalogue';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { KPI3_ILLEGAL_POSSESSION_2018_EXAMPLE, KPI3_TRAFFICKING_2024_EXAMPLE, ObservationDto } from './observation.dto';

export const MAX_OBSERVATIONS = 5000;
/** The decider refuses a text that is empty once trimmed (the document says so). */
export const NOT_BLANK = { minLength: 1, pattern: '\\S' } as const;

/**
 * The catalogue's rules (each observation's measure, dimensions and value; duplicates; breakdowns
 * within their totals), in the same pass as the shape checks. The decider runs the same function.
 */
function catalogueProblems(body: unknown): Problem[] {
  const observations = (body as { observations?: unknown } | null)?.observations;
  if (!Array.isArray(observations) || observations.length > MAX_OBSERVATIONS) return []; // the shape check names it
  return checkObservations(catalogue, observations, 'observations');
}

export class SaveKpiReportDraftDto {
  static inputProblems = catalogueProblems;

  @ApiProperty({
    type: [ObservationDto],
    example: KPI3_TRAFFICKING_2024_EXAMPLE,
    description: 'A part of the report: replaces the same measure + dimensions',
    // Said here, checked by the decider with the path's problems (year, jurisdiction), so one 400 names them all.
    minItems: 1,
  })
  @IsArray()
  @ArrayMaxSize(MAX_OBSERVATIONS)
  @ValidateNested({ each: true })
  @Type(() => ObservationDto)
  observations: ObservationDto[];

  @ApiPropertyOptional({
    example: 13,
    minimum: 1,
    maximum: MAX_ROUND_NUMBER,
    description: 'The reporting round the report answers',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  roundNumber?: number;
}

export class SubmitKpiReportDto {
  static inputProblems = catalogueProblems;

  @ApiPropertyOptional({
    type: [ObservationDto],
    example: KPI3_ILLEGAL_POSSESSION_2018_EXAMPLE,
    description: 'A last part saved with the submission',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OBSERVATIONS)
  @ValidateNested({ each: true })
  @Type(() => ObservationDto)
  observations?: ObservationDto[];

  @ApiPropertyOptional({
    example: 13,
    minimum: 1,
    maximum: MAX_ROUND_NUMBER,
    description: 'The reporting round (its due date decides whether the submission is late)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  roundNumber?: number;
}

export class ReturnForRevisionDto {
  @ApiProperty({
    example: 'Please confirm 2024 convictions for trafficking (5) against the court records.',
    ...NOT_BLANK,
    maxLength: 10_000,
  })
  @IsString()
  @MaxLength(10_000)
  comments: string;
}

export class StartAmendmentDto {
  @ApiProperty({ example: 'Court statistics for 2022 corrected', ...NOT_BLANK, maxLength: 2_000 })
  @IsString()
  @MaxLength(2_000)
  reason: string;
}

/** Accepting takes no fields. */
export class AcceptDto {}
