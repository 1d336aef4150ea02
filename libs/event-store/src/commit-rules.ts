// What every EventStore does alike when it commits, so the in-memory store the API specs use cannot drift from the
// MongoDB one: how a command's events are recorded, and which commits are refused as too large to publish.
import { randomUUID } from 'node:crypto';
import { CommittedEventRecord } from './commit-document';
import { CommitTooLarge } from './errors';
import { CommitMetadata, NewEvent, StoredEvent } from './event';

/** The events of one command as its commit records them: new ids, the stream's next versions, the command's metadata. */
export function eventRecords(
  events: NewEvent[],
  expectedVersion: number,
  metadata: CommitMetadata,
  recordedAt: Date,
): CommittedEventRecord[] {
  return events.map((event, index) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: event.schemaVersion ?? 1,
    streamVersion: expectedVersion + index + 1,
    occurredAt: metadata.occurredAt ?? recordedAt,
    actor: metadata.actor,
    correlationId: metadata.correlationId,
    ...(metadata.causationId ? { causationId: metadata.causationId } : {}),
    data: event.data,
  }));
}

/** An event's size as JSON (a store may be told the size the relay will publish it at instead). */
export const jsonBytes = (event: StoredEvent): number => Buffer.byteLength(JSON.stringify(event));

/** The store is the last line before the broker: whatever the routes let through, no commit it cannot carry. */
export function assertPublishable(
  streamId: string,
  events: StoredEvent[],
  maxEventBytes: number,
  eventBytes: (event: StoredEvent) => number = jsonBytes,
): void {
  for (const event of events) {
    const size = eventBytes(event);
    if (size > maxEventBytes) throw new CommitTooLarge(streamId, event.type, size, maxEventBytes);
  }
}
