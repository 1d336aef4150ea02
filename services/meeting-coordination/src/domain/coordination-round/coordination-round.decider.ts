// The coordination-round aggregate's commands and decide: pure, no I/O.
import { Decider, InvalidInput, NotFound, Problem, StateConflict, stateProblem } from '@salw/decider';
import { isCalendarDate } from '../jurisdictions';
import { ordinalLabel } from '../ordinal';
import {
  CoordinationRoundEvent,
  CoordinationRoundState,
  evolveRound,
  initialRoundState,
} from './coordination-round.events';

export type CoordinationRoundCommand =
  | {
      type: 'PlanCoordinationRound';
      roundNumber: number;
      label?: string;
      reportingPeriod?: string;
      regionalMeetingId?: string;
      regionalMeetingDate?: string;
    }
  | {
      type: 'SetRegionalMeetingDate';
      regionalMeetingId: string;
      regionalMeetingDate: string;
      /** The round's local meetings as the controller read them: each must end before the regional meeting's day. */
      localMeetings?: { meetingId: string; endDate: string }[];
      /** The regional meeting as scheduled, when it is: the round follows the meeting, never the other way round. */
      regionalMeeting?: { startDate: string };
    };

export const coordinationRoundDecider: Decider<
  CoordinationRoundState,
  CoordinationRoundCommand,
  CoordinationRoundEvent
> = {
  initialState: initialRoundState,
  evolve: evolveRound,
  decide: (command, state) => {
    if (command.type === 'PlanCoordinationRound') {
      if (state.planned) throw new StateConflict(`Coordination round ${command.roundNumber} is already planned`);
      const problems: Problem[] = [];
      if (!Number.isInteger(command.roundNumber) || command.roundNumber < 1)
        problems.push({ path: 'roundNumber', message: 'must be a whole number from 1' });
      if (command.reportingPeriod !== undefined && !/^\d{4}(-H[12])?$/.test(command.reportingPeriod)) {
        problems.push({ path: 'reportingPeriod', message: 'must be a year (2020) or a half-year (2020-H1, 2020-H2)' });
      }
      if (command.regionalMeetingDate !== undefined && !isCalendarDate(command.regionalMeetingDate)) {
        problems.push({ path: 'regionalMeetingDate', message: 'must be a date YYYY-MM-DD' });
      }
      if ((command.regionalMeetingDate === undefined) !== (command.regionalMeetingId === undefined)) {
        problems.push({ path: 'regionalMeetingId', message: 'regionalMeetingId and regionalMeetingDate go together' });
      }
      if (problems.length > 0) throw new InvalidInput(problems);
      const { type: _type, ...data } = command;
      const label = command.label ?? `${ordinalLabel(command.roundNumber)} Roadmap Local Coordination Meetings`;
      return [{ type: 'CoordinationRoundPlanned', data: { ...data, label } }];
    }
    if (!state.planned) throw new NotFound('No such coordination round');
    if (!isCalendarDate(command.regionalMeetingDate))
      throw new InvalidInput([{ path: 'regionalMeetingDate', message: 'must be a date YYYY-MM-DD' }]);
    const scheduled = command.regionalMeeting;
    if (scheduled !== undefined && scheduled.startDate !== command.regionalMeetingDate) {
      throw new StateConflict(
        `${command.regionalMeetingId} is scheduled for ${scheduled.startDate}: move the meeting itself (POST /meetings/${command.regionalMeetingId}/rescheduling) and the round follows`,
      );
    }
    const problems = localMeetingsNotBefore(
      state.roundNumber,
      command.regionalMeetingDate,
      command.localMeetings ?? [],
      'regionalMeetingDate',
    );
    if (problems.length > 0) throw new InvalidInput(problems);
    // Already so (the regional meeting was moved and the round follows it again): nothing to record.
    if (
      state.regionalMeetingId === command.regionalMeetingId &&
      state.regionalMeetingDate === command.regionalMeetingDate
    )
      return [];
    return [
      {
        type: 'RegionalMeetingDateSet',
        data: {
          roundNumber: state.roundNumber,
          regionalMeetingId: command.regionalMeetingId,
          regionalMeetingDate: command.regionalMeetingDate,
        },
      },
    ];
  },
};

/**
 * The round ordering rule seen from the regional meeting: every local meeting of the round ends
 * before the regional meeting's first day (002: local meetings prepare it; the same day is too late).
 */
export function localMeetingsNotBefore(
  roundNumber: number,
  regionalMeetingDate: string,
  localMeetings: { meetingId: string; endDate: string }[],
  path: string,
): Problem[] {
  const notBefore = localMeetings.filter((meeting) => meeting.endDate >= regionalMeetingDate);
  if (notBefore.length === 0) return [];
  const named = notBefore.map((meeting) => `${meeting.meetingId} (${meeting.endDate})`).join(', ');
  // The local meetings already scheduled are the round's state (alone, a 409).
  return [
    stateProblem(
      path,
      `local coordination meetings of round ${roundNumber} are held before the regional meeting; ${named} would not be before ${regionalMeetingDate}`,
    ),
  ];
}
