import { ApiProperty } from '@nestjs/swagger';
import { BASELINE_YEAR, LAST_YEAR, MAX_ROUND_NUMBER } from '@salw/decider';
import { CalendarDate } from '@salw/platform';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

export class OpenReportingRoundDto {
  @ApiProperty({ example: 13, minimum: 1, maximum: MAX_ROUND_NUMBER })
  @IsInt()
  @Min(1)
  @Max(MAX_ROUND_NUMBER)
  roundNumber: number;

  @ApiProperty({ example: '13th progress report', minLength: 1, pattern: '\\S', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  label: string;

  @ApiProperty({ example: '2024-07-01' })
  @CalendarDate()
  periodFrom: string;

  @ApiProperty({ example: '2024-12-31' })
  @CalendarDate()
  periodTo: string;

  @ApiProperty({ example: '2025-01-31' })
  @CalendarDate()
  dueDate: string;

  @ApiProperty({ example: 2024, minimum: BASELINE_YEAR, maximum: LAST_YEAR, description: `the year reported on, ${BASELINE_YEAR} (the baseline) to ${LAST_YEAR}` })
  @IsInt()
  @Min(BASELINE_YEAR)
  @Max(LAST_YEAR)
  reportYear: number;
}
