import { randomUUID } from 'node:crypto';
import { Lease, MongoEventStore, OutboxRelay } from '@salw/event-store';
import { eventually, localKafka, testInfra, uniqueName } from '@salw/testing';
import { Db, MongoClient } from 'mongodb';
import {
  BrokerEventPublisher,
  ConsumedEvent,
  deadLetterTopic,
  DeadLetterJson,
  EventConsumer,
  GuardedWrites,
  KafkaJsClient,
  MessageProducer,
  TopicReader,
} from './index';

const meta = { actor: { subject: 'test', role: 'system' }, correlationId: 'corr' };
const kafka = new KafkaJsClient({ brokers: testInfra().kafkaBrokers, clientId: 'int-test' });

/** A projection that sums amounts per stream: a duplicate application would show in the totals. */
function totalsProjection(db: Db) {
  return async (events: ConsumedEvent[]) => {
    const bad = events.find((event) => event.type === 'Exploding');
    if (bad) throw new Error(`boom in ${bad.streamId}`);
    const writes = new GuardedWrites();
    for (const event of events) {
      writes.update(event.streamId, event.streamId, event.streamVersion, {
        $inc: { total: Number(event.payload.amount), applied: 1 },
      });
    }
    await writes.flush(db.collection('totals'));
  };
}

async function totals(db: Db): Promise<Record<string, { total: number; applied: number }>> {
  const docs = await db.collection('totals').find().toArray();
  return Object.fromEntries(docs.map((doc) => [String(doc._id), { total: doc.total, applied: doc.applied }]));
}

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
    return { db, store };
  }

  function relayFor(store: MongoEventStore, db: Db, topic: string) {
    return new OutboxRelay(store, new BrokerEventPublisher(producer), {
      topic,
      lease: new Lease(db, 'relay:test', randomUUID(), 2_000),
      idlePollMs: 20,
    });
  }

  async function appendAmounts(store: MongoEventStore, streams: string[], perStream: number) {
    for (let i = 0; i < perStream; i++) {
      for (const stream of streams) {
        const version = await store.streamVersion(stream);
        await store.append(stream, version, [{ type: 'Counted', data: { amount: String(version + 1) } }], meta);
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
    const { db, store } = await freshStore();
    const topic = uniqueName('test.outage.v1');
    const admin = await kafka.admin();
    await admin.ensureTopics([topic]);
    await admin.disconnect();
    const relay = relayFor(store, db, topic);

    localKafka('stop');
    try {
      await appendAmounts(store, ['outage:a', 'outage:b', 'outage:c'], 10);
      relay.start();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect((await store.outboxBacklog()).commits).toBe(30);
    } finally {
      localKafka('start');
    }

    const reader = await TopicReader.open(kafka, topic);
    try {
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
      await reader.close();
    }
  }, 180_000);

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
    const consumer = new EventConsumer(kafka, { groupId: group, topics: [topic], handler: totalsProjection(db), maxAttempts: 2 });
    await consumer.start();
    try {
      const parked = await dead.waitFor(2);
      const reasons = parked.map((message) => (JSON.parse(message.value!) as DeadLetterJson).reason);
      expect(reasons.some((reason) => reason.includes('Not a valid event envelope'))).toBe(true);
      expect(reasons.some((reason) => reason.includes('boom in p:2'))).toBe(true);
      const exploded = parked.map((message) => JSON.parse(message.value!) as DeadLetterJson).find((record) => record.reason.includes('boom'));
      expect(exploded).toMatchObject({ originalTopic: topic, consumerGroup: group, attempts: 2 });
      await eventually(async () => expect((await totals(db))['p:1']).toEqual({ total: expectedTotal(4), applied: 4 }));
      expect((await totals(db))['p:2']).toBeUndefined();
    } finally {
      await consumer.stop();
      await dead.close();
    }
  }, 120_000);
});
