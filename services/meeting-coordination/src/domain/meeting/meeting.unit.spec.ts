import { DomainError, InvalidInput, NotFound, StateConflict } from '@salw/decider';
import { DeciderSpecification } from '@salw/testing';
import { MeetingCommand, meetingDecider } from './meeting.decider';
import { isOverdue, MeetingEvent } from './meeting.events';

const { given } = DeciderSpecification.for(meetingDecider);

const scheduledLocal: MeetingEvent = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'local-2-skopje',
    kind: 'local_coordination',
    title: 'Second Roadmap Local Coordination Meeting, Skopje',
    roundNumber: 2,
    jurisdiction: 'skopje',
    format: { mode: 'in_person', city: 'Skopje' },
    startDate: '2019-10-29',
    endDate: '2019-10-29',
  },
};
const scheduleLocal = (
  startDate: string,
  round = { roundNumber: 2, planned: true, regionalMeetingDate: '2019-11-20' },
): MeetingCommand => ({
  type: 'ScheduleMeeting',
  meetingId: 'local-2-skopje',
  kind: 'local_coordination',
  title: 'Second Roadmap Local Coordination Meeting, Skopje',
  roundNumber: 2,
  jurisdiction: 'skopje',
  format: { mode: 'in_person', city: 'Skopje' },
  startDate,
  round,
});
const held: MeetingEvent = { type: 'MeetingHeld', data: { meetingId: 'local-2-skopje' } };

describe('meeting decider: the round ordering rule', () => {
  it('schedules a local meeting dated before its round regional meeting', () => {
    given([]).when(scheduleLocal('2019-10-29')).then([scheduledLocal]);
  });

  it('refuses a local meeting dated after its round regional meeting, naming the regional date', () => {
    given([])
      .when(scheduleLocal('2019-11-25'))
      .thenThrows(
        InvalidInput,
        /must be held before the round's regional meeting on 2019-11-20; 2019-11-25 is after it/,
      );
  });

  it('refuses a local meeting held on the day of its round regional meeting (002: Belgrade 8 Nov 2019, Tirana 20 Nov)', () => {
    given([])
      .when(scheduleLocal('2019-11-20'))
      .thenThrows(
        DomainError,
        "a local coordination meeting of round 2 must be held before the round's regional meeting on 2019-11-20; 2019-11-20 is the same day",
      );
    expect(given([]).when(scheduleLocal('2019-11-19')).thenEvents()[0].type).toBe('MeetingScheduled');
  });

  it('refuses scheduling or moving the regional meeting onto or before a local meeting of its round', () => {
    const localMeetings = [
      { meetingId: 'local-2-skopje', endDate: '2019-10-29' },
      { meetingId: 'local-2-belgrade', endDate: '2019-11-08' },
    ];
    const round = { roundNumber: 2, planned: true, localMeetings };
    const scheduleRegional = (startDate: string): MeetingCommand => ({
      type: 'ScheduleMeeting',
      meetingId: 'regional-2',
      kind: 'regional_coordination',
      number: 2,
      roundNumber: 2,
      title: '2nd Regional Roadmap Coordination Meeting',
      format: { mode: 'in_person', city: 'Tirana' },
      startDate,
      endDate: '2019-11-21',
      round,
    });
    given([])
      .when(scheduleRegional('2019-11-08'))
      .thenThrows(DomainError, 'local-2-belgrade (2019-11-08) would not be before 2019-11-08');
    const [scheduled] = given([]).when(scheduleRegional('2019-11-20')).thenEvents();
    expect(scheduled.data).toMatchObject({ meetingId: 'regional-2', startDate: '2019-11-20', endDate: '2019-11-21' });
    given([scheduled])
      .when({ type: 'RescheduleMeeting', startDate: '2019-11-01', endDate: '2019-11-02', round })
      .thenThrows(
        DomainError,
        'local coordination meetings of round 2 are held before the regional meeting; local-2-belgrade (2019-11-08) would not be before 2019-11-01',
      );
    given([scheduled])
      .when({ type: 'RescheduleMeeting', startDate: '2019-11-09', round })
      .then([
        {
          type: 'MeetingRescheduled',
          data: { meetingId: 'regional-2', startDate: '2019-11-09', endDate: '2019-11-09' },
        },
      ]);
  });

  it('allows a local meeting on any date while the round has no regional meeting date yet', () => {
    expect(
      given([])
        .when(scheduleLocal('2020-06-02', { roundNumber: 2, planned: true } as never))
        .thenEvents()[0].type,
    ).toBe('MeetingScheduled');
  });

  it('refuses a local meeting of a round that has not been planned, and one without jurisdiction', () => {
    given([])
      .when(scheduleLocal('2019-10-29', { roundNumber: 2, planned: false } as never))
      .thenThrows(DomainError, /coordination round 2 has not been planned/);
    const command = { ...scheduleLocal('2019-10-29'), jurisdiction: undefined } as MeetingCommand;
    given([])
      .when(command)
      .thenThrows(DomainError, /belongs to a jurisdiction/);
  });

  it('keeps one local meeting per jurisdiction per round through its id', () => {
    given([])
      .when({ ...scheduleLocal('2019-10-29'), meetingId: 'skopje-again' } as MeetingCommand)
      .thenThrows(DomainError, /one local coordination meeting per jurisdiction per round: its id is local-2-skopje/);
  });

  it('applies the rule when a local meeting is rescheduled too', () => {
    const round = { roundNumber: 2, planned: true, regionalMeetingDate: '2019-11-20' };
    given([scheduledLocal])
      .when({ type: 'RescheduleMeeting', startDate: '2019-11-21', round })
      .thenThrows(DomainError, /regional meeting on 2019-11-20; 2019-11-21 is after it/);
    given([scheduledLocal])
      .when({ type: 'RescheduleMeeting', startDate: '2019-11-05', round })
      .then([
        {
          type: 'MeetingRescheduled',
          data: { meetingId: 'local-2-skopje', startDate: '2019-11-05', endDate: '2019-11-05' },
        },
      ]);
    given([scheduledLocal, held])
      .when({ type: 'RescheduleMeeting', startDate: '2019-11-05', round })
      .thenThrows(StateConflict);
  });

  it('lists every problem of a schedule at once', () => {
    given([])
      .when({ ...scheduleLocal('2019-02-30'), jurisdiction: 'vienna', endDate: '2019-13-01' } as MeetingCommand)
      .thenProblems(['endDate', 'jurisdiction', 'meetingId', 'startDate']);
  });

  it('refuses scheduling the same meeting twice', () => {
    given([scheduledLocal]).when(scheduleLocal('2019-10-29')).thenThrows(StateConflict);
  });
});

describe('meeting decider: status lifecycle', () => {
  it('goes planned → confirmed → held → notes published', () => {
    expect(given([scheduledLocal]).when({ type: 'ConfirmMeeting' }).thenEvents()[0].type).toBe('MeetingConfirmed');
    expect(given([scheduledLocal]).when({ type: 'MarkMeetingHeld' }).thenEvents()[0].type).toBe('MeetingHeld');
    expect(given([scheduledLocal, held]).when({ type: 'PublishMeetingNotes' }).thenEvents()[0].type).toBe(
      'MeetingNotesPublished',
    );
  });

  it('refuses publishing notes before the meeting is held, and anything after cancellation', () => {
    given([scheduledLocal])
      .when({ type: 'PublishMeetingNotes' })
      .thenThrows(DomainError, /it is planned \(needs held\)/);
    const cancelled: MeetingEvent = {
      type: 'MeetingCancelled',
      data: { meetingId: 'local-2-skopje', reason: 'COVID-19' },
    };
    given([scheduledLocal, cancelled])
      .when({ type: 'MarkMeetingHeld' })
      .thenThrows(DomainError, /was cancelled/);
    given([scheduledLocal, held]).when({ type: 'CancelMeeting', reason: 'late' }).thenThrows(StateConflict);
  });

  it('refuses commands on an unknown meeting', () => {
    given([]).when({ type: 'ConfirmMeeting' }).thenThrows(NotFound);
  });
});

describe('meeting decider: agenda', () => {
  const regional: MeetingEvent = {
    type: 'MeetingScheduled',
    data: {
      meetingId: 'regional-4',
      kind: 'regional_coordination',
      title: '4th Regional Roadmap Coordination Meeting',
      number: 4,
      format: { mode: 'online' },
      startDate: '2020-11-25',
      endDate: '2020-11-26',
    },
  };
  it('adds a session on a day of the meeting with its chair and presenting jurisdictions', () => {
    const command: MeetingCommand = {
      type: 'AddAgendaSession',
      sessionId: 'session-2',
      date: '2020-11-25',
      title: 'Implementation of Goal 1&2',
      goals: [1, 2],
      chair: { name: 'Alain Lapon', organization: 'SEESAC' },
      presentingJurisdictions: ['belgrade', 'tirana'],
    };
    const [event] = given([regional]).when(command).thenEvents();
    expect(event).toEqual({
      type: 'AgendaSessionAdded',
      data: { meetingId: 'regional-4', ...command, type: undefined },
    } as unknown as MeetingEvent);
  });

  it('refuses a session outside the meeting days, an unknown goal and jurisdiction, listing all', () => {
    const problems = given([regional])
      .when({
        type: 'AddAgendaSession',
        sessionId: 's',
        date: '2020-11-27',
        title: 't',
        goals: [8],
        presentingJurisdictions: ['vienna'],
      })
      .thenProblems(['date', 'goals[0]', 'presentingJurisdictions[0]']);
    expect(problems.map((problem) => problem.path)).toEqual(['date', 'goals[0]', 'presentingJurisdictions[0]']); // in the order of the body
  });
});

describe('meeting decider: action items', () => {
  const assigned: MeetingEvent = {
    type: 'ActionItemAssigned',
    data: {
      meetingId: 'local-2-skopje',
      actionItemId: 'a1',
      description: 'Share the draft law',
      owner: 'SALW Commission',
      jurisdiction: 'skopje',
      goal: 1,
      dueDate: '2019-12-31',
    },
  };
  it('assigns an action item once per id', () => {
    const { meetingId: _m, ...item } = assigned.data as typeof assigned.data & { meetingId: string };
    given([scheduledLocal])
      .when({ type: 'AssignActionItem', ...item })
      .then([assigned]);
    given([scheduledLocal, assigned])
      .when({ type: 'AssignActionItem', ...item })
      .thenThrows(StateConflict);
  });

  it('tracks an item to done once; a done item is never overdue', () => {
    const done = given([scheduledLocal, held, assigned])
      .when({ type: 'CompleteActionItem', actionItemId: 'a1', completedOn: '2020-01-10' })
      .thenEvents();
    expect(done).toEqual([
      {
        type: 'ActionItemCompleted',
        data: { meetingId: 'local-2-skopje', actionItemId: 'a1', completedOn: '2020-01-10' },
      },
    ]);
    given([scheduledLocal, assigned, ...done])
      .when({ type: 'CompleteActionItem', actionItemId: 'a1', completedOn: '2020-01-11' })
      .thenThrows(DomainError, /already done/);
    given([scheduledLocal])
      .when({ type: 'CompleteActionItem', actionItemId: 'zz', completedOn: '2020-01-11' })
      .thenThrows(NotFound);
    const state = [scheduledLocal, assigned, ...done].reduce(meetingDecider.evolve, meetingDecider.initialState());
    expect(state.exists && state.actionItems[0]).toMatchObject({ status: 'done', completedOn: '2020-01-10' });
    expect(isOverdue({ status: 'done', dueDate: '2019-12-31' }, '2020-02-01')).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: '2019-12-31' }, '2020-02-01')).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2019-12-31' }, '2019-12-31')).toBe(false);
  });

  it('refuses outcomes before the meeting is held', () => {
    given([scheduledLocal])
      .when({ type: 'RecordConclusion', text: 'x', author: 'Georgios Kritikos' })
      .thenThrows(DomainError, /needs held or notes_published/);
  });
});
