// Rules of KPI values, checked against the catalogue. Pure functions: they return problems and never throw on bad
// input, so a service can report every problem of a submission at once.
import { KpiCatalogue, Measure, isNumericMeasure } from './catalogue';
import { DECIMAL_AMOUNT, FRACTION_DIGITS, INTEGER_AMOUNT, fromScaled, toScaled } from './decimal';
import type { Problem } from './problem';

/**
 * The value of one observation. Amounts are strings ("1434", "37.4") so that nothing is ever a float.
 * "No data" is its own kind, with a reason: it is not 0.
 */
export type ObservationValue =
  /** `approximate`: the report gives the number as approximate (004: "around 90 firearms"); absent when exact. */
  | { readonly kind: 'number'; readonly amount: string; readonly approximate?: boolean }
  | { readonly kind: 'status'; readonly status: string }
  | { readonly kind: 'no_data'; readonly reason: string };

/** One value of one measure, possibly for one cell of a breakdown (e.g. { offence_category: 'trafficking' }). */
export interface Observation {
  readonly measure: string;
  readonly dimensions?: Readonly<Record<string, string>>;
  readonly value: ObservationValue;
}

const PERCENT_MAX = toScaled('100');
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base.key` for a plain key, `base["odd.key"]` otherwise, so the path stays readable and unambiguous. */
function keyPath(base: string, key: string): string {
  return IDENTIFIER.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Problems with one observation (empty when valid):
 * - the measure exists;
 * - every dimension key is allowed for that measure and its value is a value of that dimension;
 * - a number is given for an integer/decimal measure, a status for a status measure (or "No data" for either);
 * - an integer amount is a non-negative whole number in digits ("0", "1434"; not "1.5", "-1", "1e3", "1,434");
 * - a decimal amount is non-negative with at most 6 fraction digits; a percentage lies within 0..100;
 * - a status is one of the measure's status values;
 * - "No data" carries a non-empty reason.
 * `observation` is typed `unknown` because it usually comes straight from a request body.
 */
export function checkObservation(catalogue: KpiCatalogue, observation: unknown, path: string): Problem[] {
  const problems: Problem[] = [];
  const add = (p: string, message: string) => problems.push({ path: p, message });

  if (!isRecord(observation)) {
    add(path, 'must be an object { measure, dimensions?, value }');
    return problems;
  }
  if (typeof observation.measure !== 'string' || observation.measure.length === 0) {
    add(`${path}.measure`, 'must be a measure code');
    return problems;
  }
  const measure = catalogue.measure(observation.measure);
  if (!measure) {
    add(`${path}.measure`, `unknown measure ${show(observation.measure)}`);
    return problems;
  }

  checkDimensions(catalogue, measure, observation.dimensions, `${path}.dimensions`, add);
  checkValue(measure, observation.value, `${path}.value`, add);
  return problems;
}

function checkDimensions(
  catalogue: KpiCatalogue,
  measure: Measure,
  dimensions: unknown,
  path: string,
  add: (path: string, message: string) => void,
): void {
  if (dimensions === undefined) return;
  if (!isRecord(dimensions)) {
    add(path, 'must be an object of dimension code to value code');
    return;
  }
  for (const [key, value] of Object.entries(dimensions)) {
    const p = keyPath(path, key);
    const dimension = catalogue.dimension(key);
    if (!dimension) {
      add(p, `unknown dimension ${show(key)}`);
      continue;
    }
    if (!measure.dimensions.includes(key)) {
      const allowed = measure.dimensions.length ? measure.dimensions.join(', ') : 'none';
      add(p, `measure "${measure.code}" cannot be broken down by "${key}" (allowed: ${allowed})`);
      continue;
    }
    if (typeof value !== 'string') {
      add(p, `must be a value code of dimension "${key}"`);
      continue;
    }
    if (!dimension.values.some((v) => v.code === value)) {
      add(
        p,
        `${show(value)} is not a value of dimension "${key}" (values: ${dimension.values.map((v) => v.code).join(', ')})`,
      );
    }
  }
}

function checkValue(
  measure: Measure,
  value: unknown,
  path: string,
  add: (path: string, message: string) => void,
): void {
  if (!isRecord(value)) {
    add(path, 'must be { kind: "number", amount } or { kind: "status", status } or { kind: "no_data", reason }');
    return;
  }
  if (value.kind !== 'number' && value.approximate !== undefined)
    add(`${path}.approximate`, 'only a number can be approximate');
  switch (value.kind) {
    case 'no_data':
      if (typeof value.reason !== 'string' || value.reason.trim().length === 0) {
        add(`${path}.reason`, '"No data" needs a reason (it is not 0)');
      }
      return;
    case 'number':
      if (!isNumericMeasure(measure)) {
        add(`${path}.kind`, `measure "${measure.code}" takes a status, not a number`);
        return;
      }
      checkAmount(measure.valueType, measure.unit, value.amount, `${path}.amount`, add);
      if (value.approximate !== undefined && typeof value.approximate !== 'boolean')
        add(`${path}.approximate`, 'must be true or false (true: the report says "around")');
      return;
    case 'status':
      if (measure.valueType !== 'status') {
        add(`${path}.kind`, `measure "${measure.code}" takes a number, not a status`);
        return;
      }
      if (typeof value.status !== 'string' || !measure.statusValues.some((s) => s.code === value.status)) {
        const statuses = measure.statusValues.map((s) => s.code).join(', ');
        add(
          `${path}.status`,
          `${show(value.status)} is not a status of measure "${measure.code}" (statuses: ${statuses})`,
        );
      }
      return;
    default:
      add(`${path}.kind`, `must be "number", "status" or "no_data" (got ${show(value.kind)})`);
  }
}

function checkAmount(
  valueType: 'integer' | 'decimal',
  unit: string,
  amount: unknown,
  path: string,
  add: (path: string, message: string) => void,
): void {
  if (typeof amount !== 'string') {
    add(path, `must be a string of digits, e.g. "1434" (got ${typeof amount}); amounts are never JSON numbers`);
    return;
  }
  if (valueType === 'integer') {
    if (!INTEGER_AMOUNT.test(amount)) {
      add(path, `must be a non-negative whole number in digits, e.g. "0" or "1434" (got ${show(amount)})`);
    }
    return;
  }
  if (!DECIMAL_AMOUNT.test(amount)) {
    add(
      path,
      `must be a non-negative decimal with at most ${FRACTION_DIGITS} fraction digits, e.g. "37.4" (got ${show(amount)})`,
    );
    return;
  }
  if (unit === 'percent' && toScaled(amount) > PERCENT_MAX) {
    add(path, `a percentage must lie between 0 and 100 (got ${show(amount)})`);
  }
}

/** The amount of an observation that can take part in a sum, in millionths; undefined when it cannot. */
function additiveAmount(
  catalogue: KpiCatalogue,
  o: unknown,
): { measure: string; dims: Record<string, string>; scaled: bigint } | undefined {
  if (!isRecord(o) || typeof o.measure !== 'string') return undefined;
  const measure = catalogue.measure(o.measure);
  if (!measure || !isNumericMeasure(measure) || !measure.additive) return undefined;
  if (!isRecord(o.value) || o.value.kind !== 'number' || typeof o.value.amount !== 'string') return undefined;
  const amount = o.value.amount;
  const valid = measure.valueType === 'integer' ? INTEGER_AMOUNT.test(amount) : DECIMAL_AMOUNT.test(amount);
  if (!valid) return undefined;
  const dims: Record<string, string> = {};
  if (o.dimensions !== undefined) {
    if (!isRecord(o.dimensions)) return undefined;
    for (const [k, v] of Object.entries(o.dimensions)) {
      if (typeof v !== 'string') return undefined;
      dims[k] = v;
    }
  }
  return { measure: o.measure, dims, scaled: toScaled(amount) };
}

/** A canonical key for a measure and a set of dimensions (order-independent). */
function cellKey(measure: string, dims: Record<string, string>): string {
  return JSON.stringify([
    measure,
    Object.keys(dims)
      .sort()
      .map((k) => [k, dims[k]]),
  ]);
}

/** The parts of a breakdown: observations with one dimension more than the cell `totalKey`. */
interface Breakdown {
  readonly totalKey: string;
  readonly dimension: string;
  readonly parts: number[];
  sum: bigint;
}

/**
 * Breakdowns must not exceed their totals. For each additive measure, the observations that have exactly one more
 * dimension than a total observation (and the same values for its other dimensions) form a breakdown of that total
 * by the extra dimension; their sum must not exceed the total. A breakdown may be partial (parts may sum to less).
 * Sums are exact (BigInt). "No data", statuses, non-additive measures (percentages) and invalid amounts are skipped:
 * checkObservation reports the latter. When a cell is given twice, its first observation is the total (the second is
 * a duplicate, which checkObservations reports).
 * Paths are `${pathPrefix}[i]`; each problem is reported at the total and names the paths of the parts.
 * Linear in the number of observations (times the few dimensions of a measure): one request body must not be able to
 * block the event loop, so every part is summed once into its breakdown and every breakdown compared once.
 */
export function checkBreakdowns(
  catalogue: KpiCatalogue,
  observations: readonly unknown[],
  pathPrefix: string,
): Problem[] {
  const entries = observations.map((o) => additiveAmount(catalogue, o));

  const totalAt = new Map<string, number>();
  entries.forEach((a, i) => {
    const key = a && cellKey(a.measure, a.dims);
    if (key !== undefined && !totalAt.has(key)) totalAt.set(key, i);
  });

  // The breakdowns of each total cell, in the order their first part appears.
  const breakdowns = new Map<string, Breakdown>();
  const breakdownsOf = new Map<string, Breakdown[]>();
  entries.forEach((a, i) => {
    if (!a) return;
    for (const dimension of Object.keys(a.dims)) {
      const rest = { ...a.dims };
      delete rest[dimension];
      const totalKey = cellKey(a.measure, rest);
      if (!totalAt.has(totalKey)) continue;
      const id = JSON.stringify([totalKey, dimension]);
      let breakdown = breakdowns.get(id);
      if (!breakdown) {
        breakdown = { totalKey, dimension, parts: [], sum: 0n };
        breakdowns.set(id, breakdown);
        const ofTotal = breakdownsOf.get(totalKey) ?? [];
        ofTotal.push(breakdown);
        breakdownsOf.set(totalKey, ofTotal);
      }
      breakdown.parts.push(i);
      breakdown.sum += a.scaled;
    }
  });

  const problems: Problem[] = [];
  const totals = [...breakdownsOf.keys()].map((key) => totalAt.get(key)!).sort((x, y) => x - y);
  for (const t of totals) {
    const total = entries[t]!;
    for (const { dimension, parts, sum } of breakdownsOf.get(cellKey(total.measure, total.dims))!) {
      if (sum <= total.scaled) continue;
      const partPaths = parts.map((p) => `${pathPrefix}[${p}]`).join(', ');
      problems.push({
        path: `${pathPrefix}[${t}]`,
        message:
          `the breakdown of "${total.measure}" by "${dimension}" sums to ${fromScaled(sum)}, ` +
          `more than the total ${fromScaled(total.scaled)} at ${pathPrefix}[${t}] (parts: ${partPaths})`,
      });
    }
  }
  return problems;
}

/**
 * Every rule at once for a list of observations (e.g. one KPI report): each observation's own rules, no two
 * observations for the same measure and dimensions, and breakdowns within their totals.
 */
export function checkObservations(
  catalogue: KpiCatalogue,
  observations: readonly unknown[],
  pathPrefix: string,
): Problem[] {
  const problems: Problem[] = [];
  const firstAt = new Map<string, string>();
  observations.forEach((o, i) => {
    const path = `${pathPrefix}[${i}]`;
    const own = checkObservation(catalogue, o, path);
    problems.push(...own);
    if (own.length > 0 || !isRecord(o)) return;
    const key = cellKey(o.measure as string, (o.dimensions as Record<string, string> | undefined) ?? {});
    const previous = firstAt.get(key);
    if (previous !== undefined)
      problems.push({ path, message: `duplicate observation: same measure and dimensions as ${previous}` });
    else firstAt.set(key, path);
  });
  problems.push(...checkBreakdowns(catalogue, observations, pathPrefix));
  return problems;
}
