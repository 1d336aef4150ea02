import { testInfra, uniqueName } from '@salw/testing';
import { MongoClient } from 'mongodb';
import { GroupedInserts } from './grouped-inserts';
import { isDuplicateKey } from './mongo-event-store';

describe('GroupedInserts (real MongoDB-wire database)', () => {
  let client: MongoClient;
  const dbName = uniqueName('grouped');
  const inserts: number[] = [];

  beforeAll(async () => {
    client = await MongoClient.connect(testInfra().mongoUrl, { monitorCommands: true });
    client.on('commandStarted', (event) => {
      if (event.commandName === 'insert') inserts.push((event.command.documents as unknown[]).length);
    });
  });
  afterAll(async () => {
    await client.db(dbName).dropDatabase();
    await client.close();
  });

  it('sends concurrent inserts together and tells each caller its own outcome', async () => {
    const collection = client.db(dbName).collection<{ _id: string; n: number }>('docs');
    await collection.insertOne({ _id: 'taken-3', n: -1 });
    inserts.length = 0;
    const grouped = new GroupedInserts(collection);

    const ids = Array.from({ length: 40 }, (_, n) => (n % 10 === 3 ? `taken-${n % 10}` : `doc-${n}`));
    const outcomes = await Promise.allSettled(ids.map((_id, n) => grouped.insert({ _id, n })));

    const refused = outcomes.flatMap((outcome, n) => (outcome.status === 'rejected' ? [n] : []));
    expect(refused).toEqual([3, 13, 23, 33]);
    outcomes.forEach((outcome) => outcome.status === 'rejected' && expect(isDuplicateKey(outcome.reason)).toBe(true));
    expect(await collection.countDocuments({ _id: { $regex: /^doc-/ } })).toBe(36);
    expect((await collection.findOne({ _id: 'taken-3' }))?.n).toBe(-1);
    expect(inserts.reduce((sum, size) => sum + size, 0)).toBe(40);
    expect(inserts.length).toBeLessThanOrEqual(2); // the first alone, the 39 that queued behind it together
  });
});
