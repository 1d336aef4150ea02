// The meeting aggregate's commands and decide: pure, no I/O.
import { Decider, InvalidInput, NotFound, Problem, StateConflict, stateProblem } from '@salw/decider';
import { localMeetingsNotBefore } from '../coordination-round/coordination-round.decider';
import { isCalendarDate, JURISDICTIONS } from '../jurisdictions';
import {
  ActionItem,
  AgendaSession,
  Conclusion,
  evolveMeeting,
  initialMeetingState,
  Meeting,
  MeetingComment,
  MeetingDocument,
  MeetingEvent,
  MeetingSchedule,
  MeetingState,
  Participant,
  SupportNeed,
} from './meeting.events';

/** What the controller read of the round (`coordination-round:<n>`) before scheduling or moving one of its meetings. */
export interface RoundFacts {
  roundNumber: number;
  planned: boolean;
  /** The first day of the round's regional meeting (the meeting's own date once it is scheduled). */
  regionalMeetingDate?: string;
  /** For a regional meeting: the round's local meetings (other than cancelled ones). */
  localMeetings?: { meetingId: string; endDate: string }[];
}

export type MeetingCommand =
  | ({
      type: 'ScheduleMeeting';
      /** The start date when not given (a one-day meeting). */
      endDate?: string;
      /** Required for local coordination meetings; for a regional meeting naming a round, that round's. */
      round?: RoundFacts;
    } & Omit<MeetingSchedule, 'endDate'>)
  | { type: 'RescheduleMeeting'; startDate: string; endDate?: string; round?: RoundFacts }
  | { type: 'ConfirmMeeting' }
  | { type: 'MarkMeetingHeld' }
  | { type: 'PublishMeetingNotes' }
  | { type: 'CancelMeeting'; reason: string }
  | ({ type: 'AddAgendaSession' } & Omit<AgendaSession, 'notes'>)
  | { type: 'RegisterParticipants'; participants: Participant[] }
  | ({ type: 'AttachDocument' } & MeetingDocument)
  | { type: 'RecordSessionNotes'; sessionId: string; notes: string }
  | ({ type: 'RecordComment' } & MeetingComment)
  | ({ type: 'RecordConclusion' } & Conclusion & { author: string })
  | ({ type: 'RecordSupportNeed' } & SupportNeed)
  | ({ type: 'AssignActionItem' } & Omit<ActionItem, 'status' | 'completedOn'>)
  | { type: 'CompleteActionItem'; actionItemId: string; completedOn: string };

export const meetingDecider: Decider<MeetingState, MeetingCommand, MeetingEvent> = {
  initialState: initialMeetingState,
  evolve: evolveMeeting,
  decide: (command, state) => {
    if (command.type === 'ScheduleMeeting') return schedule(command, state);
    if (!state.exists) throw new NotFound('No such meeting');
    const meetingId = state.meetingId;
    if (state.status === 'cancelled') throw new StateConflict(`Meeting ${meetingId} was cancelled`);
    switch (command.type) {
      case 'RescheduleMeeting':
        return reschedule(command, state);
      case 'ConfirmMeeting':
        requireStatus(state, ['planned'], 'confirm');
        return [{ type: 'MeetingConfirmed', data: { meetingId } }];
      case 'MarkMeetingHeld':
        requireStatus(state, ['planned', 'confirmed'], 'mark as held');
        return [{ type: 'MeetingHeld', data: { meetingId } }];
      case 'PublishMeetingNotes':
        requireStatus(state, ['held'], 'publish the notes of');
        return [{ type: 'MeetingNotesPublished', data: { meetingId } }];
      case 'CancelMeeting':
        requireStatus(state, ['planned', 'confirmed'], 'cancel');
        return [{ type: 'MeetingCancelled', data: { meetingId, reason: command.reason } }];
      case 'AddAgendaSession':
        return addSession(command, state);
      case 'RegisterParticipants':
        return registerParticipants(command.participants, state);
      case 'AttachDocument': {
        if (state.documents.some((document) => document.documentId === command.documentId)) {
          throw new StateConflict(`Document ${command.documentId} is already attached`);
        }
        const { type: _type, ...document } = command;
        return [{ type: 'DocumentAttached', data: { meetingId, ...document } }];
      }
      case 'RecordSessionNotes':
        requireHeld(state, 'record session notes');
        if (!state.sessions.some((session) => session.sessionId === command.sessionId)) {
          // Which sessions the agenda holds is the meeting's state (alone, a 409).
          throw new InvalidInput([stateProblem('sessionId', `no session ${command.sessionId} on the agenda`)]);
        }
        return [
          { type: 'SessionNotesRecorded', data: { meetingId, sessionId: command.sessionId, notes: command.notes } },
        ];
      case 'RecordComment': {
        requireHeld(state, 'record comments');
        if (
          command.sessionId !== undefined &&
          !state.sessions.some((session) => session.sessionId === command.sessionId)
        ) {
          // Which sessions the agenda holds is the meeting's state (alone, a 409).
          throw new InvalidInput([stateProblem('sessionId', `no session ${command.sessionId} on the agenda`)]);
        }
        const { type: _type, ...comment } = command;
        return [{ type: 'CommentRecorded', data: { meetingId, ...comment } }];
      }
      case 'RecordConclusion': {
        requireHeld(state, 'record conclusions');
        if (command.author.trim() === '')
          throw new InvalidInput([{ path: 'author', message: 'a conclusion has an author: who drew it' }]);
        const { type: _type, ...conclusion } = command;
        return [{ type: 'ConclusionRecorded', data: { meetingId, ...conclusion } }];
      }
      case 'RecordSupportNeed': {
        requireHeld(state, 'record needs for support');
        const problems = [...supportNeedSourceProblems(command), ...goalProblems('goal', command.goal)];
        if (problems.length > 0) throw new InvalidInput(problems);
        const { type: _type, ...need } = command;
        return [{ type: 'SupportNeedRecorded', data: { meetingId, ...need } }];
      }
      case 'AssignActionItem':
        return assignActionItem(command, state);
      case 'CompleteActionItem': {
        const item = state.actionItems.find((candidate) => candidate.actionItemId === command.actionItemId);
        if (!item) throw new NotFound(`No action item ${command.actionItemId} in meeting ${meetingId}`);
        if (item.status === 'done') throw new StateConflict(`Action item ${command.actionItemId} is already done`);
        if (!isCalendarDate(command.completedOn))
          throw new InvalidInput([{ path: 'completedOn', message: 'must be a date YYYY-MM-DD' }]);
        return [
          {
            type: 'ActionItemCompleted',
            data: { meetingId, actionItemId: command.actionItemId, completedOn: command.completedOn },
          },
        ];
      }
    }
  },
};

/** The meeting's last day (its first when none is given: a one-day meeting), and what is wrong with its days. */
function meetingDays(command: { startDate: string; endDate?: string }): { endDate: string; problems: Problem[] } {
  const endDate = command.endDate ?? command.startDate;
  const problems: Problem[] = [];
  if (!isCalendarDate(command.startDate)) problems.push({ path: 'startDate', message: 'must be a date YYYY-MM-DD' });
  if (!isCalendarDate(endDate)) problems.push({ path: 'endDate', message: 'must be a date YYYY-MM-DD' });
  else if (isCalendarDate(command.startDate) && endDate < command.startDate)
    problems.push({ path: 'endDate', message: 'must not be before startDate' });
  return { endDate, problems };
}

function schedule(command: Extract<MeetingCommand, { type: 'ScheduleMeeting' }>, state: MeetingState): MeetingEvent[] {
  if (state.exists) throw new StateConflict(`Meeting ${command.meetingId} is already scheduled`);
  const { endDate, problems } = meetingDays(command);
  if (command.jurisdiction !== undefined) problems.push(...jurisdictionProblems('jurisdiction', command.jurisdiction));
  if (command.format.mode === 'in_person' && !command.format.city)
    problems.push({ path: 'format.city', message: 'an in-person meeting needs its city' });
  if (command.kind === 'local_coordination') {
    if (command.jurisdiction === undefined)
      problems.push({ path: 'jurisdiction', message: 'a local coordination meeting belongs to a jurisdiction' });
    if (command.roundNumber === undefined)
      problems.push({ path: 'roundNumber', message: 'a local coordination meeting belongs to a numbered round' });
    else problems.push(...roundProblems(command.roundNumber, command.round, command.startDate, endDate));
    if (
      command.roundNumber !== undefined &&
      command.jurisdiction !== undefined &&
      command.meetingId !== localMeetingId(command.roundNumber, command.jurisdiction)
    ) {
      problems.push({
        path: 'meetingId',
        message: `one local coordination meeting per jurisdiction per round: its id is ${localMeetingId(command.roundNumber, command.jurisdiction)}`,
      });
    }
  }
  if (command.kind === 'regional_coordination' && command.number === undefined) {
    problems.push({ path: 'number', message: 'a regional coordination meeting is numbered' });
  }
  if (command.kind === 'regional_coordination' && isCalendarDate(command.startDate))
    problems.push(...regionalProblems(command.round, command.startDate));
  if (problems.length > 0) throw new InvalidInput(problems);
  const { type: _type, round: _round, ...data } = command;
  return [{ type: 'MeetingScheduled', data: { ...data, endDate } }];
}

function reschedule(command: Extract<MeetingCommand, { type: 'RescheduleMeeting' }>, state: Meeting): MeetingEvent[] {
  requireStatus(state, ['planned', 'confirmed'], 'reschedule');
  const { endDate, problems } = meetingDays(command);
  if (problems.length === 0) {
    const outside = state.sessions.filter((session) => session.date < command.startDate || session.date > endDate);
    if (outside.length > 0)
      problems.push({
        path: 'startDate',
        message: `sessions ${outside.map((session) => session.sessionId).join(', ')} would fall outside the meeting days`,
      });
    if (state.kind === 'local_coordination' && state.roundNumber !== undefined)
      problems.push(...roundProblems(state.roundNumber, command.round, command.startDate, endDate));
    if (state.kind === 'regional_coordination') problems.push(...regionalProblems(command.round, command.startDate));
  }
  if (problems.length > 0) throw new InvalidInput(problems);
  return [{ type: 'MeetingRescheduled', data: { meetingId: state.meetingId, startDate: command.startDate, endDate } }];
}

/**
 * Every jurisdiction a command names, with where: what the command attributes to a jurisdiction (the meeting's own,
 * presenters, participants, support needs, action items). A ministry may name only its own.
 */
export function jurisdictionsNamedBy(command: MeetingCommand): { path: string; jurisdiction: string }[] {
  switch (command.type) {
    case 'ScheduleMeeting':
    case 'RecordSupportNeed':
    case 'AssignActionItem':
      return command.jurisdiction === undefined ? [] : [{ path: 'jurisdiction', jurisdiction: command.jurisdiction }];
    case 'AddAgendaSession':
      return command.presentingJurisdictions.map((jurisdiction, index) => ({
        path: `presentingJurisdictions[${index}]`,
        jurisdiction,
      }));
    case 'RegisterParticipants':
      return command.participants.flatMap((participant, index) =>
        participant.jurisdiction === undefined
          ? []
          : [{ path: `participants[${index}].jurisdiction`, jurisdiction: participant.jurisdiction }],
      );
    default:
      return [];
  }
}

/** The id of a jurisdiction's local coordination meeting of a round: one stream, so one meeting per jurisdiction per round. */
export function localMeetingId(roundNumber: number, jurisdiction: string): string {
  return `local-${roundNumber}-${jurisdiction}`;
}

/** The round ordering rule: local meetings are held before (not on the day of) the regional meeting they prepare. */
function roundProblems(
  roundNumber: number,
  round: RoundFacts | undefined,
  startDate: string,
  endDate: string,
): Problem[] {
  if (!round || round.roundNumber !== roundNumber || !round.planned) {
    // Which rounds are planned is state: the same meeting is fine once SEESAC plans its round (alone, a 409).
    return [stateProblem('roundNumber', `coordination round ${roundNumber} has not been planned`)];
  }
  const regional = round.regionalMeetingDate;
  if (regional !== undefined && isCalendarDate(startDate) && endDate >= regional) {
    // The regional meeting's date is the round's state: the same dates are fine in another round (alone, a 409).
    return [
      stateProblem(
        'startDate',
        `a local coordination meeting of round ${roundNumber} must be held before the round's regional meeting on ${regional}; ${endDate} is ${endDate === regional ? 'the same day' : 'after it'}`,
      ),
    ];
  }
  return [];
}

/** The same rule from the regional meeting's side: it is not scheduled or moved onto or before a local meeting of its round. */
function regionalProblems(round: RoundFacts | undefined, startDate: string): Problem[] {
  if (!round?.planned) return [];
  return localMeetingsNotBefore(round.roundNumber, startDate, round.localMeetings ?? [], 'startDate');
}

function addSession(command: Extract<MeetingCommand, { type: 'AddAgendaSession' }>, state: Meeting): MeetingEvent[] {
  if (state.sessions.some((session) => session.sessionId === command.sessionId)) {
    throw new StateConflict(`Session ${command.sessionId} is already on the agenda`);
  }
  const problems: Problem[] = [];
  if (!isCalendarDate(command.date)) problems.push({ path: 'date', message: 'must be a date YYYY-MM-DD' });
  else if (command.date < state.startDate || command.date > state.endDate) {
    // The meeting's days are its state (alone, a 409).
    problems.push(stateProblem('date', `must be a day of the meeting (${state.startDate} to ${state.endDate})`));
  }
  command.goals.forEach((goal, index) => problems.push(...goalProblems(`goals[${index}]`, goal)));
  command.presentingJurisdictions.forEach((code, index) =>
    problems.push(...jurisdictionProblems(`presentingJurisdictions[${index}]`, code)),
  );
  if (problems.length > 0) throw new InvalidInput(problems);
  const { type: _type, ...session } = command;
  return [{ type: 'AgendaSessionAdded', data: { meetingId: state.meetingId, ...session } }];
}

function registerParticipants(participants: Participant[], state: Meeting): MeetingEvent[] {
  const known = new Set(state.participants.map((participant) => participant.participantId));
  const problems: Problem[] = [];
  participants.forEach((participant, index) => {
    if (known.has(participant.participantId)) {
      problems.push({
        path: `participants[${index}].participantId`,
        message: `${participant.participantId} is already registered`,
      });
    }
    known.add(participant.participantId);
    if (participant.jurisdiction !== undefined)
      problems.push(...jurisdictionProblems(`participants[${index}].jurisdiction`, participant.jurisdiction));
  });
  if (participants.length === 0) problems.push({ path: 'participants', message: 'must list at least one participant' });
  if (problems.length > 0) throw new InvalidInput(problems);
  return [{ type: 'ParticipantsRegistered', data: { meetingId: state.meetingId, participants } }];
}

function assignActionItem(
  command: Extract<MeetingCommand, { type: 'AssignActionItem' }>,
  state: Meeting,
): MeetingEvent[] {
  if (state.actionItems.some((item) => item.actionItemId === command.actionItemId)) {
    throw new StateConflict(`Action item ${command.actionItemId} is already assigned`);
  }
  const problems: Problem[] = [];
  if (!isCalendarDate(command.dueDate)) problems.push({ path: 'dueDate', message: 'must be a date YYYY-MM-DD' });
  if (command.jurisdiction !== undefined) problems.push(...jurisdictionProblems('jurisdiction', command.jurisdiction));
  problems.push(...goalProblems('goal', command.goal));
  if (problems.length > 0) throw new InvalidInput(problems);
  const { type: _type, ...item } = command;
  return [{ type: 'ActionItemAssigned', data: { meetingId: state.meetingId, ...item } }];
}

/** A need for support comes from a jurisdiction or from a partner organization: one of them, named. */
function supportNeedSourceProblems(need: SupportNeed): Problem[] {
  const hasOrganization = need.organization !== undefined && need.organization.trim() !== '';
  if (need.jurisdiction !== undefined && hasOrganization) {
    return [
      {
        path: 'organization',
        message:
          "a need for support is either a jurisdiction's or a partner organization's: give one of jurisdiction and organization",
      },
    ];
  }
  if (need.jurisdiction !== undefined) return jurisdictionProblems('jurisdiction', need.jurisdiction);
  if (!hasOrganization)
    return [
      {
        path: 'jurisdiction',
        message: 'name who needs the support: a jurisdiction, or a partner organization (organization)',
      },
    ];
  return [];
}

function requireStatus(state: Meeting, allowed: Meeting['status'][], action: string): void {
  if (!allowed.includes(state.status)) {
    throw new StateConflict(
      `Cannot ${action} meeting ${state.meetingId}: it is ${state.status} (needs ${allowed.join(' or ')})`,
    );
  }
}

function requireHeld(state: Meeting, action: string): void {
  requireStatus(state, ['held', 'notes_published'], action);
}

function goalProblems(path: string, goal: number | undefined): Problem[] {
  return goal === undefined || (Number.isInteger(goal) && goal >= 1 && goal <= 7)
    ? []
    : [{ path, message: 'must be a Roadmap goal 1 to 7' }];
}

function jurisdictionProblems(path: string, code: string): Problem[] {
  return (JURISDICTIONS as readonly string[]).includes(code)
    ? []
    : [{ path, message: `unknown jurisdiction ${code} (one of ${JURISDICTIONS.join(', ')})` }];
}
