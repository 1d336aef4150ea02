import type { Collection, Db } from 'mongodb';
import { CommitDocument, OutboxMarker, positionBucket } from './commit-document';
import { assertPublishable, eventRecords, jsonBytes } from './commit-rules';
import { ConcurrencyError } from './errors';
import { GroupedInserts } from './grouped-inserts';
import { CommitMetadata, NewEvent, StoredEvent } from './event';
import { AppendOptions, AppendResult, EventStore } from './event-store';

export interface EventStoreOptions {
  /** Bounded context, e.g. "reports": stamped on every event. */
  context: string;
  commitsCollection?: string;
  /** The outbox markers (default: `<commitsCollection>_outbox`). */
  outboxCollection?: string;
  /** Called after each new (non-duplicate) commit, e.g. to count appended events. */
  onAppended?: (result: AppendResult) => void;
  /**
   * The largest message one event may become as the relay publishes it (envelope, key and headers); an append with
   * a larger event is refused with CommitTooLarge. Default DEFAULT_MAX_EVENT_BYTES.
   */
  maxEventBytes?: number;
  /** The size of an event as the relay will publish it (the messaging layer knows); default: its JSON. */
  eventBytes?: (event: StoredEvent) => number;
}

/** Below Kafka's default message.max.bytes (1,048,588) with headroom for record overhead and size estimates. */
export const DEFAULT_MAX_EVENT_BYTES = 1_000_000;

const DUPLICATE_KEY = 11000;
const NO_STREAM = 0;
const MAX_POSITION_ATTEMPTS = 20;
/** A marker whose commit is still missing after this long was left by an append that died: dropped. */
const ORPHAN_MARKER_MS = 30_000;
const READ_PARALLELISM = 64;
/**
 * From this many markers of one bucket in a batch, their commits are read with one query for the bucket (it returns
 * the bucket's published commits too); fewer are read by `_id`, one round trip each.
 */
const BUCKET_READ_MIN_MARKERS = 8;
/** Buckets of commits the relay keeps from its last reads: a batch usually ends inside a bucket the next one needs. */
const KEPT_BUCKETS = 4;
/** How long the relay serves batches from one read of the outbox before reading it again. */
const BACKLOG_READ_MS = 2_000;

interface Backlog {
  markers: OutboxMarker[];
  /** Published (or dropped) since the read. */
  published: Set<string>;
  /** Markers before this index are all published. */
  start: number;
  readAt: number;
  /** Served from for this long (at least BACKLOG_READ_MS) before the outbox is read again. */
  freshForMs: number;
}

/** Append-only event store on a MongoDB-wire database, one commit document per command. */
export class MongoEventStore implements EventStore {
  readonly context: string;
  private readonly onAppended?: (result: AppendResult) => void;
  private readonly maxEventBytes: number;
  private readonly eventBytes: (event: StoredEvent) => number;
  private readonly commits: Collection<CommitDocument>;
  private readonly outbox: Collection<OutboxMarker>;
  /** Concurrent appends share their round trips: markers in one insert, then commits in one insert. */
  private readonly commitInserts: GroupedInserts<CommitDocument>;
  private readonly markerInserts: GroupedInserts<OutboxMarker>;
  private lastPosition?: number;
  private backlog?: Backlog;
  /** Commits read by bucket, by id (commits never change, so a kept one is never stale; a missing one is read again). */
  private readonly bucketReads = new Map<number, Map<string, CommitDocument>>();
  /** The bucket of each commit served by unpublishedCommits and not yet marked published (how its marker is deleted). */
  private readonly servedBuckets = new Map<string, number | undefined>();

  constructor(
    private readonly database: Db,
    options: EventStoreOptions,
  ) {
    this.context = options.context;
    this.onAppended = options.onAppended;
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
    this.eventBytes = options.eventBytes ?? jsonBytes;
    const commits = options.commitsCollection ?? 'event_commits';
    this.commits = database.collection<CommitDocument>(commits);
    this.outbox = database.collection<OutboxMarker>(options.outboxCollection ?? `${commits}_outbox`);
    this.commitInserts = new GroupedInserts(this.commits);
    this.markerInserts = new GroupedInserts(this.outbox);
  }

  async init(): Promise<void> {
    await this.commits.createIndex({ streamId: 1, fromVersion: 1 }, { unique: true, name: 'stream_version' });
    await this.commits.createIndex({ position: 1 }, { unique: true, name: 'global_position' });
    // FerretDB 1.24 answers a bucket's equality in SQL without these; MongoDB needs them to avoid a collection scan.
    await this.commits.createIndex({ bucket: 1 }, { name: 'position_bucket' });
    await this.database.createCollection(this.outbox.collectionName).catch(ignoreExisting);
    await this.outbox.createIndex({ bucket: 1 }, { name: 'position_bucket' });
  }

  /** The version of a stream, 0 when it has no events. */
  async streamVersion(streamId: string): Promise<number> {
    return (await this.lastCommit(streamId))?.toVersion ?? NO_STREAM;
  }

  private lastCommit(streamId: string): Promise<StreamHead | null> {
    return this.commits.findOne({ streamId }, { sort: { fromVersion: -1 }, projection: { toVersion: 1, position: 1 } });
  }

  /**
   * The stream's last commit, which must end at the expected version (else ConcurrencyError). Found by `_id`, the one
   * lookup FerretDB serves from an index: a commit's id is derived from where it ends (`commitIdAt`). A stream that is
   * further on is caught by the insert (unique `streamId, fromVersion`), so only a miss (a commit with a caller's
   * commit id, or written before ids were derived) needs the stream query, which FerretDB answers with a scan.
   */
  private async headAt(streamId: string, expectedVersion: number): Promise<StreamHead | null> {
    if (expectedVersion === NO_STREAM) return null; // a stream that exists already collides on fromVersion 1
    const probe = await this.commits.findOne(
      { _id: commitIdAt(streamId, expectedVersion) },
      { projection: { toVersion: 1, position: 1 } },
    );
    const head = probe ?? (await this.lastCommit(streamId));
    const actualVersion = head?.toVersion ?? NO_STREAM;
    if (actualVersion !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actualVersion);
    return head;
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    const commits = await this.commits.find({ streamId }).sort({ fromVersion: 1 }).toArray();
    return commits.flatMap((commit) => this.toStoredEvents(commit));
  }

  /** Every event after a global position, in commit order (for rebuilds and catch-up). */
  async readAll(afterPosition = 0, limit = 1000): Promise<StoredEvent[]> {
    const commits = await this.commits
      .find({ position: { $gt: afterPosition } })
      .sort({ position: 1 })
      .limit(limit)
      .toArray();
    return commits.flatMap((commit) => this.toStoredEvents(commit));
  }

  async append(
    streamId: string,
    expectedVersion: number,
    events: NewEvent[],
    metadata: CommitMetadata,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`Nothing to append to ${streamId}`);
    if (options.commitId) {
      const earlier = await this.commits.findOne({ _id: options.commitId });
      if (earlier) return this.toResult(earlier, true);
    }
    const head = await this.headAt(streamId, expectedVersion);

    const commit = this.newCommit(streamId, expectedVersion, events, metadata, options.commitId);
    this.assertPublishable(commit);
    for (let attempt = 1; ; attempt++) {
      // After the stream's last commit even when another instance's counter ran ahead of ours:
      // the relay publishes in position order, so a stream's commits must stay in order.
      commit.position = await this.nextPosition(head?.position ?? 0);
      commit.bucket = positionBucket(commit.position);
      // The marker goes first: a commit that exists always has its marker until it is published.
      const marked = await this.insertMarker(commit);
      try {
        await this.commitInserts.insert(commit);
      } catch (error) {
        // Refused (a duplicate key): nothing of ours is stored, our marker goes (else it is dropped as an orphan). Any
        // other error may have lost only the answer, the commit being stored: its marker stays for the relay, which
        // publishes the commit if it is there and drops the marker as an orphan if it never comes.
        if (!isDuplicateKey(error)) throw error;
        if (marked) await this.outbox.deleteOne({ _id: commit._id, position: commit.position }).catch(() => undefined);
        const sameCommit = options.commitId ? await this.commits.findOne({ _id: options.commitId }) : null;
        if (sameCommit) return this.toResult(sameCommit, true);
        const actual = await this.streamVersion(streamId);
        if (actual !== expectedVersion || attempt >= MAX_POSITION_ATTEMPTS) {
          throw new ConcurrencyError(streamId, expectedVersion, actual);
        }
        this.lastPosition = undefined; // another instance took that position: re-read the end
        continue;
      }
      // The marker was already there: a twin of this commit (a retry with the same commit id, still in flight) wrote
      // it with its own position and deletes it when its commit insert loses to ours. Ours must have a marker that
      // names our position (the relay checks it). A very slow append may also have seen its marker dropped as an orphan.
      if (!marked) await this.outbox.replaceOne({ _id: commit._id }, toMarker(commit), { upsert: true });
      else if (Date.now() - commit.recordedAt.getTime() > ORPHAN_MARKER_MS / 2) await this.insertMarker(commit);
      break;
    }
    const result = this.toResult(commit, false);
    this.onAppended?.(result);
    return result;
  }

  /** The store is the last line before the broker: whatever the routes let through, no commit it cannot carry. */
  private assertPublishable(commit: CommitDocument): void {
    assertPublishable(commit.streamId, this.toStoredEvents(commit), this.maxEventBytes, this.eventBytes);
  }

  /**
   * The outbox: unpublished commits in position order, up to `limit`. Stops before a marker whose
   * commit is not there yet (an append in flight), so nothing is ever published out of order;
   * a marker whose commit never came (the appending process died) is dropped after a while.
   * `skip` leaves out commits the relay holds back (they do not count towards `limit`).
   *
   * The markers are read and sorted once per backlog (FerretDB can only scan them), and the
   * following batches are served from that sorted read: draining a long backlog is linear, not a
   * scan per batch. Per-stream order holds: a commit's marker is written before the commit, so
   * when a read holds a stream's marker it holds every earlier unpublished marker of that stream.
   * The read is taken again once it is used up, at a missing commit, and after BACKLOG_READ_MS or ten times
   * what the read took (markers another instance wrote behind it).
   *
   * The commits of a batch are read by bucket (`commitsOf`): a few queries per batch instead of one per commit.
   */
  async unpublishedCommits(
    limit: number,
    skip: (commit: CommitDocument) => boolean = () => false,
  ): Promise<CommitDocument[]> {
    const backlog = await this.readBacklog();
    const ready: CommitDocument[] = [];
    let index = backlog.start;
    while (index < backlog.markers.length && ready.length < limit) {
      const slice: OutboxMarker[] = [];
      for (; index < backlog.markers.length && slice.length < limit - ready.length; index++) {
        if (!backlog.published.has(backlog.markers[index]._id)) slice.push(backlog.markers[index]);
      }
      const commits = await this.commitsOf(slice);
      for (const [offset, commit] of commits.entries()) {
        const marker = slice[offset];
        // The position tells the commit from an earlier one with the same id (a lost race's marker, soon deleted).
        if (commit && commit.position === marker.position) {
          if (!skip(commit)) {
            ready.push(commit);
            this.servedBuckets.set(commit._id, marker.bucket);
          }
          continue;
        }
        if (Date.now() - marker.createdAt.getTime() < ORPHAN_MARKER_MS) {
          this.backlog = undefined; // an append in flight: read the markers again next time
          return ready;
        }
        await this.outbox.deleteOne({ _id: marker._id, position: marker.position });
        backlog.published.add(marker._id);
      }
    }
    if (index >= backlog.markers.length) this.backlog = undefined; // used up: new markers are read next time
    return ready;
  }

  /**
   * The markers' commits (null where there is none yet), in the markers' order. A bucket with many of the markers is
   * read with one equality query (kept for the next batches), the other markers' commits by `_id`.
   */
  private async commitsOf(markers: OutboxMarker[]): Promise<(CommitDocument | null)[]> {
    const perBucket = new Map<number, number>();
    for (const { bucket } of markers) if (bucket !== undefined) perBucket.set(bucket, (perBucket.get(bucket) ?? 0) + 1);
    const reread = new Set<number>();
    const found = (marker: OutboxMarker) =>
      marker.bucket === undefined ? undefined : this.bucketReads.get(marker.bucket)?.get(marker._id);
    for (const marker of markers) {
      if (marker.bucket === undefined || found(marker)) continue;
      if ((perBucket.get(marker.bucket) ?? 0) >= BUCKET_READ_MIN_MARKERS) reread.add(marker.bucket);
    }
    await Promise.all([...reread].map((bucket) => this.readBucket(bucket)));
    const commits: (CommitDocument | null)[] = markers.map((marker) => found(marker) ?? null);
    const byId = markers.flatMap((marker, index) => (commits[index] ? [] : [index]));
    for (let start = 0; start < byId.length; start += READ_PARALLELISM) {
      const indexes = byId.slice(start, start + READ_PARALLELISM);
      const lookups = await Promise.all(indexes.map((index) => this.commits.findOne({ _id: markers[index]._id })));
      indexes.forEach((index, offset) => (commits[index] = lookups[offset]));
    }
    return commits;
  }

  private async readBucket(bucket: number): Promise<void> {
    const commits = await this.commits.find({ bucket }).toArray();
    this.bucketReads.delete(bucket);
    this.bucketReads.set(bucket, new Map(commits.map((commit) => [commit._id, commit])));
    for (const kept of this.bucketReads.keys()) {
      if (this.bucketReads.size <= KEPT_BUCKETS) break;
      this.bucketReads.delete(kept); // the oldest read first (a Map keeps insertion order)
    }
  }

  /** The sorted markers, read again when used up or stale; `start` skips the published prefix. */
  private async readBacklog(): Promise<Backlog> {
    if (!this.backlog || Date.now() - this.backlog.readAt > this.backlog.freshForMs) {
      const started = Date.now();
      const markers = (await this.outbox.find({}).toArray()).sort((a, b) => a.position - b.position);
      // Reading again at most every 10× the read's own time: re-reads of a long backlog stay a tenth of the drain.
      this.backlog = {
        markers,
        published: new Set(),
        start: 0,
        readAt: Date.now(),
        freshForMs: Math.max(BACKLOG_READ_MS, 10 * (Date.now() - started)),
      };
    }
    const backlog = this.backlog;
    while (backlog.start < backlog.markers.length && backlog.published.has(backlog.markers[backlog.start]._id))
      backlog.start++;
    return backlog;
  }

  /**
   * Deletes the markers: one `deleteMany` per bucket (FerretDB answers the bucket's equality in SQL and filters only
   * that bucket's markers by `_id`; an `$in` alone reads the whole outbox, and the deletes of one bulkWrite run one
   * after the other, one transaction each). A marker without a bucket (written before buckets, or not served by
   * unpublishedCommits) is deleted by `_id`, READ_PARALLELISM at a time.
   */
  async markPublished(commitIds: string[]): Promise<void> {
    if (commitIds.length === 0) return;
    const byBucket = new Map<number, string[]>();
    const byId: string[] = [];
    for (const id of commitIds) {
      const bucket = this.servedBuckets.get(id);
      this.servedBuckets.delete(id);
      if (bucket === undefined) byId.push(id);
      else byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), id]);
    }
    await Promise.all([...byBucket].map(([bucket, ids]) => this.outbox.deleteMany({ bucket, _id: { $in: ids } })));
    for (let start = 0; start < byId.length; start += READ_PARALLELISM) {
      await Promise.all(byId.slice(start, start + READ_PARALLELISM).map((_id) => this.outbox.deleteOne({ _id })));
    }
    for (const id of commitIds) this.backlog?.published.add(id);
  }

  /** Relay lag: how many commits wait, and since when. */
  async outboxBacklog(): Promise<{ commits: number; oldestRecordedAt?: Date }> {
    const markers = await this.outbox.find({}).toArray();
    const oldest = markers.reduce<Date | undefined>(
      (min, marker) => (min === undefined || marker.createdAt < min ? marker.createdAt : min),
      undefined,
    );
    return { commits: markers.length, oldestRecordedAt: oldest };
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

  private newCommit(
    streamId: string,
    expectedVersion: number,
    events: NewEvent[],
    metadata: CommitMetadata,
    commitId: string = commitIdAt(streamId, expectedVersion + events.length),
  ): CommitDocument {
    const recordedAt = new Date();
    const records = eventRecords(events, expectedVersion, metadata, recordedAt);
    return {
      _id: commitId,
      streamId,
      fromVersion: expectedVersion + 1,
      toVersion: expectedVersion + events.length,
      position: 0,
      recordedAt,
      events: records,
    };
  }

  /**
   * Global positions come from this process's counter, started from the last stored commit.
   * (A counter document with $inc is not atomic on FerretDB v1: concurrent writers got the same
   * number.) The unique index catches another instance using the same position; then the
   * counter re-reads the end and the append retries, so positions stay unique and increasing.
   */
  private async nextPosition(after: number): Promise<number> {
    if (this.lastPosition === undefined) {
      const last = await this.commits.findOne({}, { projection: { position: 1 }, sort: { position: -1 } });
      this.lastPosition = Math.max(this.lastPosition ?? 0, last?.position ?? 0);
    }
    this.lastPosition = Math.max(this.lastPosition, after) + 1;
    return this.lastPosition;
  }

  /** False when this commit id has a marker already (an idempotent retry of a stored commit). */
  private async insertMarker(commit: CommitDocument): Promise<boolean> {
    try {
      await this.markerInserts.insert(toMarker(commit));
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
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

type StreamHead = Pick<CommitDocument, 'toVersion' | 'position'>;

function toMarker(commit: CommitDocument): OutboxMarker {
  return { _id: commit._id, position: commit.position, bucket: commit.bucket, createdAt: commit.recordedAt };
}

/**
 * The id of the commit that ends a stream at `toVersion` (unless the caller gave one): the head of a stream at an
 * expected version is one `_id` lookup. Unambiguous: the version after the last "@v" is digits only.
 */
export function commitIdAt(streamId: string, toVersion: number): string {
  return `${streamId}@v${toVersion}`;
}

/** createCollection on a collection that exists (NamespaceExists). */
function ignoreExisting(error: unknown): void {
  if ((error as { code?: unknown }).code !== 48) throw error;
}

export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DUPLICATE_KEY;
}
