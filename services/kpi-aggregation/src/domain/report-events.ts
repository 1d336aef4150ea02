import { reportingV1, UndecodableEvent } from '@salw/contracts';
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

/** A report event this service cannot understand although it decodes: poison, it goes to the dead-letter topic. */
export class UnreadableReportEvent extends UndecodableEvent {
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

// The payloads arrive decoded as their generated messages (reportingV1, see @salw/contracts' reportingEvents): what
// is checked here is what the proto cannot say (catalogue codes, decimal amounts, the value's kind).

function readValue(value: reportingV1.ObservationValue | undefined, path: string): KpiValue {
  if (!value) fail(path, 'is missing');
  if (value.kind === 'number') {
    if (!DECIMAL_AMOUNT.test(value.amount)) fail(`${path}.amount`, 'must be a decimal string');
    return { kind: 'number', amount: value.amount, ...(value.approximate ? { approximate: true as const } : {}) };
  }
  if (value.kind === 'no_data') return { kind: 'no_data', ...(value.reason ? { reason: value.reason } : {}) };
  if (value.kind === 'status') {
    if (!value.status) fail(`${path}.status`, 'must be a status code');
    return { kind: 'status', status: value.status };
  }
  return fail(`${path}.kind`, `unknown value kind ${JSON.stringify(value.kind)}`);
}

/** Checks the observations of a submitted/accepted report; duplicates of a measure+dimensions: last wins. */
export function readObservations(observations: readonly reportingV1.Observation[]): ReportedObservation[] {
  const byKey = new Map<string, ReportedObservation>();
  observations.forEach((observation, index) => {
    const path = `observations[${index}]`;
    if (!SAFE.test(observation.measure)) fail(`${path}.measure`, 'must be a measure code');
    if (!catalogue.measure(observation.measure)) fail(`${path}.measure`, `unknown measure ${observation.measure}`);
    for (const [code, value] of Object.entries(observation.dimensions)) {
      if (!SAFE.test(code) || !SAFE.test(value)) fail(`${path}.dimensions.${code}`, 'must be a code');
    }
    const parsed: ReportedObservation = {
      measure: observation.measure,
      dimensions: { ...observation.dimensions },
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

/** The header of a submitted or accepted KPI report, checked against the catalogue. */
export function readKpiReportHeader(
  payload: Pick<reportingV1.KpiReportAccepted, 'reportId' | 'jurisdiction' | 'year' | 'revision' | 'roundNumber'>,
): KpiReportHeader {
  const { reportId, jurisdiction, year, revision, roundNumber } = payload;
  if (!/^kpi-report:[a-z_-]+:\d{4}$/.test(reportId)) fail('reportId', 'must be kpi-report:<jurisdiction>:<year>');
  if (!catalogue.jurisdiction(jurisdiction)) fail('jurisdiction', 'must be a catalogue jurisdiction');
  if (year < 2000 || year > 2100) fail('year', 'must be a year');
  if (revision < 1) fail('revision', 'must be a positive integer');
  return { reportId, jurisdiction, year, revision, ...(roundNumber !== undefined ? { roundNumber } : {}) };
}
