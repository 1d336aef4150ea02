import { toScaled } from '@salw/kpi-catalogue';
import definitions from './derived-indicator-definitions.json';
import { KpiValue } from './report-events';

/** A term of a formula: a measure with fixed dimensions (merged with the dimensions asked for). */
export interface Term {
  measure: string;
  dimensions?: Record<string, string>;
}

/** Derived indicators are data (`derived-indicator-definitions.json`): a new ratio needs no code change. */
export type IndicatorDefinition =
  | { code: string; label: string; kind: 'ratio'; numerator: Term[]; denominator: Term[]; precision: number }
  | { code: string; label: string; kind: 'change_vs_baseline'; term: Term; baselineYear: number; precision: number };

export const INDICATORS = (definitions as { indicators: IndicatorDefinition[] }).indicators;

export function indicator(code: string): IndicatorDefinition | undefined {
  return INDICATORS.find((definition) => definition.code === code);
}

/** Looks a term up for a year: undefined = nothing reported. */
export type Resolve = (term: Term, year: number) => KpiValue | undefined;

export type IndicatorResult =
  | { state: 'computed'; value: string }
  | {
      state: 'missing';
      missing: {
        measure: string;
        dimensions: Record<string, string>;
        year: number;
        reason: 'missing' | 'no_data' | 'not_a_number';
      }[];
    }
  | { state: 'undefined'; reason: string };

/** Exact `numerator / denominator` rounded half away from zero to `precision` fraction digits. */
export function divide(numerator: bigint, denominator: bigint, precision: number): string {
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const scale = 10n ** BigInt(precision);
  const quotient = (n * scale * 2n + d) / (d * 2n);
  const whole = quotient / scale;
  const fraction = (quotient % scale).toString().padStart(precision, '0');
  return `${negative && quotient !== 0n ? '-' : ''}${whole}${precision > 0 ? `.${fraction}` : ''}`;
}

export function computeIndicator(
  definition: IndicatorDefinition,
  year: number,
  dimensions: Record<string, string>,
  resolve: Resolve,
): IndicatorResult {
  const missing: Extract<IndicatorResult, { state: 'missing' }>['missing'] = [];
  const sum = (terms: Term[], termYear: number): bigint => {
    let total = 0n;
    for (const term of terms) {
      const merged = { ...dimensions, ...(term.dimensions ?? {}) };
      const value = resolve({ measure: term.measure, dimensions: merged }, termYear);
      if (!value || value.kind !== 'number') {
        missing.push({
          measure: term.measure,
          dimensions: merged,
          year: termYear,
          reason: !value ? 'missing' : value.kind === 'no_data' ? 'no_data' : 'not_a_number',
        });
      } else total += toScaled(value.amount);
    }
    return total;
  };
  if (definition.kind === 'ratio') {
    const numerator = sum(definition.numerator, year);
    const denominator = sum(definition.denominator, year);
    if (missing.length > 0) return { state: 'missing', missing };
    if (denominator === 0n) return { state: 'undefined', reason: 'the denominator is 0' };
    return { state: 'computed', value: divide(numerator, denominator, definition.precision) };
  }
  const current = sum([definition.term], year);
  const baseline = sum([definition.term], definition.baselineYear);
  if (missing.length > 0) return { state: 'missing', missing };
  if (baseline === 0n) return { state: 'undefined', reason: `the ${definition.baselineYear} baseline is 0` };
  return { state: 'computed', value: divide(current - baseline, baseline, definition.precision) };
}
