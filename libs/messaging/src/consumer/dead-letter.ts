import { IncomingMessage, MessageProducer } from '../ports';

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

export async function sendToDeadLetter(
  producer: MessageProducer,
  groupId: string,
  message: IncomingMessage,
  reason: string,
  attempts: number,
): Promise<void> {
  const record: DeadLetterJson = {
    originalTopic: message.topic,
    partition: message.partition,
    offset: message.offset,
    ...(message.key !== null ? { key: message.key } : {}),
    headers: message.headers,
    value: message.value ?? '',
    reason,
    failedAt: new Date().toISOString(),
    consumerGroup: groupId,
    attempts,
  };
  await producer.send(deadLetterTopic(groupId), [
    {
      key: message.key ?? `${message.topic}:${message.partition}:${message.offset}`,
      value: JSON.stringify(record),
      headers: { 'content-type': 'application/json', 'dead-letter-reason': reason.slice(0, 500) },
    },
  ]);
}
