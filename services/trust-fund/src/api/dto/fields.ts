import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { isReservedName, RESERVED_NAME_MESSAGE } from '@salw/decider';
import { portablePattern } from '@salw/platform';
import { IsIn, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';
import { CURRENCIES, POSITIVE_AMOUNT_PATTERN, RATE_PATTERN, SAFE_ID_PATTERN } from '../../domain/money';

// The input rules of the fund's fields, in the DTOs so one 400 names every problem and OpenAPI shows them.

/** An id of a donor, pledge, deposit, transfer, refund or project. */
export const FundId = () =>
  applyDecorators(
    ApiProperty({ type: String, pattern: SAFE_ID_PATTERN, maxLength: 63 }),
    Matches(/^[a-z0-9][a-z0-9-]{0,62}$/, {
      message: '$property must be lowercase letters, digits and "-" (at most 63)',
    }),
    ValidateBy({
      name: 'notReserved',
      validator: {
        validate: (value) => typeof value !== 'string' || !isReservedName(value),
        defaultMessage: (args) => `${args?.property} ${RESERVED_NAME_MESSAGE}`,
      },
    }),
  );

/** Money as a decimal string above zero with at most 15 whole digits and 2 decimals, never a JSON number (Matches refuses non-strings). */
export const Amount = () =>
  applyDecorators(
    ApiProperty({ type: String, pattern: portablePattern(new RegExp(POSITIVE_AMOUNT_PATTERN)) }),
    Matches(new RegExp(POSITIVE_AMOUNT_PATTERN), {
      message:
        '$property must be a decimal amount (string) above zero with at most 15 digits and 2 decimals, e.g. "724300.00"',
    }),
  );

export const DecimalRate = () =>
  applyDecorators(
    ApiProperty({ type: String, pattern: portablePattern(new RegExp(RATE_PATTERN)) }),
    Matches(new RegExp(RATE_PATTERN), { message: '$property must be a decimal rate (string), e.g. "0.01"' }),
  );

export const Currency = () =>
  applyDecorators(
    ApiProperty({ enum: CURRENCIES }),
    IsIn(CURRENCIES, { message: `$property must be one of ${CURRENCIES.join(', ')}` }),
  );

/** A name of an organization, a donor, a source: at most 200 characters. */
export const Name = () => applyDecorators(ApiProperty({ maxLength: 200 }), IsString(), MaxLength(200));
