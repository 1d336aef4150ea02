import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_MAX_EVENT_BYTES, MessageTooLarge } from '@salw/event-store';
import { Admin, Consumer, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { chunkByBytes } from '../event-message';
import {
  Headers,
  MessageConsumer,
  MessageProducer,
  MessagingClient,
  OutgoingMessage,
  ReceivedBatch,
  TopicAdmin,
} from '../ports';

export interface KafkaJsOptions {
  brokers: string[];
  clientId: string;
  /** Consumer session timeout; heartbeats are sent from inside long batches. */
  sessionTimeoutMs?: number;
  /**
   * The most bytes one produce batch may hold: the broker refuses a partition's batch above its message.max.bytes,
   * however small each message is. Default DEFAULT_MAX_EVENT_BYTES (below Kafka's default 1,048,588).
   */
  maxBatchBytes?: number;
}

/** The broker's answers for a message or batch above its limits (kafkajs wraps them in retry errors). */
const TOO_LARGE = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE']);

const RETRIABLE_ATTEMPTS = 8;

/**
 * Retries the broker's retriable answers for a while: services starting together create the same topics at the same
 * moment, and the broker may answer "unknown topic" for a new topic until it has its leaders.
 */
async function retryRetriable<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { retriable?: boolean }).retriable !== true || attempt >= RETRIABLE_ATTEMPTS) throw error;
      await sleep(500 * attempt);
    }
  }
}

/** The kafkajs adapter of the messaging ports. */
export class KafkaJsClient implements MessagingClient {
  private readonly kafka: Kafka;

  constructor(private readonly options: KafkaJsOptions) {
    this.kafka = new Kafka({
      brokers: options.brokers,
      clientId: options.clientId,
      logLevel: logLevel.ERROR,
      retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5_000 },
    });
  }

  async producer(): Promise<MessageProducer> {
    // Idempotent with one request in flight: a retry can neither duplicate nor reorder.
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    return new KafkaJsProducer(producer, this.options.maxBatchBytes ?? DEFAULT_MAX_EVENT_BYTES);
  }

  async consumer(groupId: string): Promise<MessageConsumer> {
    const consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: 3_000,
      maxBytesPerPartition: 4 * 1024 * 1024,
      // An idle fetch returns after 1 s instead of kafkajs's 5 s: stop() waits for it to end.
      maxWaitTimeInMs: 1_000,
    });
    await consumer.connect();
    return new KafkaJsConsumer(consumer);
  }

  async admin(): Promise<TopicAdmin> {
    const admin = this.kafka.admin();
    await admin.connect();
    return new KafkaJsAdmin(admin);
  }
}

class KafkaJsProducer implements MessageProducer {
  constructor(
    private readonly producer: Producer,
    private readonly maxBatchBytes: number,
  ) {}

  /** In byte-sized batches, one after the other (one request in flight: the order holds). */
  async send(topic: string, messages: OutgoingMessage[]): Promise<void> {
    for (const chunk of chunkByBytes(messages, this.maxBatchBytes)) {
      try {
        await this.producer.send({ topic, acks: -1, messages: chunk });
      } catch (error) {
        if (isTooLarge(error)) throw new MessageTooLarge(`${topic}: ${(error as Error).message}`);
        throw error;
      }
    }
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}

/** First wait before a consumer kafkajs gave up on is started again (doubling up to MAX_RESTART_WAIT_MS). */
const FIRST_RESTART_WAIT_MS = 1_000;
const MAX_RESTART_WAIT_MS = 30_000;

/**
 * kafkajs restarts a crashed consumer only when the cause is retriable; after any other crash (seen in the fault suite:
 * "The coordinator is not aware of this member" after a broker restart; or an error thrown by the batch handler) it
 * stays disconnected for good, and the service would go on answering HTTP while its read models froze. The port
 * promises consumption until stop(): this adapter starts it again itself, with a growing wait. Nothing is lost or
 * skipped by a restart: what was not committed is fetched again.
 */
class KafkaJsConsumer implements MessageConsumer {
  private handler?: (batch: ReceivedBatch) => Promise<void>;
  private stopping = false;
  private restartWaitMs = FIRST_RESTART_WAIT_MS;
  private restartTimer?: NodeJS.Timeout;

  constructor(private readonly consumer: Consumer) {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && !this.stopping) this.scheduleRestart();
    });
  }

  async subscribe(topics: string[], fromBeginning: boolean): Promise<void> {
    // Just created topics: the metadata may still say "unknown topic" (seen on an empty broker: the service exited).
    await retryRetriable(() => this.consumer.subscribe({ topics, fromBeginning }));
  }

  async run(onBatch: (batch: ReceivedBatch) => Promise<void>): Promise<void> {
    this.handler = onBatch;
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, heartbeat, isRunning, isStale, pause, resolveOffset }) => {
        await onBatch({
          topic: batch.topic,
          partition: batch.partition,
          messages: batch.messages.map((message) => ({
            topic: batch.topic,
            partition: batch.partition,
            offset: message.offset,
            key: message.key?.toString() ?? null,
            value: message.value?.toString() ?? null,
            headers: decodeHeaders(message.headers),
          })),
          heartbeat,
          isRunning: () => isRunning() && !isStale(),
          pause,
          commit: async (offset) => {
            resolveOffset(offset);
            const next = (BigInt(offset) + 1n).toString();
            await this.consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
          },
        });
        this.restartWaitMs = FIRST_RESTART_WAIT_MS;
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    await this.consumer.disconnect();
  }

  /** kafkajs keeps the subscriptions across a disconnect: connecting and running again resumes from the last commit. */
  private scheduleRestart(): void {
    const wait = this.restartWaitMs;
    this.restartWaitMs = Math.min(wait * 2, MAX_RESTART_WAIT_MS);
    this.restartTimer = setTimeout(() => {
      if (this.stopping || !this.handler) return;
      this.consumer
        .connect()
        .then(() => this.run(this.handler!))
        .catch(() => this.scheduleRestart());
    }, wait);
  }
}

class KafkaJsAdmin implements TopicAdmin {
  constructor(private readonly admin: Admin) {}

  /** Creates the topics that do not exist yet (retrying "unknown topic" while a new topic gets its leaders). */
  async ensureTopics(topics: string[], partitions = 3): Promise<void> {
    await retryRetriable(async () => {
      const existing = new Set(await this.admin.listTopics());
      const missing = topics.filter((topic) => !existing.has(topic));
      if (missing.length === 0) return;
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      });
    });
  }

  async endOffsets(topic: string): Promise<Map<number, bigint>> {
    const offsets = await this.admin.fetchTopicOffsets(topic);
    return new Map(offsets.map((partition) => [partition.partition, BigInt(partition.high)]));
  }

  async consumerLag(groupId: string, topic: string): Promise<number> {
    const [ends, [committed]] = await Promise.all([
      this.endOffsets(topic),
      this.admin.fetchOffsets({ groupId, topics: [topic] }),
    ]);
    let lag = 0n;
    for (const { partition, offset } of committed?.partitions ?? []) {
      const end = ends.get(partition) ?? 0n;
      const done = BigInt(offset) < 0n ? 0n : BigInt(offset);
      lag += end > done ? end - done : 0n;
    }
    return Number(lag);
  }

  async deleteGroup(groupId: string): Promise<void> {
    await this.admin.deleteGroups([groupId]);
  }

  async ping(): Promise<void> {
    await this.admin.describeCluster();
  }

  disconnect(): Promise<void> {
    return this.admin.disconnect();
  }
}

function isTooLarge(error: unknown): boolean {
  for (
    let e = error as { type?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.type === 'string' && TOO_LARGE.has(e.type)) return true;
  }
  return false;
}

function decodeHeaders(headers: Record<string, unknown> | undefined): Headers {
  const decoded: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    decoded[name] = Array.isArray(value) ? String(value[0]) : String(value);
  }
  return decoded;
}
