import { catalogue, isStatusMeasure, sumAmounts } from '@salw/kpi-catalogue';
import { ChangeFromBaseline, changeOfAmount } from './baseline';
import { KpiValue } from './report-events';

/** Who a regional total counts: the six beneficiaries (WB6), plus Chisinau only when asked. */
export function regionJurisdictions(includeAssociated: boolean): string[] {
  const wb6 = catalogue.wb6Jurisdictions().map((jurisdiction) => jurisdiction.code);
  return includeAssociated
    ? [...wb6, ...catalogue.associatedJurisdictions().map((jurisdiction) => jurisdiction.code)]
    : wb6;
}

export interface Coverage {
  contributed: string[];
  missing: string[];
  noData: string[];
}

/**
 * How a measure makes a regional figure, from the catalogue:
 * - `sum`: an additive count or amount, summed exactly;
 * - `count_by_status`: a status (KPI 1, 2, 7), counted per status (how many FFPs are operational);
 * - `not_additive`: a percentage or other `additive: false` number (KPI 14), never summed: no total.
 */
export type Aggregation = 'sum' | 'count_by_status' | 'not_additive';

export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'count_by_status', 'not_additive'];

/** A regional figure of one year; `complete` only when every jurisdiction contributed a value. */
export interface RegionalTotal {
  year: number;
  aggregation: Aggregation;
  /** `sum` only: the sum of the contributed numbers; null when none contributed (never 0 for "nothing"), and for the other aggregations. */
  total: string | null;
  /** `count_by_status` only: how many jurisdictions reported each of the measure's statuses; absent when none contributed. */
  countsByStatus?: Record<string, number>;
  /** Why there is no total, when there is none by the measure's nature. */
  note?: string;
  complete: boolean;
  coverage: Coverage;
  /** `sum` with a total only: against the 2018 total, when both count the same jurisdictions (else why not). */
  changeFromBaseline?: ChangeFromBaseline;
  /** `sum` only: a contributed number is approximate (004: "around 90 firearms"), so the total is too. */
  approximate?: true;
  /** Contributed jurisdictions that reported no total: their number is the sum of a complete breakdown by this dimension. */
  acrossCategories?: Record<string, string>;
}

/** The catalogue decides; a measure it does not know is not summed (nothing says it may be). */
export function aggregationOf(measureCode: string): Aggregation {
  const measure = catalogue.measure(measureCode);
  if (!measure) return 'not_additive';
  if (isStatusMeasure(measure)) return 'count_by_status';
  return measure.additive ? 'sum' : 'not_additive';
}

const NOT_ADDITIVE_NOTE =
  'not additive (a percentage, a rate or a year): values are not added up across jurisdictions; read them per jurisdiction';

/**
 * One year's regional figure of a measure. `acrossCategories` names the jurisdictions whose value is a total across
 * categories (jurisdiction → dimension), so the figure says which numbers no jurisdiction reported as such.
 */
export function regionalTotal(
  measureCode: string,
  year: number,
  values: Record<string, KpiValue | undefined>,
  jurisdictions: readonly string[],
  acrossCategories: Record<string, string> = {},
): RegionalTotal {
  const aggregation = aggregationOf(measureCode);
  const contributes = (value: KpiValue) =>
    aggregation === 'count_by_status' ? value.kind === 'status' : value.kind === 'number';
  const coverage: Coverage = { contributed: [], missing: [], noData: [] };
  const contributed: KpiValue[] = [];
  for (const jurisdiction of jurisdictions) {
    const value = values[jurisdiction];
    if (!value) coverage.missing.push(jurisdiction);
    else if (contributes(value)) {
      coverage.contributed.push(jurisdiction);
      contributed.push(value);
    } else coverage.noData.push(jurisdiction);
  }
  const complete = coverage.missing.length === 0 && coverage.noData.length === 0;
  if (aggregation === 'sum') {
    const amounts = contributed.flatMap((value) => (value.kind === 'number' ? [value.amount] : []));
    const summed = Object.entries(acrossCategories).filter(([jurisdiction]) =>
      coverage.contributed.includes(jurisdiction),
    );
    const approximate = contributed.some((value) => value.kind === 'number' && value.approximate === true);
    return {
      year,
      aggregation,
      total: amounts.length > 0 ? sumAmounts(amounts) : null,
      ...(approximate ? { approximate: true as const } : {}),
      complete,
      coverage,
      ...(summed.length > 0 ? { acrossCategories: Object.fromEntries(summed) } : {}),
    };
  }
  if (aggregation === 'not_additive')
    return { year, aggregation, total: null, note: NOT_ADDITIVE_NOTE, complete, coverage };
  return {
    year,
    aggregation,
    total: null,
    ...(contributed.length > 0 ? { countsByStatus: countByStatus(measureCode, contributed) } : {}),
    complete,
    coverage,
  };
}

/** Every status of the measure with how many jurisdictions reported it (0 is a count of jurisdictions here, not a missing value). */
function countByStatus(measureCode: string, values: KpiValue[]): Record<string, number> {
  const measure = catalogue.measure(measureCode);
  // A Map, not object keys: a status string from an event must not reach Object.prototype.
  const counts = new Map<string, number>(
    (measure && isStatusMeasure(measure) ? measure.statusValues : []).map((status) => [status.code, 0]),
  );
  for (const value of values)
    if (value.kind === 'status') counts.set(value.status, (counts.get(value.status) ?? 0) + 1);
  return Object.fromEntries(counts);
}

const sameJurisdictions = (a: Coverage, b: Coverage) => a.contributed.join() === b.contributed.join();

/**
 * The totals with their change against the 2018 total. A total is compared only with a baseline total of the same
 * jurisdictions: a partial total against another partial total of other jurisdictions would measure coverage, not change.
 */
export function withChangeFromBaseline(totals: RegionalTotal[], baseline: RegionalTotal): RegionalTotal[] {
  return totals.map((total) => {
    if (total.aggregation !== 'sum' || total.total === null) return total;
    if (baseline.total === null)
      return {
        ...total,
        changeFromBaseline: changeOfAmount(
          total.total,
          undefined,
          `no jurisdiction contributed a number to the ${baseline.year} total`,
        ),
      };
    if (!sameJurisdictions(total.coverage, baseline.coverage)) {
      return {
        ...total,
        changeFromBaseline: changeOfAmount(
          total.total,
          undefined,
          `the ${baseline.year} total counts other jurisdictions (${baseline.coverage.contributed.join(', ')})`,
        ),
      };
    }
    return { ...total, changeFromBaseline: changeOfAmount(total.total, baseline.total, '') };
  });
}
