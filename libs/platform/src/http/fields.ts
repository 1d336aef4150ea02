import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CALENDAR_DATE_MESSAGE, CALENDAR_DATE_PATTERN, isCalendarDate } from '@salw/decider';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, ValidateBy } from 'class-validator';

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
    ValidateBy({
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property} ${CALENDAR_DATE_MESSAGE}`,
      },
    }),
  );
}

/** Digits (with an optional minus) as the number they spell; anything else stays a string for IsInt to refuse. */
export const integerFromText = (value: unknown): unknown =>
  typeof value === 'string' && /^-?[0-9]{1,15}$/.test(value) ? Number(value) : value;

/**
 * A whole number in a query string. Not class-transformer's Number(): it reads "" as 0 and "6\r" as 6,
 * so a request the document refuses was answered 200 (the fuzz stage found `offset=&round=6%0D`).
 */
export const QueryInteger = () =>
  applyDecorators(
    Transform(({ value }) => integerFromText(value)),
    IsInt(),
  );

/** An instant as RFC 3339 writes it (OpenAPI's date-time): date, time to the second, a zone. */
export const INSTANT =
  /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$/;

/** The day exists in its month (the pattern allows 31 February; the Gregorian calendar does not). */
function isRealInstant(value: unknown): boolean {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/**
 * An instant field (e.g. asOf): the RFC 3339 form the document names (date-time, with this pattern) and a real
 * date and time in it. ISO 8601 alone would also take "2024" or "2024-W01", which the document cannot say.
 */
export const Instant = () =>
  applyDecorators(
    Matches(INSTANT, { message: '$property must be an instant such as 2025-06-16T00:00:00Z' }),
    ValidateBy({
      name: 'isInstant',
      validator: {
        validate: isRealInstant,
        defaultMessage: (args) => `${args?.property} must be a real date and time`,
      },
    }),
  );
