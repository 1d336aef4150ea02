/**
 * The broker behind small ports: kafkajs is in maintenance mode, so everything above these
 * interfaces must work unchanged with another client once one is measured to be better.
 */
export type Headers = Record<string, string>;

export interface OutgoingMessage {
  key: string;
  value: string;
  headers: Headers;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Headers;
}

export interface MessageProducer {
  /** Sends in order; resolves once the broker acknowledged every message (acks=all). */
  send(topic: string, messages: OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

export interface ReceivedBatch {
  topic: string;
  partition: number;
  messages: IncomingMessage[];
  /** Keeps the group membership alive during long batches. */
  heartbeat(): Promise<void>;
  /** Marks every message up to and including `offset` as done for the group. */
  commit(offset: string): Promise<void>;
  isRunning(): boolean;
  /**
   * Stops fetching this partition (the others go on) until the returned resume is called; what was not committed
   * is fetched again from the last commit then.
   */
  pause(): () => void;
}

export interface MessageConsumer {
  subscribe(topics: string[], fromBeginning: boolean): Promise<void>;
  run(onBatch: (batch: ReceivedBatch) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export interface TopicAdmin {
  ensureTopics(topics: string[], partitions?: number): Promise<void>;
  /** Per partition, the offset the next message will get (the high watermark). */
  endOffsets(topic: string): Promise<Map<number, bigint>>;
  /** Per partition, how many messages the group has not yet committed. */
  consumerLag(groupId: string, topic: string): Promise<number>;
  deleteGroup(groupId: string): Promise<void>;
  ping(): Promise<void>;
  disconnect(): Promise<void>;
}

export interface MessagingClient {
  producer(): Promise<MessageProducer>;
  consumer(groupId: string): Promise<MessageConsumer>;
  admin(): Promise<TopicAdmin>;
}
