import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BASELINE_YEAR, LAST_YEAR, MAX_ROUND_NUMBER } from '@salw/decider';
import { CalendarDate } from '@salw/platform';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** Absent or null: what an optional field left out looks like (the pipe lets null through as "not given"). */
const LEFT_OUT = { nullable: true, enum: [null] };

export class OpenReportingRoundDto {
  /** A round gives exactly one of dueDate and noDueDateReason (the decider's rule, said where the document can). */
  static openApiRules = {
    oneOf: [
      { required: ['dueDate'], properties: { dueDate: { type: 'string' }, noDueDateReason: LEFT_OUT } },
      {
        required: ['noDueDateReason'],
        properties: { dueDate: LEFT_OUT, noDueDateReason: { type: 'string', pattern: '\\S' } },
      },
    ],
  };

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

  @CalendarDate({
    optional: true,
    example: '2025-06-16',
    description:
      'Reports are due on this day; later submissions are marked late. Leave it out when no due date is known, and say why in noDueDateReason.',
  })
  dueDate?: string;

  @ApiPropertyOptional({
    example: 'not in the seeds',
    minLength: 1,
    pattern: '\\S',
    maxLength: 200,
    description:
      'Why the round has no due date; exactly when dueDate is left out (then nothing is late or overdue in the round)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  noDueDateReason?: string;

  @ApiProperty({
    example: 2024,
    minimum: BASELINE_YEAR,
    maximum: LAST_YEAR,
    description: `the year reported on, ${BASELINE_YEAR} (the baseline) to ${LAST_YEAR}`,
  })
  @IsInt()
  @Min(BASELINE_YEAR)
  @Max(LAST_YEAR)
  reportYear: number;
}
