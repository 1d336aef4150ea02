import { UndecodableEvent } from '@salw/contracts';
import { KafkaJsClient, MessagingClient, replayTopics, ReplayResult } from '@salw/messaging';
import { Db, MongoClient } from 'mongodb';
import { PROJECTIONS } from './constants';
import { reportEventsHandler } from './read-models/report-events.handler';
import { loadKpiAggregationSettings } from './settings';

/**
 * Drops every projection of this service and replays `reporting.reports.v1` from offset 0 through the live handler.
 * The kpi event store (facts, compiled reports) is the service's own record and is kept: facts are not appended
 * again (their commit ids are deterministic). Run with the service stopped or its consumer idle.
 */
export async function rebuildProjections(db: Db, client: MessagingClient, topics: string[]): Promise<ReplayResult> {
  const existing = new Set(
    (await db.listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name),
  );
  for (const name of Object.values(PROJECTIONS)) if (existing.has(name)) await db.collection(name).drop();
  const handler = reportEventsHandler(db);
  let skipped = 0;
  const result = await replayTopics(client, topics, async (events) => {
    try {
      await handler(events);
    } catch {
      // As the live consumer does: one at a time, and what cannot be applied (it went to the dead-letter topic) is skipped.
      for (const event of events) {
        try {
          await handler([event]);
        } catch (error) {
          if (!(error instanceof UndecodableEvent)) throw error;
          skipped++;
        }
      }
    }
  });
  return { applied: result.applied - skipped, poison: result.poison + skipped };
}

async function main(): Promise<void> {
  const { platform, service } = loadKpiAggregationSettings();
  const mongo = await MongoClient.connect(platform.MONGO_URL);
  try {
    const started = Date.now();
    const result = await rebuildProjections(
      mongo.db(platform.MONGO_DB),
      new KafkaJsClient({ brokers: platform.KAFKA_BROKERS, clientId: 'kpi-aggregation-rebuild' }),
      [service.REPORTS_TOPIC],
    );
    console.log(
      `kpi-aggregation rebuilt from ${service.REPORTS_TOPIC}: ${result.applied} events applied, ${result.poison} unreadable, ${Date.now() - started} ms`,
    );
  } finally {
    await mongo.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
