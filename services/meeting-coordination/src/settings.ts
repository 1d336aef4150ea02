import { loadServiceSettings, nameSetting, ServiceSettingsOf } from '@salw/platform';
import { z } from 'zod';

/** Settings of meeting coordination besides the platform's (tests isolate themselves with topics and a group of their own). */
export const meetingCoordinationSettingsSchema = z.object({
  /** The topic this service's relay publishes its events to, and its meetings projector reads. */
  MEETINGS_TOPIC: nameSetting('coordination.meetings.v1'),
  /** The report events consumed for meeting readiness (the reporting contract). */
  REPORTS_TOPIC: nameSetting('reporting.reports.v1'),
  /** The consumer group (a test's own process must not join the platform's group). */
  MEETING_COORDINATION_GROUP: nameSetting('meeting-coordination'),
});
export type MeetingCoordinationSettings = ServiceSettingsOf<z.infer<typeof meetingCoordinationSettingsSchema>>;

export function loadMeetingCoordinationSettings(env: NodeJS.ProcessEnv = process.env): MeetingCoordinationSettings {
  return loadServiceSettings(
    { PORT: 3003, MONGO_DB: 'meeting_coordination', OIDC_AUDIENCE: 'meeting-coordination' },
    meetingCoordinationSettingsSchema,
    env,
  );
}
