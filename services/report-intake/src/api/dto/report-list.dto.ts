import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInteger } from '@salw/platform';
import { IsIn, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export const KPI_REPORT_STATUSES = ['draft', 'submitted', 'returned_for_revision', 'accepted'] as const;
export const NARRATIVE_REPORT_STATUSES = ['draft', 'submitted', 'returned_for_revision', 'accepted'] as const;
export const MAX_PAGE_SIZE = 200;

/** Filters and page of a report list (query string). */
class ReportListQuery {
  @ApiPropertyOptional({
    example: 'pristina',
    description: 'Only this jurisdiction (a ministry may name its own only)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z]{2,40}$/, { message: 'jurisdiction must be a lowercase jurisdiction code' })
  jurisdiction?: string;

  @ApiPropertyOptional({ example: 13, description: 'Only reports of this reporting round' })
  @IsOptional()
  @QueryInteger()
  @Min(1)
  round?: number;

  @ApiPropertyOptional({ example: 0, default: 0 })
  @IsOptional()
  @QueryInteger()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ example: 50, default: 50, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @QueryInteger()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

export class KpiReportListQuery extends ReportListQuery {
  @ApiPropertyOptional({ enum: KPI_REPORT_STATUSES })
  @IsOptional()
  @IsIn(KPI_REPORT_STATUSES)
  status?: (typeof KPI_REPORT_STATUSES)[number];
}

export class NarrativeReportListQuery extends ReportListQuery {
  @ApiPropertyOptional({ enum: NARRATIVE_REPORT_STATUSES })
  @IsOptional()
  @IsIn(NARRATIVE_REPORT_STATUSES)
  status?: (typeof NARRATIVE_REPORT_STATUSES)[number];
}

class ReportSummaryBase {
  @ApiProperty({ example: 'kpi-report:pristina:2024' })
  reportId: string;
  @ApiProperty({ example: 'pristina' })
  jurisdiction: string;
  @ApiProperty({ example: 3, description: 'Stream version (the ETag of the report)' })
  version: number;
  @ApiProperty({ example: 1 })
  revision: number;
  @ApiPropertyOptional({ example: 13 })
  roundNumber?: number;
  @ApiPropertyOptional({ example: '2025-01-31' })
  dueDate?: string;
  @ApiPropertyOptional({ description: 'Submitted after the round due date' })
  late?: boolean;
  @ApiPropertyOptional({
    example: '2025-01-20T09:00:00.000Z',
    description: 'When the revision shown was last submitted',
  })
  submittedAt?: string;
  @ApiProperty({ example: '2025-01-22T09:00:00.000Z', description: 'When anything last happened to the report' })
  updatedAt: string;
}

export class KpiReportSummaryDto extends ReportSummaryBase {
  @ApiProperty({ example: 2024 })
  year: number;
  @ApiProperty({ enum: KPI_REPORT_STATUSES })
  status: string;
  @ApiProperty({ description: 'Number of values in the revision shown' })
  observationCount: number;
  @ApiProperty({ description: 'Number of warnings of the revision shown' })
  warningCount: number;
}

export class NarrativeReportSummaryDto extends ReportSummaryBase {
  @ApiProperty({ example: '2024-H2' })
  period: string;
  @ApiProperty({ enum: NARRATIVE_REPORT_STATUSES })
  status: string;
  @ApiProperty({ type: [Number], description: 'Goals the report speaks to' })
  goals: number[];
}

class PageDto {
  @ApiProperty({ description: 'Reports matching the filters (all pages)' })
  total: number;
  @ApiProperty()
  offset: number;
  @ApiProperty()
  limit: number;
}

export class KpiReportPageDto extends PageDto {
  @ApiProperty({ type: [KpiReportSummaryDto] })
  items: KpiReportSummaryDto[];
}

export class NarrativeReportPageDto extends PageDto {
  @ApiProperty({ type: [NarrativeReportSummaryDto] })
  items: NarrativeReportSummaryDto[];
}

export class ReportingRoundDto {
  @ApiProperty({ example: 13 })
  roundNumber: number;
  @ApiProperty({ example: '13th progress report' })
  label: string;
  @ApiProperty({ example: '2024-07-01' })
  periodFrom: string;
  @ApiProperty({ example: '2024-12-31' })
  periodTo: string;
  @ApiPropertyOptional({
    example: '2025-01-31',
    description: 'Absent when the round has no due date (see noDueDateReason)',
  })
  dueDate?: string;
  @ApiPropertyOptional({
    example: 'not in the seeds',
    description: 'Why the round has no due date; present exactly when dueDate is absent',
  })
  noDueDateReason?: string;
  @ApiProperty({ example: 2024 })
  reportYear: number;
  @ApiProperty({ example: 1 })
  version: number;
}

export class ReportingRoundListDto {
  @ApiProperty({ type: [ReportingRoundDto], description: 'Every opened round, newest first' })
  items: ReportingRoundDto[];
}
