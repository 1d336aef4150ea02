/*
 * Foundation benchmark: event-store append, relay publish, relay drain after an outage and append→projection lag, each
 * beside the raw limit measured in the same run (raw driver insert, raw kafkajs produce).
 *   node -r @swc-node/register tests/bench/foundation.bench.ts
 * Counts: BENCH_APPENDS (default 2000), BENCH_PUBLISH (5000), BENCH_DRAIN (backlogs, "1000,10000"), BENCH_LAG_SECONDS (15),
 * BENCH_LAG_RATE (100/s); the sizes used are printed first.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Lease, MongoEventStore, OutboxRelay } from '@salw/event-store';
import { BrokerEventPublisher, EventConsumer, GuardedWrites, KafkaJsClient } from '@salw/messaging';
import { testInfra, uniqueName } from '@salw/testing';
import { MongoClient } from 'mongodb';
import { envInt, envList, fmt, percentile, printTable, timed } from './bench-kit';

const meta = { actor: { subject: 'bench', role: 'system' }, correlationId: 'bench' };
const CONCURRENCY = 8;
const step = (what: string) => console.error(`[bench] ${new Date().toISOString()} ${what}`);

async function inParallel(
  count: number,
  work: (index: number) => Promise<unknown>,
  writers = CONCURRENCY,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

async function main() {
  const infra = testInfra();
  const mongo = await MongoClient.connect(infra.mongoUrl);
  const db = mongo.db(uniqueName('bench'));
  const created = [db.databaseName]; // dropped at the end: only this run's (other runs may share the database server)
  const kafka = new KafkaJsClient({ brokers: infra.kafkaBrokers, clientId: 'bench' });
  const appends = envInt('BENCH_APPENDS', 2000);
  const published = envInt('BENCH_PUBLISH', 5000);
  const rows: (string | number)[][] = [];
  const drainSizes = envList('BENCH_DRAIN', [1000, 10000]);
  const lagSeconds = envInt('BENCH_LAG_SECONDS', 15);
  const lagRate = envInt('BENCH_LAG_RATE', 100);
  console.log(
    `sizes: BENCH_APPENDS=${appends} BENCH_PUBLISH=${published} BENCH_DRAIN=${drainSizes.join(',')} BENCH_LAG_SECONDS=${lagSeconds} BENCH_LAG_RATE=${lagRate}`,
  );
  try {
    step('raw inserts');
    // 1. Raw driver insert vs event-store append (one event per commit, 8 writers).
    const raw = db.collection('raw_inserts');
    const rawInsert = await timed(() =>
      inParallel(appends, (i) =>
        raw.insertOne({ _id: `r${i}` as never, streamId: `s${i}`, version: 1, data: { n: i } }),
      ),
    );
    step('appends');
    const store = new MongoEventStore(db, { context: 'bench' });
    await store.init();
    const append = await timed(() =>
      inParallel(appends, (i) => store.append(`bench:${i}`, 0, [{ type: 'Benchmarked', data: { n: i } }], meta)),
    );
    rows.push(['raw driver insertOne (8 writers)', appends, fmt(appends / rawInsert.seconds), '1.00×']);
    rows.push([
      'event store append, 1 event/commit (8 writers)',
      appends,
      fmt(appends / append.seconds),
      `${fmt(rawInsert.seconds / append.seconds, 2)}×`,
    ]);

    step('raw produce');
    // 2. Raw kafkajs produce vs relay publish of the same number of events.
    const admin = await kafka.admin();
    const rawTopic = uniqueName('bench.raw.v1');
    const relayTopic = uniqueName('bench.relay.v1');
    await admin.ensureTopics([rawTopic, relayTopic]);
    const producer = await kafka.producer();
    const payload = JSON.stringify({ eventId: randomUUID(), type: 'Benchmarked', payload: { n: 1 } });
    const rawProduce = await timed(async () => {
      for (let i = 0; i < published; i += 200) {
        await producer.send(
          rawTopic,
          Array.from({ length: Math.min(200, published - i) }, (_, j) => ({
            key: `k${(i + j) % 50}`,
            value: payload,
            headers: {},
          })),
        );
      }
    });
    step('relay');
    const relayDb = mongo.db(uniqueName('bench-relay'));
    created.push(relayDb.databaseName);
    const relayStore = new MongoEventStore(relayDb, { context: 'bench' });
    await relayStore.init();
    await inParallel(published, (i) =>
      relayStore.append(`relay:${i}`, 0, [{ type: 'Benchmarked', data: { n: i } }], meta),
    );
    const relay = new OutboxRelay(relayStore, new BrokerEventPublisher(producer), {
      topic: relayTopic,
      lease: new Lease(db, 'relay:bench', randomUUID()),
      batchSize: 200,
    });
    const relayRun = await timed(async () => {
      while ((await relay.publishPending()) > 0);
    });
    // The database's read ceiling for the relay: the same commits read back with one query and no processing.
    const rawRead = await timed(() => relayDb.collection('event_commits').find({}).toArray());
    rows.push([
      'raw driver find of those commits (one query: the read ceiling)',
      published,
      fmt(rawRead.result.length / rawRead.seconds),
      `${fmt(rawProduce.seconds / rawRead.seconds, 2)}× produce`,
    ]);
    rows.push([
      'raw kafkajs produce (batches of 200, acks=all)',
      published,
      fmt(published / rawProduce.seconds),
      '1.00×',
    ]);
    rows.push([
      'relay publish from the outbox (batches of 200)',
      published,
      fmt(published / relayRun.seconds),
      `${fmt(rawProduce.seconds / relayRun.seconds, 2)}×`,
    ]);
    printTable('Throughput (events/s, same run)', ['what', 'events', 'events/s', 'vs raw'], rows);

    // 3. Drain after an outage: the relay was down while a backlog of commits piled up; linear means 10× the backlog
    //    takes about 10× as long (a scan of the whole outbox per batch made it quadratic).
    const drains: (string | number)[][] = [];
    for (const backlog of drainSizes) {
      step(`backlog of ${backlog}`);
      const drainDb = mongo.db(uniqueName('bench-drain'));
      created.push(drainDb.databaseName);
      const drainStore = new MongoEventStore(drainDb, { context: 'bench' });
      await drainStore.init();
      await inParallel(
        backlog,
        (i) => drainStore.append(`drain:${i}`, 0, [{ type: 'Benchmarked', data: { n: i } }], meta),
        32,
      );
      const drainTopic = uniqueName('bench.drain.v1');
      await admin.ensureTopics([drainTopic]);
      const drainRelay = new OutboxRelay(drainStore, new BrokerEventPublisher(producer), {
        topic: drainTopic,
        lease: new Lease(drainDb, 'relay:drain', randomUUID()),
        batchSize: 200,
      });
      step(`drain of ${backlog}`);
      const drain = await timed(async () => {
        while ((await drainRelay.publishPending()) > 0);
      });
      const left = (await drainStore.outboxBacklog()).commits;
      drains.push([
        backlog,
        fmt(drain.seconds, 1),
        fmt(backlog / drain.seconds),
        fmt((drain.seconds * 1000) / backlog, 2),
        left,
      ]);
      await drainDb.dropDatabase();
    }
    const perCommit = drains.map((row) => Number(row[3]));
    printTable(
      `Relay drain of a backlog after an outage (batches of 200; ms/commit ratio last/first ${fmt(perCommit[perCommit.length - 1] / perCommit[0], 2)}, 1.00 = linear)`,
      ['backlog commits', 'drain s', 'commits/s', 'ms per commit', 'left in outbox'],
      drains,
    );

    step('lag');
    // 4. Append → projection lag under a steady load, relay and consumer running.
    const seconds = lagSeconds;
    const rate = lagRate;
    const lagTopic = uniqueName('bench.lag.v1');
    const lagDb = mongo.db(uniqueName('bench-lag'));
    created.push(lagDb.databaseName);
    const lagStore = new MongoEventStore(lagDb, { context: 'bench' });
    await lagStore.init();
    const appendedAt = new Map<string, number>();
    const lags: number[] = [];
    const lagRelay = new OutboxRelay(lagStore, new BrokerEventPublisher(producer), {
      topic: lagTopic,
      lease: new Lease(lagDb, 'relay:lag', randomUUID()),
      idlePollMs: 10,
    });
    const consumer = new EventConsumer(kafka, {
      groupId: uniqueName('bench-lag'),
      topics: [lagTopic],
      handler: async (events) => {
        const writes = new GuardedWrites();
        for (const event of events)
          writes.update(event.streamId, event.streamId, event.streamVersion, { $inc: { n: 1 } });
        await writes.flush(lagDb.collection('lag_projection'));
        const now = Date.now();
        for (const event of events) {
          const start = appendedAt.get(event.eventId);
          if (start !== undefined) lags.push(now - start);
        }
      },
    });
    await admin.ensureTopics([lagTopic]);
    lagRelay.start();
    await consumer.start();
    const total = seconds * rate;
    const began = Date.now();
    for (let i = 0; i < total; i++) {
      const due = began + (i * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      const stream = `lag:${i % 20}`;
      const result = await lagStore.append(
        stream,
        await lagStore.streamVersion(stream),
        [{ type: 'Benchmarked', data: { n: i } }],
        meta,
      );
      appendedAt.set(result.events[0].eventId, Date.now());
    }
    const deadline = Date.now() + 60_000;
    while (lags.length < total && Date.now() < deadline) await sleep(100);
    await lagRelay.stop();
    await consumer.stop();
    const sorted = [...lags].sort((a, b) => a - b);
    printTable(
      `Append → projection lag (${rate} events/s for ${seconds} s)`,
      ['events applied', 'p50 ms', 'p99 ms', 'max ms'],
      [
        [
          `${lags.length}/${total}`,
          fmt(percentile(sorted, 50)),
          fmt(percentile(sorted, 99)),
          fmt(sorted[sorted.length - 1] ?? NaN),
        ],
      ],
    );
    await producer.disconnect();
    await admin.disconnect();
  } finally {
    for (const name of created) await mongo.db(name).dropDatabase();
    await mongo.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
