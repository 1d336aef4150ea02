// Events of an annual KPI report (stream `kpi-report:<jurisdiction>:<year>`), its state and evolve.
import { Observation, Warning, mergeObservations } from '../shared/observations';
import type { ReportState, ReportStatus, RevisionLifecycle } from '../shared/revisions';
import * as lifecycle from '../shared/revisions';

type ReportRef = {
  reportId: string;
  jurisdiction: string;
  year: number;
  /** 1-based; an amendment opens revision n+1. */
  revision: number;
};

export type KpiReportDraftSaved = {
  type: 'KpiReportDraftSaved';
  data: ReportRef & { roundNumber?: number; observations: Observation[] };
};
export type KpiReportSubmitted = {
  type: 'KpiReportSubmitted';
  data: ReportRef & {
    roundNumber?: number;
    dueDate?: string;
    late: boolean;
    observations: Observation[];
    warnings: Warning[];
  };
};
export type KpiReportReturnedForRevision = {
  type: 'KpiReportReturnedForRevision';
  data: ReportRef & { comments: string };
};
export type KpiReportAccepted = {
  type: 'KpiReportAccepted';
  data: ReportRef & { roundNumber?: number; observations: Observation[]; warnings: Warning[] };
};
export type KpiReportAmendmentStarted = {
  type: 'KpiReportAmendmentStarted';
  data: ReportRef & { basedOnRevision: number; reason: string };
};

export type KpiReportEvent =
  | KpiReportDraftSaved
  | KpiReportSubmitted
  | KpiReportReturnedForRevision
  | KpiReportAccepted
  | KpiReportAmendmentStarted;

export type KpiReportStatus = ReportStatus;

export interface KpiReportRevision extends RevisionLifecycle {
  observations: Observation[];
  warnings: Warning[];
}

export interface KpiReportState extends ReportState<KpiReportRevision> {
  year?: number;
}

export const initialKpiReportState = (): KpiReportState => ({ revisions: [] });

export const currentRevision = (state: KpiReportState) => lifecycle.currentOf(state.revisions);

/** The last accepted revision (what analysts may read). */
export const lastAcceptedRevision = (state: KpiReportState) => lifecycle.lastAcceptedOf(state.revisions);

const blank = (revision: number): KpiReportRevision => ({ revision, status: 'draft', observations: [], warnings: [] });

export function evolveKpiReport(state: KpiReportState, event: KpiReportEvent): KpiReportState {
  const { reportId, jurisdiction, year, revision } = event.data;
  const identified = { ...state, reportId, jurisdiction, year };
  const change = (how: (r: KpiReportRevision) => KpiReportRevision) =>
    lifecycle.withRevision(identified, revision, blank, how);
  switch (event.type) {
    case 'KpiReportDraftSaved':
      return change((r) => ({
        ...lifecycle.drafted(r, event.data),
        observations: mergeObservations(r.observations, event.data.observations),
      }));
    case 'KpiReportSubmitted':
      return change((r) => ({
        ...lifecycle.submitted(r, event.data),
        observations: event.data.observations,
        warnings: event.data.warnings,
      }));
    case 'KpiReportReturnedForRevision':
      return change((r) => lifecycle.returnedForRevision(r, event.data));
    case 'KpiReportAccepted':
      return change((r) => ({
        ...r,
        status: 'accepted',
        observations: event.data.observations,
        warnings: event.data.warnings,
      }));
    case 'KpiReportAmendmentStarted': {
      const basedOn = state.revisions.find((r) => r.revision === event.data.basedOnRevision);
      return change(() => ({
        ...lifecycle.amendmentOf(basedOn, event.data),
        observations: basedOn?.observations ?? [],
        warnings: [],
      }));
    }
    default:
      return state; // unknown event types are skipped
  }
}
