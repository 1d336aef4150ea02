import { getJson, ApiError, ObservationValue } from '../api/client';

/** A year of a jurisdiction's series as kpi-aggregation answers it: a value with its provenance, or missing. */
export type SeriesCell =
  | { year: number; state: 'missing' }
  | {
      year: number;
      state: 'reported';
      value: ObservationValue;
      status: 'validated' | 'provisional';
      reportId: string;
      revision: number;
      recordedAt: string;
    };
export interface Series {
  jurisdiction: string;
  measure: string;
  dimensions: Record<string, string>;
  observations: SeriesCell[];
}

/** `code:value` pairs as the figure routes take them. */
export const dimensionsParam = (dimensions: Record<string, string>) =>
  Object.entries(dimensions)
    .map(([d, v]) => `${d}:${v}`)
    .join(',');

/** A jurisdiction's validated series of a measure (as known at `asOf`); nothing reported at all is an empty series, not an error. */
export async function loadSeries(
  jurisdiction: string,
  measure: string,
  dimensions: Record<string, string>,
  asOf?: string,
): Promise<Series> {
  const query = new URLSearchParams();
  if (Object.keys(dimensions).length > 0) query.set('dimensions', dimensionsParam(dimensions));
  if (asOf) query.set('asOf', asOf);
  try {
    return (await getJson<Series>(`/api/kpi-aggregation/series/${jurisdiction}/${measure}?${query.toString()}`)).body;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      return { jurisdiction, measure, dimensions, observations: [] };
    throw error;
  }
}

/** The report a value came from, as the console's route to it (`kpi-report:tirana:2024` → /kpi-reports/tirana/2024). */
export function reportRoute(reportId: string): string | undefined {
  const [kind, jurisdiction, year] = reportId.split(':');
  return kind === 'kpi-report' && jurisdiction && year ? `/kpi-reports/${jurisdiction}/${year}` : undefined;
}

/** One CSV field, quoted when it needs to be (RFC 4180). */
export const csvField = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
