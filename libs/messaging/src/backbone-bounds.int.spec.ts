import { randomUUID } from 'node:crypto';
import { HeldCommit, Lease, EventStore, MongoEventStore, OutboxRelay } from '@salw/event-store';
import { eventually, testInfra, uniqueName } from '@salw/testing';
import { Kafka, logLevel } from 'kafkajs';
import { Db, MongoClient } from 'mongodb';
import {
  BrokerEventPublisher,
  ConsumedEvent,
  ConsumerStall,
  deadLetterTopic,
  DeadLetterJson,
  EventConsumer,
  KafkaJsClient,
  MessageProducer,
  toMessage,
  TopicReader,
} from './index';

jest.setTimeout(120_000);

const meta = { actor: { subject: 'test', role: 'system' }, correlationId: 'corr' };
const brokers = testInfra().kafkaBrokers;
const kafka = new KafkaJsClient({ brokers, clientId: 'bounds-test' });
// Only to set topic configs and place messages on chosen partitions (the ports do not offer either).
const raw = new Kafka({ brokers, clientId: 'bounds-test-admin', logLevel: logLevel.NOTHING });
const KAFKA_DEFAULT_MAX_MESSAGE_BYTES = '1048588';

async function setTopicMaxMessageBytes(topic: string, bytes: string): Promise<void> {
  const admin = raw.admin();
  await admin.connect();
  try {
    await admin.alterConfigs({
      validateOnly: false,
      resources: [{ type: 2 /* TOPIC */, name: topic, configEntries: [{ name: 'max.message.bytes', value: bytes }] }],
    });
  } finally {
    await admin.disconnect();
  }
}

async function createTopic(topic: string, partitions: number, maxMessageBytes?: string): Promise<void> {
  const admin = raw.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: partitions,
          replicationFactor: 1,
          configEntries: maxMessageBytes ? [{ name: 'max.message.bytes', value: maxMessageBytes }] : [],
        },
      ],
    });
  } finally {
    await admin.disconnect();
  }
}

describe('the event backbone within the broker limits (real Kafka and database)', () => {
  let mongo: MongoClient;
  let producer: MessageProducer;
  const databases: string[] = [];
  const closers: (() => Promise<unknown>)[] = [];

  async function freshStore(maxEventBytes?: number) {
    const name = uniqueName('bounds');
    databases.push(name);
    const db = mongo.db(name);
    const store = new MongoEventStore(db, { context: 'test', ...(maxEventBytes ? { maxEventBytes } : {}) });
    await store.init();
    return { db, store };
  }

  function startRelay(store: EventStore, db: Db, topic: string, onHeld: (held: HeldCommit) => void = () => undefined) {
    const relay = new OutboxRelay(store, new BrokerEventPublisher(producer), {
      topic,
      lease: new Lease(db, 'relay:test', randomUUID(), 2_000),
      idlePollMs: 20,
      retryHeldMs: 500,
      onHeld,
    });
    relay.start();
    closers.push(() => relay.stop());
    return relay;
  }

  async function openReader(topic: string) {
    const reader = await TopicReader.open(kafka, topic);
    closers.push(() => reader.close());
    return reader;
  }

  /** The stream versions that reached the topic, each once (delivery is at least once). */
  const versions = (reader: TopicReader, key: string) => [
    ...new Set(
      reader.messages
        .filter((m) => m.key === key)
        .map((m) => (JSON.parse(m.value ?? '{}') as { streamVersion: number }).streamVersion),
    ),
  ];
  const versionsArrive = (reader: TopicReader, key: string, expected: number[], timeoutMs = 30_000) =>
    eventually(async () => expect(versions(reader, key)).toEqual(expected), timeoutMs);

  beforeAll(async () => {
    mongo = await MongoClient.connect(testInfra().mongoUrl);
    producer = await kafka.producer();
  });
  afterEach(async () => {
    while (closers.length > 0) await closers.pop()!();
  });
  afterAll(async () => {
    await producer.disconnect();
    for (const name of databases) await mongo.db(name).dropDatabase();
    await mongo.close();
  });

  it('refuses an append with an event larger than the limit, storing nothing', async () => {
    const { store } = await freshStore(50_000);
    await store.append('big:1', 0, [{ type: 'Counted', data: { amount: '1' } }], meta);
    await expect(
      store.append('big:1', 1, [{ type: 'Noted', data: { text: 'x'.repeat(60_000) } }], meta),
    ).rejects.toMatchObject({
      name: 'CommitTooLarge',
      eventType: 'Noted',
      limitBytes: 50_000,
      sizeBytes: expect.any(Number),
    });
    expect((await store.readStream('big:1')).map((e) => e.type)).toEqual(['Counted']);
    expect((await store.outboxBacklog()).commits).toBe(1);
  });

  it('publishes 1.2 MB of one stream in one pass as byte-sized batches, in order', async () => {
    // One stream, one partition: sent as one batch, 12 events of 100 KB are more than the broker accepts (1,048,588).
    const { db, store } = await freshStore();
    const topic = uniqueName('test.bytes.v1');
    for (let version = 0; version < 12; version++) {
      await store.append(
        'bulky:1',
        version,
        [{ type: 'Noted', data: { text: `${version}:${'x'.repeat(100_000)}` } }],
        meta,
      );
    }
    const reader = await openReader(topic);
    startRelay(store, db, topic);
    const messages = await reader.waitFor(12, (m) => m.key === 'bulky:1', 60_000);
    expect(messages.map((m) => (JSON.parse(m.value!) as { streamVersion: number }).streamVersion)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    await eventually(async () => expect((await store.outboxBacklog()).commits).toBe(0));
  });

  it('holds a commit the broker refuses, with the rest of its stream, while other streams flow; publishes it in order once the broker takes it', async () => {
    // A commit from before the store refused such sizes: 1.2 MB, more than the broker's 1,048,588 bytes.
    const { db, store } = await freshStore(5_000_000);
    const topic = uniqueName('test.held.v1');
    await createTopic(topic, 3);
    await store.append('other:1', 0, [{ type: 'Counted', data: { amount: '1' } }], meta);
    await store.append('stuck:1', 0, [{ type: 'Noted', data: { text: 'y'.repeat(1_200_000) } }], meta);
    await store.append('stuck:1', 1, [{ type: 'Counted', data: { amount: '2' } }], meta);
    await store.append('other:1', 1, [{ type: 'Counted', data: { amount: '3' } }], meta);
    const reader = await openReader(topic);
    const holds: HeldCommit[] = [];
    const relay = startRelay(store, db, topic, (held) => holds.push(held));

    await versionsArrive(reader, 'other:1', [1, 2]);
    await store.append('other:1', 2, [{ type: 'Counted', data: { amount: '4' } }], meta);
    await versionsArrive(reader, 'other:1', [1, 2, 3]);
    expect(relay.held()).toEqual([
      expect.objectContaining({
        streamId: 'stuck:1',
        position: 2,
        reason: expect.stringContaining('larger than the max message size'),
      }),
    ]);
    expect(holds.length).toBeGreaterThanOrEqual(1);
    expect(versions(reader, 'stuck:1')).toEqual([]);
    expect((await store.outboxBacklog()).commits).toBe(2); // both commits of the held stream wait; none dropped

    await setTopicMaxMessageBytes(topic, '2000000');
    await versionsArrive(reader, 'stuck:1', [1, 2], 60_000);
    await eventually(async () => {
      expect((await store.outboxBacklog()).commits).toBe(0);
      expect(relay.held()).toEqual([]);
    });
  });

  it('pauses only the partition whose message it cannot dead-letter, shows the stall, and moves on once the dead-letter topic takes it', async () => {
    const topic = uniqueName('test.stall.v1');
    const group = uniqueName('test-stall');
    await createTopic(topic, 2);
    await createTopic(deadLetterTopic(group), 1, '1000'); // the dead-letter topic refuses every record
    const event = (streamId: string, version: number) =>
      toMessage({
        eventId: randomUUID(),
        type: 'Counted',
        schemaVersion: 1,
        streamId,
        streamVersion: version,
        occurredAt: new Date(),
        recordedAt: new Date(),
        actor: meta.actor,
        correlationId: 'corr',
        context: 'test',
        data: { amount: String(version) },
        position: version,
      });
    const rawProducer = raw.producer();
    await rawProducer.connect();
    try {
      // Partition 0: a malformed message of 1,000,000 bytes (its dead letter cannot be whole), then a valid event.
      await rawProducer.send({ topic, messages: [{ partition: 0, key: 'p0', value: 'x'.repeat(1_000_000) }] });
      await rawProducer.send({ topic, messages: [{ partition: 0, ...event('p0', 1) }] });
      await rawProducer.send({
        topic,
        messages: [
          { partition: 1, ...event('p1', 1) },
          { partition: 1, ...event('p1', 2) },
        ],
      });
    } finally {
      await rawProducer.disconnect();
    }

    const applied: ConsumedEvent[] = [];
    const stalls: ConsumerStall[] = [];
    const consumer = new EventConsumer(kafka, {
      groupId: group,
      topics: [topic],
      handler: async (events) => void applied.push(...events),
      stallRetryMs: 200,
      onStalled: (stall) => stalls.push(stall),
    });
    await consumer.start();
    closers.push(() => consumer.stop());
    const dead = await openReader(deadLetterTopic(group));

    // The other partition goes on; partition 0 waits at the malformed message and says so.
    await eventually(async () => expect(applied.filter((e) => e.streamId === 'p1')).toHaveLength(2));
    await eventually(async () => expect(stalls.length).toBeGreaterThanOrEqual(2)); // tried again, with a growing wait
    expect(consumer.stalls()).toEqual([
      expect.objectContaining({
        topic,
        partition: 0,
        offset: '0',
        reason: expect.stringContaining(`cannot park in ${deadLetterTopic(group)}`),
      }),
    ]);
    expect(applied.filter((e) => e.streamId === 'p0')).toEqual([]);

    await setTopicMaxMessageBytes(deadLetterTopic(group), KAFKA_DEFAULT_MAX_MESSAGE_BYTES);
    await eventually(async () => expect(applied.filter((e) => e.streamId === 'p0')).toHaveLength(1), 60_000);
    // The handler has the event before the offset is committed; the stall is cleared once it is.
    await eventually(async () => expect(consumer.stalls()).toEqual([]));
    const [parked] = await dead.waitFor(1);
    const record = JSON.parse(parked.value!) as DeadLetterJson;
    expect(record).toMatchObject({ originalTopic: topic, partition: 0, offset: '0' });
    expect(record.reason).toContain(`the whole message stays at ${topic}/0@0`);
    expect(record.value).toBe('x'.repeat(16 * 1024));
  });
});
