import { Problem } from '@salw/decider';
import { catalogue } from '@salw/kpi-catalogue';

/** Years a KPI report may cover. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export function jurisdictionProblems(jurisdiction: string, path = 'jurisdiction'): Problem[] {
  return catalogue.jurisdiction(jurisdiction)
    ? []
    : [
        {
          path,
          message: `unknown jurisdiction ${JSON.stringify(jurisdiction)} (known: ${catalogue.jurisdictions.map((j) => j.code).join(', ')})`,
        },
      ];
}

export function yearProblems(year: number, path = 'year'): Problem[] {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR
    ? []
    : [{ path, message: `must be a year between ${FIRST_YEAR} and ${LAST_YEAR}` }];
}

/** YYYY-MM-DD of an instant (UTC). */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
