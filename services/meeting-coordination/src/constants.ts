export const SERVICE_NAME = 'meeting-coordination';
export const CONTEXT = 'coordination';
/** What `@EventPattern` binds each projector to; the settings say which topic each is (consumerOf in app.module). */
export const CONSUMED = { meetings: 'meetings', reports: 'reports' } as const;

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
