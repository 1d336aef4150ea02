import { testInfra, uniqueName } from '@salw/testing';
import { MongoClient } from 'mongodb';
import { CommitDocument, ConcurrencyError, EventStore, MongoEventStore, positionBucket } from './index';

const actor = { subject: 'officer@seesac', role: 'seesac' };
const meta = { actor, correlationId: 'corr-1' };

describe('MongoEventStore (real MongoDB-wire database)', () => {
  let client: MongoClient;
  let store: EventStore;
  const dbName = uniqueName('es');

  beforeAll(async () => {
    client = await MongoClient.connect(testInfra().mongoUrl);
    store = new MongoEventStore(client.db(dbName), { context: 'test' });
    await store.init();
  });
  afterAll(async () => {
    await client.db(dbName).dropDatabase();
    await client.close();
  });

  it('appends a command as one commit and reads the stream back in order', async () => {
    const first = await store.append(
      'report:a',
      0,
      [
        { type: 'Drafted', data: { n: 1 } },
        { type: 'Saved', data: { n: 2 } },
      ],
      meta,
    );
    const second = await store.append('report:a', 2, [{ type: 'Submitted', data: { n: 3 } }], meta);

    expect(first.nextExpectedVersion).toBe(2);
    expect(second.nextExpectedVersion).toBe(3);
    expect(second.position).toBeGreaterThan(first.position);
    const stream = await store.readStream('report:a');
    expect(stream.map((event) => [event.type, event.streamVersion])).toEqual([
      ['Drafted', 1],
      ['Saved', 2],
      ['Submitted', 3],
    ]);
    expect(stream[0]).toMatchObject({ actor, correlationId: 'corr-1', context: 'test', schemaVersion: 1 });
  });

  it('lets exactly one of two concurrent appends at the same expected version win', async () => {
    await store.append('report:race', 0, [{ type: 'Drafted', data: {} }], meta);

    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, (_, writer) =>
        store.append('report:race', 1, [{ type: 'Saved', data: { writer } }], meta),
      ),
    );

    const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const lost = attempts.filter((attempt): attempt is PromiseRejectedResult => attempt.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(4);
    lost.forEach((attempt) => expect(attempt.reason).toBeInstanceOf(ConcurrencyError));
    expect(await store.readStream('report:race')).toHaveLength(2);
  });

  it('refuses a stale expected version and never overwrites', async () => {
    await store.append(
      'report:stale',
      0,
      [
        { type: 'Drafted', data: {} },
        { type: 'Saved', data: {} },
      ],
      meta,
    );

    await expect(store.append('report:stale', 1, [{ type: 'Saved', data: {} }], meta)).rejects.toThrow(
      ConcurrencyError,
    );
    expect(await store.streamVersion('report:stale')).toBe(2);
  });

  it('refuses an expected version beyond the stream, also after commits with ids of their own', async () => {
    await store.append(
      'report:ahead',
      0,
      [
        { type: 'Drafted', data: {} },
        { type: 'Saved', data: {} },
      ],
      meta,
    );
    await store.append('report:ahead', 2, [{ type: 'Saved', data: {} }], meta, { commitId: 'key-ahead' });

    await expect(store.append('report:ahead', 5, [{ type: 'Saved', data: {} }], meta)).rejects.toThrow(
      ConcurrencyError,
    );
    await expect(store.append('report:ahead', 2, [{ type: 'Saved', data: {} }], meta)).rejects.toThrow(
      ConcurrencyError,
    );
    const next = await store.append('report:ahead', 3, [{ type: 'Submitted', data: {} }], meta); // head found by the stream query
    expect(next.nextExpectedVersion).toBe(4);
    expect((await store.readStream('report:ahead')).map((event) => event.streamVersion)).toEqual([1, 2, 3, 4]);
  });

  it('stores a commit id once: a retried command appends nothing new', async () => {
    const once = await store.append('report:idem', 0, [{ type: 'Drafted', data: {} }], meta, { commitId: 'key-1' });
    const again = await store.append('report:idem', 0, [{ type: 'Drafted', data: {} }], meta, { commitId: 'key-1' });

    expect(again.duplicate).toBe(true);
    expect(again.events.map((event) => event.eventId)).toEqual(once.events.map((event) => event.eventId));
    expect(await store.readStream('report:idem')).toHaveLength(1);
  });

  it('reads all events after a position in global order and tracks the outbox', async () => {
    const before = (await store.readAll(0, 10_000)).length;
    await store.append('report:all-1', 0, [{ type: 'Drafted', data: {} }], meta);
    await store.append('report:all-2', 0, [{ type: 'Drafted', data: {} }], meta);

    const all = await store.readAll(0, 10_000);
    expect(all).toHaveLength(before + 2);
    const positions = all.map((event) => event.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const backlog = await store.outboxBacklog();
    expect(backlog.commits).toBeGreaterThanOrEqual(2);
    const pending = await store.unpublishedCommits(1000);
    await store.markPublished(pending.map((commit) => commit._id));
    expect((await store.outboxBacklog()).commits).toBe(0);
  });

  it("keeps a stream's commits in position order when two instances append to it", async () => {
    // Two stores on one database, as two replicas of a service: each counts positions itself.
    const ahead = new MongoEventStore(client.db(dbName), { context: 'test' });
    const behind = new MongoEventStore(client.db(dbName), { context: 'test' });
    await behind.append('report:warm-up', 0, [{ type: 'Drafted', data: {} }], meta); // behind's counter stops here
    // A position burned by ahead (an append that lost a race takes a position and stores nothing):
    const burned = await ahead.append('report:burned', 0, [{ type: 'Drafted', data: {} }], meta);
    for (const collection of ['event_commits', 'event_commits_outbox'])
      await client
        .db(dbName)
        .collection(collection)
        .deleteOne({ _id: burned.commitId as never });

    const first = await ahead.append('report:two-instances', 0, [{ type: 'Drafted', data: {} }], meta);
    const second = await behind.append('report:two-instances', 1, [{ type: 'Submitted', data: {} }], meta);

    expect(second.position).toBeGreaterThan(first.position);
    const pending = (await store.unpublishedCommits(10_000)).filter(
      (commit) => commit.streamId === 'report:two-instances',
    );
    expect(pending.map((commit) => commit.fromVersion)).toEqual([1, 2]);
  });

  it('drains a backlog batch by batch from one read of the outbox, picking up commits appended meanwhile, in stream order', async () => {
    const db = client.db(uniqueName('es-drain'));
    const drainStore = new MongoEventStore(db, { context: 'test' });
    await drainStore.init();
    try {
      for (let version = 0; version < 10; version++) {
        for (const stream of ['report:d1', 'report:d2', 'report:d3'])
          await drainStore.append(stream, version, [{ type: 'Saved', data: { version } }], meta);
      }
      const published: CommitDocument[] = [];
      const publishBatch = async () => {
        const batch = await drainStore.unpublishedCommits(7);
        await drainStore.markPublished(batch.map((commit) => commit._id));
        published.push(...batch);
        return batch.length;
      };
      await publishBatch();
      await drainStore.append('report:d1', 10, [{ type: 'Saved', data: { version: 10 } }], meta); // during the drain
      while ((await publishBatch()) > 0);

      expect(published).toHaveLength(31);
      expect(new Set(published.map((commit) => commit._id)).size).toBe(31);
      for (const stream of ['report:d1', 'report:d2', 'report:d3']) {
        const versions = published.filter((commit) => commit.streamId === stream).map((commit) => commit.fromVersion);
        expect(versions).toEqual([...versions].sort((a, b) => a - b));
      }
      expect((await drainStore.outboxBacklog()).commits).toBe(0);
    } finally {
      await db.dropDatabase();
    }
  });

  it('publishes nothing past a commit still being written, and drops the marker of one that never came', async () => {
    const db = client.db(uniqueName('es-outbox'));
    const outboxStore = new MongoEventStore(db, { context: 'test' });
    await outboxStore.init();
    try {
      const first = await outboxStore.append('report:o1', 0, [{ type: 'Drafted', data: {} }], meta);
      await outboxStore.append('report:o2', 0, [{ type: 'Drafted', data: {} }], meta);
      const markers = db.collection('event_commits_outbox');
      // An append in flight: its marker is written, its commit not yet (position between o1 and o2).
      await markers.insertOne({ _id: 'in-flight' as never, position: first.position + 0.5, createdAt: new Date() });
      expect((await outboxStore.unpublishedCommits(10)).map((commit) => commit.streamId)).toEqual(['report:o1']);

      // The appending process died: after a while the marker is an orphan and is dropped.
      await markers.updateOne({ _id: 'in-flight' as never }, { $set: { createdAt: new Date(Date.now() - 60_000) } });
      expect((await outboxStore.unpublishedCommits(10)).map((commit) => commit.streamId)).toEqual([
        'report:o1',
        'report:o2',
      ]);
      expect(await markers.findOne({ _id: 'in-flight' as never })).toBeNull();
      expect((await outboxStore.outboxBacklog()).commits).toBe(2);
    } finally {
      await db.dropDatabase();
    }
  });
  it("reads a batch's commits with a few queries by bucket, stops at a commit in flight inside a bucket, and still publishes a commit from before buckets", async () => {
    const watched = await MongoClient.connect(testInfra().mongoUrl, { monitorCommands: true });
    const db = watched.db(uniqueName('es-buckets'));
    const bucketStore = new MongoEventStore(db, { context: 'test' });
    await bucketStore.init();
    try {
      // Written before buckets: neither the commit nor its marker has one.
      const legacy = { _id: 'report:legacy@v1', streamId: 'report:legacy', fromVersion: 1, toVersion: 1, position: 1 };
      await db.collection('event_commits').insertOne({ ...legacy, recordedAt: new Date(), events: [] } as never);
      await db
        .collection('event_commits_outbox')
        .insertOne({ _id: legacy._id, position: 1, createdAt: new Date() } as never);
      const appended = [];
      for (let start = 0; start < 250; start += 25) {
        appended.push(
          ...(await Promise.all(
            Array.from({ length: 25 }, (_, i) =>
              bucketStore.append(`report:b${start + i}`, 0, [{ type: 'Drafted', data: {} }], meta),
            ),
          )),
        );
      }
      const positions = appended.map((result) => result.position).sort((a, b) => a - b);
      const inFlight = positions[150] + 0.5; // its marker is written, its commit not yet
      await db.collection('event_commits_outbox').insertOne({
        _id: 'in-flight',
        position: inFlight,
        bucket: positionBucket(inFlight),
        createdAt: new Date(),
      } as never);

      let finds = 0;
      watched.on('commandStarted', (event) => {
        if (event.commandName === 'find') finds++;
      });
      const first = await bucketStore.unpublishedCommits(200);
      expect(first.map((commit) => commit.position)).toEqual([1, ...positions.slice(0, 151)]);
      expect(finds).toBeLessThanOrEqual(8); // the outbox, the commits' buckets, the legacy and in-flight ones by _id
      await bucketStore.markPublished(first.map((commit) => commit._id));
      expect((await bucketStore.outboxBacklog()).commits).toBe(100);

      await db
        .collection('event_commits_outbox')
        .updateOne({ _id: 'in-flight' } as never, { $set: { createdAt: new Date(Date.now() - 60_000) } });
      const rest = await bucketStore.unpublishedCommits(200);
      expect(rest.map((commit) => commit.position)).toEqual(positions.slice(151));
      await bucketStore.markPublished(rest.map((commit) => commit._id));
      expect((await bucketStore.outboxBacklog()).commits).toBe(0);
    } finally {
      await db.dropDatabase();
      await watched.close();
    }
  });
});
