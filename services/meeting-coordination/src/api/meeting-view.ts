import { countGenders, genderShare } from '../domain/gender-share';
import { isOverdue, MeetingState, Participant } from '../domain/meeting/meeting.events';

/** The meeting as the API shows it: the aggregate plus its share of women and overdue flags. */
export function meetingView(state: MeetingState, today = new Date().toISOString().slice(0, 10)) {
  if (!state.exists) return { exists: false };
  const { exists: _exists, ...meeting } = state;
  return {
    ...meeting,
    genderShare: genderShare(countGenders(meeting.participants)),
    participantsByCategory: countCategories(meeting.participants),
    actionItems: meeting.actionItems.map((item) => ({ ...item, overdue: isOverdue(item, today) })),
  };
}

/** How many participants attend for each category; those registered before categories were recorded count as not recorded. */
function countCategories(participants: Participant[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const participant of participants) {
    const category = participant.category ?? 'not_recorded';
    counts[category] = (counts[category] ?? 0) + 1;
  }
  return counts;
}
