import type { AnyBulkWriteOperation, Collection, Document, UpdateFilter } from 'mongodb';

/** Where a read-model document remembers, per stream, the last version folded into it. */
export const APPLIED = '_applied';

/**
 * Idempotent projection writes, collected for one bulkWrite.
 *
 * Each change is an update whose filter only matches while the document has not yet seen this
 * stream version, and which records the version in the SAME write as the change: a redelivered
 * event matches nothing, so its effect happens exactly once. The document is first ensured
 * with an upsert that cannot collide (FerretDB reports bulk duplicate-key errors at the wrong
 * index, so the design never relies on them). As with FoldWrites, the guard is atomic on MongoDB but
 * not on FerretDB v1: one writer per document at a time.
 */
export class GuardedWrites<T extends Document = Document> {
  private readonly operations: AnyBulkWriteOperation<T>[] = [];
  private readonly ensured = new Set<string>();

  /** Applies `update` to document `id` unless `streamId` at `streamVersion` was applied already. */
  update(
    id: string,
    streamId: string,
    streamVersion: number,
    update: UpdateFilter<T>,
    onInsert: Partial<T> = {},
  ): this {
    assertSafeKey(streamId);
    if (!this.ensured.has(id)) {
      this.ensured.add(id);
      this.operations.push({
        updateOne: {
          filter: { _id: id } as never,
          update: { $setOnInsert: onInsert } as UpdateFilter<T>,
          upsert: true,
        },
      });
    }
    const appliedPath = `${APPLIED}.${streamId}`;
    this.operations.push({
      updateOne: {
        filter: {
          _id: id,
          $or: [{ [appliedPath]: { $exists: false } }, { [appliedPath]: { $lt: streamVersion } }],
        } as never,
        update: {
          ...update,
          $set: { ...((update.$set as object) ?? {}), [appliedPath]: streamVersion },
        } as UpdateFilter<T>,
      },
    });
    return this;
  }

  get size(): number {
    return this.operations.length;
  }

  /** Writes everything in order with the driver's bulkWrite (mongoose casting would cost ~30×). */
  async flush(collection: Collection<T>): Promise<void> {
    if (this.operations.length === 0) return;
    await collection.bulkWrite(this.operations, { ordered: true });
    this.operations.length = 0;
    this.ensured.clear();
  }
}

function assertSafeKey(streamId: string): void {
  if (streamId.includes('.') || streamId.startsWith('$')) {
    throw new Error(`Stream id "${streamId}" cannot be a document key (no "." and no leading "$")`);
  }
}
