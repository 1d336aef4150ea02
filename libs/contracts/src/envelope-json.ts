import { fromJsonString, toJson } from '@bufbuild/protobuf';
import { TimestampSchema, type Timestamp } from '@bufbuild/protobuf/wkt';
import { type Envelope, EnvelopeSchema } from './gen/salw/common/v1/envelope_pb';

/** Kafka header names carried by every platform event (see proto/salw/common/v1/envelope.proto). */
export const HEADER = {
  eventType: 'event-type',
  schemaVersion: 'schema-version',
  eventId: 'event-id',
  correlationId: 'correlation-id',
  actor: 'actor',
  contentType: 'content-type',
} as const;

/** Value of the content-type header: the message value is the envelope's proto3 canonical JSON. */
export const ENVELOPE_CONTENT_TYPE = 'application/json';

/** `Actor` as plain JSON. */
export interface ActorJson {
  /** The token's subject. */
  subject: string;
  /** "ministry" | "seesac" | "analyst" | "system"; readers tolerate new roles. */
  role: string;
  /** The jurisdiction a ministry acts for; absent for other roles. */
  jurisdiction?: string;
  /** Display name (the person's name or the system's client id); absent on older events. */
  name?: string;
}

/**
 * The Kafka message value of every event: `salw.common.v1.Envelope` as proto3 canonical JSON.
 * `Payload` narrows the body for one event type (e.g. `EnvelopeJson<KpiReportSubmittedJson>`).
 */
export interface EnvelopeJson<Payload = Record<string, unknown>> {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  streamVersion: number;
  /** RFC 3339, UTC. */
  occurredAt: string;
  /** RFC 3339, UTC. */
  recordedAt: string;
  actor: ActorJson;
  correlationId: string;
  /** Absent when a command (not another event) caused the event. */
  causationId?: string;
  context: string;
  payload: Payload;
}

/**
 * Parses and validates a Kafka message value against the generated Envelope schema.
 * Throws an Error starting with "Invalid event envelope:" on bad JSON, unknown envelope or
 * actor fields (unless `ignoreUnknownFields`; the payload may hold anything), wrong types, or a
 * missing required field (see {@link toEnvelopeJson}). Timestamps come back normalized to
 * canonical form (e.g. "2024-03-01T09:30:00Z").
 */
export function parseEnvelopeJson(text: string, options: { ignoreUnknownFields?: boolean } = {}): EnvelopeJson {
  let envelope: Envelope;
  try {
    envelope = fromJsonString(EnvelopeSchema, text, { ignoreUnknownFields: options.ignoreUnknownFields ?? false });
  } catch (error) {
    throw new Error(`Invalid event envelope: ${error instanceof Error ? error.message : String(error)}`);
  }
  return toEnvelopeJson(envelope);
}

/**
 * Turns a generated `Envelope` message into its plain JSON shape. Throws if a field that
 * consumers need to apply an event once, in order and attributed is missing: eventId, type,
 * streamId, schemaVersion >= 1, streamVersion >= 1, occurredAt, recordedAt, actor.subject,
 * actor.role. Other fields default to their proto3 zero values; payload defaults to {}.
 */
export function toEnvelopeJson(envelope: Envelope): EnvelopeJson {
  const { actor, occurredAt, recordedAt } = envelope;
  const missing = [
    !envelope.eventId && 'eventId',
    !envelope.type && 'type',
    !envelope.streamId && 'streamId',
    envelope.schemaVersion < 1 && 'schemaVersion (>= 1)',
    envelope.streamVersion < 1 && 'streamVersion (>= 1)',
    !occurredAt && 'occurredAt',
    !recordedAt && 'recordedAt',
    !actor?.subject && 'actor.subject',
    !actor?.role && 'actor.role',
  ].filter((name): name is string => typeof name === 'string');
  if (missing.length > 0 || !actor || !occurredAt || !recordedAt) {
    throw new Error(`Invalid event envelope: missing ${missing.join(', ')}`);
  }
  return {
    eventId: envelope.eventId,
    type: envelope.type,
    schemaVersion: envelope.schemaVersion,
    streamId: envelope.streamId,
    streamVersion: envelope.streamVersion,
    occurredAt: timestampJson(occurredAt),
    recordedAt: timestampJson(recordedAt),
    actor: {
      subject: actor.subject,
      role: actor.role,
      ...(actor.jurisdiction !== undefined ? { jurisdiction: actor.jurisdiction } : {}),
      ...(actor.name !== undefined ? { name: actor.name } : {}),
    },
    correlationId: envelope.correlationId,
    ...(envelope.causationId ? { causationId: envelope.causationId } : {}),
    context: envelope.context,
    payload: envelope.payload ?? {},
  };
}

function timestampJson(timestamp: Timestamp): string {
  return toJson(TimestampSchema, timestamp) as string;
}
