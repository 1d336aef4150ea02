// Names read at class-definition time (@EventPattern needs the topic then): tests set the env first.
export const SERVICE_NAME = 'meeting-coordination';
export const CONTEXT = 'coordination';
/** MEETING_COORDINATION_GROUP overrides it (a test's own process must not join the platform's group). */
export const CONSUMER_GROUP = process.env.MEETING_COORDINATION_GROUP?.trim() || 'meeting-coordination';
/** The topic this service's relay publishes its events to. */
export const MEETINGS_TOPIC = process.env.MEETINGS_TOPIC ?? 'coordination.meetings.v1';
/** The report events this service consumes for meeting readiness (the reporting contract). */
export const REPORTS_TOPIC = process.env.REPORTS_TOPIC ?? 'reporting.reports.v1';
export const PORT = 3003;
export const DATABASE = 'meeting_coordination';

export const meetingStream = (meetingId: string) => `meeting:${meetingId}`;
export const roundStream = (roundNumber: number) => `coordination-round:${roundNumber}`;

/** Read-model collections. */
export const COLLECTIONS = {
  meetings: 'meetings_view',
  actionItems: 'action_items_view',
  rounds: 'rounds_view',
  reports: 'report_status_view',
  /** report-intake's reporting rounds (their periods), by round number: the same numbering as the coordination rounds. */
  reportingRounds: 'reporting_rounds_view',
} as const;
