// Observations as the reporting contract carries them, and the rules of a set of them (pure).
import { InvalidInput, Problem } from '@salw/decider';
import {
  catalogue,
  checkBreakdowns,
  checkObservations,
  compareAmounts,
  INTEGER_AMOUNT,
  reporterProblems,
  reporterWarnings,
} from '@salw/kpi-catalogue';

export type ObservationValue =
  /** `approximate`: the report gives the number as approximate (004: "around 90 firearms"); absent when exact. */
  | { kind: 'number'; amount: string; approximate?: true }
  | { kind: 'status'; status: string }
  | { kind: 'no_data'; reason: string };

/** One value of one measure for one cell of a breakdown; `dimensions` is `{}` for a total. */
export interface Observation {
  measure: string;
  dimensions: Record<string, string>;
  value: ObservationValue;
}

/** A plausibility check that failed: kept with the report, never an error. */
export interface Warning {
  path: string;
  message: string;
}

/** Canonical key of a measure and its dimensions (order-independent). */
export function cellKeyOf(observation: Pick<Observation, 'measure' | 'dimensions'>): string {
  const dims = Object.keys(observation.dimensions)
    .sort()
    .map((key) => `${key}=${observation.dimensions[key]}`)
    .join(';');
  return `${observation.measure}|${dims}`;
}

/** A copy with only the contract's fields (drops whatever a transport added), dimensions never absent. */
export function normalizeObservation(observation: {
  measure: string;
  dimensions?: Record<string, string>;
  value: ObservationValue;
}): Observation {
  const value = observation.value;
  const normalized: ObservationValue =
    value.kind === 'number'
      ? { kind: 'number', amount: value.amount, ...(value.approximate === true ? { approximate: true as const } : {}) }
      : value.kind === 'status'
        ? { kind: 'status', status: value.status }
        : { kind: 'no_data', reason: value.reason };
  return { measure: observation.measure, dimensions: { ...(observation.dimensions ?? {}) }, value: normalized };
}

export function sameValue(a: ObservationValue, b: ObservationValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'number' && b.kind === 'number')
    return compareAmounts(a.amount, b.amount) === 0 && a.approximate === b.approximate;
  if (a.kind === 'status' && b.kind === 'status') return a.status === b.status;
  return a.kind === 'no_data' && b.kind === 'no_data' && a.reason === b.reason;
}

/**
 * Every problem of a list of observations (catalogue, units, duplicates, breakdowns, and what `jurisdiction` may
 * report: the region only SEESAC's regional data); throws InvalidInput.
 */
export function assertValidObservations(observations: readonly unknown[], path: string, jurisdiction?: string): void {
  const problems = [
    ...checkObservations(catalogue, observations, path),
    ...(jurisdiction ? reporterProblems(catalogue, jurisdiction, observations, path) : []),
  ];
  if (problems.length > 0) throw new InvalidInput(problems);
}

/** A jurisdiction's values of SEESAC's regional measures (KPI 5, KPI 14, AVMP): kept, with a warning. */
export function regionalDataWarnings(
  jurisdiction: string,
  observations: readonly Observation[],
  path = 'observations',
): Warning[] {
  return reporterWarnings(catalogue, jurisdiction, observations, path);
}

/** Later parts replace the same measure + dimensions; order of first appearance is kept. */
export function mergeObservations(current: readonly Observation[], part: readonly Observation[]): Observation[] {
  const merged = new Map(current.map((o) => [cellKeyOf(o), o] as const));
  for (const observation of part) merged.set(cellKeyOf(observation), observation);
  return [...merged.values()];
}

/** Breakdown rules on a whole report (after merging a part): problems at `path`. */
export function breakdownProblems(observations: readonly Observation[], path: string): Problem[] {
  return checkBreakdowns(catalogue, observations, path);
}

function countOf(value: ObservationValue): bigint | undefined {
  return value.kind === 'number' && INTEGER_AMOUNT.test(value.amount) ? BigInt(value.amount) : undefined;
}

/**
 * Plausibility checks that may legitimately fail (kept as warnings): convictions above the cases reported in the
 * same year for the same offence category (cases from earlier years may be adjudicated later).
 */
export function plausibilityWarnings(observations: readonly Observation[], path = 'observations'): Warning[] {
  const warnings: Warning[] = [];
  const reported = new Map<string, bigint>();
  observations.forEach((o) => {
    const amount = countOf(o.value);
    if (o.measure === 'kpi3_reported_cases' && amount !== undefined)
      reported.set(cellKeyOf({ ...o, measure: '' }), amount);
  });
  observations.forEach((o, index) => {
    const amount = countOf(o.value);
    if (o.measure !== 'kpi3_solved_with_conviction' || amount === undefined) return;
    const cases = reported.get(cellKeyOf({ ...o, measure: '' }));
    if (cases !== undefined && amount > cases) {
      const cell =
        Object.entries(o.dimensions)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ') || 'total';
      warnings.push({
        path: `${path}[${index}]`,
        message: `${amount} cases solved with conviction exceed the ${cases} cases reported that year (${cell}); plausible when earlier cases were adjudicated, please confirm`,
      });
    }
  });
  return warnings;
}
