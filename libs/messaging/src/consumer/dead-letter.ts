import { DEFAULT_MAX_EVENT_BYTES, MessageTooLarge } from '@salw/event-store';
import { singleMessageBatchBytes } from '../event-message';
import { IncomingMessage, MessageProducer, OutgoingMessage } from '../ports';

/** What a dead letter keeps of a value too large to be carried whole (the original stays on its topic). */
const VALUE_PREVIEW_CHARS = 16 * 1024;
const REASON_CHARS = 2_000;

/** Where a consumer group parks what it cannot process: `<group>.dead-letter.v1`. */
export function deadLetterTopic(groupId: string): string {
  return `${groupId}.dead-letter.v1`;
}

/** The dead-letter record (proto/salw/common/v1/dead_letter.proto, as JSON). */
export interface DeadLetterJson {
  originalTopic: string;
  partition: number;
  offset: string;
  key?: string;
  headers: Record<string, string>;
  value: string;
  reason: string;
  failedAt: string;
  consumerGroup: string;
  attempts: number;
}

/**
 * Parks a message in the group's dead-letter topic. The record wraps the value (escaped, with the reason), so it
 * can be larger than the message the broker accepted: then it keeps a preview of the value and says where the
 * whole message stays (topic, partition, offset), so parking never fails for the size of what it parks.
 */
export async function sendToDeadLetter(
  producer: MessageProducer,
  groupId: string,
  message: IncomingMessage,
  reason: string,
  attempts: number,
  maxMessageBytes = DEFAULT_MAX_EVENT_BYTES,
): Promise<void> {
  const value = message.value ?? '';
  const whole = deadLetterMessage(groupId, message, reason.slice(0, REASON_CHARS), attempts, value, message.headers);
  if (singleMessageBatchBytes(whole) <= maxMessageBytes) {
    try {
      return await producer.send(deadLetterTopic(groupId), [whole]);
    } catch (error) {
      if (!(error instanceof MessageTooLarge)) throw error; // the topic's own limit is lower: send the preview
    }
  }
  const where = `${message.topic}/${message.partition}@${message.offset}`;
  const cut =
    `${reason.slice(0, REASON_CHARS)} (too large to park whole: value cut to its first ${VALUE_PREVIEW_CHARS} of ` +
    `${value.length} characters, headers left out; the whole message stays at ${where})`;
  const preview = deadLetterMessage(groupId, message, cut, attempts, value.slice(0, VALUE_PREVIEW_CHARS), {});
  await producer.send(deadLetterTopic(groupId), [preview]);
}

function deadLetterMessage(
  groupId: string,
  message: IncomingMessage,
  reason: string,
  attempts: number,
  value: string,
  headers: Record<string, string>,
): OutgoingMessage {
  const record: DeadLetterJson = {
    originalTopic: message.topic,
    partition: message.partition,
    offset: message.offset,
    ...(message.key !== null ? { key: message.key } : {}),
    headers,
    value,
    reason,
    failedAt: new Date().toISOString(),
    consumerGroup: groupId,
    attempts,
  };
  return {
    key: message.key ?? `${message.topic}:${message.partition}:${message.offset}`,
    value: JSON.stringify(record),
    headers: { 'content-type': 'application/json', 'dead-letter-reason': reason.slice(0, 500) },
  };
}
