import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Lease, EventStore, MongoEventStore, OutboxRelay } from '@salw/event-store';
import { eventually, PrivateKafka, REPO_ROOT, testInfra, uniqueName } from '@salw/testing';
import { Db, MongoClient } from 'mongodb';
import {
  BrokerEventPublisher,
  deadLetterTopic,
  DeadLetterJson,
  EventConsumer,
  KafkaJsClient,
  MessageProducer,
  TopicReader,
} from './index';
import { totals, totalsProjection } from './test-fixtures/totals-projection';

const meta = { actor: { subject: 'test', role: 'system' }, correlationId: 'corr' };
const kafka = new KafkaJsClient({ brokers: testInfra().kafkaBrokers, clientId: 'int-test' });

describe('outbox relay and batch consumer (real Kafka and database)', () => {
  let mongo: MongoClient;
  let producer: MessageProducer;
  const databases: string[] = [];

  async function freshStore() {
    const name = uniqueName('msg');
    databases.push(name);
    const db = mongo.db(name);
    const store = new MongoEventStore(db, { context: 'test' });
    await store.init();
    return { db, store, name };
  }

  function relayFor(store: EventStore, db: Db, topic: string) {
    return new OutboxRelay(store, new BrokerEventPublisher(producer), {
      topic,
      lease: new Lease(db, 'relay:test', randomUUID(), 2_000),
      idlePollMs: 20,
    });
  }

  async function appendAmounts(store: EventStore, streams: string[], perStream: number, pauseMs = 0) {
    for (let i = 0; i < perStream; i++) {
      for (const stream of streams) {
        const version = await store.streamVersion(stream);
        await store.append(stream, version, [{ type: 'Counted', data: { amount: String(version + 1) } }], meta);
        if (pauseMs > 0) await sleep(pauseMs);
      }
    }
  }

  const expectedTotal = (events: number) => (events * (events + 1)) / 2;

  beforeAll(async () => {
    mongo = await MongoClient.connect(testInfra().mongoUrl);
    producer = await kafka.producer();
  });
  afterAll(async () => {
    await producer.disconnect();
    for (const name of databases) await mongo.db(name).dropDatabase();
    await mongo.close();
  });

  it('publishes events appended while the broker is down, in order, once it is back', async () => {
    // A broker of this test's own: stopping the shared one would fail every other test running on it.
    const broker = await PrivateKafka.start();
    const privateKafka = new KafkaJsClient({ brokers: broker.brokers, clientId: 'int-test-outage' });
    const privateProducer = await privateKafka.producer();
    const { db, store } = await freshStore();
    const topic = uniqueName('test.outage.v1');
    const admin = await privateKafka.admin();
    await admin.ensureTopics([topic]);
    await admin.disconnect();
    const relay = new OutboxRelay(store, new BrokerEventPublisher(privateProducer), {
      topic,
      lease: new Lease(db, 'relay:test', randomUUID(), 2_000),
      idlePollMs: 20,
    });
    let reader: TopicReader | undefined;
    try {
      broker.stop();
      try {
        await appendAmounts(store, ['outage:a', 'outage:b', 'outage:c'], 10);
        relay.start();
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect((await store.outboxBacklog()).commits).toBe(30);
      } finally {
        broker.restart();
      }

      reader = await TopicReader.open(privateKafka, topic);
      const messages = await reader.waitFor(30, () => true, 90_000);
      for (const stream of ['outage:a', 'outage:b', 'outage:c']) {
        const versions = messages
          .filter((message) => message.key === stream)
          .map((message) => JSON.parse(message.value!).streamVersion);
        expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      }
      await eventually(async () => expect((await store.outboxBacklog()).commits).toBe(0));
    } finally {
      await relay.stop();
      await reader?.close();
      await privateProducer.disconnect();
      broker.destroy();
    }
  }, 240_000);

  it('parks a malformed message and a failing event in the dead-letter topic with the reason, and carries on', async () => {
    const { db, store } = await freshStore();
    const topic = uniqueName('test.poison.v1');
    const group = uniqueName('test-group');
    await appendAmounts(store, ['p:1'], 2);
    const relay = relayFor(store, db, topic);
    await relay.publishPending();
    await producer.send(topic, [{ key: 'p:1', value: '{"not": "an envelope"', headers: {} }]);
    await store.append('p:2', 0, [{ type: 'Exploding', data: { amount: '1' } }], meta);
    await appendAmounts(store, ['p:1'], 2);
    await relay.publishPending();

    const dead = await TopicReader.open(kafka, deadLetterTopic(group));
    const consumer = new EventConsumer(kafka, {
      groupId: group,
      topics: [topic],
      handler: totalsProjection(db),
      maxAttempts: 2,
    });
    await consumer.start();
    try {
      const parked = await dead.waitFor(2);
      const reasons = parked.map((message) => (JSON.parse(message.value!) as DeadLetterJson).reason);
      expect(reasons.some((reason) => reason.includes('Not a valid event envelope'))).toBe(true);
      expect(reasons.some((reason) => reason.includes('boom in p:2'))).toBe(true);
      const exploded = parked
        .map((message) => JSON.parse(message.value!) as DeadLetterJson)
        .find((record) => record.reason.includes('boom'));
      expect(exploded).toMatchObject({ originalTopic: topic, consumerGroup: group, attempts: 2 });
      await eventually(async () => expect((await totals(db))['p:1']).toEqual({ total: expectedTotal(4), applied: 4 }));
      expect((await totals(db))['p:2']).toBeUndefined();
    } finally {
      await consumer.stop();
      await dead.close();
    }
  }, 120_000);

  it('applies every event exactly once when the relay and the consumer are killed mid-stream and restarted', async () => {
    const { db, store, name } = await freshStore();
    const topic = uniqueName('test.crash.v1');
    const group = uniqueName('test-crash');
    const streams = ['crash:a', 'crash:b', 'crash:c', 'crash:d'];
    const perStream = 40;
    const appliedSoFar = async () => Object.values(await totals(db)).reduce((sum, doc) => sum + doc.applied, 0);

    let worker = await startWorker({ FIXTURE_DB: name, FIXTURE_TOPIC: topic, FIXTURE_GROUP: group });
    try {
      const appending = appendAmounts(store, streams, perStream, 15);
      await eventually(async () => expect(await appliedSoFar()).toBeGreaterThanOrEqual(30), 60_000, 20);
      await kill(worker); // SIGKILL: no shutdown hook, offsets and outbox marks as they were
      const atCrash = await appliedSoFar();
      expect(atCrash).toBeLessThan(streams.length * perStream);

      worker = await startWorker({ FIXTURE_DB: name, FIXTURE_TOPIC: topic, FIXTURE_GROUP: group });
      await appending;
      await eventually(
        async () => {
          const byStream = await totals(db);
          for (const stream of streams)
            expect(byStream[stream]).toEqual({ total: expectedTotal(perStream), applied: perStream });
        },
        90_000,
        200,
      );
      await eventually(async () => expect((await store.outboxBacklog()).commits).toBe(0));
    } finally {
      await kill(worker);
    }
  }, 180_000);
});

/** Starts the relay + consumer worker process and resolves once it is consuming. */
async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const { kafkaBrokers, mongoUrl } = testInfra();
  const worker = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'test-fixtures/relay-and-consumer.process.ts')],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, MONGO_URL: mongoUrl, KAFKA_BROKERS: kafkaBrokers.join(',') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  worker.stdout!.on('data', (chunk) => (output += chunk));
  const ready = new Promise<void>((resolve, reject) => {
    worker.stdout!.on('data', () => output.includes('ready') && resolve());
    worker.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${output}`)));
  });
  await ready;
  return worker;
}

async function kill(worker: ChildProcess): Promise<void> {
  if (worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = once(worker, 'exit');
  worker.kill('SIGKILL');
  await exited;
}
