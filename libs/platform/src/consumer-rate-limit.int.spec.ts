import { Controller, Inject, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventStore } from '@salw/event-store';
import { ConsumedEvent, GuardedWrites } from '@salw/messaging';
import { eventually, testInfra, uniqueName } from '@salw/testing';
import type { Db } from 'mongodb';
import request from 'supertest';
import { buildService, EVENT_STORE, loadSettings, MONGO_DB, PlatformModule } from './index';

const topic = uniqueName('test.limited.v1');
const group = uniqueName('test-limited');

@Controller()
class CountProjector {
  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  @EventPattern('counts')
  async apply(@Payload() events: ConsumedEvent[]) {
    const writes = new GuardedWrites();
    for (const event of events)
      writes.update(event.streamId, event.streamId, event.streamVersion, { $inc: { count: 1 } });
    await writes.flush(this.db.collection('counts'));
  }
}

describe('platform: the HTTP rate limit never touches the event consumers', () => {
  const infra = testInfra();
  // Two HTTP requests a minute; the consumer gets many more handler calls than that.
  const settings = loadSettings(
    { PORT: 0, MONGO_DB: uniqueName('limited'), OIDC_AUDIENCE: 'limited' },
    {
      ...process.env,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      MONGO_URL: infra.mongoUrl,
      RATE_LIMIT_PER_MINUTE: '2',
      LOG_LEVEL: 'warn',
    },
  );
  let app: Awaited<ReturnType<typeof buildService>>;

  @Module({
    imports: [
      PlatformModule.forRoot({ serviceName: 'limited', settings, eventSourcing: { context: 'limited', topic } }),
    ],
    controllers: [CountProjector],
  })
  class LimitedModule {}

  beforeAll(async () => {
    app = await buildService(LimitedModule, {
      title: 'limited',
      description: 'test',
      settings,
      consumer: { group, topics: { counts: topic } },
    });
    await app.startAllMicroservices();
    await app.init();
  });
  afterAll(async () => {
    await app.get<Db>(MONGO_DB).dropDatabase();
    await app.close();
  });

  it('applies every one of 8 spaced events (one handler call each), none dead-lettered', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const counts = app.get<Db>(MONGO_DB).collection<{ _id: string; count: number }>('counts');
    const meta = { actor: { subject: 'officer', role: 'seesac' as const }, correlationId: 'rate-limit-test' };
    for (let n = 1; n <= 8; n += 1) {
      await store.append('count:a', n - 1, [{ type: 'Counted', data: { n } }], meta);
      // Wait until it is applied before the next: each event is its own batch, its own handler call.
      await eventually(async () => expect((await counts.findOne({ _id: 'count:a' }))?.count).toBe(n), 20_000);
    }
    const metrics = await request(app.getHttpServer()).get('/metrics');
    expect(metrics.text).toMatch(new RegExp(`salw_consumer_events_applied_total\\{group="${group}"\\} 8`));
    expect(metrics.text).not.toMatch(/salw_consumer_dead_letters_total\{[^}]*\} [1-9]/);
  }, 120_000);

  it('still limits HTTP: the third request within the minute gets 429', async () => {
    const statuses: number[] = [];
    for (let call = 0; call < 3; call += 1)
      statuses.push((await request(app.getHttpServer()).get('/health/live')).status);
    expect(statuses).toContain(429);
  });
});
