import { eventually, testInfra, uniqueName } from '@salw/testing';
import { KafkaJsClient } from './kafkajs-client';
import type { MessageConsumer, MessageProducer, TopicAdmin } from '../ports';

jest.setTimeout(120_000);

describe('the kafkajs adapter (real Kafka)', () => {
  const kafka = new KafkaJsClient({ brokers: testInfra().kafkaBrokers, clientId: uniqueName('adapter-test') });
  let admin: TopicAdmin;
  let producer: MessageProducer;
  let consumer: MessageConsumer | undefined;

  beforeAll(async () => {
    admin = await kafka.admin();
    producer = await kafka.producer();
  });
  afterAll(async () => {
    await consumer?.stop();
    await producer.disconnect();
    await admin.disconnect();
  });

  it('consumes again after a crash kafkajs does not restart itself (a non-retriable error), from the last commit', async () => {
    const topic = uniqueName('test.adapter-crash.v1');
    await admin.ensureTopics([topic], 1);
    await producer.send(
      topic,
      ['a', 'b', 'c'].map((value) => ({ key: 'k', value, headers: {} })),
    );

    consumer = await kafka.consumer(uniqueName('adapter-crash'));
    await consumer.subscribe([topic], true);
    const seen: string[] = [];
    let crashed = false;
    await consumer.run(async (batch) => {
      for (const message of batch.messages) {
        // Marked not retriable, as kafkajs marks the broker's UNKNOWN_MEMBER_ID ("The coordinator is not aware of this
        // member"): kafkajs crashes the consumer without restarting it; without the adapter's restart it stays down.
        if (message.value === 'b' && !crashed) {
          crashed = true;
          throw Object.assign(new Error('not retriable, once'), { retriable: false });
        }
        seen.push(message.value!);
        await batch.commit(message.offset);
      }
    });

    await eventually(async () => expect(seen).toEqual(['a', 'b', 'c']), 60_000);
    expect(crashed).toBe(true);
  });
});
