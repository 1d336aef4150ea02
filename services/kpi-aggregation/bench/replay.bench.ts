/**
 * Replay and lag benchmark of kpi-aggregation, on the real broker and database.
 *
 *   node -r @swc-node/register services/kpi-aggregation/bench/replay.bench.ts
 *
 * 1. raw consumer: a bare kafkajs consumer reads the report topic, no processing (the ceiling);
 *    raw bulkWrite: the documents the replay left, written once with bulk inserts (the database's ceiling);
 * 2. rebuild: replayTopics (what `rebuild` runs) from offset 0 through the live handler (series + report status projections)
 *    into a fresh database; replay: a fresh group of the live consumer (EventConsumer) from offset 0, likewise;
 * 3. steady load: report events appended to a `reporting` event store at a fixed rate, published by the outbox
 *    relay, consumed by the live `EventConsumer` with the live handler (projections + KPI facts appended to the kpi
 *    event store); lag = projection written − event recorded (append).
 * Env: BENCH_REPORTS (2000), BENCH_OBSERVATIONS (50 per report event), BENCH_SLICES (20 dimension values),
 * BENCH_RATE (steady report events/s, 10: about half of what one consumer applies, see the replay row), BENCH_SECONDS (15),
 * BENCH_REPLAY_TIMEOUT_S (300), KAFKA_BROKERS, MONGO_URL. The sizes used are printed first.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Lease, MongoEventStore, OutboxRelay } from '@salw/event-store';
import { catalogue, isNumericMeasure } from '@salw/kpi-catalogue';
import {
  BrokerEventPublisher,
  ConsumedEvent,
  EventConsumer,
  KafkaJsClient,
  OutgoingMessage,
  replayTopics,
} from '@salw/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { Db, MongoClient } from 'mongodb';
import { PROJECTIONS } from '../src/constants';
import { reportEventsHandler } from '../src/read-models/report-events.handler';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const REPORTS = env('BENCH_REPORTS', 2000);
const OBSERVATIONS = env('BENCH_OBSERVATIONS', 50);
const SLICES = env('BENCH_SLICES', 20);
const RATE = env('BENCH_RATE', 10);
const SECONDS = env('BENCH_SECONDS', 15);
/** The live-consumer replay stops here and prints the rate it reached (keeps `make bench` bounded on a loaded box). */
const REPLAY_TIMEOUT_S = env('BENCH_REPLAY_TIMEOUT_S', 300);
const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const suffix = randomUUID().slice(0, 8);
const progress = (step: string) => console.error(`[bench ${new Date().toISOString()}] ${step}`);

const jurisdictions = catalogue.jurisdictions.map((jurisdiction) => jurisdiction.code);
const measures = catalogue.measures.filter(isNumericMeasure).map((measure) => measure.code);

/** Report event i: revision ⌊i / reports⌋ + 1 of one of 7 × 101 annual reports, with OBSERVATIONS values. */
function reportPayload(i: number, observations = OBSERVATIONS) {
  const reports = jurisdictions.length * 101;
  const jurisdiction = jurisdictions[i % jurisdictions.length];
  const year = 2000 + (Math.floor(i / jurisdictions.length) % 101);
  const reportId = `kpi-report:${jurisdiction}:${year}`;
  return {
    streamId: reportId,
    revision: Math.floor(i / reports) + 1,
    payload: {
      reportId,
      jurisdiction,
      year,
      revision: Math.floor(i / reports) + 1,
      warnings: [],
      observations: Array.from({ length: observations }, (_, k) => ({
        measure: measures[k % measures.length],
        dimensions: { bench_slice: `s${(i + Math.floor(k / measures.length)) % SLICES}` },
        value: { kind: 'number', amount: String((i * 7 + k) % 1000) },
      })),
    },
  };
}

function envelope(i: number, streamVersion: number): OutgoingMessage {
  const { streamId, payload } = reportPayload(i);
  const now = new Date().toISOString();
  return {
    key: streamId,
    value: JSON.stringify({
      eventId: randomUUID(),
      type: 'KpiReportAccepted',
      schemaVersion: 1,
      streamId,
      streamVersion,
      occurredAt: now,
      recordedAt: now,
      actor: { subject: 'bench', role: 'seesac' },
      correlationId: randomUUID(),
      context: 'reporting',
      payload,
    }),
    headers: {},
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  console.log(
    `sizes: BENCH_REPORTS=${REPORTS} BENCH_OBSERVATIONS=${OBSERVATIONS} BENCH_SLICES=${SLICES} BENCH_RATE=${RATE} BENCH_SECONDS=${SECONDS} BENCH_REPLAY_TIMEOUT_S=${REPLAY_TIMEOUT_S}`,
  );
  const client = new KafkaJsClient({ brokers, clientId: 'kpi-bench' });
  const mongo = await MongoClient.connect(mongoUrl);
  const topic = `bench.reporting.reports.v1-${suffix}`;
  const databases: string[] = [];
  const rows: string[][] = [];
  try {
    progress('producing');
    const admin = await client.admin();
    await admin.ensureTopics([topic]);
    const producer = await client.producer();
    const versions = new Map<string, number>();
    let started = Date.now();
    for (let from = 0; from < REPORTS; from += 200) {
      const batch: OutgoingMessage[] = [];
      for (let i = from; i < Math.min(REPORTS, from + 200); i++) {
        const { streamId } = reportPayload(i, 0);
        const version = (versions.get(streamId) ?? 0) + 1;
        versions.set(streamId, version);
        batch.push(envelope(i, version));
      }
      await producer.send(topic, batch);
    }
    const produceMs = Date.now() - started;
    const observations = REPORTS * OBSERVATIONS;

    progress('rebuild');
    // What `rebuild` runs: replayTopics from offset 0 (a throw-away group, slices gathered across batches) through the
    // live handler into a fresh database.
    const rebuildDb = mongo.db(`bench_kpi_rebuild_${suffix}`);
    databases.push(rebuildDb.databaseName);
    started = Date.now();
    const rebuilt = await replayTopics(client, [topic], reportEventsHandler(rebuildDb));
    const rebuildMs = Date.now() - started;
    const rebuildRow = [
      'rebuild: replayTopics from offset 0 → projections (as `rebuild` runs it)',
      `${rebuilt.applied}`,
      `${rebuildMs}`,
      rate(rebuilt.applied, rebuildMs),
      rate(rebuilt.applied * OBSERVATIONS, rebuildMs),
    ];

    progress('replay');
    const replayDb = mongo.db(`bench_kpi_replay_${suffix}`);
    databases.push(replayDb.databaseName);
    // A fresh group from offset 0 through the live consumer and handler; the batch consumer slices the
    // fetched batches (BENCH_SLICE events, the live consumer's default unless set) and heartbeats between slices.
    let applied = 0;
    const replayHandler = reportEventsHandler(replayDb);
    const replayer = new EventConsumer(client, {
      groupId: `bench-replay-${suffix}`,
      topics: [topic],
      maxBatchSize: process.env.BENCH_SLICE ? env('BENCH_SLICE', 0) : undefined,
      handler: async (events) => {
        await replayHandler(events);
        applied += events.length;
        if (applied % 500 < events.length) progress(`replayed ${applied}`);
      },
    });
    started = Date.now();
    await replayer.start();
    const replayDeadline = Date.now() + REPLAY_TIMEOUT_S * 1000;
    while (applied < REPORTS && Date.now() < replayDeadline) await sleep(50);
    const replayMs = Date.now() - started;
    await replayer.stop();
    const result = { applied };
    const replayRow = [
      'replay from offset 0 → projections (fresh group, live consumer and handler)',
      `${result.applied}`,
      `${replayMs}`,
      rate(result.applied, replayMs),
      rate(result.applied * OBSERVATIONS, replayMs),
    ];

    progress('raw bulkWrite of the replayed documents');
    const bulk = await rawBulkWrite(mongo.db(`bench_kpi_bulk_${suffix}`), rebuildDb);
    databases.push(`bench_kpi_bulk_${suffix}`);
    const bulkRow = [
      `raw bulkWrite of the same ${bulk.documents} documents (chunks of 250, same database)`,
      '',
      `${bulk.ms}`,
      '',
      rate(observations, bulk.ms),
    ];

    progress(`produced ${REPORTS} in ${produceMs} ms; raw consumer`);
    const kafka = new Kafka({ brokers, clientId: 'kpi-bench-raw', logLevel: logLevel.NOTHING });
    const raw = kafka.consumer({ groupId: `bench-raw-${suffix}` });
    await raw.connect();
    await raw.subscribe({ topics: [topic], fromBeginning: true });
    let seen = 0;
    let rawStart = 0;
    const rawDone = new Promise<void>((resolve) => {
      void raw.run({
        eachBatch: async ({ batch }) => {
          if (rawStart === 0) rawStart = Date.now();
          seen += batch.messages.length;
          if (seen >= REPORTS) resolve();
        },
      });
    });
    started = Date.now();
    await rawDone;
    const rawMs = Date.now() - started;
    await raw.disconnect();
    rows.push([
      'raw kafkajs consumer (no processing), incl. group join',
      `${REPORTS}`,
      `${rawMs}`,
      rate(REPORTS, rawMs),
      rate(observations, rawMs),
    ]);
    rows.push(['raw kafkajs consumer, from first batch', `${REPORTS}`, `${Date.now() - rawStart}`, '', '']);
    rows.push(bulkRow);
    rows.push(rebuildRow);
    rows.push(replayRow);

    progress('steady load');
    const steadyTopic = `bench.reporting.steady.v1-${suffix}`;
    const db = mongo.db(`bench_kpi_steady_${suffix}`);
    databases.push(db.databaseName);
    const reporting = new MongoEventStore(db, { context: 'reporting', commitsCollection: 'reporting_commits' });
    const kpi = new MongoEventStore(db, { context: 'kpi' });
    await reporting.init();
    await kpi.init();
    const relayProducer = await client.producer();
    const relay = new OutboxRelay(reporting, new BrokerEventPublisher(relayProducer), {
      topic: steadyTopic,
      lease: new Lease(db, 'relay:reporting', randomUUID()),
    });
    await admin.ensureTopics([steadyTopic]);
    const lags: number[] = [];
    const handler = reportEventsHandler(db, kpi);
    const consumer = new EventConsumer(client, {
      groupId: `bench-kpi-${suffix}`,
      topics: [steadyTopic],
      handler: async (events: ConsumedEvent[]) => {
        await handler(events);
        const now = Date.now();
        for (const event of events) lags.push(now - Date.parse(event.recordedAt));
      },
    });
    await consumer.start();
    relay.start();
    // Warm-up: one event through the whole path, so the group has joined before the clock starts.
    const steadyVersions = new Map<string, number>();
    const warmUp = reportPayload(RATE * SECONDS);
    await reporting.append(warmUp.streamId, 0, [{ type: 'KpiReportAccepted', data: warmUp.payload }], {
      actor: { subject: 'bench', role: 'seesac' },
      correlationId: randomUUID(),
    });
    steadyVersions.set(warmUp.streamId, 1);
    while (lags.length === 0) await sleep(50);
    lags.length = 0;
    const total = RATE * SECONDS;
    started = Date.now();
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / RATE;
      if (due > Date.now()) await sleep(due - Date.now());
      const { streamId, payload } = reportPayload(i);
      const version = steadyVersions.get(streamId) ?? 0;
      await reporting.append(streamId, version, [{ type: 'KpiReportAccepted', data: payload }], {
        actor: { subject: 'bench', role: 'seesac' },
        correlationId: randomUUID(),
      });
      steadyVersions.set(streamId, version + 1);
    }
    const appendMs = Date.now() - started;
    const deadline = Date.now() + 120_000;
    while (lags.length < total && Date.now() < deadline) await sleep(100);
    await relay.stop();
    await consumer.stop();
    await relayProducer.disconnect();
    await producer.disconnect();
    await admin.disconnect();
    const sorted = [...lags].sort((a, b) => a - b);
    console.log(
      `\n### kpi-aggregation replay and lag (${new Date().toISOString()}, brokers ${brokers.join(',')}, ${mongoUrl})\n`,
    );
    console.log(
      `Replay topic: ${REPORTS} report events × ${OBSERVATIONS} observations = ${observations} observations (produced in ${produceMs} ms).\n`,
    );
    console.log('| run | events | ms | events/s | observations/s |');
    console.log('|---|---:|---:|---:|---:|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    // Rates, not times: a replay stopped at its deadline applied fewer events than the bulkWrite wrote.
    const share = (events: number, ms: number) =>
      `${((100 * events * OBSERVATIONS * bulk.ms) / (ms * observations)).toFixed(1)}% of the raw bulkWrite's observations/s`;
    console.log(
      `\nrebuild: ${share(rebuilt.applied, rebuildMs)}; live-consumer replay: ${share(result.applied, replayMs)} (goal ≥ 10% and ≥ 10,000 observations/s)`,
    );
    console.log(
      `\nSteady load: ${RATE} report events/s × ${OBSERVATIONS} observations for ${SECONDS} s (${total} events appended in ${appendMs} ms), append → relay → consumer → projections + facts:\n`,
    );
    console.log('| events projected | lag p50 ms | lag p99 ms | lag max ms |');
    console.log('|---:|---:|---:|---:|');
    console.log(
      `| ${lags.length} / ${total} | ${percentile(sorted, 50)} | ${percentile(sorted, 99)} | ${sorted[sorted.length - 1]} |`,
    );
  } finally {
    for (const name of databases)
      await mongo
        .db(name)
        .dropDatabase()
        .catch(() => undefined);
    await mongo.close();
  }
}

/**
 * The database's own limit for the replay's output: every document the replay left in its projections, written
 * once with unordered bulk inserts (FoldWrites' chunk size, two at a time) into a fresh database on the same server.
 */
async function rawBulkWrite(target: Db, source: Db): Promise<{ documents: number; ms: number }> {
  const collections = await Promise.all(
    Object.values(PROJECTIONS).map(async (name) => ({
      name,
      documents: await source.collection(name).find({}).toArray(),
    })),
  );
  const chunks = collections.flatMap(({ name, documents }) =>
    Array.from({ length: Math.ceil(documents.length / 250) }, (_, i) => ({
      name,
      documents: documents.slice(i * 250, i * 250 + 250),
    })),
  );
  const started = Date.now();
  let next = 0;
  await Promise.all(
    [0, 1].map(async () => {
      while (next < chunks.length) {
        const { name, documents } = chunks[next++];
        await target.collection(name).bulkWrite(
          documents.map((document) => ({ insertOne: { document } })),
          { ordered: false },
        );
      }
    }),
  );
  return { documents: chunks.reduce((sum, chunk) => sum + chunk.documents.length, 0), ms: Date.now() - started };
}

function rate(count: number, ms: number): string {
  return ms > 0 ? String(Math.round((count * 1000) / ms)) : '';
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
