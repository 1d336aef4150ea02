/**
 * Change against the 2018 baseline, exact: decimal strings are compared as scaled integers, never as floats.
 * Only for display: totals and sums always come from the services.
 */
export type Change =
  | { state: 'computed'; difference: string; percent?: string; from: string; fromYear: number; toYear: number }
  | { state: 'no_baseline' }
  | { state: 'no_recent' };

function scaled(amount: string, digits: number): bigint {
  const [whole, fraction = ''] = amount.replace(/^\+/, '').split('.');
  const negative = whole.startsWith('-');
  const digitsOnly = `${whole.replace('-', '')}${fraction.padEnd(digits, '0')}`;
  const value = BigInt(digitsOnly || '0');
  return negative ? -value : value;
}

function unscaled(value: bigint, digits: number): string {
  const negative = value < 0n;
  const text = (negative ? -value : value).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? text.slice(text.length - digits).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

const fractionDigits = (amount: string) => amount.split('.')[1]?.length ?? 0;

/** `to - from`, exactly. */
export function difference(to: string, from: string): string {
  const digits = Math.max(fractionDigits(to), fractionDigits(from));
  return unscaled(scaled(to, digits) - scaled(from, digits), digits);
}

/** `(to - from) / from` in percent with one decimal (half away from zero); undefined when `from` is 0. */
export function percentChange(to: string, from: string): string | undefined {
  const digits = Math.max(fractionDigits(to), fractionDigits(from));
  const base = scaled(from, digits);
  if (base === 0n) return undefined;
  const delta = scaled(to, digits) - base;
  const numerator = delta * 1000n; // percent × 10: one decimal
  const negative = numerator < 0n !== base < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = base < 0n ? -base : base;
  const rounded = (n * 2n + d) / (d * 2n);
  return unscaled(negative ? -rounded : rounded, 1);
}

/** The change from the baseline year's number to the latest year with a number. */
export function changeSinceBaseline(points: Array<{ year: number; amount?: string }>, baselineYear = 2018): Change {
  const baseline = points.find((p) => p.year === baselineYear && p.amount !== undefined);
  if (!baseline) return { state: 'no_baseline' };
  const latest = [...points].reverse().find((p) => p.year > baselineYear && p.amount !== undefined);
  if (!latest) return { state: 'no_recent' };
  return {
    state: 'computed',
    difference: difference(latest.amount!, baseline.amount!),
    percent: percentChange(latest.amount!, baseline.amount!),
    from: baseline.amount!,
    fromYear: baselineYear,
    toYear: latest.year,
  };
}
