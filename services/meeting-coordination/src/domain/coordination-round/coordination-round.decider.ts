// The coordination-round aggregate's commands and decide: pure, no I/O.
import { Decider, InvalidInput, NotFound, Problem, StateConflict } from '@salw/decider';
import { isCalendarDate } from '../jurisdictions';
import { CoordinationRoundEvent, CoordinationRoundState, evolveRound, initialRoundState } from './coordination-round.events';

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
      /** The round's local meetings as the controller read them: none may end up after the regional meeting. */
      localMeetings?: { meetingId: string; endDate: string }[];
    };

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

export const coordinationRoundDecider: Decider<CoordinationRoundState, CoordinationRoundCommand, CoordinationRoundEvent> = {
  initialState: initialRoundState,
  evolve: evolveRound,
  decide: (command, state) => {
    if (command.type === 'PlanCoordinationRound') {
      if (state.planned) throw new StateConflict(`Coordination round ${command.roundNumber} is already planned`);
      const problems: Problem[] = [];
      if (!Number.isInteger(command.roundNumber) || command.roundNumber < 1) problems.push({ path: 'roundNumber', message: 'must be a whole number from 1' });
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
      const label = command.label ?? `${ORDINALS[command.roundNumber - 1] ?? `${command.roundNumber}th`} Roadmap Local Coordination Meetings`;
      return [{ type: 'CoordinationRoundPlanned', data: { ...data, label } }];
    }
    if (!state.planned) throw new NotFound('No such coordination round');
    if (!isCalendarDate(command.regionalMeetingDate)) throw new InvalidInput([{ path: 'regionalMeetingDate', message: 'must be a date YYYY-MM-DD' }]);
    const later = (command.localMeetings ?? []).filter((meeting) => meeting.endDate > command.regionalMeetingDate);
    if (later.length > 0) {
      throw new InvalidInput([
        {
          path: 'regionalMeetingDate',
          message: `local coordination meetings of round ${state.roundNumber} are held before the regional meeting; ${later.map((meeting) => `${meeting.meetingId} (${meeting.endDate})`).join(', ')} would be after ${command.regionalMeetingDate}`,
        },
      ]);
    }
    return [
      {
        type: 'RegionalMeetingDateSet',
        data: { roundNumber: state.roundNumber, regionalMeetingId: command.regionalMeetingId, regionalMeetingDate: command.regionalMeetingDate },
      },
    ];
  },
};
