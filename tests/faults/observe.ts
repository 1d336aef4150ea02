import { appliedVersion, BOOKKEEPING, ProjectionBookkeeping } from '@salw/messaging';
import type { Kafka } from 'kafkajs';
import { Db, MongoClient } from 'mongodb';
import { Observed, ProjectedValue, StatusDocument, StoredEvent } from './verdict';

/** The databases the services use by default (the suite's instance is its own, so the defaults are safe). */
const DATABASES = { intake: 'report_intake', aggregation: 'kpi_aggregation', meetings: 'meeting_coordination' };
export const CONSUMER_GROUPS = ['kpi-aggregation', 'meeting-coordination', 'trust-fund'];

interface Commit {
  recordedAt: Date;
  streamId: string;
  events: { eventId: string; type: string; streamVersion: number; data: Record<string, unknown> }[];
}

/** Reads, straight from the databases and the broker, what the checker judges: the event stores and the read models. */
export async function observe(mongo: MongoClient, kafka: Kafka): Promise<Observed> {
  // The read models first, the store after: whatever a read model shows was committed before it was projected, so
  // the store read next holds it (read the other way round, a value projected in between would look invented).
  const aggregation = mongo.db(DATABASES.aggregation);
  const [series, facts, reportStatus, readiness] = await Promise.all([
    seriesValues(aggregation),
    factValues(aggregation),
    statusDocuments(
      aggregation,
      'report_status',
      (doc) => (doc[BOOKKEEPING] as ProjectionBookkeeping | undefined)?.folds,
    ),
    statusDocuments(mongo.db(DATABASES.meetings), 'report_status_view'),
  ]);
  const events = await storedEvents(mongo.db(DATABASES.intake));
  return { events, series, facts, reportStatus, readiness, parked: await parkedMessages(kafka) };
}

async function storedEvents(db: Db): Promise<StoredEvent[]> {
  const commits = await db.collection<Commit>('event_commits').find({}).toArray();
  return commits.flatMap((commit) =>
    commit.events.map((event) => ({
      ...event,
      streamId: commit.streamId,
      recordedAt: new Date(commit.recordedAt).getTime(),
    })),
  );
}

async function seriesValues(db: Db): Promise<ProjectedValue[]> {
  type Series = {
    jurisdiction: string;
    measure: string;
    dimensions: Record<string, string>;
    versions: { eventId: string; status: string; revision: number; value: unknown }[];
  };
  const documents = await db.collection<Series>('kpi_series').find({}).toArray();
  return documents.flatMap((doc) =>
    doc.versions.map((version) => ({
      eventId: version.eventId,
      jurisdiction: doc.jurisdiction,
      measure: doc.measure,
      dimensions: doc.dimensions,
      status: version.status,
      revision: version.revision,
      value: version.value,
    })),
  );
}

async function factValues(db: Db): Promise<ProjectedValue[]> {
  const commits = await db.collection<Commit>('event_commits').find({}).toArray();
  return commits.flatMap((commit) =>
    commit.events
      .filter((event) => event.type === 'KpiFactRecorded')
      .map(({ data }) => ({
        eventId: String(data.sourceEventId),
        jurisdiction: String(data.jurisdiction),
        measure: String(data.measure),
        dimensions: (data.dimensions ?? {}) as Record<string, string>,
        status: String(data.status),
        revision: Number(data.revision),
        value: data.value,
      })),
  );
}

async function statusDocuments(
  db: Db,
  collection: string,
  foldsOf?: (doc: Record<string, unknown>) => number | undefined,
): Promise<StatusDocument[]> {
  const documents = await db.collection<Record<string, unknown>>(collection).find({}).toArray();
  return documents.map((doc) => {
    const id = String(doc._id);
    return {
      _id: id,
      status: String(doc.status),
      revision: Number(doc.revision),
      applied: appliedVersion(doc[BOOKKEEPING] as ProjectionBookkeeping | undefined, id) || undefined,
      folds: foldsOf?.(doc),
    };
  });
}

/** Messages in the consumer groups' dead-letter topics (one not created yet holds none). */
async function parkedMessages(kafka: Kafka): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = new Set(await admin.listTopics());
    let parked = 0;
    for (const group of CONSUMER_GROUPS) {
      const topic = `${group}.dead-letter.v1`;
      if (!topics.has(topic)) continue;
      for (const partition of await admin.fetchTopicOffsets(topic))
        parked += Number(partition.high) - Number(partition.low);
    }
    return parked;
  } finally {
    await admin.disconnect();
  }
}
