import { toJson } from '@bufbuild/protobuf';
import { reportingV1, type ReportingEvent } from '@salw/contracts';
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

/** A decoded report event with the envelope fields this read model keeps. */
type ReportEvent = Pick<ConsumedEvent, 'streamId' | 'streamVersion' | 'recordedAt'> & ReportingEvent;

/** Queues the status change of a report event. */
export function queueReportStatusWrites(
  reports: FoldWrites<ReportStatusDocument>,
  rounds: FoldWrites<RoundDocument>,
  event: ReportEvent,
): void {
  if (event.type === 'ReportingRoundOpened') {
    const { roundNumber, label, periodFrom, periodTo, dueDate, noDueDateReason, reportYear } = event.payload;
    if (roundNumber < 1) throw new UnreadableReportEvent('ReportingRoundOpened without a roundNumber');
    const round: Omit<RoundDocument, '_id'> = {
      roundNumber,
      label,
      periodFrom,
      periodTo,
      ...(dueDate !== '' ? { dueDate } : { noDueDateReason: noDueDateReason ?? 'not given' }),
      reportYear,
    };
    const id = `reporting-round:${roundNumber}`;
    rounds.add(id, event.streamId, event.streamVersion, () => ({ _id: id, ...round }));
    return;
  }
  const { payload } = event;
  if (!payload.jurisdiction) throw new UnreadableReportEvent(`${event.type} without a jurisdiction`);
  const kind = event.type.startsWith('Kpi') ? 'kpi' : 'narrative';
  const onInsert: ReportStatusDocument = {
    _id: event.streamId,
    kind,
    jurisdiction: payload.jurisdiction,
    period: 'period' in payload ? payload.period : String(payload.year),
    status: 'draft',
    revision: payload.revision || 1,
  };
  const status = Object.hasOwn(STATUS_OF, event.type) ? STATUS_OF[event.type] : undefined;
  if (!status) {
    // Drafts only make the report known.
    reports.add(event.streamId, event.streamId, event.streamVersion, (doc) => ({
      ...(doc ?? onInsert),
      lastEventAt: event.recordedAt,
    }));
    return;
  }
  const set: Record<string, unknown> = { status, revision: payload.revision, lastEventAt: event.recordedAt };
  if ('roundNumber' in payload && payload.roundNumber !== undefined) set.roundNumber = payload.roundNumber;
  if (event.type === 'KpiReportSubmitted' || event.type === 'NarrativeReportSubmitted')
    Object.assign(set, { submittedAt: event.recordedAt, late: event.payload.late });
  if (event.type === 'KpiReportReturnedForRevision' || event.type === 'NarrativeReportReturnedForRevision')
    Object.assign(set, { returnedAt: event.recordedAt, comments: event.payload.comments });
  if (status === 'accepted') Object.assign(set, { acceptedAt: event.recordedAt, acceptedRevision: payload.revision });
  // Stored as the contract's JSON (absent fields absent), not as the generated message objects.
  if (event.type === 'KpiReportAccepted')
    set.warnings = event.payload.warnings.map((warning) => toJson(reportingV1.WarningSchema, warning));
  if (event.type === 'NarrativeReportAccepted')
    set.goals = event.payload.goals.map((goal) => toJson(reportingV1.GoalNarrativeSchema, goal));
  reports.add(
    event.streamId,
    event.streamId,
    event.streamVersion,
    (doc) => ({ ...(doc ?? onInsert), ...set }) as ReportStatusDocument,
  );
}
