/*
 * The peer: @event-driven-io/emmett-mongodb appending to the same database beside our event store and a raw
 * insertOne, same writers, same run; and 20 appends racing at one expected version on each (how many win).
 *   (cd tests/bench/peer-emmett && npm install --legacy-peer-deps) && node -r @swc-node/register tests/bench/peer-emmett/append-peer.bench.ts
 * emmett-mongodb is installed here only (its own package.json and lock, run by scripts/bench-all.sh): it asks
 * for emmett 0.42.4, which the registry here lacks; 0.42.0 runs with --legacy-peer-deps. Its driver is ours.
 * Env: BENCH_APPENDS (default 2000), MONGO_URL.
 */
import { randomUUID } from 'node:crypto';
import { getMongoDBEventStore } from '@event-driven-io/emmett-mongodb';
import { MongoEventStore } from '@salw/event-store';
import { testInfra, uniqueName } from '@salw/testing';
import { MongoClient } from 'mongodb';
import { envInt, fmt, printTable, timed } from '../bench-kit';

const WRITERS = 8;
const RACERS = 20;
const meta = { actor: { subject: 'bench', role: 'system' }, correlationId: 'bench' };
const step = (what: string) => console.error(`[bench] ${new Date().toISOString()} ${what}`);

async function inParallel(count: number, work: (index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/** How many of RACERS appends at the same expected version succeed (1 on an atomic conditional write). */
async function race(append: (writer: number) => Promise<unknown>): Promise<number> {
  const outcomes = await Promise.allSettled(Array.from({ length: RACERS }, (_, writer) => append(writer)));
  return outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
}

/** Atomic: exactly one racer won, and the stream holds its two events at version 2 (no lost or extra write). */
function atomic(winners: number, version: number, events: number): string {
  return winners === 1 && version === 2 && events === 2 ? 'yes' : `**no** (${winners} winners)`;
}

async function main() {
  const mongo = await MongoClient.connect(testInfra().mongoUrl);
  const db = mongo.db(uniqueName('bench-peer'));
  const appends = envInt('BENCH_APPENDS', 2000);
  console.log(`sizes: BENCH_APPENDS=${appends}, ${WRITERS} writers, ${RACERS} racers`);
  try {
    const ours = new MongoEventStore(db, { context: 'bench' });
    await ours.init();
    const emmett = getMongoDBEventStore({
      client: mongo as never,
      storage: { type: 'SINGLE_COLLECTION', databaseName: db.databaseName },
    });
    const event = (n: number) => ({ type: 'Benchmarked', data: { n } });
    await emmett.appendToStream(`bench:${randomUUID()}`, [event(0)]); // creates its collection and index outside the clock

    step('raw inserts');
    const raw = db.collection('raw_inserts');
    const rawRun = await timed(() =>
      inParallel(appends, (i) =>
        raw.insertOne({ _id: `r${i}` as never, streamId: `s${i}`, version: 1, data: { n: i } }),
      ),
    );
    step('ours');
    const oursRun = await timed(() => inParallel(appends, (i) => ours.append(`bench:${i}`, 0, [event(i)], meta)));
    step('emmett');
    const emmettRun = await timed(() =>
      inParallel(appends, (i) =>
        emmett.appendToStream(`bench:${i}`, [event(i)], { expectedStreamVersion: 0n } as never),
      ),
    );

    step('races');
    await ours.append('bench:race', 0, [event(0)], meta);
    const oursWinners = await race((writer) => ours.append('bench:race', 1, [event(writer)], meta));
    await emmett.appendToStream('bench:race', [event(0)]);
    const emmettWinners = await race((writer) =>
      emmett.appendToStream('bench:race', [event(writer)], { expectedStreamVersion: 1n } as never),
    );
    const emmettStream = await emmett.readStream('bench:race');

    const vsRaw = (seconds: number) => `${fmt(rawRun.seconds / seconds, 2)}×`;
    printTable(
      `Append, 1 event per stream, ${WRITERS} writers, same database and run`,
      [
        'store',
        'appends',
        'appends/s',
        'vs raw insertOne',
        `winners of ${RACERS} racing appends`,
        'conditional update atomic here?',
      ],
      [
        ['raw driver insertOne', appends, fmt(appends / rawRun.seconds), '1.00×', '–', '–'],
        [
          'ours (@salw/event-store)',
          appends,
          fmt(appends / oursRun.seconds),
          vsRaw(oursRun.seconds),
          `${oursWinners} (stream at version ${await ours.streamVersion('bench:race')})`,
          atomic(oursWinners, await ours.streamVersion('bench:race'), (await ours.readStream('bench:race')).length),
        ],
        [
          '@event-driven-io/emmett-mongodb 0.42.4',
          appends,
          fmt(appends / emmettRun.seconds),
          vsRaw(emmettRun.seconds),
          `${emmettWinners} (stream at version ${emmettStream.currentStreamVersion}, ${emmettStream.events.length} events)`,
          atomic(emmettWinners, Number(emmettStream.currentStreamVersion), emmettStream.events.length),
        ],
      ],
    );
  } finally {
    await db.dropDatabase();
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
