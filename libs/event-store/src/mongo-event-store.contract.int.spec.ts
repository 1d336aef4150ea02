import { testInfra, uniqueName } from '@salw/testing';
import { MongoClient } from 'mongodb';
import { describeEventStoreContract } from './event-store.contract';
import { MongoEventStore } from './mongo-event-store';

let client: MongoClient;
const databases: string[] = [];

beforeAll(async () => {
  client = await MongoClient.connect(testInfra().mongoUrl);
});
afterAll(async () => {
  for (const name of databases) await client.db(name).dropDatabase();
  await client.close();
});

describeEventStoreContract('MongoEventStore', async ({ maxEventBytes }) => {
  const name = uniqueName('store-contract');
  databases.push(name);
  const store = new MongoEventStore(client.db(name), {
    context: 'contract',
    ...(maxEventBytes ? { maxEventBytes } : {}),
  });
  await store.init();
  return store;
});
