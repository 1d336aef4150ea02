// Events of an annual KPI report (stream `kpi-report:<jurisdiction>:<year>`), its state and evolve.
import { Observation, Warning, mergeObservations } from '../shared/observations';

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

export type KpiReportStatus = 'draft' | 'submitted' | 'returned_for_revision' | 'accepted';

export interface KpiReportRevision {
  revision: number;
  status: KpiReportStatus;
  roundNumber?: number;
  dueDate?: string;
  late?: boolean;
  observations: Observation[];
  warnings: Warning[];
  /** Comments of the last return for revision. */
  comments?: string;
  basedOnRevision?: number;
  amendmentReason?: string;
}

export interface KpiReportState {
  reportId?: string;
  jurisdiction?: string;
  year?: number;
  /** Every revision, oldest first; the last one is the current one. */
  revisions: KpiReportRevision[];
}

export const initialKpiReportState = (): KpiReportState => ({ revisions: [] });

export function currentRevision(state: KpiReportState): KpiReportRevision | undefined {
  return state.revisions[state.revisions.length - 1];
}

/** The last accepted revision (what analysts may read). */
export function lastAcceptedRevision(state: KpiReportState): KpiReportRevision | undefined {
  return [...state.revisions].reverse().find((r) => r.status === 'accepted');
}

function withRevision(
  state: KpiReportState,
  revision: number,
  change: (r: KpiReportRevision) => KpiReportRevision,
): KpiReportState {
  const existing = state.revisions.find((r) => r.revision === revision);
  const base: KpiReportRevision = existing ?? { revision, status: 'draft', observations: [], warnings: [] };
  const updated = change(base);
  const revisions = existing
    ? state.revisions.map((r) => (r.revision === revision ? updated : r))
    : [...state.revisions, updated];
  return { ...state, revisions };
}

export function evolveKpiReport(state: KpiReportState, event: KpiReportEvent): KpiReportState {
  const { reportId, jurisdiction, year, revision } = event.data;
  const identified = { ...state, reportId, jurisdiction, year };
  switch (event.type) {
    case 'KpiReportDraftSaved':
      return withRevision(identified, revision, (r) => ({
        ...r,
        status: 'draft',
        roundNumber: event.data.roundNumber ?? r.roundNumber,
        observations: mergeObservations(r.observations, event.data.observations),
      }));
    case 'KpiReportSubmitted':
      return withRevision(identified, revision, (r) => ({
        ...r,
        status: 'submitted',
        roundNumber: event.data.roundNumber ?? r.roundNumber,
        dueDate: event.data.dueDate,
        late: event.data.late,
        observations: event.data.observations,
        warnings: event.data.warnings,
      }));
    case 'KpiReportReturnedForRevision':
      return withRevision(identified, revision, (r) => ({
        ...r,
        status: 'returned_for_revision',
        comments: event.data.comments,
      }));
    case 'KpiReportAccepted':
      return withRevision(identified, revision, (r) => ({
        ...r,
        status: 'accepted',
        observations: event.data.observations,
        warnings: event.data.warnings,
      }));
    case 'KpiReportAmendmentStarted': {
      const basedOn = state.revisions.find((r) => r.revision === event.data.basedOnRevision);
      return withRevision(identified, revision, () => ({
        revision,
        status: 'draft',
        roundNumber: basedOn?.roundNumber,
        observations: basedOn?.observations ?? [],
        warnings: [],
        basedOnRevision: event.data.basedOnRevision,
        amendmentReason: event.data.reason,
      }));
    }
    default:
      return state; // unknown event types are skipped
  }
}
