// Who reports what: a jurisdiction reports its own figures; the region (group "region", written by SEESAC only) reports
// SEESAC's own regional data — KPI 5 (EU data on seizures traced to the region), KPI 14 surveys and the figures of the
// Armed Violence Monitoring Platform (003). Pure.
import { KpiCatalogue } from './catalogue';
import type { Problem } from './problem';

const measureOf = (observation: unknown): string | undefined =>
  typeof observation === 'object' &&
  observation !== null &&
  typeof (observation as { measure?: unknown }).measure === 'string'
    ? (observation as { measure: string }).measure
    : undefined;

/** The region may report only regional measures: anything else is a jurisdiction's, at `path[i].measure`. */
export function reporterProblems(
  catalogue: KpiCatalogue,
  jurisdiction: string,
  observations: readonly unknown[],
  path: string,
): Problem[] {
  if (catalogue.jurisdiction(jurisdiction)?.group !== 'region') return [];
  return observations.flatMap((observation, index) => {
    const measure = measureOf(observation);
    if (measure === undefined || !catalogue.measure(measure) || catalogue.isRegionalMeasure(measure)) return [];
    return [
      {
        path: `${path}[${index}].measure`,
        message: `measure "${measure}" is a jurisdiction's figure; the region reports only SEESAC's regional data (${regionalMeasures(catalogue)})`,
      },
    ];
  });
}

/**
 * A jurisdiction reporting a regional measure: kept (a version 1 report may hold KPI 5 or KPI 14, and stays valid), with a
 * warning that SEESAC's figure is the region's.
 */
export function reporterWarnings(
  catalogue: KpiCatalogue,
  jurisdiction: string,
  observations: readonly unknown[],
  path: string,
): Problem[] {
  if (catalogue.jurisdiction(jurisdiction)?.group === 'region') return [];
  return observations.flatMap((observation, index) => {
    const measure = measureOf(observation);
    if (measure === undefined || !catalogue.isRegionalMeasure(measure)) return [];
    return [
      {
        path: `${path}[${index}].measure`,
        message: `measure "${measure}" is SEESAC's regional data, reported by the region; this value is the jurisdiction's own`,
      },
    ];
  });
}

const regionalMeasures = (catalogue: KpiCatalogue) =>
  [
    ...new Set(
      catalogue.kpis
        .filter((kpi) => kpi.measures.some((m) => m.reporter === 'region'))
        .map((kpi) => `KPI ${kpi.number}`),
    ),
  ].join(', ');
