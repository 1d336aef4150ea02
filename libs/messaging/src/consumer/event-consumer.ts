import { setTimeout as sleep } from 'node:timers/promises';
import { UndecodableEvent } from '@salw/contracts';
import { ConsumedEvent, fromMessage, PoisonMessageError } from '../event-message';
import { IncomingMessage, MessageConsumer, MessageProducer, MessagingClient, ReceivedBatch } from '../ports';
import { deadLetterTopic, sendToDeadLetter } from './dead-letter';
import { isTransient } from './transient-error';

/** Applies a batch of events; must be idempotent (delivery is at least once) and throw on failure. */
export type EventBatchHandler = (events: ConsumedEvent[]) => Promise<void>;

export interface EventConsumerOptions {
  groupId: string;
  topics: string[];
  handler: EventBatchHandler;
  /** Attempts per event before it is parked in the dead-letter topic. */
  maxAttempts?: number;
  /** Largest slice handed to the handler at once (one bulkWrite). */
  maxBatchSize?: number;
  fromBeginning?: boolean;
  onDeadLetter?: (event: { message: IncomingMessage; reason: string }) => void;
  onApplied?: (events: ConsumedEvent[]) => void;
  /** The largest message the broker accepts (dead letters are cut to fit); default DEFAULT_MAX_EVENT_BYTES. */
  maxMessageBytes?: number;
  /** First wait before a stalled partition tries again (doubling up to MAX_STALL_RETRY_MS); default 1 s. */
  stallRetryMs?: number;
  /** A partition stalled: a message could neither be applied nor parked (called on every failed try). */
  onStalled?: (stall: ConsumerStall) => void;
  /** A stalled partition moved on. */
  onResumed?: (stall: ConsumerStall) => void;
}

/** A partition that waits on a message it could neither apply nor park in the dead-letter topic. */
export interface ConsumerStall {
  topic: string;
  partition: number;
  offset: string;
  reason: string;
  since: Date;
  tries: number;
}

const MAX_STALL_RETRY_MS = 30_000;

/** Parking failed (the dead-letter topic cannot be written): the partition must wait, it must not skip. */
class CannotDeadLetter extends Error {
  constructor(
    reason: string,
    readonly where: IncomingMessage,
  ) {
    super(reason);
    this.name = 'CannotDeadLetter';
  }
}

/**
 * Batch consumer: decodes, applies through the handler, commits offsets only after the
 * handler resolved (the effect is stored), heartbeats while a slice is applied, and parks messages it
 * cannot process in `<group>.dead-letter.v1` with the reason after bounded retries.
 *
 * When even parking fails (the dead-letter topic refuses the record or cannot be written), skipping the message
 * would lose it, and throwing would stop every partition: instead that partition alone is paused and tried again
 * with a growing wait (bounded by MAX_STALL_RETRY_MS), listed by `stalls()` (health, metrics) and reported through
 * `onStalled` on every try (logs); the other partitions go on.
 */
export class EventConsumer {
  private consumer?: MessageConsumer;
  private producer?: MessageProducer;
  private readonly stalled = new Map<string, ConsumerStall>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly client: MessagingClient,
    private readonly options: EventConsumerOptions,
  ) {}

  async start(): Promise<void> {
    const admin = await this.client.admin();
    try {
      await admin.ensureTopics([...this.options.topics, deadLetterTopic(this.options.groupId)]);
    } finally {
      await admin.disconnect();
    }
    this.producer = await this.client.producer();
    this.consumer = await this.client.consumer(this.options.groupId);
    await this.consumer.subscribe(this.options.topics, this.options.fromBeginning ?? true);
    await this.consumer.run((batch) => this.onBatch(batch));
  }

  /** The partitions waiting on a message they can neither apply nor park. */
  stalls(): ConsumerStall[] {
    return [...this.stalled.values()];
  }

  async stop(): Promise<void> {
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    await this.consumer?.stop();
    await this.producer?.disconnect();
  }

  private async onBatch(batch: ReceivedBatch): Promise<void> {
    const size = this.options.maxBatchSize ?? 500;
    for (let start = 0; start < batch.messages.length && batch.isRunning(); start += size) {
      const slice = batch.messages.slice(start, start + size);
      try {
        await keepingAlive(batch, () => this.process(slice));
      } catch (error) {
        if (!(error instanceof CannotDeadLetter)) throw error;
        return this.stall(batch, error);
      }
      await batch.commit(slice[slice.length - 1].offset);
      this.moveOn(batch.topic, batch.partition);
      await batch.heartbeat();
    }
  }

  /** Pauses the partition (nothing after the message is committed) and tries it again after a growing wait. */
  private stall(batch: ReceivedBatch, error: CannotDeadLetter): void {
    const key = `${batch.topic}/${batch.partition}`;
    const previous = this.stalled.get(key);
    const stall: ConsumerStall = {
      topic: batch.topic,
      partition: batch.partition,
      offset: error.where.offset,
      reason: error.message,
      since: previous?.offset === error.where.offset ? previous.since : new Date(),
      tries: previous?.offset === error.where.offset ? previous.tries + 1 : 1,
    };
    this.stalled.set(key, stall);
    this.options.onStalled?.(stall);
    const resume = batch.pause();
    const waitMs = Math.min((this.options.stallRetryMs ?? 1_000) * 2 ** (stall.tries - 1), MAX_STALL_RETRY_MS);
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      resume();
    }, waitMs);
    this.retryTimers.add(timer);
  }

  private moveOn(topic: string, partition: number): void {
    const key = `${topic}/${partition}`;
    const stall = this.stalled.get(key);
    if (!stall) return;
    this.stalled.delete(key);
    this.options.onResumed?.(stall);
  }

  private async process(messages: IncomingMessage[]): Promise<void> {
    const decoded: { message: IncomingMessage; event: ConsumedEvent }[] = [];
    for (const message of messages) {
      try {
        decoded.push({ message, event: fromMessage(message) });
      } catch (error) {
        await this.park(message, (error as Error).message, 1);
      }
    }
    if (decoded.length === 0) return;
    try {
      await this.apply(decoded.map(({ event }) => event));
    } catch (error) {
      if (isTransient(error)) throw error;
      // Find the culprit: one event at a time, each with bounded retries.
      for (const item of decoded) await this.applyOne(item.message, item.event);
    }
  }

  private async applyOne(message: IncomingMessage, event: ConsumedEvent): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.apply([event]);
        return;
      } catch (error) {
        if (isTransient(error)) throw error;
        // A payload that does not decode as its contract never will: retrying it only delays the partition.
        if (error instanceof UndecodableEvent || attempt >= maxAttempts)
          return this.park(message, describe(error), attempt);
        await sleep(50 * 2 ** attempt);
      }
    }
  }

  private async apply(events: ConsumedEvent[]): Promise<void> {
    await this.options.handler(events);
    this.options.onApplied?.(events);
  }

  private async park(message: IncomingMessage, reason: string, attempts: number): Promise<void> {
    if (!this.producer) throw new Error('Consumer not started');
    try {
      await sendToDeadLetter(
        this.producer,
        this.options.groupId,
        message,
        reason,
        attempts,
        this.options.maxMessageBytes,
      );
    } catch (error) {
      throw new CannotDeadLetter(
        `cannot park in ${deadLetterTopic(this.options.groupId)} (${describe(error)}); parked for: ${reason}`,
        message,
      );
    }
    this.options.onDeadLetter?.({ message, reason });
  }
}

function describe(error: unknown): string {
  if (error instanceof PoisonMessageError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** How often a consumer busy with one slice tells the group it is alive (well inside the session timeout). */
const KEEP_ALIVE_MS = 3_000;

/**
 * Runs the work while heartbeating: a slice replayed from offset 0 on a slow database can take longer than the
 * session timeout, and without heartbeats the group evicts the consumer, its commit is refused and the same slice is
 * applied again and again (seen in the fault suite after a Kafka restart). A failed heartbeat is not this work's
 * error: it shows again, and is handled, at the commit that follows.
 */
async function keepingAlive<T>(batch: ReceivedBatch, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => batch.heartbeat().catch(() => undefined), KEEP_ALIVE_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
