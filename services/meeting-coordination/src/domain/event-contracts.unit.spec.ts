import { COORDINATION_EVENTS, type PayloadsMatchContracts } from '@salw/contracts';
import { eventsDecided, expectEventsMatchContracts } from '@salw/testing';
import { coordinationRoundDecider } from './coordination-round/coordination-round.decider';
import { CoordinationRoundEvent } from './coordination-round/coordination-round.events';
import { MeetingCommand, meetingDecider } from './meeting/meeting.decider';
import { MeetingEvent } from './meeting/meeting.events';

// Compiles only while every payload type the deciders build is the generated JSON type of its proto message.
const payloadTypesMatch: PayloadsMatchContracts<MeetingEvent | CoordinationRoundEvent, typeof COORDINATION_EVENTS> =
  true;

describe('event payloads match proto/salw/coordination/v1/meetings.proto', () => {
  it('builds payloads of the generated JSON types (checked by tsc)', () => expect(payloadTypesMatch).toBe(true));

  it('covers every event of a meeting lifecycle and of a round; each payload reads strictly and writes back unchanged', () => {
    const commands: MeetingCommand[] = [
      {
        type: 'ScheduleMeeting',
        meetingId: 'regional-4',
        kind: 'regional_coordination',
        number: 4,
        roundNumber: 4,
        title: '4th',
        format: { mode: 'online' },
        startDate: '2020-11-25',
        endDate: '2020-11-26',
      },
      { type: 'RescheduleMeeting', startDate: '2020-11-25', endDate: '2020-11-26' },
      { type: 'ConfirmMeeting' },
      {
        type: 'AddAgendaSession',
        sessionId: 's2',
        date: '2020-11-25',
        title: 'Goals 1&2',
        goals: [1, 2],
        chair: { name: 'Alain Lapon', organization: 'SEESAC', position: 'CTA' },
        presentingJurisdictions: ['belgrade'],
      },
      {
        type: 'RegisterParticipants',
        participants: [
          {
            participantId: 'p1',
            name: 'A',
            organization: 'O',
            role: 'R',
            gender: 'female',
            jurisdiction: 'tirana',
            category: 'salw_commission',
          },
          { participantId: 'p2', name: 'B', organization: 'O', role: 'R' },
        ],
      },
      {
        type: 'AttachDocument',
        documentId: 'agenda',
        kind: 'agenda',
        title: 'Agenda',
        reference: 'https://example.org/agenda.pdf',
      },
      { type: 'MarkMeetingHeld' },
      { type: 'RecordSessionNotes', sessionId: 's2', notes: 'Notes' },
      { type: 'RecordComment', sessionId: 's2', author: 'X', organization: 'ITF', text: 'Comment' },
      { type: 'RecordConclusion', text: 'Conclusion', author: 'Georgios Kritikos', organization: 'EEAS' },
      { type: 'RecordSupportNeed', jurisdiction: 'pristina', goal: 6, description: 'Training of inspectors' },
      { type: 'RecordSupportNeed', organization: 'UNODC', description: 'Approval of a project application' },
      {
        type: 'AssignActionItem',
        actionItemId: 'a1',
        description: 'Do',
        owner: 'SEESAC',
        jurisdiction: 'pristina',
        goal: 6,
        dueDate: '2021-03-31',
      },
      { type: 'CompleteActionItem', actionItemId: 'a1', completedOn: '2021-03-01' },
      { type: 'PublishMeetingNotes' },
    ];
    const events = eventsDecided(meetingDecider, commands);
    const cancel = meetingDecider.decide(
      { type: 'CancelMeeting', reason: 'COVID-19' },
      meetingDecider.evolve(meetingDecider.initialState(), events[0] as MeetingEvent),
    );
    const round = coordinationRoundDecider.decide(
      {
        type: 'PlanCoordinationRound',
        roundNumber: 4,
        reportingPeriod: '2020-H1',
        regionalMeetingId: 'regional-4',
        regionalMeetingDate: '2020-11-25',
      },
      coordinationRoundDecider.initialState(),
    );
    const moved = coordinationRoundDecider.decide(
      { type: 'SetRegionalMeetingDate', regionalMeetingId: 'regional-4', regionalMeetingDate: '2020-11-26' },
      coordinationRoundDecider.evolve(coordinationRoundDecider.initialState(), round[0]),
    );
    expectEventsMatchContracts(COORDINATION_EVENTS, [...events, ...cancel, ...round, ...moved]);
  });
});
