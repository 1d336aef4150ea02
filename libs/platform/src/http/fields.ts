import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE_MESSAGE, CALENDAR_DATE_PATTERN, isCalendarDate } from '@salw/decider';
import { IsOptional, ValidateBy } from 'class-validator';

interface FieldDocs {
  example?: string;
  description?: string;
  optional?: boolean;
}

/**
 * A calendar date field: the one date rule of every DTO (a real date within the platform's years),
 * documented in OpenAPI with the same pattern the validator applies.
 */
export function CalendarDate(docs: FieldDocs = {}): PropertyDecorator {
  const { optional, ...rest } = docs;
  const api = { type: String, format: 'date', pattern: CALENDAR_DATE_PATTERN, ...rest };
  return applyDecorators(
    ...(optional ? [ApiPropertyOptional(api), IsOptional()] : [ApiProperty(api)]),
    ValidateBy({ name: 'isCalendarDate', validator: { validate: (value) => isCalendarDate(value), defaultMessage: (args) => `${args?.property} ${CALENDAR_DATE_MESSAGE}` } }),
  );
}
