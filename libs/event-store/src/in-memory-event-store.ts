import { AppendOptions, AppendResult, EventStore } from './event-store';
import { CommitDocument } from './commit-document';
import { assertPublishable, eventRecords } from './commit-rules';
import { ConcurrencyError } from './errors';
import { CommitMetadata, NewEvent, StoredEvent } from './event';
import { commitIdAt, DEFAULT_MAX_EVENT_BYTES } from './mongo-event-store';

export interface InMemoryEventStoreOptions {
  context: string;
  /** As MongoEventStore: an append with a larger event (as JSON) is refused with CommitTooLarge. */
  maxEventBytes?: number;
}

/**
 * The EventStore contract in memory, for specs that run a service's routes in-process: the same optimistic lock
 * (ConcurrencyError), idempotent commit ids (`duplicate: true`), global positions and outbox as MongoEventStore,
 * without a database. The same contract spec (event-store.contract.ts) runs against both.
 */
export class InMemoryEventStore implements EventStore {
  readonly context: string;
  private readonly maxEventBytes: number;
  private readonly commits: CommitDocument[] = [];
  private readonly byId = new Map<string, CommitDocument>();
  private readonly unpublished = new Set<string>();

  constructor(options: InMemoryEventStoreOptions) {
    this.context = options.context;
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
  }

  async init(): Promise<void> {}

  async streamVersion(streamId: string): Promise<number> {
    return this.ofStream(streamId).at(-1)?.toVersion ?? 0;
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    return this.ofStream(streamId).flatMap((commit) => this.toStoredEvents(commit));
  }

  async readAll(afterPosition = 0, limit = 1000): Promise<StoredEvent[]> {
    return this.commits
      .filter((commit) => commit.position > afterPosition)
      .slice(0, limit)
      .flatMap((commit) => this.toStoredEvents(commit));
  }

  async append(
    streamId: string,
    expectedVersion: number,
    events: NewEvent[],
    metadata: CommitMetadata,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`Nothing to append to ${streamId}`);
    const earlier = options.commitId ? this.byId.get(options.commitId) : undefined;
    if (earlier) return this.toResult(earlier, true);
    const actual = await this.streamVersion(streamId);
    if (actual !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actual);
    const commit = this.newCommit(streamId, expectedVersion, events, metadata, options.commitId);
    assertPublishable(streamId, this.toStoredEvents(commit), this.maxEventBytes);
    this.commits.push(commit);
    this.byId.set(commit._id, commit);
    this.unpublished.add(commit._id);
    return this.toResult(commit, false);
  }

  async unpublishedCommits(
    limit: number,
    skip: (commit: CommitDocument) => boolean = () => false,
  ): Promise<CommitDocument[]> {
    return this.commits.filter((commit) => this.unpublished.has(commit._id) && !skip(commit)).slice(0, limit);
  }

  async markPublished(commitIds: string[]): Promise<void> {
    for (const id of commitIds) this.unpublished.delete(id);
  }

  async outboxBacklog(): Promise<{ commits: number; oldestRecordedAt?: Date }> {
    const waiting = this.commits.filter((commit) => this.unpublished.has(commit._id));
    return { commits: waiting.length, oldestRecordedAt: waiting[0]?.recordedAt };
  }

  toStoredEvents(commit: CommitDocument): StoredEvent[] {
    return commit.events.map((event) => ({
      ...event,
      streamId: commit.streamId,
      recordedAt: commit.recordedAt,
      context: this.context,
      position: commit.position,
    }));
  }

  private ofStream(streamId: string): CommitDocument[] {
    return this.commits.filter((commit) => commit.streamId === streamId);
  }

  private newCommit(
    streamId: string,
    expectedVersion: number,
    events: NewEvent[],
    metadata: CommitMetadata,
    commitId?: string,
  ): CommitDocument {
    const recordedAt = new Date();
    return {
      _id: commitId ?? commitIdAt(streamId, expectedVersion + events.length),
      streamId,
      fromVersion: expectedVersion + 1,
      toVersion: expectedVersion + events.length,
      position: (this.commits.at(-1)?.position ?? 0) + 1,
      recordedAt,
      // A copy, as a database would keep it: a caller changing its objects later changes nothing stored.
      events: eventRecords(structuredClone(events), expectedVersion, metadata, recordedAt),
    };
  }

  private toResult(commit: CommitDocument, duplicate: boolean): AppendResult {
    return {
      commitId: commit._id,
      streamId: commit.streamId,
      nextExpectedVersion: commit.toVersion,
      position: commit.position,
      events: this.toStoredEvents(commit),
      duplicate,
    };
  }
}
