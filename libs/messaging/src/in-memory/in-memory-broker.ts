import { setTimeout as sleep } from 'node:timers/promises';
import type {
  IncomingMessage,
  MessageConsumer,
  MessageProducer,
  MessagingClient,
  OutgoingMessage,
  ReceivedBatch,
  TopicAdmin,
} from '../ports';

const POLL_MS = 5;

/**
 * The messaging ports in memory, one partition per topic: what a producer sends, every consumer group reads from its
 * committed offset on, in order and at least once (uncommitted messages come again after a restart). For API specs
 * that run a service in-process; the real-infrastructure tiers keep Kafka for what needs it (rebalances, limits).
 */
export class InMemoryBroker implements MessagingClient {
  private readonly topics = new Map<string, IncomingMessage[]>();
  /** Per group and topic, the offset of the next message to deliver. */
  private readonly committed = new Map<string, number>();

  /** Every message on a topic so far (e.g. to check what the relay published). */
  messages(topic: string): IncomingMessage[] {
    return [...(this.topics.get(topic) ?? [])];
  }

  async producer(): Promise<MessageProducer> {
    return {
      send: async (topic: string, messages: OutgoingMessage[]) => {
        const log = this.log(topic);
        for (const message of messages) {
          log.push({
            topic,
            partition: 0,
            offset: String(log.length),
            key: message.key,
            value: message.value,
            headers: { ...message.headers },
          });
        }
      },
      disconnect: async () => undefined,
    };
  }

  async consumer(groupId: string): Promise<MessageConsumer> {
    let subscribed: string[] = [];
    let running = false;
    let loop: Promise<void> | undefined;
    return {
      subscribe: async (topics: string[], fromBeginning: boolean) => {
        subscribed = topics;
        for (const topic of topics) {
          const key = `${groupId}\n${topic}`;
          if (!this.committed.has(key)) this.committed.set(key, fromBeginning ? 0 : this.log(topic).length);
        }
      },
      run: async (onBatch: (batch: ReceivedBatch) => Promise<void>) => {
        running = true;
        loop = (async () => {
          while (running) {
            let delivered = false;
            for (const topic of subscribed)
              delivered = (await this.deliver(groupId, topic, onBatch, () => running)) || delivered;
            if (!delivered) await sleep(POLL_MS);
          }
        })();
      },
      stop: async () => {
        running = false;
        await loop;
      },
    };
  }

  async admin(): Promise<TopicAdmin> {
    return {
      ensureTopics: async (topics: string[]) => void topics.forEach((topic) => this.log(topic)),
      endOffsets: async (topic: string) => new Map([[0, BigInt(this.log(topic).length)]]),
      consumerLag: async (groupId: string, topic: string) =>
        this.log(topic).length - (this.committed.get(`${groupId}\n${topic}`) ?? 0),
      deleteGroup: async (groupId: string) => {
        for (const key of [...this.committed.keys()]) if (key.startsWith(`${groupId}\n`)) this.committed.delete(key);
      },
      ping: async () => undefined,
      disconnect: async () => undefined,
    };
  }

  /** Hands the group's uncommitted messages of a topic to the handler as one batch; true if there were any. */
  private async deliver(
    groupId: string,
    topic: string,
    onBatch: (batch: ReceivedBatch) => Promise<void>,
    isRunning: () => boolean,
  ): Promise<boolean> {
    const key = `${groupId}\n${topic}`;
    const from = this.committed.get(key) ?? 0;
    const messages = this.log(topic).slice(from);
    if (messages.length === 0) return false;
    let paused = false;
    await onBatch({
      topic,
      partition: 0,
      messages,
      heartbeat: async () => undefined,
      commit: async (offset: string) =>
        void this.committed.set(key, Math.max(this.committed.get(key) ?? 0, Number(offset) + 1)),
      isRunning,
      pause: () => {
        paused = true;
        return () => (paused = false);
      },
    });
    return !paused;
  }

  private log(topic: string): IncomingMessage[] {
    let log = this.topics.get(topic);
    if (!log) this.topics.set(topic, (log = []));
    return log;
  }
}
