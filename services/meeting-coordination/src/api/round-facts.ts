// What a round's rule needs to know, read from the event store (not the read model: a meeting
// scheduled a moment ago counts at once). decide stays pure; these reads feed it.
import { ConcurrencyError, EventStore } from '@salw/event-store';
import { AuthenticatedActor, executeCommand, loadAggregate } from '@salw/platform';
import { roundStream, meetingStream } from '../constants';
import { coordinationRoundDecider } from '../domain/coordination-round/coordination-round.decider';
import { JURISDICTIONS } from '../domain/jurisdictions';
import { localMeetingId, meetingDecider, RoundFacts } from '../domain/meeting/meeting.decider';
import { MeetingState } from '../domain/meeting/meeting.events';

/** A meeting that counts for the round: scheduled and not cancelled. */
async function activeMeeting(store: EventStore, meetingId: string) {
  const { state } = await loadAggregate(store, meetingDecider, meetingStream(meetingId));
  return state.exists && state.status !== 'cancelled' ? state : undefined;
}

/** The round's local meetings (one stream per jurisdiction per round), other than cancelled ones. */
export async function localMeetingsOfRound(
  store: EventStore,
  roundNumber: number,
): Promise<{ meetingId: string; endDate: string }[]> {
  const meetings = await Promise.all(
    JURISDICTIONS.map((jurisdiction) => activeMeeting(store, localMeetingId(roundNumber, jurisdiction))),
  );
  return meetings.flatMap((meeting) => (meeting ? [{ meetingId: meeting.meetingId, endDate: meeting.endDate }] : []));
}

/**
 * The round as a local meeting's rule sees it: the regional meeting's own first day once that
 * meeting is scheduled (the rule uses the regional meeting itself), else the date the round was planned with.
 */
export async function roundFactsForLocal(store: EventStore, roundNumber: number): Promise<RoundFacts> {
  const { state } = await loadAggregate(store, coordinationRoundDecider, roundStream(roundNumber));
  if (!state.planned) return { roundNumber, planned: false };
  const regional =
    state.regionalMeetingId === undefined ? undefined : await activeMeeting(store, state.regionalMeetingId);
  return { roundNumber, planned: true, regionalMeetingDate: regional?.startDate ?? state.regionalMeetingDate };
}

/** The round as its regional meeting's rule sees it: its local meetings. */
export async function roundFactsForRegional(store: EventStore, roundNumber: number): Promise<RoundFacts> {
  const { state } = await loadAggregate(store, coordinationRoundDecider, roundStream(roundNumber));
  if (!state.planned) return { roundNumber, planned: false };
  return { roundNumber, planned: true, localMeetings: await localMeetingsOfRound(store, roundNumber) };
}

/**
 * After a regional meeting was scheduled or moved, its round follows it. Safe to repeat (a retry
 * of the request re-runs it; the round records nothing when it already agrees).
 */
export async function roundFollowsRegionalMeeting(
  store: EventStore,
  meeting: MeetingState,
  actor: AuthenticatedActor,
): Promise<void> {
  if (
    !meeting.exists ||
    meeting.kind !== 'regional_coordination' ||
    meeting.roundNumber === undefined ||
    meeting.status === 'cancelled'
  )
    return;
  const roundNumber = meeting.roundNumber;
  for (let attempt = 0; ; attempt += 1) {
    const { state } = await loadAggregate(store, coordinationRoundDecider, roundStream(roundNumber));
    if (!state.planned) return; // no round to follow it: planning the round later names its meeting
    const command = {
      type: 'SetRegionalMeetingDate' as const,
      regionalMeetingId: meeting.meetingId,
      regionalMeetingDate: meeting.startDate,
      regionalMeeting: { startDate: meeting.startDate },
      localMeetings: await localMeetingsOfRound(store, roundNumber),
    };
    try {
      await executeCommand(store, coordinationRoundDecider, roundStream(roundNumber), command, { actor });
      return;
    } catch (error) {
      // Another writer moved the round in between: decide again on its fresh state, a few times.
      if (!(error instanceof ConcurrencyError) || attempt >= 3) throw error;
    }
  }
}
