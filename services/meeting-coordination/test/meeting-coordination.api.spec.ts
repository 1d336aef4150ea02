import { InMemoryEventStore } from '@salw/event-store';
import { fromMessage, InMemoryBroker } from '@salw/messaging';
import { buildService } from '@salw/platform';
import { apiSpecEnv, apiSpecification, eventually, tokenFor } from '@salw/testing';
import { createAppModule } from '../src/app.module';
import { CONTEXT, roundStream, SERVICE_NAME } from '../src/constants';
import { loadMeetingCoordinationSettings } from '../src/settings';

/** Coordination rounds planned over HTTP in-process, on the in-memory event store and broker: no Kafka, no database. */
describe('meeting-coordination API on the in-memory store', () => {
  const serviceSettings = loadMeetingCoordinationSettings(apiSpecEnv(SERVICE_NAME));
  const settings = serviceSettings.platform;
  const store = new InMemoryEventStore({ context: CONTEXT });
  const broker = new InMemoryBroker();
  const { http } = apiSpecification(() =>
    buildService(createAppModule(serviceSettings, { eventStore: store, broker }), {
      title: SERVICE_NAME,
      description: 'api spec',
      settings,
    }),
  );
  /** POST /coordination-rounds as `role`, expecting `status`. */
  const planRound = async (body: object, status: number, role: 'seesac' | 'analyst' = 'seesac') =>
    http()
      .post('/coordination-rounds')
      .set('Authorization', await tokenFor({ role }))
      .send(body)
      .expect(status);

  it('plans a round once: 201 with its version, stored and published; planning it again is a 409', async () => {
    const planned = await planRound({ roundNumber: 2, label: 'Second round', reportingPeriod: '2019-H1' }, 201);
    expect(planned.headers.etag).toBe('"1"');
    expect(planned.body).toMatchObject({ roundNumber: 2, planned: true });
    await planRound({ roundNumber: 2, label: 'Again' }, 409);
    expect(await store.streamVersion(roundStream(2))).toBe(1);
    await eventually(async () =>
      expect(
        broker.messages(serviceSettings.service.MEETINGS_TOPIC).map((message) => fromMessage(message).type),
      ).toEqual(['CoordinationRoundPlanned']),
    );
  });

  it('answers one 400 naming every bad field, and stores nothing', async () => {
    const answer = await planRound({ roundNumber: 0, reportingPeriod: '1999', regionalMeetingDate: '2019-02-30' }, 400);
    const body = JSON.stringify(answer.body);
    for (const path of ['roundNumber', 'reportingPeriod', 'regionalMeetingDate']) expect(body).toContain(path);
    expect((await store.readAll()).map((event) => event.streamId)).toEqual([roundStream(2)]);
  });

  it('lets only SEESAC plan a round', async () => {
    await planRound({ roundNumber: 3 }, 403, 'analyst');
    expect(await store.readAll()).toHaveLength(1);
  });
});
