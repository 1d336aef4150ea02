import { setTimeout as sleep } from 'node:timers/promises';
import { CommitDocument } from './commit-document';
import { MessageTooLarge } from './errors';
import { StoredEvent } from './event';
import { Lease } from './lease';
import { EventStore } from './event-store';

/** The port the relay publishes through (Kafka in production, see @salw/messaging). */
export interface EventPublisher {
  /**
   * Publishes in the given order; resolves only when the broker has acknowledged all. Throws MessageTooLarge when
   * the broker refuses a message as too large (retrying it as is can never succeed).
   */
  publish(topic: string, events: StoredEvent[]): Promise<void>;
}

/** A commit the broker refused as too large: it and the later commits of its stream wait in the outbox. */
export interface HeldCommit {
  commitId: string;
  streamId: string;
  position: number;
  reason: string;
  since: Date;
}

/** Who may relay: one relay per context at a time (Lease in the database). */
export type RelayLease = Pick<Lease, 'tryAcquire' | 'release'>;

export interface RelayOptions {
  topic: string;
  lease: RelayLease;
  batchSize?: number;
  idlePollMs?: number;
  maxBackoffMs?: number;
  onPublished?: (count: number) => void;
  onError?: (error: unknown) => void;
  /** A commit is held back (the broker refused it as too large); called once per commit, not on every retry. */
  onHeld?: (held: HeldCommit) => void;
  /** How long a held commit waits before it is tried again (the broker's limit may have been raised); default 10 s. */
  retryHeldMs?: number;
}

/**
 * Outbox relay: publishes unpublished commits in global order, then marks them published.
 * A crash between publish and mark republishes (consumers deduplicate); a broker outage only
 * delays: nothing is marked until the broker has acknowledged, so nothing is lost or reordered.
 *
 * A commit the broker refuses as too large (the store refuses such appends, but one may exist from before, or the
 * broker's limit may have been lowered) must neither block every other stream nor be dropped: it is held, with
 * every later commit of its stream (per-stream order holds), while the other streams' commits go on. Held commits
 * stay in the outbox, are listed by `held()` (health, metrics, one log line per commit), and are tried again every
 * `retryHeldMs` (published once the broker takes them, e.g. after its limit was raised).
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private readonly holds = new Map<string, { held: HeldCommit; triedAt: number }>();

  constructor(
    private readonly store: EventStore,
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

  /** The commits held back because the broker refused them as too large (one per stream). */
  held(): HeldCommit[] {
    return [...this.holds.values()].map(({ held }) => held);
  }

  /** One pass: publishes up to one batch; returns how many events went out. */
  async publishPending(): Promise<number> {
    const retryMs = this.options.retryHeldMs ?? 10_000;
    const waiting = (commit: CommitDocument) => {
      const hold = this.holds.get(commit.streamId);
      return hold !== undefined && Date.now() - hold.triedAt < retryMs;
    };
    const commits = await this.store.unpublishedCommits(this.options.batchSize ?? 200, waiting);
    if (commits.length === 0) return 0;
    try {
      return await this.publishCommits(commits);
    } catch (error) {
      if (!(error instanceof MessageTooLarge)) throw error;
      return this.publishOneByOne(commits);
    }
  }

  private async publishCommits(commits: CommitDocument[]): Promise<number> {
    const events = commits.flatMap((commit) => this.store.toStoredEvents(commit));
    await this.publisher.publish(this.options.topic, events);
    await this.store.markPublished(commits.map((commit) => commit._id));
    for (const commit of commits) {
      if (this.holds.get(commit.streamId)?.held.commitId === commit._id) this.holds.delete(commit.streamId);
    }
    this.options.onPublished?.(events.length);
    return events.length;
  }

  /** Finds the commits the broker refuses; holds each with the rest of its stream, publishes the others in order. */
  private async publishOneByOne(commits: CommitDocument[]): Promise<number> {
    const refused = new Set<string>();
    let published = 0;
    for (const commit of commits) {
      if (refused.has(commit.streamId)) continue; // after a refused commit of its stream: per-stream order
      try {
        published += await this.publishCommits([commit]);
      } catch (error) {
        if (!(error instanceof MessageTooLarge)) throw error;
        refused.add(commit.streamId);
        this.hold(commit, error.message);
      }
    }
    return published;
  }

  private hold(commit: CommitDocument, reason: string): void {
    const known = this.holds.get(commit.streamId);
    if (known?.held.commitId === commit._id) {
      known.triedAt = Date.now();
      return;
    }
    const held: HeldCommit = {
      commitId: commit._id,
      streamId: commit.streamId,
      position: commit.position,
      reason,
      since: new Date(),
    };
    this.holds.set(commit.streamId, { held, triedAt: Date.now() });
    this.options.onHeld?.(held);
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
