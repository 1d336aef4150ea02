import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_ROUND_NUMBER } from '@salw/decider';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

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

export class SubmitNarrativeReportDto {
  @ApiProperty({ type: [GoalNarrativeDto] })
  @IsArray()
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => GoalNarrativeDto)
  goals: GoalNarrativeDto[];

  @ApiPropertyOptional({ example: 13, minimum: 1, maximum: MAX_ROUND_NUMBER })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  roundNumber?: number;
}
