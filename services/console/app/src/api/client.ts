import createClient, { Middleware } from 'openapi-fetch';
import type { paths as IntakePaths, components as IntakeComponents } from './report-intake';
import type { paths as AggregationPaths } from './kpi-aggregation';

/** The session's CSRF token, sent on every write (the backend-for-frontend refuses writes without it). */
let csrfToken: string | undefined;
export const setCsrfToken = (token: string | undefined) => (csrfToken = token);
export const csrfHeaders = (): Record<string, string> => (csrfToken ? { 'X-CSRF-Token': csrfToken } : {});

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/** report-intake through the console's proxy (the session's token is added server-side). */
export const intake = createClient<IntakePaths>({ baseUrl: '/api/report-intake' });
intake.use(csrf);

/** kpi-aggregation through the console's proxy. */
export const aggregation = createClient<AggregationPaths>({ baseUrl: '/api/kpi-aggregation' });
aggregation.use(csrf);
export type RegionalTotals = AggregationPaths['/regional-totals/{measure}']['get'] extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

export type KpiReportSummary = IntakeComponents['schemas']['KpiReportSummaryDto'];
export type ReportingRound = IntakeComponents['schemas']['ReportingRoundDto'];
export type Catalogue = IntakeComponents['schemas']['CatalogueDto'];

/** A value as reported: a number, a status, or "no data" with its reason (never 0). */
export type ObservationValue = { kind: 'number'; amount: string } | { kind: 'status'; status: string } | { kind: 'no_data'; reason: string };
export interface Observation {
  measure: string;
  dimensions?: Record<string, string>;
  value: ObservationValue;
}
export interface KpiReportRevision {
  revision: number;
  status: KpiReportSummary['status'];
  roundNumber?: number;
  dueDate?: string;
  late?: boolean;
  observations: Observation[];
  warnings: Array<{ path: string; message: string }>;
  comments?: string;
  amendmentReason?: string;
}
export interface KpiReportView {
  reportId: string;
  jurisdiction: string;
  year: number;
  version: number;
  current?: KpiReportRevision;
  /** Every revision's number and status, oldest first (only the accepted ones for readers who see only those). */
  revisions?: Array<{ revision: number; status: KpiReportSummary['status'] }>;
}
export interface HistoryEntry {
  action: string;
  streamVersion: number;
  actor: { subject?: string; role?: string; name?: string; jurisdiction?: string };
  at: string;
  comments?: string;
  reason?: string;
}

/** Thrown for a non-2xx answer, with the service's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** JSON of a route whose answer the service does not declare yet (the single report, its revision). */
export async function getJson<T>(path: string): Promise<{ body: T; etag: string | null }> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status, await messageOf(response));
  return { body: (await response.json()) as T, etag: response.headers.get('etag') };
}

/** A write through the proxy: JSON body, CSRF token, optional If-Match. */
export async function postJson<T>(path: string, body: unknown, ifMatch?: string | null): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...csrfHeaders(), ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new ApiError(response.status, await messageOf(response));
  return (await response.json()) as T;
}

async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { message?: unknown; problems?: Array<{ path: string; message: string }> };
  const problems = body.problems?.map((p) => `${p.path}: ${p.message}`).join('; ');
  return problems || (typeof body.message === 'string' ? body.message : `HTTP ${response.status}`);
}
