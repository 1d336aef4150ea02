import { ConsumedEvent, FoldWrites } from '@salw/messaging';
import { UnreadableReportEvent } from '../../domain/report-events';

/** Where a report stands, one document per report stream (KPI or narrative). */
export interface ReportStatusDocument {
  _id: string;
  kind: 'kpi' | 'narrative';
  jurisdiction: string;
  /** `2024` for KPI reports; `2024`, `2024-H1` or `2024-H2` for narrative reports. */
  period: string;
  status: 'draft' | 'submitted' | 'returned' | 'accepted' | 'amending';
  revision: number;
  acceptedRevision?: number;
  roundNumber?: number;
  late?: boolean;
  submittedAt?: string;
  returnedAt?: string;
  acceptedAt?: string;
  comments?: string;
  /** Warnings and narrative goals of the last accepted revision: the regional report (read by all) shows nothing unaccepted. */
  warnings?: { path: string; message: string }[];
  goals?: { goal: number; progress?: string; challenges?: string; plans?: string; needsForSupport?: string }[];
}

export interface RoundDocument {
  _id: string;
  roundNumber: number;
  label: string;
  periodFrom: string;
  periodTo: string;
  /** Absent when the round has no due date (nothing is overdue in it). */
  dueDate?: string;
  noDueDateReason?: string;
  reportYear: number;
}

const STATUS_OF: Record<string, ReportStatusDocument['status']> = {
  KpiReportSubmitted: 'submitted',
  NarrativeReportSubmitted: 'submitted',
  KpiReportReturnedForRevision: 'returned',
  NarrativeReportReturnedForRevision: 'returned',
  KpiReportAccepted: 'accepted',
  NarrativeReportAccepted: 'accepted',
  KpiReportAmendmentStarted: 'amending',
  NarrativeReportAmendmentStarted: 'amending',
};

/** Queues the status change of a report event; returns false for event types this read model ignores. */
export function queueReportStatusWrites(
  reports: FoldWrites<ReportStatusDocument>,
  rounds: FoldWrites<RoundDocument>,
  event: ConsumedEvent,
): boolean {
  const payload = event.payload as Record<string, unknown>;
  if (event.type === 'ReportingRoundOpened') {
    const roundNumber = Number(payload.roundNumber);
    if (!Number.isInteger(roundNumber))
      throw new UnreadableReportEvent('ReportingRoundOpened without an integer roundNumber');
    const round: Omit<RoundDocument, '_id'> = {
      roundNumber,
      label: String(payload.label ?? ''),
      periodFrom: String(payload.periodFrom ?? ''),
      periodTo: String(payload.periodTo ?? ''),
      ...(typeof payload.dueDate === 'string' && payload.dueDate !== ''
        ? { dueDate: payload.dueDate }
        : { noDueDateReason: String(payload.noDueDateReason ?? 'not given') }),
      reportYear: Number(payload.reportYear),
    };
    const id = `reporting-round:${roundNumber}`;
    rounds.add(id, event.streamId, event.streamVersion, () => ({ _id: id, ...round }));
    return true;
  }
  const kind = event.type.startsWith('Kpi') ? 'kpi' : event.type.startsWith('Narrative') ? 'narrative' : undefined;
  if (!kind) return false;
  if (typeof payload.jurisdiction !== 'string') throw new UnreadableReportEvent(`${event.type} without a jurisdiction`);
  const period = kind === 'kpi' ? String(payload.year) : String(payload.period);
  const onInsert: ReportStatusDocument = {
    _id: event.streamId,
    kind,
    jurisdiction: payload.jurisdiction,
    period,
    status: 'draft',
    revision: Number(payload.revision ?? 1),
  };
  const status = Object.hasOwn(STATUS_OF, event.type) ? STATUS_OF[event.type] : undefined;
  if (!status) {
    // Drafts (and unknown future report events) only make the report known.
    reports.add(event.streamId, event.streamId, event.streamVersion, (doc) => ({
      ...(doc ?? onInsert),
      lastEventAt: event.recordedAt,
    }));
    return true;
  }
  const set: Record<string, unknown> = { status, revision: Number(payload.revision), lastEventAt: event.recordedAt };
  if (Number.isInteger(payload.roundNumber)) set.roundNumber = payload.roundNumber;
  if (status === 'submitted') Object.assign(set, { submittedAt: event.recordedAt, late: payload.late === true });
  if (status === 'returned')
    Object.assign(set, { returnedAt: event.recordedAt, comments: String(payload.comments ?? '') });
  if (status === 'accepted')
    Object.assign(set, { acceptedAt: event.recordedAt, acceptedRevision: Number(payload.revision) });
  if (status === 'accepted' && Array.isArray(payload.warnings)) set.warnings = payload.warnings;
  if (status === 'accepted' && Array.isArray(payload.goals)) set.goals = payload.goals;
  reports.add(
    event.streamId,
    event.streamId,
    event.streamVersion,
    (doc) => ({ ...(doc ?? onInsert), ...set }) as ReportStatusDocument,
  );
  return true;
}
