// Exact arithmetic on the amounts of observations. Amounts travel as strings and are added as BigInt, scaled to
// FRACTION_DIGITS decimal places: nothing is ever a float.

/** The most fraction digits a decimal amount may carry. */
export const FRACTION_DIGITS = 6;
const SCALE = 10n ** BigInt(FRACTION_DIGITS);

/** A non-negative integer in canonical form: "0", "1434" (no sign, no leading zeros, no separators, no exponent). */
export const INTEGER_AMOUNT = /^(?:0|[1-9]\d*)$/;
/** A non-negative decimal in canonical form with at most 6 fraction digits: "0", "37.4", "0.000001". */
export const DECIMAL_AMOUNT = /^(?:0|[1-9]\d*)(?:\.\d{1,6})?$/;

/** The amount as an integer count of millionths; throws on anything that is not a valid decimal amount. */
export function toScaled(amount: string): bigint {
  if (!DECIMAL_AMOUNT.test(amount)) throw new RangeError(`not a decimal amount: ${JSON.stringify(amount)}`);
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(FRACTION_DIGITS, '0'));
}

/** Back to the shortest decimal string: 37400000n -> "37.4". */
export function fromScaled(scaled: bigint): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const whole = abs / SCALE;
  const fraction = (abs % SCALE).toString().padStart(FRACTION_DIGITS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Exact comparison of two decimal amounts: -1, 0 or 1. */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const x = toScaled(a);
  const y = toScaled(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Exact sum of decimal amounts, as a decimal string. */
export function sumAmounts(amounts: readonly string[]): string {
  return fromScaled(amounts.reduce((acc, a) => acc + toScaled(a), 0n));
}
