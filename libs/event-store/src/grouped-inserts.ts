import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';

/** Documents per insertMany: well below the 100,000 writes and 48 MB of one command. */
const MAX_GROUP = 500;

interface Pending<Doc> {
  document: Doc;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: the inserts that arrive while an earlier one is in flight go to the database together, as one
 * unordered insertMany, instead of one round trip each (FerretDB pays mostly per command, not per document). A lone
 * insert goes at once, so nothing waits for a group to fill. Each caller learns its own outcome: a document the
 * database refused (e.g. a duplicate key) rejects with that document's write error, the others resolve.
 */
export class GroupedInserts<Doc extends Document> {
  private readonly queue: Pending<Doc>[] = [];
  private flushing = false;

  constructor(private readonly collection: Collection<Doc>) {}

  insert(document: Doc): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ document, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, MAX_GROUP);
      try {
        await this.collection.insertMany(
          group.map(({ document }) => document as OptionalUnlessRequiredId<Doc>),
          { ordered: false },
        );
        group.forEach(({ resolve }) => resolve());
      } catch (error) {
        const refused = writeErrorsByIndex(error);
        group.forEach(({ resolve, reject }, index) => {
          if (!refused) reject(error);
          else if (refused.has(index)) reject(refused.get(index));
          else resolve();
        });
      }
    }
    this.flushing = false;
  }
}

/** The per-document errors of an unordered insertMany by document index; undefined when the whole command failed. */
function writeErrorsByIndex(error: unknown): Map<number, unknown> | undefined {
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  if (writeErrors === undefined) return undefined;
  const list = (Array.isArray(writeErrors) ? writeErrors : [writeErrors]) as { index?: unknown }[];
  if (!list.every((writeError) => typeof writeError.index === 'number')) return undefined;
  return new Map(list.map((writeError) => [writeError.index as number, writeError]));
}
