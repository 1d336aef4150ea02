import { testInfra, uniqueName } from '@salw/testing';
import { Db, MongoClient } from 'mongodb';
import { isTransient } from '../consumer/transient-error';
import { ContendedDocuments, FoldWrites } from './fold-writes';

interface Tally {
  seen: string[];
}

/** Folds one event (stream, version) that appends its name to the tally's `seen`. */
function tallyOf(writes: FoldWrites<Tally>, id: string, streamId: string, streamVersion: number) {
  return writes.add(id, streamId, streamVersion, (doc) => ({ seen: [...(doc?.seen ?? []), `${streamId}@${streamVersion}`] }));
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
    expect(await tallies.findOne({ _id: 't' as never })).toMatchObject({ seen: ['s-1@1', 's-1@2'], _applied: { 's-1': 2 }, _folds: 2 });
  });

  it('asks for redelivery, not the dead-letter topic, when documents keep changing', () => {
    expect(isTransient(new ContendedDocuments('tallies', 3))).toBe(true);
  });
});
