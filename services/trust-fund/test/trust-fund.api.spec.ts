import { InMemoryEventStore } from '@salw/event-store';
import { fromMessage, InMemoryBroker } from '@salw/messaging';
import { buildService } from '@salw/platform';
import { apiSpecEnv, apiSpecification, eventually, tokenFor } from '@salw/testing';
import { createAppModule } from '../src/app.module';
import { CONTEXT, loadTrustFundSettings, SERVICE_NAME } from '../src/settings';

/** The fund's write routes in-process, on the in-memory event store and broker: no Kafka, no database. */
describe('trust-fund API on the in-memory store', () => {
  const serviceSettings = loadTrustFundSettings(apiSpecEnv(SERVICE_NAME));
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

  it('registers a donor: the event is stored, the fund answers with its new version, and the relay publishes it', async () => {
    const agent = await tokenFor({ role: 'administrative_agent' });
    const answer = await http()
      .post('/trust-fund/donors')
      .set('Authorization', agent)
      .send({ donorId: 'sweden', name: 'Sweden' })
      .expect(200);
    expect(answer.body.donors).toEqual([expect.objectContaining({ donorId: 'sweden', name: 'Sweden' })]);
    const stored = await store.readStream('fund:roadmap-mptf');
    expect(stored.map((event) => event.type)).toEqual(['DonorRegistered']);
    expect(answer.headers.etag).toBe(`"${stored.length}"`);
    const fund = await http().get('/trust-fund/fund').set('Authorization', agent).expect(200);
    expect(fund.headers.etag).toBe(answer.headers.etag);
    await eventually(async () =>
      expect(broker.messages(serviceSettings.service.FUND_TOPIC).map((message) => fromMessage(message).type)).toEqual([
        'DonorRegistered',
      ]),
    );
  });

  it('answers bad input with one 400 naming every problem, and stores nothing', async () => {
    const agent = await tokenFor({ role: 'administrative_agent' });
    const before = await store.streamVersion('fund:roadmap-mptf');
    const answer = await http()
      .post('/trust-fund/deposits')
      .set('Authorization', agent)
      .send({ depositId: 'd 1', donorId: 'sweden', currency: 'SEK', amount: 'x' })
      .expect(400);
    expect(JSON.stringify(answer.body)).toMatch(/amount/);
    expect(await store.streamVersion('fund:roadmap-mptf')).toBe(before);
  });

  it('refuses a write at a stale If-Match with 409, and a role that may not write with 403', async () => {
    const agent = await tokenFor({ role: 'administrative_agent' });
    await http()
      .post('/trust-fund/donors')
      .set('Authorization', agent)
      .set('If-Match', '"0"')
      .send({ donorId: 'norway', name: 'Norway' })
      .expect(409);
    await http()
      .post('/trust-fund/donors')
      .set('Authorization', await tokenFor({ role: 'donor' }))
      .send({ donorId: 'norway', name: 'Norway' })
      .expect(403);
    expect((await store.readStream('fund:roadmap-mptf')).map((event) => event.data.donorId)).not.toContain('norway');
  });
});
