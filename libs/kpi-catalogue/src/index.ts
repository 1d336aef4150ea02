// @salw/kpi-catalogue: the Roadmap's goals, KPIs, measures, dimensions and jurisdictions as versioned data, and the
// pure rules a KPI value must follow. No framework, no I/O.
import { loadCatalogue } from './versions';

export type {
  CatalogueData,
  CodeLabel,
  Dimension,
  DimensionValue,
  Goal,
  GoalMappingSource,
  Jurisdiction,
  Kpi,
  Measure,
  NumericMeasure,
  OverallTarget,
  StatusMeasure,
  Timeframe,
  Unit,
  ValueType,
} from './catalogue';
export { CatalogueError, KpiCatalogue, isNumericMeasure, isStatusMeasure } from './catalogue';
export type { Problem } from './problem';
export { isCatalogueCode, isMongoSafeKey, validateCatalogueData } from './validate-catalogue';
export type { Observation, ObservationValue } from './check-observation';
export { checkBreakdowns, checkObservation, checkObservations } from './check-observation';
export { reporterProblems, reporterWarnings } from './check-reporter';
export { observationSchema } from './observation-schema';
export type { ObservationLimits } from './observation-schema';
export {
  DECIMAL_AMOUNT,
  FRACTION_DIGITS,
  INTEGER_AMOUNT,
  compareAmounts,
  fromScaled,
  sumAmounts,
  toScaled,
} from './decimal';
export { catalogueVersions, latestCatalogueVersion, loadCatalogue } from './versions';

/** The latest published version of the catalogue. */
export const catalogue = loadCatalogue();
export type { SeedValue } from './seed-figures';
export { KPI3_003, KPI3_YEARS, kpi3Observations } from './seed-figures';
