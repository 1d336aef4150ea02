import type { Collection, Document, UpdateFilter } from 'mongodb';
import { FoldWrites, HeldDocuments } from './fold-writes';

/**
 * Idempotent projection writes expressed as `$set`/`$inc` updates of a document: each update is folded in memory onto
 * the document as FoldWrites reads it, and skipped when the document already holds that stream version, so a
 * redelivered event changes nothing. The applied versions live in the document's bookkeeping (a list, so stream ids
 * never become field names), written in the same write as the change. One writer per document at a time, as for
 * FoldWrites (docs/decisions/0001-storage-on-ferretdb.md).
 */
export class GuardedWrites<T extends Document = Document> {
  private readonly writes = new FoldWrites<Document>();

  /** Applies `update` to document `id` unless `streamId` at `streamVersion` was applied already. */
  update(
    id: string,
    streamId: string,
    streamVersion: number,
    update: UpdateFilter<T>,
    onInsert: Partial<T> = {},
  ): this {
    this.writes.add(id, streamId, streamVersion, (doc) => applyUpdate(doc ?? { ...onInsert }, update as Document));
    return this;
  }

  /** How many documents the next flush writes. */
  get size(): number {
    return this.writes.size;
  }

  /** Writes the touched documents; with `held` (a projector's own), folds onto what it wrote last instead of reading. */
  async flush(collection: Collection<T>, held?: HeldDocuments): Promise<void> {
    await this.writes.flush(collection as unknown as Collection<Document>, held);
  }
}

/** `$set` and `$inc` (with dotted paths), as the database would apply them; any other operator is a programming error. */
export function applyUpdate(document: Document, update: Document): Document {
  const next = structuredClone(document);
  for (const [operator, fields] of Object.entries(update)) {
    if (operator !== '$set' && operator !== '$inc')
      throw new Error(`GuardedWrites applies $set and $inc, not ${operator}`);
    for (const [path, value] of Object.entries(fields as Document)) {
      const keys = path.split('.');
      const last = keys.pop()!;
      let target = next;
      for (const key of keys) target = (target[key] ??= {}) as Document;
      target[last] = operator === '$inc' ? Number(target[last] ?? 0) + Number(value) : value;
    }
  }
  return next;
}
