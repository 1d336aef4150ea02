import { InvalidInput } from '@salw/decider';
import { MeetingCommand, meetingDecider } from './meeting.decider';
import { evolveMeeting, initialMeetingState, MeetingEvent, MeetingState } from './meeting.events';

// The 4th Regional Roadmap Coordination Meeting (seed 004): who spoke, who concluded, who needs support.
const scheduled: MeetingEvent = {
  type: 'MeetingScheduled',
  data: {
    meetingId: 'regional-4',
    kind: 'regional_coordination',
    title: '4th Regional Roadmap Coordination Meeting',
    number: 4,
    roundNumber: 4,
    format: { mode: 'online' },
    startDate: '2020-11-25',
    endDate: '2020-11-26',
  },
};
const held: MeetingEvent = { type: 'MeetingHeld', data: { meetingId: 'regional-4' } };

function stateAfter(events: MeetingEvent[]): MeetingState {
  return events.reduce(evolveMeeting, initialMeetingState());
}
const decide = (command: MeetingCommand, events: MeetingEvent[] = [scheduled, held]) =>
  meetingDecider.decide(command, stateAfter(events));
const problemsOf = (attempt: () => unknown) => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof InvalidInput) return error.problems;
    throw error;
  }
  throw new Error('expected InvalidInput');
};

describe('conclusions have an author (004 "Conclusions of the Meeting")', () => {
  const wittke: MeetingCommand = {
    type: 'RecordConclusion',
    author: 'Albrecht von Wittke',
    organization: 'Federal Foreign Office, Germany',
    text: 'Harmonizing legislation is a key component of the Roadmap; the progress achieved under Goal 1 is applauded.',
  };

  it('records the conclusion with who drew it, and the meeting shows it so', () => {
    const events = decide(wittke);
    expect(events).toEqual([
      {
        type: 'ConclusionRecorded',
        data: {
          meetingId: 'regional-4',
          author: 'Albrecht von Wittke',
          organization: 'Federal Foreign Office, Germany',
          text: wittke.type === 'RecordConclusion' ? wittke.text : '',
        },
      },
    ]);
    const state = stateAfter([scheduled, held, ...events]);
    expect(state.exists && state.conclusions).toEqual([
      {
        author: 'Albrecht von Wittke',
        organization: 'Federal Foreign Office, Germany',
        text: expect.stringContaining('Goal 1'),
      },
    ]);
  });

  it('refuses a conclusion without an author', () => {
    expect(problemsOf(() => decide({ ...wittke, author: '  ' } as MeetingCommand))).toEqual([
      { path: 'author', message: 'a conclusion has an author: who drew it' },
    ]);
  });

  it('still folds a conclusion recorded before authors were (text only)', () => {
    const old = {
      type: 'ConclusionRecorded',
      data: { meetingId: 'regional-4', text: 'The Roadmap is a road leading to Europe.' },
    } as MeetingEvent;
    const state = stateAfter([scheduled, held, old]);
    expect(state.exists && state.conclusions).toEqual([{ text: 'The Roadmap is a road leading to Europe.' }]);
  });
});

describe('needs for support come from a jurisdiction or a partner organization', () => {
  it("records Pristina's need (004 session V: training of the inspectors)", () => {
    const events = decide({
      type: 'RecordSupportNeed',
      jurisdiction: 'pristina',
      goal: 6,
      description: 'Capacity building and training of the inspectors',
    });
    expect(events[0].data).toEqual({
      meetingId: 'regional-4',
      jurisdiction: 'pristina',
      goal: 6,
      description: 'Capacity building and training of the inspectors',
    });
  });

  it("records a partner organization's need: UNODC's project application pending approval (004 session III)", () => {
    const events = decide({
      type: 'RecordSupportNeed',
      organization: 'UNODC',
      goal: 3,
      description:
        'Approval of the project application for a gap and needs analysis for the detection of firearms in postal parcels (North Macedonia)',
    });
    const state = stateAfter([scheduled, held, ...events]);
    expect(state.exists && state.supportNeeds).toEqual([
      { organization: 'UNODC', goal: 3, description: expect.stringContaining('postal parcels') },
    ]);
  });

  it('refuses a need naming nobody, and one naming both a jurisdiction and an organization', () => {
    expect(problemsOf(() => decide({ type: 'RecordSupportNeed', description: 'Support' }))).toEqual([
      {
        path: 'jurisdiction',
        message: 'name who needs the support: a jurisdiction, or a partner organization (organization)',
      },
    ]);
    expect(
      problemsOf(() =>
        decide({
          type: 'RecordSupportNeed',
          jurisdiction: 'skopje',
          organization: 'OSCE',
          goal: 9,
          description: 'K9 capacities',
        }),
      ),
    ).toEqual([
      {
        path: 'organization',
        message:
          "a need for support is either a jurisdiction's or a partner organization's: give one of jurisdiction and organization",
      },
      { path: 'goal', message: 'must be a Roadmap goal 1 to 7' },
    ]);
  });
});

describe('participants have a category (004: SALW Commissions, international and regional organizations, donors)', () => {
  it('registers each with who they attend for', () => {
    const participants = [
      {
        participantId: 'mladen-markovic',
        name: 'Mladen Markovic',
        organization: 'SALW Commission',
        role: 'President of the SALW Commission',
        jurisdiction: 'podgorica',
        category: 'salw_commission' as const,
      },
      {
        participantId: 'milan-tkalac',
        name: 'Milan Tkalac',
        organization: "Appellate Public Prosecutor's Office",
        role: 'Public Prosecutor',
        jurisdiction: 'belgrade',
        category: 'jurisdiction_delegation' as const,
      },
      {
        participantId: 'eirini-lemos-maniati',
        name: 'Eirini Lemos-Maniati',
        organization: 'NATO HQ',
        role: 'Deputy Director, Arms Control, Disarmament and WMD Non-Proliferation Center',
        category: 'partner_organization' as const,
      },
      {
        participantId: 'albrecht-von-wittke',
        name: 'Albrecht von Wittke',
        organization: 'Federal Foreign Office, Germany',
        role: 'Director of Division, Conventional Arms Control',
        category: 'donor' as const,
      },
    ];
    const events = decide({ type: 'RegisterParticipants', participants });
    const state = stateAfter([scheduled, held, ...events]);
    expect(state.exists && state.participants.map((participant) => participant.category)).toEqual([
      'salw_commission',
      'jurisdiction_delegation',
      'partner_organization',
      'donor',
    ]);
  });
});
