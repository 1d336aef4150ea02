import { setTimeout as sleep } from 'node:timers/promises';
import type { Kafka } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { Cluster, ServiceName, SERVICES } from './cluster';
import { CONSUMER_GROUPS } from './observe';

/** What a recipe may use; it injects its fault mid-load, heals it, and returns when the platform is whole again. */
export interface FaultContext {
  cluster: Cluster;
  mongo: MongoClient;
  kafka: Kafka;
  settings: { kafkaOutageSeconds: number; databaseOutageSeconds: number; duplicateShare: number };
  say: (line: string) => void;
}

export interface Recipe {
  name: string;
  inject: (context: FaultContext) => Promise<void>;
}

const REPORTS_TOPIC = 'reporting.reports.v1';

const killKafka: Recipe = {
  name: 'kill -9 Kafka',
  async inject({ cluster, settings, say }) {
    cluster.kill9('kafka');
    say(`Kafka killed; down for ${settings.kafkaOutageSeconds} s`);
    await sleep(settings.kafkaOutageSeconds * 1000);
    await cluster.infra('kafka', 'start');
  },
};

const killDatabase: Recipe = {
  name: 'kill -9 FerretDB + PostgreSQL',
  async inject({ cluster, settings, say }) {
    cluster.kill9('ferretdb');
    cluster.kill9('postgres');
    say(`FerretDB and PostgreSQL killed; down for ${settings.databaseOutageSeconds} s`);
    await sleep(settings.databaseOutageSeconds * 1000);
    await cluster.infra('ferretdb', 'start'); // starts PostgreSQL first (crash recovery)
  },
};

const killService = (service: ServiceName): Recipe => ({
  name: `SIGKILL ${service}`,
  async inject({ cluster, say }) {
    cluster.expectExit(service, true);
    await cluster.killService(service);
    say(`${service} killed; restarting it`);
    await cluster.startService(service);
    cluster.expectExit(service, false);
  },
});

/**
 * Duplicate delivery: a raw producer publishes again a share of the messages already on the reports topic (same key,
 * value and headers, so the same partition), as a producer retry or a relay re-run would.
 */
const duplicateDelivery: Recipe = {
  name: 'duplicate 10 % of events',
  async inject({ kafka, settings, say }) {
    const messages = await readTopic(kafka, REPORTS_TOPIC);
    const every = Math.max(1, Math.round(1 / settings.duplicateShare));
    const again = messages.filter((_, index) => index % every === 0);
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic: REPORTS_TOPIC,
        messages: again.map(({ key, value, headers }) => ({ key, value, headers })),
      });
    } finally {
      await producer.disconnect();
    }
    say(`published ${again.length} of ${messages.length} messages of ${REPORTS_TOPIC} a second time`);
  },
};

/** Drops the read models of the report consumers and lets them rebuild from offset 0 (their groups deleted). */
const rebuild: Recipe = {
  name: 'drop read models, rebuild from 0',
  async inject({ cluster, mongo, kafka, say }) {
    const consumers: ServiceName[] = ['kpi-aggregation', 'meeting-coordination'];
    for (const service of consumers) cluster.expectExit(service, true);
    await Promise.all(consumers.map((service) => cluster.stopService(service)));
    const dropped = await dropCollections(mongo, {
      kpi_aggregation: ['kpi_series', 'report_status', 'reporting_rounds'],
      meeting_coordination: ['report_status_view', 'meetings_view', 'action_items_view', 'rounds_view'],
    });
    await deleteGroups(
      kafka,
      CONSUMER_GROUPS.filter((group) => consumers.includes(group as ServiceName)),
    );
    say(`dropped ${dropped.join(', ')}; consumer groups deleted; restarting the consumers`);
    await Promise.all(consumers.map((service) => cluster.startService(service)));
    for (const service of consumers) cluster.expectExit(service, false);
  },
};

/** The replays first (a rebuild reads the whole topic, and after Kafka's outage the relay's backlog drains): the topic is smallest then. */
export const RECIPES: Recipe[] = [rebuild, killKafka, duplicateDelivery, killDatabase, ...SERVICES.map(killService)];

type RawMessage = { key: Buffer | null; value: Buffer | null; headers: Record<string, Buffer | string | undefined> };

/** Every message on the topic up to its current end, read by a throw-away consumer group. */
async function readTopic(kafka: Kafka, topic: string): Promise<RawMessage[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map(
    (await admin.fetchTopicOffsets(topic)).map((partition) => [partition.partition, BigInt(partition.high)]),
  );
  await admin.disconnect();
  const messages: RawMessage[] = [];
  const consumer = kafka.consumer({ groupId: `faults-duplicator-${Date.now()}` });
  await consumer.connect();
  try {
    const done = new Set([...ends].filter(([, end]) => end === 0n).map(([partition]) => partition));
    await consumer.subscribe({ topic, fromBeginning: true });
    const finished = new Promise<void>((resolve) => {
      if (done.size === ends.size) resolve();
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          const end = ends.get(partition) ?? 0n;
          if (BigInt(message.offset) < end)
            messages.push({
              key: message.key,
              value: message.value,
              headers: (message.headers ?? {}) as RawMessage['headers'],
            });
          if (BigInt(message.offset) + 1n >= end) done.add(partition);
          if (done.size === ends.size) resolve();
        },
      });
    });
    await Promise.race([
      finished,
      sleep(60_000).then(() => Promise.reject(new Error(`could not read ${topic} to its end within 60 s`))),
    ]);
  } finally {
    await consumer.disconnect();
  }
  return messages;
}

async function dropCollections(mongo: MongoClient, byDatabase: Record<string, string[]>): Promise<string[]> {
  const dropped: string[] = [];
  for (const [database, names] of Object.entries(byDatabase)) {
    const db = mongo.db(database);
    const existing = new Set(
      (await db.listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name),
    );
    for (const name of names.filter((candidate) => existing.has(candidate))) {
      await db.collection(name).drop();
      dropped.push(`${database}.${name}`);
    }
  }
  return dropped;
}

/** Deletes the groups (their members have left; the coordinator may need a moment to see it). */
async function deleteGroups(kafka: Kafka, groups: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.deleteGroups(groups);
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
        await sleep(1000);
      }
    }
  } finally {
    await admin.disconnect();
  }
}
