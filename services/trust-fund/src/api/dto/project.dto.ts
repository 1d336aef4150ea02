import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CalendarDate } from '@salw/platform';
import { Amount, FundId } from './fields';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PARTICIPATING_ORGANIZATIONS } from '../../domain/governance';
import { JURISDICTIONS as PROJECT_JURISDICTIONS } from '../../domain/project/project.events';

export class ProposeProjectDto {
  @ApiProperty({ example: 'undp-evidence-rooms' })
  @FundId()
  projectId: string;

  @ApiProperty({ example: 'Upgrade of evidence rooms', minLength: 1, maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({
    example: 'UNDP',
    enum: PARTICIPATING_ORGANIZATIONS,
    description: 'participating organization: UNDP or UNODC (the Secretariat never receives project funds)',
  })
  @IsIn(PARTICIPATING_ORGANIZATIONS, {
    message: 'leadOrganization must be a participating organization: UNDP or UNODC (others may co-apply)',
  })
  leadOrganization: string;

  @ApiProperty({ example: ['INTERPOL'], description: 'other organizations co-applying with the lead', type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  coApplicants: string[];

  @ApiProperty({
    example: [6, 7],
    description: 'Roadmap goals 1 to 7',
    type: 'array',
    minItems: 1,
    maxItems: 7,
    items: { type: 'integer', minimum: 1, maximum: 7 },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  goals: number[];

  @ApiProperty({
    example: ['belgrade'],
    description: 'the platform\'s jurisdiction codes (belgrade, …, chisinau), or "regional" for the whole region',
    type: 'array',
    minItems: 1,
    maxItems: 8,
    items: { type: 'string', enum: [...PROJECT_JURISDICTIONS] },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @IsIn(PROJECT_JURISDICTIONS, {
    each: true,
    message: `each of jurisdictions must be one of ${PROJECT_JURISDICTIONS.join(', ')}`,
  })
  jurisdictions: string[];

  @ApiProperty({ example: '500000.00', description: 'USD budget (decimal string), indirect costs included' })
  @Amount()
  budgetUsd: string;

  @ApiProperty({ example: '2020-10-01' })
  @CalendarDate()
  proposedOn: string;
}

export class DecideOnProjectDto {
  @ApiProperty({ example: 'approve', enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision: 'approve' | 'reject';

  @ApiProperty({ example: '2020-12-10' })
  @CalendarDate()
  decidedOn: string;

  @ApiProperty({
    example: ['Germany', 'France', 'European Union', 'UNDP', 'UNODC'],
    type: [String],
    description: 'voting members present',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  membersPresent: string[];

  @ApiPropertyOptional({
    example: '480000.00',
    description: 'approved USD budget, at most the proposed one (default: the proposed one)',
  })
  @IsOptional()
  @Amount()
  approvedBudgetUsd?: string;

  @ApiPropertyOptional({ example: 'overlaps an existing project', description: 'required for a rejection' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class StartImplementationDto {
  @ApiProperty({ example: '2021-01-15' })
  @CalendarDate()
  startedOn: string;
}

export class CompleteProjectDto {
  @ApiProperty({ example: '2022-06-30' })
  @CalendarDate()
  completedOn: string;
}
