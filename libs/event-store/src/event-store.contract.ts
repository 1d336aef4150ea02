import { ConcurrencyError, CommitTooLarge } from './errors';
import { CommitMetadata } from './event';
import { EventStore } from './event-store';

const metadata: CommitMetadata = { actor: { subject: 'contract', role: 'system' }, correlationId: 'c-1' };
const opened = { type: 'TallyOpened', data: { name: 'a' } };
const counted = (amount: number) => ({ type: 'Counted', data: { amount } });

/**
 * What every EventStore does, whatever keeps the events: run against MongoEventStore (int tier, real database) and
 * InMemoryEventStore (unit tier), so the in-memory store of the API specs is held to the same behaviour.
 * `newStore` gives an empty store; `maxEventBytes` is passed so the size limit can be checked.
 */
export function describeEventStoreContract(
  name: string,
  newStore: (options: { maxEventBytes?: number }) => Promise<EventStore>,
): void {
  describe(`${name}: the EventStore contract`, () => {
    it('appends under the expected version and reads the stream back in order', async () => {
      const store = await newStore({});
      const first = await store.append('tally-1', 0, [opened, counted(1)], metadata);
      const second = await store.append('tally-1', 2, [counted(2)], metadata);
      expect([first.nextExpectedVersion, second.nextExpectedVersion, first.duplicate]).toEqual([2, 3, false]);
      expect(second.position).toBeGreaterThan(first.position);
      expect((await store.readStream('tally-1')).map((event) => [event.type, event.streamVersion, event.data])).toEqual(
        [
          ['TallyOpened', 1, { name: 'a' }],
          ['Counted', 2, { amount: 1 }],
          ['Counted', 3, { amount: 2 }],
        ],
      );
      expect(await store.streamVersion('tally-1')).toBe(3);
      expect(await store.streamVersion('tally-none')).toBe(0);
    });

    it('refuses an append at a version the stream is not at, and stores nothing', async () => {
      const store = await newStore({});
      await store.append('tally-2', 0, [opened], metadata);
      await expect(store.append('tally-2', 0, [counted(1)], metadata)).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(store.append('tally-2', 5, [counted(1)], metadata)).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream('tally-2')).toHaveLength(1);
    });

    it('stores a commit id once and answers a repeat with the first result', async () => {
      const store = await newStore({});
      const first = await store.append('tally-3', 0, [opened], metadata, { commitId: 'idem-1' });
      const again = await store.append('tally-3', 0, [opened], metadata, { commitId: 'idem-1' });
      expect(again).toMatchObject({
        duplicate: true,
        commitId: 'idem-1',
        nextExpectedVersion: 1,
        position: first.position,
      });
      expect(await store.readStream('tally-3')).toHaveLength(1);
    });

    it('refuses an event larger than the broker takes, and stores nothing', async () => {
      const store = await newStore({ maxEventBytes: 2_000 });
      await expect(
        store.append('tally-4', 0, [{ type: 'Big', data: { text: 'x'.repeat(3_000) } }], metadata),
      ).rejects.toBeInstanceOf(CommitTooLarge);
      expect(await store.streamVersion('tally-4')).toBe(0);
    });

    it('keeps every commit in the outbox, in position order, until it is marked published', async () => {
      const store = await newStore({});
      await store.append('tally-5', 0, [opened], metadata);
      await store.append('tally-6', 0, [opened, counted(1)], metadata);
      const waiting = await store.unpublishedCommits(10);
      expect(waiting.map((commit) => commit.streamId)).toEqual(['tally-5', 'tally-6']);
      expect(
        store.toStoredEvents(waiting[1]).map((event) => [event.streamId, event.streamVersion, event.context]),
      ).toEqual([
        ['tally-6', 1, store.context],
        ['tally-6', 2, store.context],
      ]);
      expect((await store.outboxBacklog()).commits).toBe(2);
      await store.markPublished([waiting[0]._id]);
      expect((await store.unpublishedCommits(10)).map((commit) => commit.streamId)).toEqual(['tally-6']);
      expect((await store.readAll(0)).map((event) => event.streamId)).toEqual(['tally-5', 'tally-6', 'tally-6']);
      expect((await store.readAll(waiting[0].position)).map((event) => event.streamId)).toEqual(['tally-6', 'tally-6']);
    });
  });
}
