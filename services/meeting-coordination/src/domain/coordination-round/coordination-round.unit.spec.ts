import { InvalidInput, NotFound, StateConflict } from '@salw/decider';
import { coordinationRoundDecider as decider } from './coordination-round.decider';
import { CoordinationRoundEvent } from './coordination-round.events';

const stateOf = (events: CoordinationRoundEvent[]) => events.reduce(decider.evolve, decider.initialState());
const planned: CoordinationRoundEvent = {
  type: 'CoordinationRoundPlanned',
  data: {
    roundNumber: 2,
    label: 'Second Roadmap Local Coordination Meetings',
    reportingPeriod: '2019-H1',
    regionalMeetingId: 'regional-2',
    regionalMeetingDate: '2019-11-20',
  },
};

describe('coordination round decider', () => {
  it('plans a round with its regional meeting and a default label', () => {
    const events = decider.decide(
      {
        type: 'PlanCoordinationRound',
        roundNumber: 2,
        reportingPeriod: '2019-H1',
        regionalMeetingId: 'regional-2',
        regionalMeetingDate: '2019-11-20',
      },
      stateOf([]),
    );
    expect(events).toEqual([planned]);
    expect(() => decider.decide({ type: 'PlanCoordinationRound', roundNumber: 2 }, stateOf(events))).toThrow(
      StateConflict,
    );
  });

  it('lists every problem of a bad plan', () => {
    try {
      decider.decide(
        {
          type: 'PlanCoordinationRound',
          roundNumber: 0,
          reportingPeriod: '2019-Q1',
          regionalMeetingDate: '2019-11-31',
        },
        stateOf([]),
      );
      throw new Error('expected InvalidInput');
    } catch (error) {
      expect((error as InvalidInput).problems.map((problem) => problem.path)).toEqual([
        'roundNumber',
        'reportingPeriod',
        'regionalMeetingDate',
        'regionalMeetingId',
      ]);
    }
  });

  it('sets the regional meeting date of a planned round only', () => {
    expect(
      decider.decide(
        { type: 'SetRegionalMeetingDate', regionalMeetingId: 'regional-2', regionalMeetingDate: '2019-11-21' },
        stateOf([planned]),
      ),
    ).toEqual([
      {
        type: 'RegionalMeetingDateSet',
        data: { roundNumber: 2, regionalMeetingId: 'regional-2', regionalMeetingDate: '2019-11-21' },
      },
    ]);
    expect(() =>
      decider.decide(
        { type: 'SetRegionalMeetingDate', regionalMeetingId: 'r', regionalMeetingDate: '2019-11-21' },
        stateOf([]),
      ),
    ).toThrow(NotFound);
  });

  it('refuses moving the regional meeting onto or before the day a local meeting of the round ends (002, round 2)', () => {
    const localMeetings = [
      { meetingId: 'local-2-belgrade', endDate: '2019-11-08' },
      { meetingId: 'local-2-skopje', endDate: '2019-10-29' },
    ];
    expect(() =>
      decider.decide(
        {
          type: 'SetRegionalMeetingDate',
          regionalMeetingId: 'regional-2',
          regionalMeetingDate: '2019-11-05',
          localMeetings,
        },
        stateOf([planned]),
      ),
    ).toThrow(
      'local coordination meetings of round 2 are held before the regional meeting; local-2-belgrade (2019-11-08) would not be before 2019-11-05',
    );
    expect(() =>
      decider.decide(
        {
          type: 'SetRegionalMeetingDate',
          regionalMeetingId: 'regional-2',
          regionalMeetingDate: '2019-11-08',
          localMeetings,
        },
        stateOf([planned]),
      ),
    ).toThrow('local-2-belgrade (2019-11-08) would not be before 2019-11-08');
    expect(
      decider.decide(
        {
          type: 'SetRegionalMeetingDate',
          regionalMeetingId: 'regional-2',
          regionalMeetingDate: '2019-11-09',
          localMeetings,
        },
        stateOf([planned]),
      ),
    ).toHaveLength(1);
  });

  it('follows its scheduled regional meeting: records nothing when it agrees, refuses another date', () => {
    const regionalMeeting = { startDate: '2019-11-20' };
    expect(
      decider.decide(
        {
          type: 'SetRegionalMeetingDate',
          regionalMeetingId: 'regional-2',
          regionalMeetingDate: '2019-11-20',
          regionalMeeting,
        },
        stateOf([planned]),
      ),
    ).toEqual([]);
    expect(() =>
      decider.decide(
        {
          type: 'SetRegionalMeetingDate',
          regionalMeetingId: 'regional-2',
          regionalMeetingDate: '2019-11-19',
          regionalMeeting,
        },
        stateOf([planned]),
      ),
    ).toThrow(
      'regional-2 is scheduled for 2019-11-20: move the meeting itself (POST /meetings/regional-2/rescheduling) and the round follows',
    );
  });

  it("labels rounds with English ordinals: the seeds' words for the first ten, then 11th, 21st, 22nd, 23rd", () => {
    const label = (roundNumber: number) =>
      (decider.decide({ type: 'PlanCoordinationRound', roundNumber }, stateOf([]))[0].data as { label: string }).label;
    expect(label(3)).toBe('Third Roadmap Local Coordination Meetings');
    expect([11, 12, 13, 21, 22, 23, 101, 111, 112].map(label)).toEqual(
      ['11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th'].map(
        (ordinal) => `${ordinal} Roadmap Local Coordination Meetings`,
      ),
    );
  });
});
