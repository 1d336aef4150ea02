import { isReservedName, RESERVED_NAME_MESSAGE } from '@salw/decider';
/**
 * Exact money: integer minor units as bigint, decimal strings at the edges. Never a float.
 * Every currency the fund sees (ISO 4217: USD, EUR, GBP, SEK, NOK, CHF) has 2 minor-unit digits.
 */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'SEK', 'NOK', 'CHF'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const MINOR_DIGITS = 2;
const SCALE = 10n ** BigInt(MINOR_DIGITS);

/** At most 15 whole digits (a quadrillion) and 2 decimals: the digits of every amount are bounded. */
export const AMOUNT_PATTERN = '^(0|[1-9]\\d{0,14})(\\.\\d{1,2})?$';
/** An amount as above, but not zero (deposits, pledges, transfers, refunds, budgets). */
export const POSITIVE_AMOUNT_PATTERN = '^(?!0+(?:\\.0+)?$)(0|[1-9]\\d{0,14})(\\.\\d{1,2})?$';
export const RATE_PATTERN = '^(0|[1-9]\\d{0,5})(\\.\\d{1,12})?$';
const AMOUNT = new RegExp(AMOUNT_PATTERN);
const RATE = new RegExp(RATE_PATTERN);

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/** "724300.00" → 72430000n; undefined when the text is not a non-negative amount with at most 2 decimals. */
export function parseAmount(text: string): bigint | undefined {
  const match = AMOUNT.exec(text);
  if (!match) return undefined;
  const fraction = (match[2] ?? '.').slice(1).padEnd(MINOR_DIGITS, '0');
  return BigInt(match[1]) * SCALE + BigInt(fraction);
}

/** 72430000n → "724300.00". */
export function formatAmount(minor: bigint): string {
  const negative = minor < 0n;
  const absolute = negative ? -minor : minor;
  const whole = absolute / SCALE;
  const fraction = (absolute % SCALE).toString().padStart(MINOR_DIGITS, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** A decimal rate as an exact fraction units / 10^scale. */
export interface Rate {
  units: bigint;
  scale: number;
}

export function parseRate(text: string): Rate | undefined {
  const match = RATE.exec(text);
  if (!match) return undefined;
  const fraction = (match[2] ?? '.').slice(1);
  return { units: BigInt(match[1] + fraction), scale: fraction.length };
}

/** Rounds numerator / denominator half up (both non-negative). */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** The share `rate` of `minor`, rounded half up to the minor unit (e.g. the 1% fee of a deposit). */
export function share(minor: bigint, rate: Rate): bigint {
  return divideHalfUp(minor * rate.units, 10n ** BigInt(rate.scale));
}

/**
 * Indirect costs inside a transfer: the organization charges `rate` on direct costs, so of a
 * total T the indirect part is T × rate / (1 + rate), rounded half up.
 */
export function indirectPart(total: bigint, rate: Rate): bigint {
  const denominator = 10n ** BigInt(rate.scale);
  return divideHalfUp(total * rate.units, denominator + rate.units);
}

/**
 * Whether the USD amount booked agrees with original × rate: the gap may be at most one
 * minor unit plus half a unit in the last digit of the rate times the original amount
 * (the rate as published is itself rounded).
 */
export function agreesWithRate(originalMinor: bigint, usdMinor: bigint, rate: Rate): boolean {
  const denominator = 10n ** BigInt(rate.scale);
  const gap = originalMinor * rate.units - usdMinor * denominator;
  const absoluteGap = gap < 0n ? -gap : gap;
  return 2n * absoluteGap <= 2n * denominator + originalMinor;
}

/** usd / original as a decimal string with `digits` decimals, rounded half up (how a derived rate is shown). */
export function deriveRate(originalMinor: bigint, usdMinor: bigint, digits = 10): string {
  const scaled = divideHalfUp(usdMinor * 10n ** BigInt(digits), originalMinor);
  const text = scaled.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export function rateText(rate: Rate): string {
  if (rate.scale === 0) return rate.units.toString();
  const text = rate.units.toString().padStart(rate.scale + 1, '0');
  return `${text.slice(0, -rate.scale)}.${text.slice(-rate.scale)}`;
}

/** Lowercase letters, digits and "-", at most 63; never `constructor` or `prototype` (the reserved names of this alphabet). */
export const SAFE_ID_PATTERN = '^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9-]{0,62}$';
const SAFE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Why an id is refused (lowercase letters, digits and "-", never a reserved name), or undefined. */
export function idProblem(value: string): string | undefined {
  if (!SAFE_ID.test(value)) return 'must be lowercase letters, digits and "-" (at most 63)';
  if (isReservedName(value)) return RESERVED_NAME_MESSAGE;
  return undefined;
}

export const isSafeId = (value: string): boolean => idProblem(value) === undefined;
