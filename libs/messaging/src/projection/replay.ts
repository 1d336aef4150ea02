import { randomUUID } from 'node:crypto';
import type { EventStore } from '@salw/event-store';
import { ConsumedEvent, fromMessage, PoisonMessageError, toEnvelope } from '../event-message';
import { MessagingClient } from '../ports';
import { EventBatchHandler } from '../consumer/event-consumer';

const REPLAY_SLICE = 100;

export interface ReplayResult {
  applied: number;
  /** Messages that are not valid envelopes: the live consumer parked them in its dead-letter topic. */
  poison: number;
}

/**
 * Replays topics from offset zero up to their end at the time of the call, through the same
 * handler the live consumer uses, with a throw-away consumer group. Used to rebuild a
 * projection after dropping it.
 */
export async function replayTopics(
  client: MessagingClient,
  topics: string[],
  handler: EventBatchHandler,
): Promise<ReplayResult> {
  const admin = await client.admin();
  const groupId = `replay-${randomUUID()}`;
  const result: ReplayResult = { applied: 0, poison: 0 };
  const remaining = new Map<string, bigint>();
  for (const topic of topics) {
    for (const [partition, end] of await admin.endOffsets(topic)) {
      if (end > 0n) remaining.set(`${topic}:${partition}`, end);
    }
  }
  if (remaining.size === 0) {
    await admin.disconnect();
    return result;
  }
  const consumer = await client.consumer(groupId);
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => ((finish = resolve), (fail = reject)));
  await consumer.subscribe(topics, true);
  await consumer.run(async (batch) => {
    try {
      const key = `${batch.topic}:${batch.partition}`;
      const end = remaining.get(key);
      if (end === undefined) return;
      const wanted = batch.messages.filter((message) => BigInt(message.offset) < end);
      const events: ConsumedEvent[] = [];
      for (const message of wanted) {
        try {
          events.push(fromMessage(message));
        } catch (error) {
          if (!(error instanceof PoisonMessageError)) throw error;
          result.poison++;
        }
      }
      // Slices with heartbeats in between: a long batch must not cost the group membership.
      for (let start = 0; start < events.length; start += REPLAY_SLICE) {
        await handler(events.slice(start, start + REPLAY_SLICE));
        await batch.heartbeat();
      }
      result.applied += events.length;
      const last = batch.messages[batch.messages.length - 1];
      if (last) await batch.commit(last.offset);
      if (last && BigInt(last.offset) + 1n >= end) remaining.delete(key);
      if (remaining.size === 0) finish();
    } catch (error) {
      // Abort the replay: the error is rethrown by replayTopics; throwing here too would make
      // the client retry the batch and keep the consumer from stopping.
      fail(error);
    }
  });
  try {
    await done;
  } finally {
    await consumer.stop();
    await admin.deleteGroup(groupId).catch(() => undefined); // a leftover empty group expires on its own
    await admin.disconnect();
  }
  return result;
}

/** Replays a context's own event store from the first commit, in global order. */
export async function replayEventStore(
  store: EventStore,
  handler: (events: ConsumedEvent[]) => Promise<void>,
  pageSize = 1000,
): Promise<ReplayResult> {
  let position = 0;
  let applied = 0;
  for (;;) {
    const events = await store.readAll(position, pageSize);
    if (events.length === 0) return { applied, poison: 0 };
    const source = (event: (typeof events)[number]) => ({
      topic: `event-store:${store.context}`,
      partition: 0,
      offset: String(event.position),
    });
    await handler(events.map((event) => ({ ...toEnvelope(event), payload: event.data, source: source(event) })));
    applied += events.length;
    position = events[events.length - 1].position;
  }
}
