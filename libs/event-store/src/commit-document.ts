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
  recordedAt: Date;
  events: CommittedEventRecord[];
}

/**
 * The outbox: one small marker per commit not yet published, written just before the commit
 * and deleted once the relay has published it. The relay reads only markers (the outbox stays as
 * small as the backlog) and fetches their commits by `_id`.
 */
export interface OutboxMarker {
  /** The commit's id. */
  _id: string;
  position: number;
  createdAt: Date;
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
