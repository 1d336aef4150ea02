import { catalogue, sumAmounts } from '@salw/kpi-catalogue';
import { KpiValue } from './report-events';

/** Who a regional total counts: the six beneficiaries (WB6), plus Chisinau only when asked. */
export function regionJurisdictions(includeAssociated: boolean): string[] {
  const wb6 = catalogue.wb6Jurisdictions().map((jurisdiction) => jurisdiction.code);
  return includeAssociated ? [...wb6, ...catalogue.associatedJurisdictions().map((jurisdiction) => jurisdiction.code)] : wb6;
}

export interface Coverage {
  contributed: string[];
  missing: string[];
  noData: string[];
}

/** A regional total: the exact sum of the numbers reported; `complete` only when every jurisdiction contributed a number. */
export interface RegionalTotal {
  year: number;
  /** The sum of the contributed numbers; null when no jurisdiction contributed (never 0 for "nothing"). */
  total: string | null;
  complete: boolean;
  coverage: Coverage;
}

export function regionalTotal(year: number, values: Record<string, KpiValue | undefined>, jurisdictions: readonly string[]): RegionalTotal {
  const coverage: Coverage = { contributed: [], missing: [], noData: [] };
  const amounts: string[] = [];
  for (const jurisdiction of jurisdictions) {
    const value = values[jurisdiction];
    if (!value) coverage.missing.push(jurisdiction);
    else if (value.kind === 'number') {
      coverage.contributed.push(jurisdiction);
      amounts.push(value.amount);
    } else coverage.noData.push(jurisdiction);
  }
  return {
    year,
    total: amounts.length > 0 ? sumAmounts(amounts) : null,
    complete: coverage.missing.length === 0 && coverage.noData.length === 0,
    coverage,
  };
}
