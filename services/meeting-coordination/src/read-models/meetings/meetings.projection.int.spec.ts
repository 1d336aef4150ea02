import { ProjectionSpecification } from '@salw/testing';
import { MeetingQueries } from './meeting-queries.service';
import { MeetingsProjector } from './meetings.projector';

const MEETING = 'meeting:local-2-skopje';
const scheduled = {
  streamId: MEETING,
  type: 'MeetingScheduled',
  data: {
    meetingId: 'local-2-skopje',
    kind: 'local_coordination',
    title: 'Skopje',
    roundNumber: 2,
    jurisdiction: 'skopje',
    format: { mode: 'in_person', city: 'Skopje' },
    startDate: '2019-10-29',
    endDate: '2019-10-29',
  },
};
const participants = (genders: string[]) => ({
  streamId: MEETING,
  type: 'ParticipantsRegistered',
  data: {
    meetingId: 'local-2-skopje',
    participants: genders.map((gender, index) => ({ name: `P${index}`, organization: 'MoI', gender })),
  },
});

type MeetingRow = Awaited<ReturnType<MeetingQueries['list']>>[number];
const spec = ProjectionSpecification.for<MeetingRow>(
  {
    apply: (db, events) => new MeetingsProjector(db).apply(events),
    read: async (db, id) => (await new MeetingQueries(db).list({})).find((row) => row.meetingId === id),
  },
  { context: 'meetings' },
);
afterAll(() => spec.close());

describe('meetings projection (real database)', () => {
  it('lists a scheduled meeting with its status and the gender counts added up as participants arrive', async () => {
    await spec
      .given([scheduled, participants(['female', 'male'])])
      .when([
        { streamId: MEETING, type: 'MeetingHeld', data: { meetingId: 'local-2-skopje' } },
        participants(['female']),
      ])
      .then('local-2-skopje', (row) => {
        expect(row).toMatchObject({ meetingId: 'local-2-skopje', status: 'held', year: 2019, jurisdiction: 'skopje' });
        expect(row.genderShare).toMatchObject({ women: 2, men: 1 });
      });
  });

  it('moves a rescheduled meeting to its new dates and year', async () => {
    await spec
      .given([scheduled])
      .when([
        {
          streamId: MEETING,
          type: 'MeetingRescheduled',
          data: { meetingId: 'local-2-skopje', startDate: '2020-01-10', endDate: '2020-01-11' },
        },
      ])
      .then('local-2-skopje', (row) =>
        expect(row).toMatchObject({ startDate: '2020-01-10', endDate: '2020-01-11', year: 2020, status: 'planned' }),
      );
  });
});
