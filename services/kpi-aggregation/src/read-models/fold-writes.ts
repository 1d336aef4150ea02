import type { AnyBulkWriteOperation, Collection, Document } from 'mongodb';

type Folded = Document & { _id: string; _applied: Record<string, number>; _folds: number };

/**
 * Idempotent projection writes that need only equality filters (FerretDB pushes nothing else down): each touched
 * document is read by `_id`, the slice's changes are folded in memory (a stream version already folded in is
 * skipped), and it is written back once, guarded by `{ _id, _folds }` (how many events it holds: deterministic, so
 * a rebuilt document equals the live one). A concurrent writer makes the guard miss: the slice is retried.
 */
export class FoldWrites<Doc extends Document> {
  private readonly pending = new Map<string, { streamId: string; streamVersion: number; fold: (doc: Doc | undefined) => Doc }[]>();

  add(id: string, streamId: string, streamVersion: number, fold: (doc: Doc | undefined) => Doc): this {
    const list = this.pending.get(id) ?? [];
    list.push({ streamId, streamVersion, fold });
    this.pending.set(id, list);
    return this;
  }

  async flush(collection: Collection<Document>): Promise<void> {
    const ids = [...this.pending.keys()];
    const existing = new Map<string, Folded>();
    for (let start = 0; start < ids.length; start += 64) {
      const docs = await Promise.all(ids.slice(start, start + 64).map((id) => collection.findOne({ _id: id as never })));
      for (const doc of docs) if (doc) existing.set(String(doc._id), doc as unknown as Folded);
    }
    const operations: AnyBulkWriteOperation<Document>[] = [];
    for (const [id, folds] of this.pending) {
      const before = existing.get(id);
      let doc = before as Folded | undefined;
      for (const { streamId, streamVersion, fold } of folds) {
        if ((doc?._applied[streamId] ?? 0) >= streamVersion) continue;
        const next = fold(doc as unknown as Doc | undefined) as unknown as Folded;
        doc = { ...next, _id: id, _applied: { ...(doc?._applied ?? {}), [streamId]: streamVersion }, _folds: (doc?._folds ?? 0) + 1 };
      }
      if (!doc || doc === before) continue;
      operations.push((before ? { replaceOne: { filter: { _id: id, _folds: before._folds }, replacement: doc } } : { insertOne: { document: doc } }) as unknown as AnyBulkWriteOperation<Document>);
    }
    this.pending.clear();
    if (operations.length === 0) return;
    const result = await collection.bulkWrite(operations, { ordered: false });
    const expected = operations.filter((operation) => 'replaceOne' in operation).length;
    if (result.matchedCount < expected) throw new Error(`${collection.collectionName} changed concurrently: retrying the slice`);
  }
}
