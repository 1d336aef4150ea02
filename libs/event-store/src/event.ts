/** Who caused a change: every event is attributed to an authenticated actor. */
export interface Actor {
  subject: string;
  /** Display name: the person's name, or the client id of a system (absent on older events). */
  name?: string;
  role: 'ministry' | 'seesac' | 'analyst' | 'system' | string;
  jurisdiction?: string;
}

/** What a decider returns: a past-tense fact with its body, before it is stored. */
export interface NewEvent<Type extends string = string, Data = Record<string, unknown>> {
  type: Type;
  data: Data;
  /** Version of this event type's schema (see proto/); defaults to 1. */
  schemaVersion?: number;
}

/** Who and why, shared by all events of one command. */
export interface CommitMetadata {
  actor: Actor;
  correlationId: string;
  causationId?: string;
  /** When the fact happened in the domain, if not "now". */
  occurredAt?: Date;
}

/** An event as the store keeps it and the relay publishes it. */
export interface StoredEvent<Type extends string = string, Data = Record<string, unknown>> {
  eventId: string;
  type: Type;
  schemaVersion: number;
  streamId: string;
  streamVersion: number;
  occurredAt: Date;
  recordedAt: Date;
  actor: Actor;
  correlationId: string;
  causationId?: string;
  context: string;
  data: Data;
  /** Global position of the commit that holds this event. */
  position: number;
}
