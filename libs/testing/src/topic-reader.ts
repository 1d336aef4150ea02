import { randomUUID } from 'node:crypto';
import { IncomingMessage, MessagingClient } from '@salw/messaging';
import { eventually } from './infra';

/**
 * Reads a topic from the beginning, the way an analyst's program would, and collects what
 * arrives (tests assert on the collected messages).
 */
export class TopicReader {
  readonly messages: IncomingMessage[] = [];
  private stopConsumer?: () => Promise<void>;

  static async open(client: MessagingClient, topic: string): Promise<TopicReader> {
    const reader = new TopicReader();
    const admin = await client.admin();
    await admin.ensureTopics([topic]).finally(() => admin.disconnect());
    const consumer = await client.consumer(`test-reader-${randomUUID()}`);
    await consumer.subscribe([topic], true);
    await consumer.run(async (batch) => {
      reader.messages.push(...batch.messages);
      await batch.commit(batch.messages[batch.messages.length - 1].offset);
    });
    reader.stopConsumer = () => consumer.stop();
    return reader;
  }

  /** Waits until `count` messages matching the filter arrived; returns them. */
  async waitFor(count: number, filter: (message: IncomingMessage) => boolean = () => true, timeoutMs = 30_000) {
    return eventually(async () => {
      const matching = this.messages.filter(filter);
      if (matching.length < count) throw new Error(`Got ${matching.length} of ${count} messages`);
      return matching;
    }, timeoutMs);
  }

  async close(): Promise<void> {
    await this.stopConsumer?.();
  }
}
