import { Body, Controller, Get, Inject, Module, Param, Post } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ApiProperty } from '@nestjs/swagger';
import { Decider, InvalidInput, StateConflict } from '@salw/decider';
import { EventStore } from '@salw/event-store';
import { ConsumedEvent, deadLetterTopic, GuardedWrites, KafkaJsClient, WITHOUT_BOOKKEEPING } from '@salw/messaging';
import { TopicReader } from '@salw/messaging';
import { eventually, testInfra, tokenFor, uniqueName } from '@salw/testing';
import { IsInt, IsString, Min } from 'class-validator';
import { Kafka, logLevel } from 'kafkajs';
import type { Db } from 'mongodb';
import request from 'supertest';
import {
  buildService,
  CLOCK,
  CommandRoute,
  EVENT_STORE,
  loadAggregate,
  loadSettings,
  MONGO_DB,
  PlatformModule,
  Roles,
  Step,
} from './index';

/** A toy aggregate: a tally that can be opened once and then counted. */
type TallyEvent =
  { type: 'TallyOpened'; data: { name: string } } | { type: 'TallyCounted'; data: { amount: number; on?: string } };
type TallyCommand = { type: 'CountTally'; amount: number; name: string; on?: string };
type TallyState = { opened: boolean; total: number; lastCountedOn?: string };
const tally: Decider<TallyState, TallyCommand, TallyEvent> = {
  initialState: () => ({ opened: false, total: 0 }),
  decide: (command, state) => {
    if (command.amount === 13) throw new StateConflict('13 is refused');
    const counted: TallyEvent = {
      type: 'TallyCounted',
      data: { amount: command.amount, ...(command.on ? { on: command.on } : {}) },
    };
    return state.opened ? [counted] : [{ type: 'TallyOpened', data: { name: command.name } }, counted];
  },
  evolve: (state, event) =>
    event.type === 'TallyOpened'
      ? { ...state, opened: true }
      : {
          ...state,
          total: state.total + event.data.amount,
          ...(event.data.on ? { lastCountedOn: event.data.on } : {}),
        },
};

class CountDto {
  @ApiProperty() @IsString() name: string;
  @ApiProperty() @IsInt() @Min(0) amount: number;
}

const topic = uniqueName('test.tallies.v1');
const group = uniqueName('test-platform');

/** Named step: the total of the tally the path names as the source (a fact from another stream). */
const totalOfSource: Step<TallyCommand> = async ({ store, params }) =>
  (await loadAggregate(store, tally, `tally:${params.source}`)).state.total;
/** Named step: the day of the count, by the injected clock. */
const today: Step<TallyCommand> = ({ clock }) => clock.now().toISOString().slice(0, 10);
const countRoute = { decider: tally, view: (state: TallyState) => state } as const;
/** The fixed time of the test module's clock (it overrides the platform's CLOCK). */
const NOW = new Date('2026-03-01T10:00:00Z');

@Controller('tallies')
class TallyController {
  @Post()
  @Roles('seesac')
  @CommandRoute({
    ...countRoute,
    stream: (command: TallyCommand) => `tally:${command.name}`,
    status: 201,
    location: (command: TallyCommand) => `/tallies/${command.name}`,
  })
  open(@Body() body: CountDto) {
    return { type: 'CountTally', ...body };
  }

  @Post(':id/counts')
  @Roles('seesac')
  @CommandRoute({ ...countRoute, stream: (_, { params }) => `tally:${params.id}`, loads: { on: today } })
  count(@Body() body: CountDto) {
    return { type: 'CountTally', ...body };
  }

  @Post(':id/copies/:source')
  @Roles('seesac')
  @CommandRoute({
    ...countRoute,
    stream: (_, { params }) => `tally:${params.id}`,
    checks: [
      ({ params }) => {
        if (params.id === params.source)
          throw new InvalidInput([{ path: 'path.source', message: 'a tally is not copied onto itself' }]);
      },
    ],
    loads: { amount: totalOfSource },
  })
  copy(@Param('id') id: string) {
    return { type: 'CountTally', name: id };
  }
}

@Controller()
class TallyProjector {
  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  @EventPattern('tallies') // a name the consumer settings map to the test's topic
  async apply(@Payload() events: ConsumedEvent[]) {
    const writes = new GuardedWrites();
    for (const event of events) {
      if (event.type === 'TallyCounted' && event.payload.amount === 7) throw new Error('seven is poison here');
      if (event.type === 'TallyCounted') {
        writes.update(event.streamId, event.streamId, event.streamVersion, {
          $inc: { total: event.payload.amount as number },
        });
      }
    }
    await writes.flush(this.db.collection('tally_totals'));
  }

  @Get('tally-totals/:id')
  @Roles('analyst', 'seesac')
  async read(@Param('id') id: string) {
    return this.db.collection('tally_totals').findOne({ _id: `tally:${id}` as never }, WITHOUT_BOOKKEEPING);
  }
}

describe('platform: a NestJS service on the real broker and database', () => {
  // The test service accepts the local realm's tokens for one of the platform's audiences.
  const settings = loadSettings(
    { PORT: 0, MONGO_DB: uniqueName('platform'), OIDC_AUDIENCE: 'report-intake' },
    { ...process.env, ...envOf(testInfra()) },
  );
  let seesac: string, analyst: string;
  beforeEach(async () => {
    [seesac, analyst] = await Promise.all([tokenFor({ role: 'seesac' }), tokenFor({ role: 'analyst' })]);
  });
  let app: Awaited<ReturnType<typeof buildService>>;

  @Module({
    imports: [PlatformModule.forRoot({ serviceName: 'test', settings, eventSourcing: { context: 'tallies', topic } })],
    controllers: [TallyController, TallyProjector],
    providers: [{ provide: CLOCK, useValue: { now: () => NOW } }],
  })
  class TestModule {}

  beforeAll(async () => {
    app = await buildService(TestModule, {
      title: 'test',
      description: 'test',
      settings,
      consumer: { group, topics: { tallies: topic } },
    });
    await app.startAllMicroservices();
    await app.init();
  });
  afterAll(async () => {
    await app.get<Db>(MONGO_DB).dropDatabase();
    await app.close();
  });

  it('runs a command over REST with ETag / If-Match, relays its events and projects them through @EventPattern', async () => {
    const first = await request(app.getHttpServer())
      .post('/tallies/a/counts')
      .set('Authorization', seesac)
      .send({ name: 'a', amount: 2 });
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
    expect(second.body).toEqual({ opened: true, total: 5, lastCountedOn: '2026-03-01' });

    await eventually(async () => {
      const read = await request(app.getHttpServer()).get('/tally-totals/a').set('Authorization', analyst);
      expect(read.body).toEqual({ _id: 'tally:a', total: 5 });
    });
  });

  it('answers an idempotent retry with the same body and appends one set of events', async () => {
    const send = () =>
      request(app.getHttpServer())
        .post('/tallies/b/counts')
        .set('Authorization', seesac)
        .set('Idempotency-Key', 'retry-1')
        .send({ name: 'b', amount: 4 });
    const [one, two] = [await send(), await send()];
    expect(two.body).toEqual(one.body);
    expect(two.headers.etag).toBe(one.headers.etag);
    expect(await app.get<EventStore>(EVENT_STORE).readStream('tally:b')).toHaveLength(2);
  });

  it('@CommandRoute: a replayed Idempotency-Key answers the same (marked replayed); another body under the same key is 422, another stream runs its own', async () => {
    const send = (id: string, amount: number) =>
      request(app.getHttpServer())
        .post(`/tallies/${id}/counts`)
        .set('Authorization', seesac)
        .set('Idempotency-Key', 'route-1')
        .send({ name: 'route', amount });
    const first = await send('route', 4);
    const replay = await send('route', 4);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect([replay.status, replay.body, replay.headers.etag]).toEqual([first.status, first.body, first.headers.etag]);
    const otherBody = await send('route', 5);
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.message).toMatch(/different request/);
    expect(await app.get<EventStore>(EVENT_STORE).readStream('tally:route')).toHaveLength(2);
    // A key is unique per actor, stream and command: the same key on another stream is that stream's own command.
    const other = await send('route-other', 4);
    expect([other.status, other.headers['idempotent-replayed']]).toEqual([200, undefined]);
    expect(await app.get<EventStore>(EVENT_STORE).readStream('tally:route-other')).toHaveLength(2);
  });

  it('@CommandRoute: a stale If-Match is 409, an unreadable one 400 with its path; a create answers 201 with Location and ETag', async () => {
    const created = await request(app.getHttpServer())
      .post('/tallies')
      .set('Authorization', seesac)
      .send({ name: 'made', amount: 1 });
    expect([created.status, created.headers.location, created.headers.etag]).toEqual([201, '/tallies/made', '"2"']);
    const stale = await request(app.getHttpServer())
      .post('/tallies/made/counts')
      .set('Authorization', seesac)
      .set('If-Match', '"1"')
      .send({ name: 'made', amount: 1 });
    expect(stale.status).toBe(409);
    const unreadable = await request(app.getHttpServer())
      .post('/tallies/made/counts')
      .set('Authorization', seesac)
      .set('If-Match', 'yesterday')
      .send({ name: 'made', amount: 1 });
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.problems).toEqual([expect.objectContaining({ path: 'header.If-Match' })]);
    const fresh = await request(app.getHttpServer())
      .post('/tallies/made/counts')
      .set('Authorization', seesac)
      .set('If-Match', 'W/"2"')
      .send({ name: 'made', amount: 1 });
    expect([fresh.status, fresh.headers.etag, fresh.body.total]).toEqual([200, '"3"', 2]);
  });

  it('@CommandRoute: a named step loads a fact from another stream into the command; a check refuses before anything is decided', async () => {
    await request(app.getHttpServer())
      .post('/tallies')
      .set('Authorization', seesac)
      .send({ name: 'source', amount: 6 })
      .expect(201);
    const copy = await request(app.getHttpServer())
      .post('/tallies/target/copies/source')
      .set('Authorization', seesac)
      .send({});
    expect([copy.status, copy.body.total]).toEqual([200, 6]);
    const onto = await request(app.getHttpServer())
      .post('/tallies/source/copies/source')
      .set('Authorization', seesac)
      .send({});
    expect(onto.status).toBe(400);
    expect(onto.body.problems).toEqual([{ path: 'path.source', message: 'a tally is not copied onto itself' }]);
    expect(await app.get<EventStore>(EVENT_STORE).readStream('tally:source')).toHaveLength(2);
  });

  it('@CommandRoute documents the write headers and the ETag answer once, on each write', async () => {
    const docs = await request(app.getHttpServer()).get('/docs/openapi.json');
    const count = docs.body.paths['/tallies/{id}/counts'].post;
    expect(
      count.parameters
        .filter((p: { in: string }) => p.in === 'header')
        .map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['Idempotency-Key', 'If-Match']);
    expect(count.responses['200'].headers.ETag).toBeDefined();
    expect(docs.body.paths['/tallies'].post.responses['201']).toBeDefined();
  });

  it("scopes Idempotency-Keys per actor: another caller's same key runs its own command", async () => {
    const officer = await tokenFor({ role: 'seesac' });
    const deputy = await tokenFor({ role: 'seesac', user: 'seesac.deputy' });
    const send = (token: string) =>
      request(app.getHttpServer())
        .post('/tallies/shared-key/counts')
        .set('Authorization', token)
        .set('Idempotency-Key', 'shared-key')
        .send({ name: 'shared-key', amount: 2 });
    const counted = { lastCountedOn: '2026-03-01' };
    expect((await send(officer)).body).toEqual({ opened: true, total: 2, ...counted });
    expect((await send(deputy)).body).toEqual({ opened: true, total: 4, ...counted });
    expect((await send(officer)).body).toEqual({ opened: true, total: 2, ...counted }); // the officer's own answer, replayed
    const events = await app.get<EventStore>(EVENT_STORE).readStream('tally:shared-key');
    expect(events.map((event) => event.actor.name)).toEqual(['Sara Officer', 'Sara Officer', 'Dan Deputy']);
  });

  it('records the verified actor on the events: subject, display name, role', async () => {
    await request(app.getHttpServer())
      .post('/tallies/actor/counts')
      .set('Authorization', seesac)
      .send({ name: 'actor', amount: 1 });
    const [opened] = await app.get<EventStore>(EVENT_STORE).readStream('tally:actor');
    expect(opened.actor).toEqual({
      subject: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Sara Officer',
      role: 'seesac',
    });
  });

  it('refuses bad input listing every problem, unknown fields, missing tokens and wrong roles, storing nothing', async () => {
    const bad = await request(app.getHttpServer())
      .post('/tallies/c/counts')
      .set('Authorization', seesac)
      .send({ amount: -1, extra: true });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual([
      'amount',
      'extra',
      'name',
    ]);
    expect((await request(app.getHttpServer()).post('/tallies/c/counts').send({ name: 'c', amount: 1 })).status).toBe(
      401,
    );
    expect(
      (
        await request(app.getHttpServer())
          .post('/tallies/c/counts')
          .set('Authorization', analyst)
          .send({ name: 'c', amount: 1 })
      ).status,
    ).toBe(403);
    expect(
      (
        await request(app.getHttpServer())
          .post('/tallies/c/counts')
          .set('Authorization', seesac)
          .send({ name: 'c', amount: 13 })
      ).status,
    ).toBe(409);
    expect(await app.get<EventStore>(EVENT_STORE).readStream('tally:c')).toHaveLength(0);
  });

  it('sends an event its handler cannot apply to the dead-letter topic with the original reason, and goes on', async () => {
    const dead = await TopicReader.open(
      new KafkaJsClient({ brokers: settings.KAFKA_BROKERS, clientId: 'dlq-reader' }),
      deadLetterTopic(group),
    );
    try {
      await request(app.getHttpServer())
        .post('/tallies/d/counts')
        .set('Authorization', seesac)
        .send({ name: 'd', amount: 7 });
      await request(app.getHttpServer())
        .post('/tallies/e/counts')
        .set('Authorization', seesac)
        .send({ name: 'e', amount: 1 });
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
    const admin = new Kafka({
      brokers: settings.KAFKA_BROKERS,
      clientId: 'dlq-config',
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    const setDeadLetterLimit = (bytes: string) =>
      admin.alterConfigs({
        validateOnly: false,
        resources: [
          { type: 2, name: deadLetterTopic(group), configEntries: [{ name: 'max.message.bytes', value: bytes }] },
        ],
      });
    try {
      await setDeadLetterLimit('200');
      await request(app.getHttpServer())
        .post('/tallies/f/counts')
        .set('Authorization', seesac)
        .send({ name: 'f', amount: 7 })
        .expect(200);
      const stalled = await eventually(async () => {
        const ready = await request(app.getHttpServer()).get('/health/ready');
        expect(ready.status).toBe(503);
        return ready.body;
      }, 60_000);
      expect(stalled.error.consumer.stalledPartitions).toEqual([
        expect.objectContaining({ topic, reason: expect.stringMatching(/cannot park in .*seven is poison here/) }),
      ]);
      expect(stalled.info).toMatchObject({
        database: { status: 'up' },
        kafka: { status: 'up' },
        relay: { status: 'up' },
      });
      expect((await request(app.getHttpServer()).get('/metrics')).text).toContain(
        `salw_consumer_stalled_partitions{group="${group}"} 1`,
      );

      await setDeadLetterLimit('1048588');
      await eventually(
        async () => expect((await request(app.getHttpServer()).get('/health/ready')).status).toBe(200),
        60_000,
      );
      expect((await request(app.getHttpServer()).get('/metrics')).text).toContain(
        `salw_consumer_stalled_partitions{group="${group}"} 0`,
      );
    } finally {
      await setDeadLetterLimit('1048588');
      await admin.disconnect();
    }
  }, 120_000);

  it('shows in /health/ready and /metrics a commit its relay holds back (the broker refusing it as too large), and publishes it once taken', async () => {
    const admin = new Kafka({
      brokers: settings.KAFKA_BROKERS,
      clientId: 'topic-config',
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    const setTopicLimit = (bytes: string) =>
      admin.alterConfigs({
        validateOnly: false,
        resources: [{ type: 2, name: topic, configEntries: [{ name: 'max.message.bytes', value: bytes }] }],
      });
    try {
      await setTopicLimit('300');
      await request(app.getHttpServer())
        .post('/tallies/g/counts')
        .set('Authorization', seesac)
        .send({ name: 'g', amount: 2 })
        .expect(200);
      const held = await eventually(async () => {
        const ready = await request(app.getHttpServer()).get('/health/ready');
        expect(ready.status).toBe(503);
        return ready.body;
      }, 60_000);
      expect(held.error.relay.heldCommits).toEqual([
        expect.objectContaining({
          streamId: 'tally:g',
          reason: expect.stringContaining('larger than the max message size'),
        }),
      ]);
      expect((await request(app.getHttpServer()).get('/metrics')).text).toContain(
        'salw_relay_held_commits{context="tallies"} 1',
      );
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
    expect(ready.body.info).toMatchObject({
      database: { status: 'up' },
      kafka: { status: 'up' },
      relay: { status: 'up' },
      consumer: { status: 'up' },
    });
    const metrics = await request(app.getHttpServer()).get('/metrics');
    expect(metrics.text).toMatch(/salw_events_appended_total\{context="tallies"\} \d+/);
    const docs = await request(app.getHttpServer()).get('/docs/openapi.json');
    expect(Object.keys(docs.body.paths)).toContain('/tallies/{id}/counts');
  });
});

function envOf(infra: { kafkaBrokers: string[]; mongoUrl: string }) {
  return { KAFKA_BROKERS: infra.kafkaBrokers.join(','), MONGO_URL: infra.mongoUrl };
}
