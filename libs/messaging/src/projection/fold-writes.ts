import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';
import { isDuplicateKey } from '@salw/event-store';
import { APPLIED } from './guarded-writes';

/** What FoldWrites keeps beside a read model's own fields. */
export interface FoldBookkeeping {
  _id: string;
  /** Per stream, the last version folded in (written in the same document write as the change). */
  [APPLIED]: Record<string, number>;
  /** How many events the document holds: deterministic, so a rebuilt document equals the live one; the write guard. */
  _folds: number;
}

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
 * Idempotent projection writes for read models that fold events into whole documents: each
 * touched document is read by `_id`, the slice's events are folded in memory (a stream version it
 * already holds is skipped: redelivery and replay change nothing), and it is written back once,
 * guarded by `{ _id, _folds }`. Only equality on `_id` reaches the database, the one filter
 * FerretDB serves from an index. When another writer got in between, the slice is read and folded
 * again (nothing is applied twice: the applied versions travel with the document).
 *
 * On MongoDB the guard is an atomic compare-and-set. On FerretDB v1 it is not (an update reads,
 * then writes in a second transaction): two writers whose updates overlap can both match, and the
 * later one wins. So a read model has one writer per document at a time: one consumer instance
 * per service, partitions applied one after another, a rebuild with the service stopped.
 */
export class FoldWrites<Doc extends Document> {
  private readonly pending = new Map<string, Fold<Doc>[]>();

  add(id: string, streamId: string, streamVersion: number, fold: (doc: Doc | undefined) => Doc): this {
    if (streamId.includes('.') || streamId.startsWith('$')) {
      throw new Error(`Stream id "${streamId}" cannot be a document key (no "." and no leading "$")`);
    }
    const folds = this.pending.get(id) ?? [];
    folds.push({ streamId, streamVersion, fold });
    this.pending.set(id, folds);
    return this;
  }

  get size(): number {
    return this.pending.size;
  }

  async flush(collection: Collection<Document>): Promise<void> {
    for (let attempt = 1; this.pending.size > 0; attempt++) {
      const conflicts = await this.writeOnce(collection);
      if (conflicts === 0) break;
      if (attempt >= MAX_ATTEMPTS) throw new ContendedDocuments(collection.collectionName, conflicts);
    }
    this.pending.clear();
  }

  /** One read-fold-write pass; returns how many documents another writer changed in between. */
  private async writeOnce(collection: Collection<Document>): Promise<number> {
    const current = await readByIds(collection, [...this.pending.keys()]);
    const operations: AnyBulkWriteOperation<Document>[] = [];
    for (const [id, folds] of this.pending) {
      const before = current.get(id) as (Doc & FoldBookkeeping) | undefined;
      const after = foldAll(id, before, folds);
      if (!after || after === before) continue;
      const guard = { _id: id as never, _folds: before?._folds };
      const operation = before
        ? { replaceOne: { filter: guard, replacement: after } }
        : { insertOne: { document: after } };
      operations.push(operation as unknown as AnyBulkWriteOperation<Document>); // string _ids: the driver types expect ObjectId
    }
    return operations.length === 0 ? 0 : writeInChunks(collection, operations);
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
    const applied = doc?.[APPLIED] ?? {};
    if ((applied[streamId] ?? 0) >= streamVersion) continue;
    const next = fold(doc as Doc | undefined);
    doc = { ...next, _id: id, [APPLIED]: { ...applied, [streamId]: streamVersion }, _folds: (doc?._folds ?? 0) + 1 };
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
