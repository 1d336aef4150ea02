import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

export class GoalNarrativeDto {
  @ApiProperty({ example: 2, minimum: 1, maximum: 7 })
  @IsInt()
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

  @ApiPropertyOptional({ example: 13 })
  @IsOptional()
  @IsInt()
  @Min(1)
  roundNumber?: number;
}
