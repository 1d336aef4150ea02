import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { IncomingMessage, MessagingClient } from './ports';

/**
 * Reads a topic from the beginning, the way an analyst's program would, and collects what
 * arrives (tests and tools assert on or print the collected messages).
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
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.messages.filter(filter);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline) throw new Error(`Got ${matching.length} of ${count} messages`);
      await sleep(100);
    }
  }

  async close(): Promise<void> {
    await this.stopConsumer?.();
  }
}
