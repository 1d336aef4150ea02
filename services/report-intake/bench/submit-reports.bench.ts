/*
 * Benchmark: annual KPI reports (50 values each) submitted through REST, beside the same number of requests with the
 * same body against a bare NestJS POST echo route, measured in the same run.
 *   node -r @swc-node/register services/report-intake/bench/submit-reports.bench.ts
 * Then the same values appended straight to an event store (the raw append rate), and the service again at half the
 * rate it sustained, sent on a clock (latency at half load).
 * Env: BENCH_REPORTS (default 100, at most 350), BENCH_CONCURRENCY (default 10); KAFKA_BROKERS / MONGO_URL as usual.
 * Starts report-intake in-process on a random port with its own database and topic (dropped/left unused afterwards).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FIRST_REPORT_YEAR, LAST_YEAR } from '@salw/decider';
import { MongoEventStore } from '@salw/event-store';
import { buildService, MONGO_DB } from '@salw/platform';
import { requestDevToken } from '@salw/testing';
import type { Db } from 'mongodb';
import { createAppModule, SERVICE_DESCRIPTION, SERVICE_TITLE, TEXT_BODIES } from '../src/app.module';
import { loadReportIntakeSettings } from '../src/settings';

// Two runs of new reports, each a report of its own: 7 jurisdictions × the 83 years reported on (2018-2100).
const REPORTS = Math.min(
  Number(process.env.BENCH_REPORTS ?? 100),
  Math.floor((7 * (LAST_YEAR - FIRST_REPORT_YEAR + 1)) / 2),
);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const JURISDICTIONS = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana', 'chisinau'];

/** 50 consistent values: KPI 3 (10 measures × total + 2 offence categories), KPI 4 (5 × total + inland + border), KPI 11 (5). */
function fiftyValues(seed: number) {
  const values: { measure: string; dimensions: Record<string, string>; value: { kind: 'number'; amount: string } }[] =
    [];
  const n = (amount: number) => ({ kind: 'number' as const, amount: String(amount) });
  const kpi3 = [
    'reported_cases',
    'reported_individuals',
    'prosecuted_cases',
    'solved_with_conviction',
    'solved_another_way',
    'dismissed',
    'pending',
    'firearms_involved',
    'ammunition_involved',
    'explosives_involved',
  ];
  kpi3.forEach((m, i) => {
    const a = 10 + ((seed + i) % 90);
    const b = 1 + ((seed * 7 + i) % 20);
    values.push({ measure: `kpi3_${m}`, dimensions: {}, value: n(a + b) });
    values.push({ measure: `kpi3_${m}`, dimensions: { offence_category: 'illegal_possession' }, value: n(a) });
    values.push({ measure: `kpi3_${m}`, dimensions: { offence_category: 'trafficking' }, value: n(b) });
  });
  ['seizure_cases', 'firearms_seized', 'ammunition_seized', 'explosives_seized', 'explosive_devices_seized'].forEach(
    (m, i) => {
      const inland = 100 + ((seed + i) % 50);
      const border = 5 + (i % 5);
      values.push({ measure: `kpi4_${m}`, dimensions: {}, value: n(inland + border) });
      values.push({ measure: `kpi4_${m}`, dimensions: { location: 'inland' }, value: n(inland) });
      values.push({ measure: `kpi4_${m}`, dimensions: { location: 'border' }, value: n(border) });
    },
  );
  [
    'voluntary_surrender_cases',
    'firearms_surrendered',
    'ammunition_surrendered',
    'explosive_devices_surrendered',
    'firearms_legalized',
  ].forEach((m, i) => values.push({ measure: `kpi11_${m}`, dimensions: {}, value: n(seed + i) }));
  return values;
}

@Controller()
class EchoController {
  @Post('echo')
  @HttpCode(200)
  echo(@Body() body: unknown) {
    return body;
  }
}
@Module({ controllers: [EchoController] })
class BareModule {}

const statuses = new Map<number, number>();

interface Run {
  label: string;
  seconds: number;
  latencies: number[];
  errors: number;
}

async function drive(label: string, count: number, send: (i: number) => Promise<Response>): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t0 = performance.now();
        const response = await send(i);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status !== 200) {
          errors += 1;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      }
    }),
  );
  return { label, seconds: (performance.now() - started) / 1000, latencies, errors };
}

/** Open loop: request i is sent at i / rate seconds whatever the answers before it (latency under a steady load). */
async function paced(label: string, count: number, rate: number, send: (i: number) => Promise<Response>): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await sleep(Math.max(0, started + (i * 1000) / rate - performance.now()));
      const t0 = performance.now();
      const response = await send(i);
      await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (response.status !== 200) {
        errors += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return { label, seconds: (performance.now() - started) / 1000, latencies, errors };
}

/** The event store alone: the same 50 values appended as one event per new stream, same concurrency, no HTTP. */
async function rawAppends(db: Db, bodies: string[]): Promise<Run> {
  const store = new MongoEventStore(db, { context: 'bench-raw', commitsCollection: 'bench_raw_commits' });
  await store.init();
  const latencies: number[] = [];
  let next = 0;
  const meta = { actor: { subject: 'bench@seesac', role: 'seesac' }, correlationId: 'bench' };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < bodies.length; i = next++) {
        const t0 = performance.now();
        await store.append(`bench-raw:${i}`, 0, [{ type: 'KpiReportSubmitted', data: JSON.parse(bodies[i]) }], meta);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return {
    label: 'raw event-store append (same 50 values, one event per stream, same concurrency, no HTTP)',
    seconds: (performance.now() - started) / 1000,
    latencies,
    errors: 0,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const settings = loadReportIntakeSettings({
    ...process.env,
    PORT: '0',
    MONGO_DB: `report_intake_bench_${randomUUID().slice(0, 8)}`,
    REPORTS_TOPIC: `bench.reporting.reports.v1-${randomUUID().slice(0, 8)}`,
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOG_LEVEL: 'silent',
  });
  const app = await buildService(createAppModule(settings), {
    title: SERVICE_TITLE,
    description: SERVICE_DESCRIPTION,
    settings: settings.platform,
    textBodies: TEXT_BODIES,
  });
  await app.listen(0, '127.0.0.1');
  const bare = await NestFactory.create(BareModule, { logger: false });
  await bare.listen(0, '127.0.0.1');
  const serviceUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const bareUrl = (await bare.getUrl()).replace('[::1]', '127.0.0.1');
  const token = `Bearer ${(await requestDevToken({ role: 'seesac' })).accessToken}`;
  const bodies = Array.from({ length: REPORTS }, (_, i) => JSON.stringify({ observations: fiftyValues(i) }));
  const headers = { authorization: token, 'content-type': 'application/json' };
  console.log(`sizes: BENCH_REPORTS=${REPORTS} BENCH_CONCURRENCY=${CONCURRENCY}`);

  try {
    // Warm up both (JIT, connections) outside the measured runs.
    await drive('warm-up', 20, (i) =>
      fetch(`${bareUrl}/echo`, { method: 'POST', headers, body: bodies[i % bodies.length] }),
    );
    await drive('warm-up', 10, (i) =>
      fetch(`${serviceUrl}/kpi-reports/${JURISDICTIONS[i % 7]}/${LAST_YEAR - Math.floor(i / 7)}/draft`, {
        method: 'POST',
        headers,
        body: bodies[i],
      }),
    );

    const service = await drive(
      'report-intake: POST /kpi-reports/:j/:y/submission (50 values, validated, event-sourced)',
      REPORTS,
      (i) =>
        fetch(`${serviceUrl}/kpi-reports/${JURISDICTIONS[i % 7]}/${FIRST_REPORT_YEAR + Math.floor(i / 7)}/submission`, {
          method: 'POST',
          headers,
          body: bodies[i],
        }),
    );
    const raw = await drive('bare NestJS: POST /echo (same body, same count)', REPORTS, (i) =>
      fetch(`${bareUrl}/echo`, { method: 'POST', headers, body: bodies[i] }),
    );
    const appends = await rawAppends(app.get<Db>(MONGO_DB), bodies);
    // Half the rate the service just sustained, on reports of later years (new streams), sent on a clock.
    const halfRate = service.latencies.length / service.seconds / 2;
    const halfLoad = await paced(
      `report-intake submission at half that rate (${halfRate.toFixed(1)}/s, open loop)`,
      REPORTS,
      halfRate,
      (i) =>
        fetch(
          `${serviceUrl}/kpi-reports/${JURISDICTIONS[(REPORTS + i) % 7]}/${FIRST_REPORT_YEAR + Math.floor((REPORTS + i) / 7)}/submission`,
          { method: 'POST', headers, body: bodies[i] },
        ),
    );

    if (statuses.size > 0) console.log(`non-200 answers by status: ${JSON.stringify(Object.fromEntries(statuses))}`);
    console.log(
      `\n${REPORTS} requests, concurrency ${CONCURRENCY}, body ${Buffer.byteLength(bodies[0])} bytes (50 values)\n`,
    );
    console.log(
      `submission vs raw append: ${(service.seconds > 0 ? appends.seconds / service.seconds : NaN).toFixed(2)}× (same count)\n`,
    );
    console.log('| target | requests | errors | reports/s (req/s) | p50 ms | p99 ms |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const run of [service, raw, appends, halfLoad]) {
      const sorted = [...run.latencies].sort((a, b) => a - b);
      console.log(
        `| ${run.label} | ${run.latencies.length} | ${run.errors} | ${(run.latencies.length / run.seconds).toFixed(1)} | ${percentile(sorted, 50).toFixed(2)} | ${percentile(sorted, 99).toFixed(2)} |`,
      );
    }
  } finally {
    await app.get<Db>(MONGO_DB).dropDatabase();
    await app.close();
    await bare.close();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
