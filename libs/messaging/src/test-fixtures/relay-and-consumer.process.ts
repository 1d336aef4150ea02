/*
 * A worker process for the crash test: one outbox relay and one consumer of the totals
 * projection, as a service runs them, until it is killed. The test SIGKILLs it mid-stream
 * (no shutdown hook runs) and starts another.
 *   FIXTURE_DB, FIXTURE_TOPIC, FIXTURE_GROUP, MONGO_URL, KAFKA_BROKERS
 */
import { randomUUID } from 'node:crypto';
import { Lease, MongoEventStore, OutboxRelay } from '@salw/event-store';
import { MongoClient } from 'mongodb';
import { EventConsumer } from '../consumer/event-consumer';
import { BrokerEventPublisher } from '../event-message';
import { KafkaJsClient } from '../kafkajs/kafkajs-client';
import { totalsProjection } from './totals-projection';

async function main(): Promise<void> {
  const { FIXTURE_DB, FIXTURE_TOPIC, FIXTURE_GROUP, MONGO_URL, KAFKA_BROKERS } = process.env;
  if (!FIXTURE_DB || !FIXTURE_TOPIC || !FIXTURE_GROUP || !MONGO_URL || !KAFKA_BROKERS) {
    throw new Error('FIXTURE_DB, FIXTURE_TOPIC, FIXTURE_GROUP, MONGO_URL and KAFKA_BROKERS are required');
  }
  const db = (await MongoClient.connect(MONGO_URL)).db(FIXTURE_DB);
  const kafka = new KafkaJsClient({ brokers: KAFKA_BROKERS.split(','), clientId: `crash-worker-${process.pid}` });
  const store = new MongoEventStore(db, { context: 'test' });
  // Small batches, so a kill lands between a publish and its mark, or an apply and its commit.
  const relay = new OutboxRelay(store, new BrokerEventPublisher(await kafka.producer()), {
    topic: FIXTURE_TOPIC,
    lease: new Lease(db, 'relay:test', randomUUID(), 2_000),
    batchSize: 7,
    idlePollMs: 20,
  });
  const consumer = new EventConsumer(kafka, {
    groupId: FIXTURE_GROUP,
    topics: [FIXTURE_TOPIC],
    handler: totalsProjection(db),
    maxBatchSize: 5,
  });
  relay.start();
  await consumer.start();
  process.stdout.write('ready\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
