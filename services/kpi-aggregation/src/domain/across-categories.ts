// Totals across categories: a jurisdiction that reports a measure only broken down (003 gives KPI 3 as two tables,
// illegal possession and trafficking, and no total) still has a total when the breakdown is complete: every
// category of the dimension reported as a number. One category missing or "No data" leaves no total (never a
// partial sum shown as the total), and a total the jurisdiction reported itself always wins over the sum.
import { catalogue, isNumericMeasure, sumAmounts } from '@salw/kpi-catalogue';
import { KpiValue } from './report-events';

/** A jurisdiction's values of one measure and year: the reported total and each one-dimension breakdown. */
export interface ValuesByCategory {
  total: KpiValue | undefined;
  /** dimension code → category code → value (undefined: nothing reported for that category). */
  breakdowns: Record<string, Record<string, KpiValue | undefined>>;
}

export type TotalAcrossCategories =
  | { value: KpiValue; source: 'reported' }
  | { value: KpiValue; source: 'across_categories'; dimension: string }
  | { value: undefined; source: 'none' };

/** The dimensions whose categories may be added up to a total: those of an additive numeric measure. */
export function summableDimensions(measureCode: string): readonly string[] {
  const measure = catalogue.measure(measureCode);
  return measure && isNumericMeasure(measure) && measure.additive ? measure.dimensions : [];
}

/** The sum of a breakdown when every category of the dimension is a number; undefined otherwise. */
export function sumOfCompleteBreakdown(
  dimensionCode: string,
  byCategory: Record<string, KpiValue | undefined>,
): KpiValue | undefined {
  const categories = catalogue.dimension(dimensionCode)?.values ?? [];
  const amounts: string[] = [];
  let approximate = false;
  for (const category of categories) {
    const value = byCategory[category.code];
    if (value?.kind !== 'number') return undefined;
    amounts.push(value.amount);
    approximate ||= value.approximate === true;
  }
  // A sum with an approximate part ("around 90") is approximate too.
  return amounts.length > 0
    ? { kind: 'number', amount: sumAmounts(amounts), ...(approximate ? { approximate: true as const } : {}) }
    : undefined;
}

/**
 * The total of one jurisdiction and year: the reported total when there is one (a number or "No data": a
 * jurisdiction that said "No data" for the total is not overruled), else the sum of the first complete breakdown
 * in the catalogue's order of the measure's dimensions, else none.
 */
export function totalAcrossCategories(measureCode: string, values: ValuesByCategory): TotalAcrossCategories {
  if (values.total) return { value: values.total, source: 'reported' };
  for (const dimension of summableDimensions(measureCode)) {
    const sum = sumOfCompleteBreakdown(dimension, values.breakdowns[dimension] ?? {});
    if (sum) return { value: sum, source: 'across_categories', dimension };
  }
  return { value: undefined, source: 'none' };
}
