import { testInfra, uniqueName } from '@salw/testing';
import { Db, MongoClient } from 'mongodb';
import { isTransient } from '../consumer/transient-error';
import { BOOKKEEPING, recordApplied } from './bookkeeping';
import { ContendedDocuments, FoldWrites, HeldDocuments } from './fold-writes';
import { GuardedWrites } from './guarded-writes';

interface Tally {
  seen: string[];
}

/** Folds one event (stream, version) that appends its name to the tally's `seen`. */
function tallyOf(writes: FoldWrites<Tally>, id: string, streamId: string, streamVersion: number) {
  return writes.add(id, streamId, streamVersion, (doc) => ({
    seen: [...(doc?.seen ?? []), `${streamId}@${streamVersion}`],
  }));
}

describe('FoldWrites (real MongoDB-wire database)', () => {
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    client = await MongoClient.connect(testInfra().mongoUrl);
    db = client.db(uniqueName('fold'));
  });
  afterAll(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('applies a redelivered event once', async () => {
    const tallies = db.collection('redelivered');
    for (let delivery = 0; delivery < 3; delivery++) {
      await tallyOf(tallyOf(new FoldWrites<Tally>(), 't', 's-1', 1), 't', 's-1', 2).flush(tallies);
    }
    expect(await tallies.findOne({ _id: 't' as never })).toMatchObject({
      seen: ['s-1@1', 's-1@2'],
      [BOOKKEEPING]: { applied: [{ stream: 's-1', version: 2 }], folds: 2 },
    });
  });

  it('folds onto the documents it holds, and reads again what another writer changed or dropped', async () => {
    const tallies = db.collection('held');
    const held = new HeldDocuments();
    await tallyOf(new FoldWrites<Tally>(), 't', 's-1', 1).flush(tallies, held);
    await tallyOf(new FoldWrites<Tally>(), 't', 's-1', 2).flush(tallies, held);
    expect(await tallies.findOne({ _id: 't' as never })).toMatchObject({
      seen: ['s-1@1', 's-1@2'],
      [BOOKKEEPING]: { folds: 2 },
    });

    // Another writer folds s-2 in: the held copy is stale, its guard misses, the document is read again.
    const other = await tallies.findOne({ _id: 't' as never });
    await tallies.replaceOne(
      { _id: 't' as never },
      { ...other, seen: [...other!.seen, 's-2@1'], [BOOKKEEPING]: recordApplied(other![BOOKKEEPING], 's-2', 1) },
    );
    await tallyOf(new FoldWrites<Tally>(), 't', 's-1', 3).flush(tallies, held);
    expect(await tallies.findOne({ _id: 't' as never })).toMatchObject({
      seen: ['s-1@1', 's-1@2', 's-2@1', 's-1@3'],
      [BOOKKEEPING]: { folds: 4 },
    });

    // Dropped under it (a rebuild): the held document no longer exists and is written anew.
    await tallies.drop();
    await tallyOf(new FoldWrites<Tally>(), 't', 's-1', 4).flush(tallies, held);
    expect(await tallies.findOne({ _id: 't' as never })).toMatchObject({
      seen: ['s-1@4'],
      [BOOKKEEPING]: { folds: 1 },
    });
  });

  it('reads by _id a collection too large to hold', async () => {
    const tallies = db.collection('too_large');
    await tallyOf(tallyOf(new FoldWrites<Tally>(), 'a', 's-1', 1), 'b', 's-1', 1).flush(tallies);
    const held = new HeldDocuments(1);
    await tallyOf(tallyOf(new FoldWrites<Tally>(), 'a', 's-1', 1), 'a', 's-1', 2).flush(tallies, held);
    expect(await tallies.findOne({ _id: 'a' as never })).toMatchObject({
      seen: ['s-1@1', 's-1@2'],
      [BOOKKEEPING]: { folds: 2 },
    });
  });

  it('applies a redelivered update once, stream ids with dots and a leading $ as values, never field names', async () => {
    const counts = db.collection('guarded');
    const deliver = () =>
      new GuardedWrites()
        .update('c', 'report:a.b', 1, { $set: { status: 'held' }, $inc: { 'gender.women': 2 } })
        .update('c', '$stream', 1, { $inc: { 'gender.women': 1 } })
        .flush(counts);
    await deliver();
    await deliver(); // applied twice, same result
    expect(await counts.findOne({ _id: 'c' as never })).toEqual({
      _id: 'c',
      status: 'held',
      gender: { women: 3 },
      [BOOKKEEPING]: {
        // In stream order, whatever order they arrived in (so a rebuilt document equals the live one).
        applied: [
          { stream: '$stream', version: 1 },
          { stream: 'report:a.b', version: 1 },
        ],
        folds: 2,
      },
    });
  });

  it('asks for redelivery, not the dead-letter topic, when documents keep changing', () => {
    expect(isTransient(new ContendedDocuments('tallies', 3))).toBe(true);
  });
});
