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
