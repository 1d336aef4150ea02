import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventStore, OutboxRelay, RelayLease } from '@salw/event-store';
import { BrokerEventPublisher, MessageProducer, MessagingClient } from '@salw/messaging';
import { PlatformSettings } from '../config';
import { PlatformMetrics } from '../observability/metrics';
import { PipelineHealth } from '../observability/pipeline-health';
import { EVENT_STORE, MESSAGING_CLIENT, SETTINGS } from './tokens';

export const RELAY_TOPIC = Symbol('RELAY_TOPIC');
/** Which instance of the service runs the relay (a lease in the database; in memory, the one process). */
export const RELAY_LEASE = Symbol('RELAY_LEASE');

/** Runs the context's outbox relay for as long as the service runs (one active relay per context, by lease). */
@Injectable()
export class RelayLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Relay');
  private relay?: OutboxRelay;
  private producer?: MessageProducer;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(MESSAGING_CLIENT) private readonly client: MessagingClient,
    @Inject(RELAY_LEASE) private readonly lease: RelayLease,
    @Inject(RELAY_TOPIC) private readonly topic: string,
    @Inject(SETTINGS) private readonly settings: PlatformSettings,
    private readonly metrics: PlatformMetrics,
    private readonly pipeline: PipelineHealth,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const context = this.store.context;
    this.metrics.watchRelayBacklog(context, async () => (await this.store.outboxBacklog()).commits);
    if (!this.settings.RELAY_ENABLED) return;
    const admin = await this.client.admin();
    await admin.ensureTopics([this.topic]).finally(() => admin.disconnect());
    this.producer = await this.client.producer();
    this.relay = new OutboxRelay(this.store, new BrokerEventPublisher(this.producer), {
      topic: this.topic,
      lease: this.lease,
      onPublished: (count) => this.metrics.eventsPublished.inc({ context }, count),
      onError: (error) =>
        this.logger.warn(`Publishing to ${this.topic} failed, will retry: ${(error as Error).message}`),
      onHeld: (held) =>
        this.logger.error(
          `Commit ${held.commitId} (${held.streamId}, position ${held.position}) held back with the rest of its stream: ${held.reason}`,
        ),
    });
    const relay = this.relay;
    this.pipeline.watchRelay(context, () => relay.held());
    relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.producer?.disconnect();
  }
}
