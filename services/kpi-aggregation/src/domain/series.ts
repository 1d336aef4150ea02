import { BASELINE_YEAR } from '@salw/decider';
import { ChangeFromBaseline, changeOfValue } from './baseline';
import { KpiValue, ValueStatus } from './report-events';

/** One version of a value: every version is kept, with when it was recorded and the report revision it came from. */
export interface ValueVersion {
  year: number;
  status: ValueStatus;
  value: KpiValue;
  reportId: string;
  revision: number;
  /** When the reporting context recorded the event (ISO 8601): the time axis of as-of queries. */
  recordedAt: string;
  eventId: string;
}

/** Which values a view shows: accepted only, submitted only, or the most recent of either. */
export type SeriesView = 'validated' | 'provisional' | 'latest';

export interface ViewOptions {
  /** Values as they were known at this instant (SDMX `asOf`). */
  asOf?: string;
}

/** The version a view shows for a year, or undefined when nothing is known ("missing", distinct from "no data"). */
export function versionFor(
  versions: readonly ValueVersion[],
  year: number,
  view: SeriesView,
  options: ViewOptions = {},
): ValueVersion | undefined {
  const asOf = options.asOf ? Date.parse(options.asOf) : undefined;
  let best: ValueVersion | undefined;
  for (const version of versions) {
    if (version.year !== year) continue;
    if (view !== 'latest' && version.status !== view) continue;
    if (asOf !== undefined && Date.parse(version.recordedAt) > asOf) continue;
    if (!best || later(version, best)) best = version;
  }
  return best;
}

function later(a: ValueVersion, b: ValueVersion): boolean {
  const byTime = Date.parse(a.recordedAt) - Date.parse(b.recordedAt);
  if (byTime !== 0) return byTime > 0;
  if (a.revision !== b.revision) return a.revision > b.revision;
  return a.status === 'validated' && b.status === 'provisional';
}

/** The years of a series: from the 2018 baseline to the last year with a value (or `toYear`). */
export function seriesYears(versions: readonly ValueVersion[], fromYear = 2018, toYear?: number): number[] {
  const last = toYear ?? Math.max(fromYear, ...versions.map((version) => version.year));
  const years: number[] = [];
  for (let year = fromYear; year <= last; year++) years.push(year);
  return years;
}

/** A cell of a series as the API shows it: a value with provenance, or `missing` (nothing reported). */
export type SeriesCell =
  | { year: number; state: 'missing' }
  | {
      year: number;
      state: 'reported';
      value: KpiValue;
      status: ValueStatus;
      reportId: string;
      revision: number;
      recordedAt: string;
      /** Additive measures: against the 2018 value shown in the same view (as of the same instant). */
      changeFromBaseline?: ChangeFromBaseline;
      history?: ValueVersion[];
    };

export interface SeriesQuery extends ViewOptions {
  view: SeriesView;
  /** Only the years whose shown value was recorded after this instant (SDMX `updatedAfter`). */
  updatedAfter?: string;
  /** Every version of each year's value with its revision (SDMX `includeHistory`). */
  includeHistory?: boolean;
  fromYear?: number;
  toYear?: number;
  /** The measure is additive: each number gets its change against the 2018 baseline. */
  additive?: boolean;
}

export function seriesCells(versions: readonly ValueVersion[], query: SeriesQuery): SeriesCell[] {
  const after = query.updatedAfter ? Date.parse(query.updatedAfter) : undefined;
  const asOf = query.asOf ? Date.parse(query.asOf) : undefined;
  const cells: SeriesCell[] = [];
  const baseline = query.additive ? versionFor(versions, BASELINE_YEAR, query.view, query)?.value : undefined;
  for (const year of seriesYears(versions, query.fromYear, query.toYear)) {
    const shown = versionFor(versions, year, query.view, query);
    if (after !== undefined && (!shown || Date.parse(shown.recordedAt) <= after)) continue;
    if (!shown) {
      cells.push({ year, state: 'missing' });
      continue;
    }
    const cell: SeriesCell = {
      year,
      state: 'reported',
      value: shown.value,
      status: shown.status,
      reportId: shown.reportId,
      revision: shown.revision,
      recordedAt: shown.recordedAt,
    };
    const change = query.additive ? changeOfValue(shown.value, baseline) : undefined;
    if (change) cell.changeFromBaseline = change;
    if (query.includeHistory) {
      cell.history = versions
        .filter((version) => version.year === year && (asOf === undefined || Date.parse(version.recordedAt) <= asOf))
        .sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt) || a.revision - b.revision);
    }
    cells.push(cell);
  }
  return cells;
}
