import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';
import { isDuplicateKey } from '@salw/event-store';
import { appliedVersion, BOOKKEEPING, FoldBookkeeping, recordApplied } from './bookkeeping';

type Fold<Doc> = { streamId: string; streamVersion: number; fold: (doc: Doc | undefined) => Doc };

/** How often a slice is read and folded again when another writer changed a document in between. */
const MAX_ATTEMPTS = 10;
/** Operations per bulk write; a slice is written as a few of them at once. */
const WRITE_CHUNK = 250;

/**
 * Other writers kept changing the documents: retriable, so the consumer redelivers the slice
 * later instead of parking valid events in the dead-letter topic.
 */
export class ContendedDocuments extends Error {
  readonly retriable = true;

  constructor(collection: string, documents: number) {
    super(`${collection}: ${documents} documents kept changing under ${MAX_ATTEMPTS} attempts`);
    this.name = 'ContendedDocuments';
  }
}

/**
 * Idempotent projection writes for read models that fold events into whole documents: each touched document is read
 * by `_id`, the slice's events are folded in memory (a stream version it already holds is skipped: redelivery and
 * replay change nothing), and it is written back once, guarded by `{ _id, folds }`; when another writer got in
 * between, the slice is read and folded again. Why `_id` lookups only and one writer per document:
 * docs/decisions/0001-storage-on-ferretdb.md.
 */
export class FoldWrites<Doc extends Document> {
  private readonly pending = new Map<string, Fold<Doc>[]>();

  add(id: string, streamId: string, streamVersion: number, fold: (doc: Doc | undefined) => Doc): this {
    const folds = this.pending.get(id) ?? [];
    folds.push({ streamId, streamVersion, fold });
    this.pending.set(id, folds);
    return this;
  }

  get size(): number {
    return this.pending.size;
  }

  /**
   * Writes the slice. With `held` (the documents this handler wrote before), the first pass folds onto them instead of
   * reading the database; a pass that finds another writer's change drops them and reads by `_id` again.
   */
  async flush(collection: Collection<Document>, held?: HeldDocuments): Promise<void> {
    try {
      for (let attempt = 1; this.pending.size > 0; attempt++) {
        const conflicts = await this.writeOnce(collection, attempt === 1 ? held : undefined);
        if (conflicts === 0) break;
        held?.forget(collection);
        if (attempt >= MAX_ATTEMPTS) throw new ContendedDocuments(collection.collectionName, conflicts);
      }
    } catch (error) {
      held?.forget(collection); // some chunks may be written, others not: what is held is no longer known to be true
      throw error;
    }
    this.pending.clear();
  }

  /** One read-fold-write pass; returns how many documents another writer changed in between. */
  private async writeOnce(collection: Collection<Document>, held?: HeldDocuments): Promise<number> {
    const ids = [...this.pending.keys()];
    const current = held ? await held.read(collection, ids) : await readByIds(collection, ids);
    const operations: AnyBulkWriteOperation<Document>[] = [];
    const written: (Document & FoldBookkeeping)[] = [];
    for (const [id, folds] of this.pending) {
      const before = current.get(id) as (Doc & FoldBookkeeping) | undefined;
      const after = foldAll(id, before, folds);
      if (!after || after === before) continue;
      const guard = { _id: id as never, [`${BOOKKEEPING}.folds`]: before?.[BOOKKEEPING]?.folds };
      const operation = before
        ? { replaceOne: { filter: guard, replacement: after } }
        : { insertOne: { document: after } };
      operations.push(operation as unknown as AnyBulkWriteOperation<Document>); // string _ids: the driver types expect ObjectId
      written.push(after);
    }
    const conflicts = operations.length === 0 ? 0 : await writeInChunks(collection, operations);
    if (conflicts === 0) held?.remember(collection, written);
    return conflicts;
  }
}

/**
 * The documents of a few read models as the last flushes of ONE handler wrote them, so that the next slice folds onto
 * them without reading each again: one `_id` lookup per touched document was half of a replay's database round
 * trips (`$in` is no cheaper: docs/decisions/0001-storage-on-ferretdb.md). A collection is
 * loaded whole with one scan the first time it is read, and only while it holds at most `maxDocuments`; then a
 * document not held does not exist. Nothing is trusted blindly: every write is still guarded by `{ _id, folds }`,
 * and a guard that misses (another writer, a dropped collection) drops what is held for that collection. Like the
 * guard itself, it relies on one writer per document at a time (see FoldWrites).
 */
export class HeldDocuments {
  /** Per collection name; null: too large to hold, read by `_id` as without this. */
  private readonly collections = new Map<string, Map<string, Document & FoldBookkeeping> | null>();

  constructor(private readonly maxDocuments = 20_000) {}

  async read(collection: Collection<Document>, ids: string[]): Promise<Map<string, Document & FoldBookkeeping>> {
    let held = this.collections.get(collection.collectionName);
    if (held === undefined) {
      held = await this.load(collection);
      this.collections.set(collection.collectionName, held);
    }
    if (held === null) return readByIds(collection, ids);
    const found = new Map<string, Document & FoldBookkeeping>();
    for (const id of ids) {
      const doc = held.get(id);
      if (doc) found.set(id, doc);
    }
    return found;
  }

  remember(collection: Collection<Document>, docs: (Document & FoldBookkeeping)[]): void {
    const held = this.collections.get(collection.collectionName);
    if (!held) return; // not loaded (or forgotten): the next read loads it
    for (const doc of docs) held.set(String(doc._id), doc);
    if (held.size > this.maxDocuments) this.collections.set(collection.collectionName, null);
  }

  forget(collection: Collection<Document>): void {
    if (this.collections.get(collection.collectionName) !== null) this.collections.delete(collection.collectionName);
  }

  /** The whole collection with one scan, or null when it holds more than `maxDocuments`. */
  private async load(collection: Collection<Document>): Promise<Map<string, Document & FoldBookkeeping> | null> {
    const docs = await collection
      .find({})
      .limit(this.maxDocuments + 1)
      .toArray();
    if (docs.length > this.maxDocuments) return null;
    return new Map(docs.map((doc) => [String(doc._id), doc as unknown as Document & FoldBookkeeping]));
  }
}

/**
 * Writes in a few bulk writes at once (FerretDB runs the statements of one command one after the
 * other); returns how many guarded replaces missed or inserts collided.
 */
async function writeInChunks(
  collection: Collection<Document>,
  operations: AnyBulkWriteOperation<Document>[],
): Promise<number> {
  const chunks: AnyBulkWriteOperation<Document>[][] = [];
  for (let start = 0; start < operations.length; start += WRITE_CHUNK)
    chunks.push(operations.slice(start, start + WRITE_CHUNK));
  const outcomes = await Promise.allSettled(chunks.map((chunk) => collection.bulkWrite(chunk, { ordered: false })));
  let conflicts = 0;
  for (const [index, outcome] of outcomes.entries()) {
    const replaces = chunks[index].filter((operation) => 'replaceOne' in operation).length;
    if (outcome.status === 'fulfilled') {
      conflicts += replaces - outcome.value.matchedCount;
      continue;
    }
    // A twin created a document first: fold again onto what it wrote.
    const writeErrors = (outcome.reason as { writeErrors?: unknown[] }).writeErrors;
    if (!isDuplicateKey(outcome.reason) && !(Array.isArray(writeErrors) && writeErrors.every(isDuplicateKey)))
      throw outcome.reason;
    conflicts += Math.max(1, writeErrors?.length ?? 1);
  }
  return conflicts;
}

function foldAll<Doc extends Document>(id: string, before: (Doc & FoldBookkeeping) | undefined, folds: Fold<Doc>[]) {
  let doc = before;
  for (const { streamId, streamVersion, fold } of folds) {
    if (appliedVersion(doc?.[BOOKKEEPING], streamId) >= streamVersion) continue;
    const next = fold(doc as Doc | undefined);
    doc = { ...next, _id: id, [BOOKKEEPING]: recordApplied(doc?.[BOOKKEEPING], streamId, streamVersion) };
  }
  return doc;
}

async function readByIds(collection: Collection<Document>, ids: string[]) {
  const found = new Map<string, Document & FoldBookkeeping>();
  for (let start = 0; start < ids.length; start += 64) {
    const docs = await Promise.all(ids.slice(start, start + 64).map((id) => collection.findOne({ _id: id as never })));
    for (const doc of docs) if (doc) found.set(String(doc._id), doc as unknown as Document & FoldBookkeeping);
  }
  return found;
}
