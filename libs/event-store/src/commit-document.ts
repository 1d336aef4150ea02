import { Actor } from './event';

/**
 * One command's events, inserted as ONE document: the insert is atomic, so a command never
 * leaves half its events behind, and FerretDB v1 needs no multi-document transaction.
 * Commits are never changed once written; what is left to publish is in the outbox markers.
 */
export interface CommitDocument {
  _id: string;
  streamId: string;
  /** First stream version in this commit; unique with streamId (the optimistic lock). */
  fromVersion: number;
  toVersion: number;
  /** Global order of commits; gaps are possible (a lost race burns a number), order is not. */
  position: number;
  /**
   * `positionBucket(position)`: the relay reads a batch's commits with one equality query per bucket (FerretDB serves
   * a field's equality in its SQL, `$in` only by reading every document). Absent on commits written before buckets.
   */
  bucket?: number;
  recordedAt: Date;
  events: CommittedEventRecord[];
}

/**
 * The outbox: one small marker per commit not yet published, written just before the commit
 * and deleted once the relay has published it. The relay reads only markers (the outbox stays as
 * small as the backlog) and fetches their commits by bucket (or by `_id`, for a marker without one).
 */
export interface OutboxMarker {
  /** The commit's id. */
  _id: string;
  position: number;
  /** The commit's bucket: the relay deletes a batch's markers with one equality query per bucket. */
  bucket?: number;
  createdAt: Date;
}

/** Positions per bucket: a relay batch (200 by default) spans two or three buckets. */
export const POSITIONS_PER_BUCKET = 100;

export function positionBucket(position: number): number {
  return Math.floor(position / POSITIONS_PER_BUCKET);
}

export interface CommittedEventRecord {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamVersion: number;
  occurredAt: Date;
  actor: Actor;
  correlationId: string;
  causationId?: string;
  data: Record<string, unknown>;
}
