import { Actor } from './event';

/**
 * One command's events, inserted as ONE document: the insert is atomic, so a command never
 * leaves half its events behind, and FerretDB v1 needs no multi-document transaction.
 * The commit collection is also the outbox: `published` is what the relay works from.
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
  published: boolean;
  publishedAt?: Date;
  events: CommittedEventRecord[];
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
