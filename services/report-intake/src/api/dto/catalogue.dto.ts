import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The response schema of GET /catalogue: the types of @salw/kpi-catalogue, declared for the OpenAPI document.

class CodeLabelDto {
  @ApiProperty() code: string;
  @ApiProperty() label: string;
}

class UnitDto extends CodeLabelDto {
  @ApiPropertyOptional() symbol?: string;
}

class DimensionValueDto extends CodeLabelDto {
  @ApiPropertyOptional() note?: string;
}

class DimensionDto extends CodeLabelDto {
  @ApiProperty({ type: [DimensionValueDto] }) values: DimensionValueDto[];
  @ApiPropertyOptional() note?: string;
}

class TimeframeDto {
  @ApiProperty({ example: '2019 - 2024', description: 'As written in the Roadmap' }) text: string;
  @ApiPropertyOptional() from?: number;
  @ApiPropertyOptional() to?: number;
}

class OverallTargetDto {
  @ApiProperty() target: string;
  @ApiProperty() baseline: string;
  @ApiProperty({ type: TimeframeDto, nullable: true, description: 'null when the Roadmap gives no timeframe' })
  timeframe: TimeframeDto | null;
}

class GoalDto {
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty() title: string;
  @ApiProperty() area: string;
  @ApiProperty({ type: [OverallTargetDto] }) overallTargets: OverallTargetDto[];
}

class MeasureDto extends CodeLabelDto {
  @ApiProperty({ enum: ['integer', 'decimal', 'status'] }) valueType: string;
  @ApiProperty({ type: [String], description: 'Dimension codes a value may be broken down by' }) dimensions: string[];
  @ApiPropertyOptional({ description: 'Unit code (integer and decimal measures)' }) unit?: string;
  @ApiPropertyOptional({ description: 'Parts must not exceed the total; values sum into regional totals' })
  additive?: boolean;
  @ApiPropertyOptional({ type: [CodeLabelDto], description: 'The codes a status measure takes' })
  statusValues?: CodeLabelDto[];
  @ApiPropertyOptional() note?: string;
}

class KpiDto {
  @ApiProperty({ example: 3 }) number: number;
  @ApiProperty({ description: 'Authoritative wording of the Roadmap' }) wording: string;
  @ApiProperty({ type: [Number] }) goals: number[];
  @ApiProperty({ enum: ['progress-report', 'platform'] }) goalMappingSource: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty({ type: [MeasureDto] }) measures: MeasureDto[];
}

class JurisdictionDto {
  @ApiProperty({ example: 'pristina' }) code: string;
  @ApiProperty({ example: 'Pristina' }) name: string;
  @ApiProperty() beneficiary: boolean;
  @ApiProperty({ enum: ['WB6', 'associated', 'region'] }) group: string;
  @ApiProperty() commissionName: string;
  @ApiProperty({ enum: ['seed', 'generic'] }) commissionNameSource: string;
  @ApiPropertyOptional() commissionNameEvidence?: string;
  @ApiPropertyOptional({ description: 'Always shown with the name (Pristina: UNSCR 1244)' }) footnote?: string;
  @ApiPropertyOptional({ example: '*' }) footnoteMarker?: string;
  @ApiPropertyOptional() footnoteSource?: string;
  @ApiPropertyOptional() note?: string;
}

export class CatalogueDto {
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2025-01-01' }) publishedOn: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional({ example: 2018 }) baselineYear?: number;
  @ApiPropertyOptional() reportingPeriod?: string;
  @ApiPropertyOptional({ type: [String] }) notes?: string[];
  @ApiProperty({ type: [UnitDto] }) units: UnitDto[];
  @ApiProperty({ type: [DimensionDto] }) dimensions: DimensionDto[];
  @ApiProperty({ type: [GoalDto] }) goals: GoalDto[];
  @ApiProperty({ type: [KpiDto] }) kpis: KpiDto[];
  @ApiProperty({ type: [JurisdictionDto] }) jurisdictions: JurisdictionDto[];
}
