import { setTimeout as sleep } from 'node:timers/promises';
import { StoredEvent } from './event';
import { Lease } from './lease';
import { MongoEventStore } from './mongo-event-store';

/** The port the relay publishes through (Kafka in production, see @salw/messaging). */
export interface EventPublisher {
  /** Publishes in the given order; resolves only when the broker has acknowledged all. */
  publish(topic: string, events: StoredEvent[]): Promise<void>;
}

export interface RelayOptions {
  topic: string;
  lease: Lease;
  batchSize?: number;
  idlePollMs?: number;
  maxBackoffMs?: number;
  onPublished?: (count: number) => void;
  onError?: (error: unknown) => void;
}

/**
 * Outbox relay: publishes unpublished commits in global order, then marks them published.
 * A crash between publish and mark republishes (consumers deduplicate); a broker outage only
 * delays: nothing is marked until the broker has acknowledged, so nothing is lost or reordered.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;

  constructor(
    private readonly store: MongoEventStore,
    private readonly publisher: EventPublisher,
    private readonly options: RelayOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await this.options.lease.release().catch(() => undefined); // best effort: the lease expires anyway
  }

  /** One pass: publishes up to one batch; returns how many events went out. */
  async publishPending(): Promise<number> {
    const commits = await this.store.unpublishedCommits(this.options.batchSize ?? 200);
    if (commits.length === 0) return 0;
    const events = commits.flatMap((commit) => this.store.toStoredEvents(commit));
    await this.publisher.publish(this.options.topic, events);
    await this.store.markPublished(commits.map((commit) => commit._id));
    this.options.onPublished?.(events.length);
    return events.length;
  }

  private async run(): Promise<void> {
    const idle = this.options.idlePollMs ?? 50;
    let backoff = idle;
    while (this.running) {
      try {
        const published = (await this.options.lease.tryAcquire()) ? await this.publishPending() : 0;
        backoff = idle;
        if (published === 0) await sleep(idle);
      } catch (error) {
        this.options.onError?.(error);
        await sleep(backoff);
        backoff = Math.min(backoff * 2, this.options.maxBackoffMs ?? 5_000);
      }
    }
  }
}
