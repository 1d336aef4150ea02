import { BaseRpcContext, CustomTransportStrategy, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import { EventConsumer, EventConsumerOptions } from '../consumer/event-consumer';
import { ConsumedEvent } from '../event-message';
import { MessagingClient } from '../ports';

export type EventBatchTransportOptions = Omit<EventConsumerOptions, 'topics' | 'handler'> & {
  /**
   * The topic each handler's `@EventPattern(name)` stands for, from the service's settings (decorators are evaluated
   * when the class is defined, before any settings are loaded). Without it, a pattern is the topic itself.
   */
  topics?: Record<string, string>;
  /** Wraps each dispatch, e.g. to put the batch's correlation id into the logging context. */
  runInContext?: (events: ConsumedEvent[], work: () => Promise<void>) => Promise<void>;
};

/** What a handler learns besides the events: the topic they came from. */
export class EventBatchContext extends BaseRpcContext<[string]> {
  get topic(): string {
    return this.args[0];
  }
}

/**
 * A @nestjs/microservices transport on the batch consumer: handlers keep `@EventPattern(name)` (a name the `topics`
 * option maps to the configured topic) and receive `ConsumedEvent[]` (one slice of a partition's batch), so a projection can fold a
 * whole slice into one bulkWrite. Unlike the stock Kafka transport, a slow handler does not
 * starve heartbeats, and a failing handler's error reaches the consumer (retry, then dead letter).
 */
export class EventBatchTransport extends Server implements CustomTransportStrategy {
  private consumer?: EventConsumer;

  constructor(
    private readonly client: MessagingClient,
    private readonly options: EventBatchTransportOptions,
  ) {
    super();
  }

  /** Per subscribed topic, the pattern its handler is bound to. */
  private readonly patternOf = new Map<string, string>();

  listen(callback: (error?: unknown) => void): void {
    try {
      for (const pattern of this.messageHandlers.keys()) this.patternOf.set(this.topicOf(pattern), pattern);
    } catch (error) {
      return callback(error);
    }
    const topics = [...this.patternOf.keys()];
    if (topics.length === 0) return callback();
    const around = this.options.runInContext ?? ((_, work) => work());
    this.consumer = new EventConsumer(this.client, {
      ...this.options,
      topics,
      handler: (events) => around(events, () => this.dispatch(events)),
    });
    this.consumer.start().then(
      () => callback(),
      (error) => callback(error),
    );
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
  }

  on(): never {
    throw new Error('EventBatchTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private topicOf(pattern: string): string {
    if (!this.options.topics) return pattern;
    const topic = this.options.topics[pattern];
    if (!topic) throw new Error(`@EventPattern('${pattern}') names no topic of the settings`);
    return topic;
  }

  private async dispatch(events: ConsumedEvent[]): Promise<void> {
    const topic = events[0].source.topic;
    const handler = this.getHandlerByPattern(this.patternOf.get(topic) ?? topic);
    if (!handler) throw new Error(`No @EventPattern handler for topic '${topic}'`);
    const result = await handler(events, new EventBatchContext([topic]));
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
