import { describeEventStoreContract } from './event-store.contract';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract(
  'InMemoryEventStore',
  async ({ maxEventBytes }) => new InMemoryEventStore({ context: 'contract', maxEventBytes }),
);
