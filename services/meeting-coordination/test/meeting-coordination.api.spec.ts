import { InMemoryEventStore } from '@salw/event-store';
import { fromMessage, InMemoryBroker } from '@salw/messaging';
import { buildService } from '@salw/platform';
import { eventually, oidcEnv, tokenFor } from '@salw/testing';
import request from 'supertest';
import { createAppModule } from '../src/app.module';
import { CONTEXT, roundStream, SERVICE_NAME } from '../src/constants';
import { loadMeetingCoordinationSettings } from '../src/settings';

/** Coordination rounds planned over HTTP in-process, on the in-memory event store and broker: no Kafka, no database. */
describe('meeting-coordination API on the in-memory store', () => {
  const serviceSettings = loadMeetingCoordinationSettings({
    ...process.env,
    ...oidcEnv(SERVICE_NAME),
    PORT: '0',
    MONGO_DB: 'unused',
    LOG_LEVEL: 'warn',
  });
  const settings = serviceSettings.platform;
  const store = new InMemoryEventStore({ context: CONTEXT });
  const broker = new InMemoryBroker();
  let app: Awaited<ReturnType<typeof buildService>>;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await buildService(createAppModule(serviceSettings, { eventStore: store, broker }), {
      title: SERVICE_NAME,
      description: 'api spec',
      settings,
    });
    await app.init();
  });
  afterAll(() => app.close());

  it('plans a round once: 201 with its version, stored and published; planning it again is a 409', async () => {
    const seesac = await tokenFor({ role: 'seesac' });
    const planned = await http()
      .post('/coordination-rounds')
      .set('Authorization', seesac)
      .send({ roundNumber: 2, label: 'Second round', reportingPeriod: '2019-H1' })
      .expect(201);
    expect(planned.headers.etag).toBe('"1"');
    expect(planned.body).toMatchObject({ roundNumber: 2, planned: true });
    await http()
      .post('/coordination-rounds')
      .set('Authorization', seesac)
      .send({ roundNumber: 2, label: 'Again' })
      .expect(409);
    expect(await store.streamVersion(roundStream(2))).toBe(1);
    await eventually(async () =>
      expect(
        broker.messages(serviceSettings.service.MEETINGS_TOPIC).map((message) => fromMessage(message).type),
      ).toEqual(['CoordinationRoundPlanned']),
    );
  });

  it('answers one 400 naming every bad field, and stores nothing', async () => {
    const seesac = await tokenFor({ role: 'seesac' });
    const answer = await http()
      .post('/coordination-rounds')
      .set('Authorization', seesac)
      .send({ roundNumber: 0, reportingPeriod: '1999', regionalMeetingDate: '2019-02-30' })
      .expect(400);
    const body = JSON.stringify(answer.body);
    for (const path of ['roundNumber', 'reportingPeriod', 'regionalMeetingDate']) expect(body).toContain(path);
    expect((await store.readAll()).map((event) => event.streamId)).toEqual([roundStream(2)]);
  });

  it('lets only SEESAC plan a round', async () => {
    await http()
      .post('/coordination-rounds')
      .set('Authorization', await tokenFor({ role: 'analyst' }))
      .send({ roundNumber: 3 })
      .expect(403);
    expect(await store.readAll()).toHaveLength(1);
  });
});
