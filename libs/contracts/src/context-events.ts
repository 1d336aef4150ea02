import { eventDecoder, eventSchemas, type DecodedEvent, type Upcasters } from './decode';
import * as coordination from './gen/salw/coordination/v1/meetings_pb';
import * as kpi from './gen/salw/kpi/v1/kpi_pb';
import * as reporting from './gen/salw/reporting/v1/reporting_pb';
import * as trustfund from './gen/salw/trustfund/v1/trust_fund_pb';

// One table per context: every event type of its topic and the generated schema of its payload, and the upcasters
// of payloads recorded under an older `schemaVersion` (none yet: every event type is at version 1). A new schema
// version of an event type adds its step here, e.g. `KpiReportSubmitted: { 1: (v1) => ({ ...v1, renamed: v1.old }) }`.

export const REPORTING_EVENTS = eventSchemas(reporting, [
  'KpiReportDraftSaved',
  'KpiReportSubmitted',
  'KpiReportReturnedForRevision',
  'KpiReportAccepted',
  'KpiReportAmendmentStarted',
  'NarrativeReportDraftSaved',
  'NarrativeReportSubmitted',
  'NarrativeReportReturnedForRevision',
  'NarrativeReportAccepted',
  'NarrativeReportAmendmentStarted',
  'ReportingRoundOpened',
]);
export const REPORTING_UPCASTERS: Upcasters<typeof REPORTING_EVENTS> = {};
/** Decodes the events of `reporting.reports.v1` (report-intake). */
export const reportingEvents = eventDecoder('reporting', REPORTING_EVENTS, REPORTING_UPCASTERS);
export type ReportingEvent = DecodedEvent<typeof REPORTING_EVENTS>;

export const COORDINATION_EVENTS = eventSchemas(coordination, [
  'MeetingScheduled',
  'MeetingRescheduled',
  'MeetingConfirmed',
  'MeetingHeld',
  'MeetingNotesPublished',
  'MeetingCancelled',
  'AgendaSessionAdded',
  'ParticipantsRegistered',
  'DocumentAttached',
  'SessionNotesRecorded',
  'CommentRecorded',
  'ConclusionRecorded',
  'SupportNeedRecorded',
  'ActionItemAssigned',
  'ActionItemCompleted',
  'CoordinationRoundPlanned',
  'RegionalMeetingDateSet',
]);
export const COORDINATION_UPCASTERS: Upcasters<typeof COORDINATION_EVENTS> = {};
/** Decodes the events of `coordination.meetings.v1` (meeting-coordination). */
export const coordinationEvents = eventDecoder('coordination', COORDINATION_EVENTS, COORDINATION_UPCASTERS);
export type CoordinationEvent = DecodedEvent<typeof COORDINATION_EVENTS>;

export const TRUSTFUND_EVENTS = eventSchemas(trustfund, [
  'FeeRatesSet',
  'DonorRegistered',
  'PledgeRecorded',
  'DepositRecorded',
  'SteeringCommitteeRecomposed',
  'TransferMade',
  'RefundRecorded',
  'InterestRecorded',
  'ContributorRefunded',
  'ProjectProposed',
  'ProjectApproved',
  'ProjectRejected',
  'ProjectImplementationStarted',
  'ProjectCompleted',
]);
export const TRUSTFUND_UPCASTERS: Upcasters<typeof TRUSTFUND_EVENTS> = {};
/** Decodes the events of `trustfund.fund.v1` (trust-fund). */
export const trustfundEvents = eventDecoder('trustfund', TRUSTFUND_EVENTS, TRUSTFUND_UPCASTERS);
export type TrustfundEvent = DecodedEvent<typeof TRUSTFUND_EVENTS>;

export const KPI_EVENTS = eventSchemas(kpi, ['KpiFactRecorded', 'RegionalReportCompiled']);
export const KPI_UPCASTERS: Upcasters<typeof KPI_EVENTS> = {};
/** Decodes the events of `kpi.facts.v1` (kpi-aggregation). */
export const kpiEvents = eventDecoder('kpi', KPI_EVENTS, KPI_UPCASTERS);
export type KpiEvent = DecodedEvent<typeof KPI_EVENTS>;
