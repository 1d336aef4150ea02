import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';

export class ProposeProjectDto {
  @ApiProperty({ example: 'undp-evidence-rooms' })
  @IsString()
  projectId: string;

  @ApiProperty({ example: 'Upgrade of evidence rooms' })
  @IsString()
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: 'UNDP', description: 'participating organization: UNDP or UNODC' })
  @IsString()
  leadOrganization: string;

  @ApiProperty({ example: ['INTERPOL'], description: 'other organizations co-applying with the lead', type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  coApplicants: string[];

  @ApiProperty({ example: [6, 7], description: 'Roadmap goals 1 to 7', type: [Number] })
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  goals: number[];

  @ApiProperty({ example: ['Belgrade'], description: 'jurisdictions by capital, or "Regional"', type: [String] })
  @IsArray()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  jurisdictions: string[];

  @ApiProperty({ example: '500000.00', description: 'USD budget (decimal string), indirect costs included' })
  @IsString()
  budgetUsd: string;

  @ApiProperty({ example: '2020-10-01' })
  @IsString()
  proposedOn: string;
}

export class DecideOnProjectDto {
  @ApiProperty({ example: 'approve', enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision: 'approve' | 'reject';

  @ApiProperty({ example: '2020-12-10' })
  @IsString()
  decidedOn: string;

  @ApiProperty({ example: ['Germany', 'France', 'European Union', 'UNDP', 'UNODC'], type: [String], description: 'voting members present' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  membersPresent: string[];

  @ApiPropertyOptional({ example: '480000.00', description: 'approved USD budget, at most the proposed one (default: the proposed one)' })
  @IsOptional()
  @IsString()
  approvedBudgetUsd?: string;

  @ApiPropertyOptional({ example: 'overlaps an existing project', description: 'required for a rejection' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class StartImplementationDto {
  @ApiProperty({ example: '2021-01-15' })
  @IsString()
  startedOn: string;
}

export class CompleteProjectDto {
  @ApiProperty({ example: '2022-06-30' })
  @IsString()
  completedOn: string;
}
