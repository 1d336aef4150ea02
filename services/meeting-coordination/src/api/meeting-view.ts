import { countGenders, genderShare } from '../domain/gender-share';
import { isOverdue, MeetingState } from '../domain/meeting/meeting.events';

/** The meeting as the API shows it: the aggregate plus its share of women and overdue flags. */
export function meetingView(state: MeetingState, today = new Date().toISOString().slice(0, 10)) {
  if (!state.exists) return { exists: false };
  const { exists: _exists, ...meeting } = state;
  return {
    ...meeting,
    genderShare: genderShare(countGenders(meeting.participants)),
    actionItems: meeting.actionItems.map((item) => ({ ...item, overdue: isOverdue(item, today) })),
  };
}
