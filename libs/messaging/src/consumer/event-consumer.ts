import { setTimeout as sleep } from 'node:timers/promises';
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
}

/**
 * Batch consumer: decodes, applies through the handler, commits offsets only after the
 * handler resolved (the effect is stored), heartbeats while a slice is applied, and parks messages it
 * cannot process in `<group>.dead-letter.v1` with the reason after bounded retries.
 */
export class EventConsumer {
  private consumer?: MessageConsumer;
  private producer?: MessageProducer;

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

  async stop(): Promise<void> {
    await this.consumer?.stop();
    await this.producer?.disconnect();
  }

  private async onBatch(batch: ReceivedBatch): Promise<void> {
    const size = this.options.maxBatchSize ?? 500;
    for (let start = 0; start < batch.messages.length && batch.isRunning(); start += size) {
      const slice = batch.messages.slice(start, start + size);
      await keepingAlive(batch, () => this.process(slice));
      await batch.commit(slice[slice.length - 1].offset);
      await batch.heartbeat();
    }
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
        if (attempt >= maxAttempts) return this.park(message, describe(error), attempt);
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
    await sendToDeadLetter(this.producer, this.options.groupId, message, reason, attempts);
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
