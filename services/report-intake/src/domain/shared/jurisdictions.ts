import { isReportYear, Problem, REPORT_YEAR_MESSAGE } from '@salw/decider';
import { catalogue } from '@salw/kpi-catalogue';

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
  return isReportYear(year) ? [] : [{ path, message: REPORT_YEAR_MESSAGE }];
}

/** YYYY-MM-DD of an instant (UTC). */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
