import { randomUUID } from 'node:crypto';
import type { EventStore } from '@salw/event-store';
import { ConsumedEvent, fromMessage, PoisonMessageError, toEnvelope } from '../event-message';
import { MessagingClient, ReceivedBatch } from '../ports';
import { EventBatchHandler } from '../consumer/event-consumer';

/**
 * How much a replay folds at once (the message bytes held in memory): each touched read-model document is written once
 * per slice, so the slice, not the topic's batches, decides how often a document is written again.
 */
const REPLAY_SLICE_BYTES = 32 * 1024 * 1024;
/** How often a replay busy with one slice tells the group it is alive (well inside the session timeout). */
const KEEP_ALIVE_MS = 3_000;

export interface ReplayResult {
  applied: number;
  /** Messages that are not valid envelopes: the live consumer parked them in its dead-letter topic. */
  poison: number;
}

/**
 * Replays topics from offset zero up to their end at the time of the call, through the same
 * handler the live consumer uses, with a throw-away consumer group. Used to rebuild a
 * projection after dropping it. The handler gets slices of up to `sliceLimitBytes` of messages (plus one batch).
 */
export async function replayTopics(
  client: MessagingClient,
  topics: string[],
  handler: EventBatchHandler,
  sliceLimitBytes = REPLAY_SLICE_BYTES,
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
  // The fetched batches (per partition, a few MB) are gathered into slices across partitions: a stream lives in one
  // partition, whose messages keep their order in the slice. A batch is committed as soon as it is held (the group is
  // this replay's own, and a consumer kafkajs restarts goes on after what is held, not lost: it stays in `slice`).
  let slice: ConsumedEvent[] = [];
  let sliceBytes = 0;
  const apply = async (batch: ReceivedBatch) => {
    const events = slice;
    slice = [];
    sliceBytes = 0;
    const timer = setInterval(() => batch.heartbeat().catch(() => undefined), KEEP_ALIVE_MS);
    try {
      await handler(events);
    } finally {
      clearInterval(timer);
    }
    result.applied += events.length;
  };
  await consumer.run(async (batch) => {
    try {
      const key = `${batch.topic}:${batch.partition}`;
      const end = remaining.get(key);
      if (end === undefined) return;
      for (const message of batch.messages.filter((message) => BigInt(message.offset) < end)) {
        try {
          slice.push(fromMessage(message));
          sliceBytes += message.value?.length ?? 0;
        } catch (error) {
          if (!(error instanceof PoisonMessageError)) throw error;
          result.poison++;
        }
      }
      const last = batch.messages[batch.messages.length - 1];
      if (last) await batch.commit(last.offset);
      if (last && BigInt(last.offset) + 1n >= end) remaining.delete(key);
      if (sliceBytes >= sliceLimitBytes || remaining.size === 0) await apply(batch);
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
