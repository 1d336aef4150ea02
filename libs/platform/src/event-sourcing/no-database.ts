import type { Db } from 'mongodb';

/** The driver calls a read model or the idempotency store makes. */
const OPERATIONS = new Set([
  'findOne',
  'find',
  'insertOne',
  'insertMany',
  'updateOne',
  'updateMany',
  'replaceOne',
  'bulkWrite',
  'deleteOne',
  'deleteMany',
  'countDocuments',
  'aggregate',
  'createIndex',
  'command',
  'dropDatabase',
]);

function refuse(): never {
  throw new Error(
    'No database in the in-memory tier: this route reads or writes a read model (specify it in the int or e2e tier)',
  );
}

/**
 * The database of the in-memory tier: there is none. Any operation fails at once naming why, so a route that needs a
 * read model answers an error instead of waiting for a server; other properties are absent (Nest's lifecycle hooks
 * probe for them).
 */
export function noDatabase(): Db {
  const collection = new Proxy({}, { get: (_target, name) => (OPERATIONS.has(String(name)) ? refuse : undefined) });
  return new Proxy(
    {},
    {
      get: (_target, name) =>
        name === 'collection' ? () => collection : OPERATIONS.has(String(name)) ? refuse : undefined,
    },
  ) as Db;
}
