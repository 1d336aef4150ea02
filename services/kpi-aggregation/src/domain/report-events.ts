import { catalogue, DECIMAL_AMOUNT } from '@salw/kpi-catalogue';

/** A KPI value as the reporting contract carries it: a number (decimal string), "no data" (never 0) or a status. */
export type KpiValue =
  /** `approximate`: the report gave the number as approximate (004: "around 90 firearms"); absent when exact. */
  | { kind: 'number'; amount: string; approximate?: true }
  | { kind: 'no_data'; reason?: string }
  | { kind: 'status'; status: string };

export interface ReportedObservation {
  measure: string;
  dimensions: Record<string, string>;
  value: KpiValue;
}

/** Provisional = submitted, validated = accepted by SEESAC. */
export type ValueStatus = 'provisional' | 'validated';

/** A report event this service cannot understand although it is of a known type: it goes to the dead-letter topic. */
export class UnreadableReportEvent extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableReportEvent';
  }
}

/** Stable key of a dimension set: `_total` for `{}`, else `code=value` pairs sorted, joined by `,`. */
export function dimensionKey(dimensions: Record<string, string>): string {
  const pairs = Object.keys(dimensions)
    .sort()
    .map((code) => `${code}=${dimensions[code]}`);
  return pairs.length === 0 ? '_total' : pairs.join(',');
}

/** The projection key of a series (its document's `_id`): jurisdiction, measure and dimensions. */
export function seriesKey(jurisdiction: string, measure: string, dimensions: Record<string, string>): string {
  return `${jurisdiction}:${measure}:${dimensionKey(dimensions)}`;
}

const SAFE = /^[a-z0-9_-]+$/;

function fail(path: string, message: string): never {
  throw new UnreadableReportEvent(`${path}: ${message}`);
}

function readValue(raw: unknown, path: string): KpiValue {
  if (typeof raw !== 'object' || raw === null) fail(path, 'must be an object');
  const value = raw as Record<string, unknown>;
  if (value.kind === 'number') {
    if (typeof value.amount !== 'string' || !DECIMAL_AMOUNT.test(value.amount))
      fail(`${path}.amount`, 'must be a decimal string');
    return {
      kind: 'number',
      amount: value.amount,
      ...(value.approximate === true ? { approximate: true as const } : {}),
    };
  }
  if (value.kind === 'no_data')
    return { kind: 'no_data', ...(typeof value.reason === 'string' ? { reason: value.reason } : {}) };
  if (value.kind === 'status') {
    if (typeof value.status !== 'string') fail(`${path}.status`, 'must be a string');
    return { kind: 'status', status: value.status };
  }
  return fail(`${path}.kind`, `unknown value kind ${JSON.stringify(value.kind)}`);
}

/** Reads and checks the observations of a submitted/accepted report; duplicates of a measure+dimensions: last wins. */
export function readObservations(raw: unknown): ReportedObservation[] {
  if (!Array.isArray(raw)) fail('observations', 'must be an array');
  const byKey = new Map<string, ReportedObservation>();
  raw.forEach((item: unknown, index) => {
    const path = `observations[${index}]`;
    if (typeof item !== 'object' || item === null) fail(path, 'must be an object');
    const observation = item as Record<string, unknown>;
    if (typeof observation.measure !== 'string' || !SAFE.test(observation.measure))
      fail(`${path}.measure`, 'must be a measure code');
    if (!catalogue.measure(observation.measure)) fail(`${path}.measure`, `unknown measure ${observation.measure}`);
    const dimensions = (observation.dimensions ?? {}) as Record<string, unknown>;
    if (typeof dimensions !== 'object' || dimensions === null || Array.isArray(dimensions))
      fail(`${path}.dimensions`, 'must be an object');
    for (const [code, value] of Object.entries(dimensions)) {
      if (!SAFE.test(code) || typeof value !== 'string' || !SAFE.test(value))
        fail(`${path}.dimensions.${code}`, 'must be a code');
    }
    const parsed: ReportedObservation = {
      measure: observation.measure,
      dimensions: dimensions as Record<string, string>,
      value: readValue(observation.value, `${path}.value`),
    };
    byKey.set(`${parsed.measure}|${dimensionKey(parsed.dimensions)}`, parsed);
  });
  return [...byKey.values()];
}

/** The common part of every KPI report payload. */
export interface KpiReportHeader {
  reportId: string;
  jurisdiction: string;
  year: number;
  revision: number;
  roundNumber?: number;
}

export function readKpiReportHeader(payload: Record<string, unknown>): KpiReportHeader {
  const { reportId, jurisdiction, year, revision, roundNumber } = payload;
  if (typeof reportId !== 'string' || !/^kpi-report:[a-z_-]+:\d{4}$/.test(reportId))
    fail('reportId', 'must be kpi-report:<jurisdiction>:<year>');
  if (typeof jurisdiction !== 'string' || !catalogue.jurisdiction(jurisdiction))
    fail('jurisdiction', 'must be a catalogue jurisdiction');
  if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2100) fail('year', 'must be a year');
  if (!Number.isInteger(revision) || (revision as number) < 1) fail('revision', 'must be a positive integer');
  return {
    reportId,
    jurisdiction,
    year: year as number,
    revision: revision as number,
    ...(Number.isInteger(roundNumber) ? { roundNumber: roundNumber as number } : {}),
  };
}
