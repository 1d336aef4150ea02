import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';

export class OpenReportingRoundDto {
  @ApiProperty({ example: 13 })
  @IsInt()
  @Min(1)
  roundNumber: number;

  @ApiProperty({ example: '13th progress report', minLength: 1, pattern: '\\S' })
  @IsString()
  @MaxLength(200)
  label: string;

  @ApiProperty({ example: '2024-07-01', format: 'date' })
  @IsString()
  periodFrom: string;

  @ApiProperty({ example: '2024-12-31', format: 'date' })
  @IsString()
  periodTo: string;

  @ApiProperty({ example: '2025-01-31', format: 'date' })
  @IsString()
  dueDate: string;

  @ApiProperty({ example: 2024 })
  @IsInt()
  reportYear: number;
}
