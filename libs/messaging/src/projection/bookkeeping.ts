import type { Document, FindOptions } from 'mongodb';

/**
 * The one key under which a read-model document keeps what its projection writer needs: which stream versions it
 * holds and how often it was written (docs/decisions/0001-storage-on-ferretdb.md). Read paths never name it: they
 * read with WITHOUT_BOOKKEEPING or strip a document with withoutBookkeeping.
 */
export const BOOKKEEPING = '_projection';

/** The last version of one stream folded into a document (a list of these: stream ids are values, never keys). */
export interface AppliedVersion {
  stream: string;
  version: number;
}

export interface ProjectionBookkeeping {
  applied: AppliedVersion[];
  /** How many events the document holds: deterministic, so a rebuilt document equals the live one; the write guard. */
  folds: number;
}

/** What the projection writers keep beside a read model's own fields. */
export interface FoldBookkeeping {
  _id: string;
  [BOOKKEEPING]: ProjectionBookkeeping;
}

/** Find options for a read path: everything but the bookkeeping. */
export const WITHOUT_BOOKKEEPING: FindOptions = { projection: { [BOOKKEEPING]: 0 } };

/** A document as a reader may see it: the same fields, without the bookkeeping. */
export function withoutBookkeeping<T extends Document>(document: T): Omit<T, typeof BOOKKEEPING> {
  const { [BOOKKEEPING]: _bookkeeping, ...fields } = document;
  return fields;
}

/** The version of `stream` a document holds (0: none). */
export function appliedVersion(bookkeeping: ProjectionBookkeeping | undefined, stream: string): number {
  return bookkeeping?.applied.find((applied) => applied.stream === stream)?.version ?? 0;
}

/**
 * The bookkeeping after one more event of `stream` at `version` was folded in. The list is kept in stream order, so a
 * document rebuilt from the topic equals the live one whatever order the partitions delivered its streams in.
 */
export function recordApplied(
  bookkeeping: ProjectionBookkeeping | undefined,
  stream: string,
  version: number,
): ProjectionBookkeeping {
  const others = (bookkeeping?.applied ?? []).filter((applied) => applied.stream !== stream);
  const applied = [...others, { stream, version }].sort((a, b) =>
    a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0,
  );
  return { applied, folds: (bookkeeping?.folds ?? 0) + 1 };
}
