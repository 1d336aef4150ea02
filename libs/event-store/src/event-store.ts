import { CommitDocument } from './commit-document';
import { CommitMetadata, NewEvent, StoredEvent } from './event';

export interface AppendOptions {
  /**
   * A deterministic commit id (e.g. derived from an Idempotency-Key): appending the same
   * commit id twice stores one commit and returns the first result with `duplicate: true`.
   */
  commitId?: string;
}

export interface AppendResult {
  commitId: string;
  streamId: string;
  /** The stream's version after this commit: the next expected version (REST ETag). */
  nextExpectedVersion: number;
  position: number;
  events: StoredEvent[];
  duplicate: boolean;
}

/**
 * A context's event store: streams of events appended one commit per command under an expected version, and the
 * outbox the relay publishes from. EventStore in the services; InMemoryEventStore (@salw/testing) in API specs.
 */
export interface EventStore {
  /** Bounded context, e.g. "reports": stamped on every event. */
  readonly context: string;
  init(): Promise<void>;
  /** The version of a stream, 0 when it has no events. */
  streamVersion(streamId: string): Promise<number>;
  readStream(streamId: string): Promise<StoredEvent[]>;
  /** Every event after a global position, in commit order (for rebuilds and catch-up). */
  readAll(afterPosition?: number, limit?: number): Promise<StoredEvent[]>;
  /** Throws ConcurrencyError when the stream is not at `expectedVersion`, CommitTooLarge when an event cannot be published. */
  append(
    streamId: string,
    expectedVersion: number,
    events: NewEvent[],
    metadata: CommitMetadata,
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** Unpublished commits in position order, up to `limit`; `skip` leaves out commits the relay holds back. */
  unpublishedCommits(limit: number, skip?: (commit: CommitDocument) => boolean): Promise<CommitDocument[]>;
  markPublished(commitIds: string[]): Promise<void>;
  /** Relay lag: how many commits wait, and since when. */
  outboxBacklog(): Promise<{ commits: number; oldestRecordedAt?: Date }>;
  toStoredEvents(commit: CommitDocument): StoredEvent[];
}
