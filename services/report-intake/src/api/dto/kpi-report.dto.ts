import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { KPI3_ILLEGAL_POSSESSION_2018_EXAMPLE, KPI3_TRAFFICKING_2024_EXAMPLE, ObservationDto } from './observation.dto';

export const MAX_OBSERVATIONS = 5000;
/** The decider refuses a text that is empty once trimmed (the document says so). */
export const NOT_BLANK = { minLength: 1, pattern: '\\S' } as const;

export class SaveKpiReportDraftDto {
  @ApiProperty({ type: [ObservationDto], example: KPI3_TRAFFICKING_2024_EXAMPLE, description: 'A part of the report: replaces the same measure + dimensions' })
  @IsArray()
  @ArrayMaxSize(MAX_OBSERVATIONS)
  @ValidateNested({ each: true })
  @Type(() => ObservationDto)
  observations: ObservationDto[];

  @ApiPropertyOptional({ example: 13, description: 'The reporting round the report answers' })
  @IsOptional()
  @IsInt()
  @Min(1)
  roundNumber?: number;
}

export class SubmitKpiReportDto {
  @ApiPropertyOptional({ type: [ObservationDto], example: KPI3_ILLEGAL_POSSESSION_2018_EXAMPLE, description: 'A last part saved with the submission' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OBSERVATIONS)
  @ValidateNested({ each: true })
  @Type(() => ObservationDto)
  observations?: ObservationDto[];

  @ApiPropertyOptional({ example: 13, description: 'The reporting round (its due date decides whether the submission is late)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  roundNumber?: number;
}

export class ReturnForRevisionDto {
  @ApiProperty({ example: 'Please confirm 2024 convictions for trafficking (5) against the court records.', ...NOT_BLANK })
  @IsString()
  @MaxLength(10_000)
  comments: string;
}

export class StartAmendmentDto {
  @ApiProperty({ example: 'Court statistics for 2022 corrected', ...NOT_BLANK })
  @IsString()
  @MaxLength(2_000)
  reason: string;
}

/** Accepting takes no fields. */
export class AcceptDto {}
