import type { Db } from 'mongodb';
import { ProjectedEvent, ProjectionSpecification } from './projection-specification';

const counted = (streamId: string) => ({ streamId, type: 'Counted', data: { amount: 2 } });
const read = async (db: Db, id: string) =>
  (await db.collection('tallies').findOne({ _id: id as never }, { projection: { _id: 0, seen: 0 } })) as {
    total: number;
  } | null;

/** Counts with an unguarded $inc: a redelivered event counts twice. */
const naive = {
  apply: async (db: Db, events: ProjectedEvent[]) =>
    void (await Promise.all(
      events.map((event) =>
        db
          .collection('tallies')
          .updateOne({ _id: 't' as never }, { $inc: { total: event.payload.amount as number } }, { upsert: true }),
      ),
    )),
  read,
};

/** Counts each stream version once: remembers what it has seen in the same write. */
const guarded = {
  apply: async (db: Db, events: ProjectedEvent[]) => {
    for (const event of events) {
      const seen = `${event.streamId}@${event.streamVersion}`;
      await db
        .collection('tallies')
        .updateOne(
          { _id: 't' as never, seen: { $ne: seen } },
          { $inc: { total: event.payload.amount as number }, $push: { seen } as never },
          { upsert: true },
        )
        .catch((error) => {
          if ((error as { code?: number }).code !== 11000) throw error; // the document exists and has seen it
        });
    }
  },
  read,
};

describe('ProjectionSpecification (real database)', () => {
  const naiveSpec = ProjectionSpecification.for(naive, { context: 'spec' });
  const guardedSpec = ProjectionSpecification.for(guarded, { context: 'spec' });
  afterAll(async () => {
    await naiveSpec.close();
    await guardedSpec.close();
  });

  it('fails a projection that counts a redelivered event twice', async () => {
    await expect(
      naiveSpec
        .given([counted('s-1')])
        .when([counted('s-1')])
        .then('t', { total: 4 }),
    ).rejects.toThrow();
  });

  it('passes a projection that applies each stream version once, and checks the document', async () => {
    await guardedSpec
      .given([counted('s-1')])
      .when([counted('s-1'), counted('s-2')])
      .then('t', { total: 6 });
    await expect(
      guardedSpec
        .given([])
        .when([counted('s-1')])
        .then('t', { total: 3 }),
    ).rejects.toThrow();
  });
});
