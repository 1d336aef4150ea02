import { BaseRpcContext, CustomTransportStrategy, Server } from '@nestjs/microservices';
import { isObservable, lastValueFrom } from 'rxjs';
import { EventConsumer, EventConsumerOptions } from '../consumer/event-consumer';
import { ConsumedEvent } from '../event-message';
import { MessagingClient } from '../ports';

export type EventBatchTransportOptions = Omit<EventConsumerOptions, 'topics' | 'handler'> & {
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
 * A @nestjs/microservices transport on the batch consumer: handlers keep `@EventPattern(topic)`
 * and receive `ConsumedEvent[]` (one slice of a partition's batch), so a projection can fold a
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

  listen(callback: (error?: unknown) => void): void {
    const topics = [...this.messageHandlers.keys()];
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

  private async dispatch(events: ConsumedEvent[]): Promise<void> {
    const topic = events[0].source.topic;
    const handler = this.getHandlerByPattern(topic);
    if (!handler) throw new Error(`No @EventPattern('${topic}') handler`);
    const result = await handler(events, new EventBatchContext([topic]));
    if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
  }
}
