import { Body, Controller, Get, Headers, HttpCode, Inject, Module, Param, Post, Res } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiProperty } from '@nestjs/swagger';
import { Decider, StateConflict } from '@salw/decider';
import { EventStore } from '@salw/event-store';
import { ConsumedEvent, deadLetterTopic, GuardedWrites, KafkaJsClient } from '@salw/messaging';
import { TopicReader } from '@salw/messaging';
import { eventually, testInfra, tokenFor, uniqueName } from '@salw/testing';
import { IsInt, IsString, Min } from 'class-validator';
import type { Response } from 'express';
import { Kafka, logLevel } from 'kafkajs';
import type { Db } from 'mongodb';
import request from 'supertest';
import {
  AuthenticatedActor,
  buildService,
  CurrentActor,
  EVENT_STORE,
  etagOf,
  executeCommand,
  expectedVersionFrom,
  IdempotencyStore,
  loadSettings,
  MONGO_DB,
  PlatformModule,
  Roles,
} from './index';

/** A toy aggregate: a tally that can be opened once and then counted. */
type TallyEvent = { type: 'TallyOpened'; data: { name: string } } | { type: 'TallyCounted'; data: { amount: number } };
type TallyCommand = { type: 'CountTally'; amount: number; name: string };
const tally: Decider<{ opened: boolean; total: number }, TallyCommand, TallyEvent> = {
  initialState: () => ({ opened: false, total: 0 }),
  decide: (command, state) => {
    if (command.amount === 13) throw new StateConflict('13 is refused');
    const counted: TallyEvent = { type: 'TallyCounted', data: { amount: command.amount } };
    return state.opened ? [counted] : [{ type: 'TallyOpened', data: { name: command.name } }, counted];
  },
  evolve: (state, event) =>
    event.type === 'TallyOpened' ? { ...state, opened: true } : { ...state, total: state.total + event.data.amount },
};

class CountDto {
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsInt() @Min(0) amount: number;
}

const topic = uniqueName('test.tallies.v1');
const group = uniqueName('test-platform');

@Controller('tallies')
class TallyController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly idempotency: IdempotencyStore,
  ) {}

  @Post(':id/counts')
  @Roles('seesac')
  @HttpCode(200)
  async count(
    @Param('id') id: string,
    @Body() body: CountDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const answer = await this.idempotency.run(actor, `tally:${id}`, key, body, async (commitId) => {
      const result = await executeCommand(this.store, tally, `tally:${id}`, { type: 'CountTally', ...body }, {
        actor,
        expectedVersion: expectedVersionFrom(ifMatch),
        commitId,
      });
      return { status: 200, body: result.state, headers: { etag: etagOf(result.nextExpectedVersion) } };
    });
    response.setHeader('ETag', answer.headers?.etag ?? '');
    return answer.body;
  }
}

@Controller()
class TallyProjector {
  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  @EventPattern(topic)
  async apply(@Payload() events: ConsumedEvent[]) {
    const writes = new GuardedWrites();
    for (const event of events) {
      if (event.type === 'TallyCounted' && event.payload.amount === 7) throw new Error('seven is poison here');
      if (event.type === 'TallyCounted') {
        writes.update(event.streamId, event.streamId, event.streamVersion, { $inc: { total: event.payload.amount as number } });
      }
    }
    await writes.flush(this.db.collection('tally_totals'));
  }

  @Get('tally-totals/:id')
  @Roles('analyst', 'seesac')
  async read(@Param('id') id: string) {
    return this.db.collection('tally_totals').findOne({ _id: `tally:${id}` as never }, { projection: { _applied: 0 } });
  }
}

describe('platform: a NestJS service on the real broker and database', () => {
  // The test service accepts the local realm's tokens for one of the platform's audiences.
  const settings = loadSettings({ PORT: 0, MONGO_DB: uniqueName('platform'), OIDC_AUDIENCE: 'report-intake' }, { ...process.env, ...envOf(testInfra()) });
  let seesac: string, analyst: string;
  beforeEach(async () => {
    [seesac, analyst] = await Promise.all([tokenFor({ role: 'seesac' }), tokenFor({ role: 'analyst' })]);
  });
  let app: Awaited<ReturnType<typeof buildService>>;

  @Module({
    imports: [PlatformModule.forRoot({ serviceName: 'test', settings, eventSourcing: { context: 'tallies', topic } })],
    controllers: [TallyController, TallyProjector],
  })
  class TestModule {}

  beforeAll(async () => {
    app = await buildService(TestModule, { title: 'test', description: 'test', settings, consumerGroup: group });
    await app.startAllMicroservices();
    await app.init();
  });
  afterAll(async () => {
    await app.get<Db>(MONGO_DB).dropDatabase();
    await app.close();
  });

  it('runs a command over REST with ETag / If-Match, relays its events and projects them through @EventPattern', async () => {
    const first = await request(app.getHttpServer()).post('/tallies/a/counts').set('Authorization', seesac).send({ name: 'a', amount: 2 });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const stale = await request(app.getHttpServer())
      .post('/tallies/a/counts')
      .set('Authorization', seesac)
      .set('If-Match', '"1"')
      .send({ name: 'a', amount: 3 });
    expect(stale.status).toBe(409);
    const second = await request(app.getHttpServer())
      .post('/tallies/a/counts')
      .set('Authorization', seesac)
      .set('If-Match', '"2"')
      .send({ name: 'a', amount: 3 });
    expect(second.body).toEqual({ opened: true, total: 5 });

    await eventually(async () => {
      const read = await request(app.getHttpServer()).get('/tally-totals/a').set('Authorization', analyst);
      expect(read.body).toEqual({ _id: 'tally:a', total: 5 });
    });
  });

  it('answers an idempotent retry with the same body and appends one set of events', async () => {
    const send = () =>
      request(app.getHttpServer()).post('/tallies/b/counts').set('Authorization', seesac).set('Idempotency-Key', 'retry-1').send({ name: 'b', amount: 4 });
    const [one, two] = [await send(), await send()];
    expect(two.body).toEqual(one.body);
    expect(two.headers.etag).toBe(one.headers.etag);
    expect(await app.get<EventStore>(EVENT_STORE).readStream('tally:b')).toHaveLength(2);
  });

  it("scopes Idempotency-Keys per actor: another caller's same key runs its own command", async () => {
    const officer = await tokenFor({ role: 'seesac' });
    const deputy = await tokenFor({ role: 'seesac', user: 'seesac.deputy' });
    const send = (token: string) =>
      request(app.getHttpServer()).post('/tallies/shared-key/counts').set('Authorization', token).set('Idempotency-Key', 'shared-key').send({ name: 'shared-key', amount: 2 });
    expect((await send(officer)).body).toEqual({ opened: true, total: 2 });
    expect((await send(deputy)).body).toEqual({ opened: true, total: 4 });
    expect((await send(officer)).body).toEqual({ opened: true, total: 2 }); // the officer's own answer, replayed
    const events = await app.get<EventStore>(EVENT_STORE).readStream('tally:shared-key');
    expect(events.map((event) => event.actor.name)).toEqual(['Sara Officer', 'Sara Officer', 'Dan Deputy']);
  });

  it('records the verified actor on the events: subject, display name, role', async () => {
    await request(app.getHttpServer()).post('/tallies/actor/counts').set('Authorization', seesac).send({ name: 'actor', amount: 1 });
    const [opened] = await app.get<EventStore>(EVENT_STORE).readStream('tally:actor');
    expect(opened.actor).toEqual({ subject: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Sara Officer', role: 'seesac' });
  });

  it('refuses bad input listing every problem, unknown fields, missing tokens and wrong roles, storing nothing', async () => {
    const bad = await request(app.getHttpServer()).post('/tallies/c/counts').set('Authorization', seesac).send({ amount: -1, extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual(['amount', 'extra', 'name']);
    expect((await request(app.getHttpServer()).post('/tallies/c/counts').send({ name: 'c', amount: 1 })).status).toBe(401);
    expect((await request(app.getHttpServer()).post('/tallies/c/counts').set('Authorization', analyst).send({ name: 'c', amount: 1 })).status).toBe(403);
    expect((await request(app.getHttpServer()).post('/tallies/c/counts').set('Authorization', seesac).send({ name: 'c', amount: 13 })).status).toBe(409);
    expect(await app.get<EventStore>(EVENT_STORE).readStream('tally:c')).toHaveLength(0);
  });

  it('sends an event its handler cannot apply to the dead-letter topic with the original reason, and goes on', async () => {
    const dead = await TopicReader.open(new KafkaJsClient({ brokers: settings.KAFKA_BROKERS, clientId: 'dlq-reader' }), deadLetterTopic(group));
    try {
      await request(app.getHttpServer()).post('/tallies/d/counts').set('Authorization', seesac).send({ name: 'd', amount: 7 });
      await request(app.getHttpServer()).post('/tallies/e/counts').set('Authorization', seesac).send({ name: 'e', amount: 1 });
      const [parked] = await dead.waitFor(1, undefined, 60_000);
      expect(JSON.parse(parked.value!).reason).toContain('seven is poison here');
      await eventually(async () => {
        const read = await request(app.getHttpServer()).get('/tally-totals/e').set('Authorization', analyst);
        expect(read.body.total).toBe(1);
      });
    } finally {
      await dead.close();
    }
  }, 90_000);

  it('shows in /health/ready and /metrics a partition its consumer cannot move past (dead-letter topic refusing), and recovers', async () => {
    const admin = new Kafka({ brokers: settings.KAFKA_BROKERS, clientId: 'dlq-config', logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const setDeadLetterLimit = (bytes: string) =>
      admin.alterConfigs({ validateOnly: false, resources: [{ type: 2, name: deadLetterTopic(group), configEntries: [{ name: 'max.message.bytes', value: bytes }] }] });
    try {
      await setDeadLetterLimit('200');
      await request(app.getHttpServer()).post('/tallies/f/counts').set('Authorization', seesac).send({ name: 'f', amount: 7 }).expect(200);
      const stalled = await eventually(async () => {
        const ready = await request(app.getHttpServer()).get('/health/ready');
        expect(ready.status).toBe(503);
        return ready.body;
      }, 60_000);
      expect(stalled.error.consumer.stalledPartitions).toEqual([
        expect.objectContaining({ topic, reason: expect.stringMatching(/cannot park in .*seven is poison here/) }),
      ]);
      expect(stalled.info).toMatchObject({ database: { status: 'up' }, kafka: { status: 'up' }, relay: { status: 'up' } });
      expect((await request(app.getHttpServer()).get('/metrics')).text).toContain(`salw_consumer_stalled_partitions{group="${group}"} 1`);

      await setDeadLetterLimit('1048588');
      await eventually(async () => expect((await request(app.getHttpServer()).get('/health/ready')).status).toBe(200), 60_000);
      expect((await request(app.getHttpServer()).get('/metrics')).text).toContain(`salw_consumer_stalled_partitions{group="${group}"} 0`);
    } finally {
      await setDeadLetterLimit('1048588');
      await admin.disconnect();
    }
  }, 120_000);

  it('shows in /health/ready and /metrics a commit its relay holds back (the broker refusing it as too large), and publishes it once taken', async () => {
    const admin = new Kafka({ brokers: settings.KAFKA_BROKERS, clientId: 'topic-config', logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const setTopicLimit = (bytes: string) =>
      admin.alterConfigs({ validateOnly: false, resources: [{ type: 2, name: topic, configEntries: [{ name: 'max.message.bytes', value: bytes }] }] });
    try {
      await setTopicLimit('300');
      await request(app.getHttpServer()).post('/tallies/g/counts').set('Authorization', seesac).send({ name: 'g', amount: 2 }).expect(200);
      const held = await eventually(async () => {
        const ready = await request(app.getHttpServer()).get('/health/ready');
        expect(ready.status).toBe(503);
        return ready.body;
      }, 60_000);
      expect(held.error.relay.heldCommits).toEqual([expect.objectContaining({ streamId: 'tally:g', reason: expect.stringContaining('larger than the max message size') })]);
      expect((await request(app.getHttpServer()).get('/metrics')).text).toContain('salw_relay_held_commits{context="tallies"} 1');
      expect((await app.get<EventStore>(EVENT_STORE).outboxBacklog()).commits).toBe(1);

      await setTopicLimit('1048588');
      await eventually(async () => {
        const read = await request(app.getHttpServer()).get('/tally-totals/g').set('Authorization', analyst);
        expect(read.body.total).toBe(2);
      }, 90_000);
      await eventually(async () => expect((await request(app.getHttpServer()).get('/health/ready')).status).toBe(200));
    } finally {
      await setTopicLimit('1048588');
      await admin.disconnect();
    }
  }, 150_000);

  it('serves health, metrics and OpenAPI without a token', async () => {
    const ready = await request(app.getHttpServer()).get('/health/ready');
    expect(ready.body.info).toMatchObject({ database: { status: 'up' }, kafka: { status: 'up' }, relay: { status: 'up' }, consumer: { status: 'up' } });
    const metrics = await request(app.getHttpServer()).get('/metrics');
    expect(metrics.text).toMatch(/salw_events_appended_total\{context="tallies"\} \d+/);
    const docs = await request(app.getHttpServer()).get('/docs/openapi.json');
    expect(Object.keys(docs.body.paths)).toContain('/tallies/{id}/counts');
  });
});

function envOf(infra: { kafkaBrokers: string[]; mongoUrl: string }) {
  return { KAFKA_BROKERS: infra.kafkaBrokers.join(','), MONGO_URL: infra.mongoUrl };
}
