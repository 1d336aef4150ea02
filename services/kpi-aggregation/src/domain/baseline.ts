// Change against the Roadmap's baseline year (000: "baseline = 1 Jan–31 Dec 2018"), exact: amounts are decimal
// strings, differences are computed on scaled BigInts, never floats. "No data" or nothing in 2018 is no baseline,
// never 0.
import { BASELINE_YEAR } from '@salw/decider';
import { fromScaled, toScaled } from '@salw/kpi-catalogue';
import { KpiValue } from './report-events';

export type ChangeFromBaseline =
  /** `difference` = value − baseline (signed decimal); `percent` = difference / baseline × 100, 1 decimal, null when the baseline is 0. */
  | { baselineYear: number; baseline: string; difference: string; percent: string | null }
  /** Why there is nothing to compare with. */
  | { baselineYear: number; noBaseline: string };

/** difference / baseline × 100, rounded half away from zero to one decimal, exactly. */
function percentOf(difference: bigint, baseline: bigint): string | null {
  if (baseline === 0n) return null;
  const hundredths = (difference * 10_000n) / baseline; // hundredths of a percent, truncated toward zero
  const rounded = (hundredths + (hundredths >= 0n ? 5n : -5n)) / 10n; // tenths of a percent
  const sign = rounded < 0n ? '-' : '';
  const abs = rounded < 0n ? -rounded : rounded;
  return `${sign}${abs / 10n}.${abs % 10n}`;
}

/** The change of one amount against the 2018 amount (or why there is none). */
export function changeOfAmount(amount: string, baseline: string | undefined, noBaseline: string): ChangeFromBaseline {
  if (baseline === undefined) return { baselineYear: BASELINE_YEAR, noBaseline };
  const difference = toScaled(amount) - toScaled(baseline);
  return {
    baselineYear: BASELINE_YEAR,
    baseline,
    difference: fromScaled(difference),
    percent: percentOf(difference, toScaled(baseline)),
  };
}

/** The change of a reported value against the 2018 value of the same series; undefined when the value is no number. */
export function changeOfValue(
  value: KpiValue | undefined,
  baseline: KpiValue | undefined,
): ChangeFromBaseline | undefined {
  if (value?.kind !== 'number') return undefined;
  if (baseline?.kind === 'no_data')
    return changeOfAmount(value.amount, undefined, `the ${BASELINE_YEAR} baseline is "No data"`);
  return changeOfAmount(
    value.amount,
    baseline?.kind === 'number' ? baseline.amount : undefined,
    `nothing reported for the ${BASELINE_YEAR} baseline`,
  );
}
