import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_ROUND_NUMBER } from '@salw/decider';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class GoalNarrativeDto {
  @ApiProperty({ example: 2, minimum: 1, maximum: 7 })
  @IsInt()
  @Min(1)
  @Max(7)
  goal: number;

  @ApiProperty({ example: 'Firearms Focal Point reported to be fully operational.' })
  @IsString()
  @MaxLength(20_000)
  progress: string;

  @ApiProperty({ example: 'The need for the integration of databases and real-time data entry persisted.' })
  @IsString()
  @MaxLength(20_000)
  challenges: string;

  @ApiProperty({ example: 'Active participation in JAD operations.' })
  @IsString()
  @MaxLength(20_000)
  plans: string;

  @ApiProperty({ example: 'Specialized ammunition destruction equipment.' })
  @IsString()
  @MaxLength(20_000)
  needsForSupport: string;
}

const ROUND_NUMBER_DOC = {
  example: 13,
  minimum: 1,
  maximum: MAX_ROUND_NUMBER,
  description: 'The reporting round the report answers (opened, and asking for the year of the period)',
};

export class SaveNarrativeReportDraftDto {
  @ApiProperty({
    type: [GoalNarrativeDto],
    minItems: 1,
    maxItems: 7,
    description: 'A part of the report: each goal replaces the same goal',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => GoalNarrativeDto)
  goals: GoalNarrativeDto[];

  @ApiPropertyOptional(ROUND_NUMBER_DOC)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  roundNumber?: number;
}

export class SubmitNarrativeReportDto {
  @ApiPropertyOptional({
    type: [GoalNarrativeDto],
    maxItems: 7,
    description: 'A last part saved with the submission (each goal replaces the same goal of the draft)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => GoalNarrativeDto)
  goals?: GoalNarrativeDto[];

  @ApiPropertyOptional(ROUND_NUMBER_DOC)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  roundNumber?: number;
}
