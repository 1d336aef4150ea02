import { EnvelopeJson, HEADER, parseEnvelopeJson } from '@salw/contracts';
import type { EventPublisher, StoredEvent } from '@salw/event-store';
import { IncomingMessage, MessageProducer, OutgoingMessage } from './ports';

/** An event read back from a topic: the envelope plus where it came from. */
export interface ConsumedEvent<Payload = Record<string, unknown>> extends EnvelopeJson<Payload> {
  payload: Payload;
  source: { topic: string; partition: number; offset: string };
}

/** A message that can never be processed (not a valid envelope): it goes to the dead-letter topic. */
export class PoisonMessageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PoisonMessageError';
  }
}

// Kafka's record batch v2 framing: a batch header, and per record a few varints (length, attributes, deltas, key
// and value lengths, header count) plus two per header. Estimated from above, so a batch never grows past the limit.
const BATCH_OVERHEAD_BYTES = 61;
const RECORD_OVERHEAD_BYTES = 25;
const HEADER_OVERHEAD_BYTES = 10;

/** The bytes one message takes in a record batch on the broker (what message.max.bytes limits), estimated from above. */
export function messageBytes(message: OutgoingMessage): number {
  let bytes = RECORD_OVERHEAD_BYTES + Buffer.byteLength(message.key) + Buffer.byteLength(message.value);
  for (const [name, value] of Object.entries(message.headers)) {
    bytes += HEADER_OVERHEAD_BYTES + Buffer.byteLength(name) + Buffer.byteLength(value);
  }
  return bytes;
}

/** The bytes of a batch holding only this message: what the broker compares with its limit. */
export function singleMessageBatchBytes(message: OutgoingMessage): number {
  return BATCH_OVERHEAD_BYTES + messageBytes(message);
}

/**
 * Consecutive runs of messages whose batch stays within `maxBatchBytes`, in order; a message larger than that on
 * its own is a run of one (the broker will refuse it, and says so).
 */
export function chunkByBytes(messages: readonly OutgoingMessage[], maxBatchBytes: number): OutgoingMessage[][] {
  const chunks: OutgoingMessage[][] = [];
  let current: OutgoingMessage[] = [];
  let bytes = BATCH_OVERHEAD_BYTES;
  for (const message of messages) {
    const size = messageBytes(message);
    if (current.length > 0 && bytes + size > maxBatchBytes) {
      chunks.push(current);
      current = [];
      bytes = BATCH_OVERHEAD_BYTES;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Maps a stored event to its Kafka message: keyed by stream (per-stream order), envelope as proto3 JSON. */
export function toMessage(event: StoredEvent): OutgoingMessage {
  return {
    key: event.streamId,
    value: JSON.stringify(toEnvelope(event)),
    headers: {
      [HEADER.eventType]: event.type,
      [HEADER.schemaVersion]: String(event.schemaVersion),
      [HEADER.eventId]: event.eventId,
      [HEADER.correlationId]: event.correlationId,
      [HEADER.actor]: event.actor.subject,
      [HEADER.contentType]: 'application/json',
    },
  };
}

/** The public envelope of a stored event (proto/salw/common/v1/envelope.proto). */
export function toEnvelope(event: StoredEvent): EnvelopeJson {
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
    actor: { ...event.actor },
    correlationId: event.correlationId,
    ...(event.causationId ? { causationId: event.causationId } : {}),
    context: event.context,
    payload: event.data,
  };
}

export function fromMessage(message: IncomingMessage): ConsumedEvent {
  if (message.value === null) throw new PoisonMessageError('Message has no value (tombstone or empty)');
  let envelope: EnvelopeJson;
  try {
    envelope = parseEnvelopeJson(message.value);
  } catch (error) {
    throw new PoisonMessageError(`Not a valid event envelope: ${(error as Error).message}`);
  }
  return {
    ...envelope,
    payload: envelope.payload ?? {},
    source: { topic: message.topic, partition: message.partition, offset: message.offset },
  };
}

/** The relay's publisher on top of the producer port. */
export class BrokerEventPublisher implements EventPublisher {
  constructor(private readonly producer: MessageProducer) {}

  publish(topic: string, events: StoredEvent[]): Promise<void> {
    return this.producer.send(topic, events.map(toMessage));
  }
}
