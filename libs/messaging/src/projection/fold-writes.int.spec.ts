import { testInfra, uniqueName } from '@salw/testing';
import { Db, MongoClient } from 'mongodb';
import { isTransient } from '../consumer/transient-error';
import { ContendedDocuments, FoldWrites, HeldDocuments } from './fold-writes';

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
      _applied: { 's-1': 2 },
      _folds: 2,
    });
  });

  it('folds onto the documents it holds, and reads again what another writer changed or dropped', async () => {
    const tallies = db.collection('held');
    const held = new HeldDocuments();
    await tallyOf(new FoldWrites<Tally>(), 't', 's-1', 1).flush(tallies, held);
    await tallyOf(new FoldWrites<Tally>(), 't', 's-1', 2).flush(tallies, held);
    expect(await tallies.findOne({ _id: 't' as never })).toMatchObject({ seen: ['s-1@1', 's-1@2'], _folds: 2 });

    // Another writer folds s-2 in: the held copy is stale, its guard misses, the document is read again.
    const other = await tallies.findOne({ _id: 't' as never });
    await tallies.replaceOne(
      { _id: 't' as never },
      { ...other, seen: [...other!.seen, 's-2@1'], _applied: { ...other!._applied, 's-2': 1 }, _folds: 3 },
    );
    await tallyOf(new FoldWrites<Tally>(), 't', 's-1', 3).flush(tallies, held);
    expect(await tallies.findOne({ _id: 't' as never })).toMatchObject({
      seen: ['s-1@1', 's-1@2', 's-2@1', 's-1@3'],
      _folds: 4,
    });

    // Dropped under it (a rebuild): the held document no longer exists and is written anew.
    await tallies.drop();
    await tallyOf(new FoldWrites<Tally>(), 't', 's-1', 4).flush(tallies, held);
    expect(await tallies.findOne({ _id: 't' as never })).toMatchObject({ seen: ['s-1@4'], _folds: 1 });
  });

  it('reads by _id a collection too large to hold', async () => {
    const tallies = db.collection('too_large');
    await tallyOf(tallyOf(new FoldWrites<Tally>(), 'a', 's-1', 1), 'b', 's-1', 1).flush(tallies);
    const held = new HeldDocuments(1);
    await tallyOf(tallyOf(new FoldWrites<Tally>(), 'a', 's-1', 1), 'a', 's-1', 2).flush(tallies, held);
    expect(await tallies.findOne({ _id: 'a' as never })).toMatchObject({ seen: ['s-1@1', 's-1@2'], _folds: 2 });
  });

  it('asks for redelivery, not the dead-letter topic, when documents keep changing', () => {
    expect(isTransient(new ContendedDocuments('tallies', 3))).toBe(true);
  });
});
