/*
 * The console's speed (issue 12): the built app's JavaScript (gzipped), and the time to the first useful render of
 * Today and of the KPI explorer in headless Chromium, beside a page of the same backend that runs no app at all
 * (`/health/live`), in the same run. Prints tables; asserts nothing.
 *
 *   node -r @swc-node/register tests/bench/console-speed.bench.ts      (BENCH_RENDERS=5 loads per page)
 *
 * The platform as `make up` runs it: report-intake, kpi-aggregation and the console as OS processes (the console on
 * port 8080, the only one its OIDC client accepts), on this run's own databases and topics, logged in through the real
 * Keycloak login page as the demo officer.
 */
import { DEMO_USERS, REPO_ROOT, tokenFor } from '@salw/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Page } from 'playwright-core';
import { buildConsoleApp, CONSOLE, launchChromium, logIn, startRunConsole } from '../e2e/browser-kit';
import { E2eRun, setUpPoster } from '../e2e/e2e-run';
import { envInt, fmt, percentile, printTable } from './bench-kit';

const run = new E2eRun('bench_console');
const APP = join(REPO_ROOT, 'services/console/app');
const RENDERS = envInt('BENCH_RENDERS', 5);

/** The built JavaScript, gzipped as a server would send it: each chunk, and whether the first page loads it. */
function javascriptSizes(): Array<{ chunk: string; kb: number; entry: boolean }> {
  const assets = join(APP, 'dist', 'assets');
  const html = readFileSync(join(APP, 'dist', 'index.html'), 'utf8');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({
      chunk: name.replace(/-[\w-]{8}\.js$/, ''),
      kb: gzipSync(readFileSync(join(assets, name))).length / 1024,
      entry: html.includes(`/assets/${name}`),
    }))
    .sort((a, b) => Number(b.entry) - Number(a.entry) || b.kb - a.kb);
}

/** Accepted reports so that Today has a queue and the explorer a series. */
async function seed(intakeUrl: string): Promise<void> {
  const post = setUpPoster(intakeUrl);
  const seesac = await tokenFor({ role: 'seesac' });
  await post('/reporting-rounds', seesac, {
    roundNumber: 40,
    label: '40th progress report',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    dueDate: '2099-01-31',
    reportYear: 2025,
  });
  for (const [jurisdiction, amount] of [
    ['tirana', '40'],
    ['skopje', '12'],
    ['pristina', '7'],
  ] as const) {
    const report = `/kpi-reports/${jurisdiction}/2025`;
    await post(`${report}/submission`, await tokenFor({ role: 'ministry', jurisdiction }), {
      roundNumber: 40,
      observations: [{ measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount } }],
    });
    if (jurisdiction !== 'pristina') await post(`${report}/acceptance`, seesac, {});
  }
}

/** Milliseconds from asking for the page to `ready` (the first render a user can act on), over fresh page loads. */
async function timeToReady(page: Page, path: string, ready: (page: Page) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RENDERS; i += 1) {
    const start = performance.now();
    await page.goto(`${CONSOLE}${path}`);
    await ready(page);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  buildConsoleApp();
  const sizes = javascriptSizes();
  const browser = await launchChromium();
  try {
    const [intake, aggregation] = await run.start(['report-intake', 'kpi-aggregation']);
    await seed(intake.baseUrl);
    await startRunConsole(run, { intake, aggregation });

    const page = await logIn(await browser.newContext(), DEMO_USERS.seesac, '/');
    // The explorer must show the accepted figures (kpi-aggregation consumes them from Kafka) before it is timed.
    await page.goto(`${CONSOLE}/explorer?measure=kpi3_reported_cases`);
    await page.locator('figure.chart table tbody tr', { hasText: 'Tirana' }).first().waitFor({ timeout: 60_000 });

    const blank = await timeToReady(page, '/health/live', (p) => p.locator('body').waitFor());
    // Today is useful once the review queue is on screen (Pristina's submitted report).
    const today = await timeToReady(page, '/', (p) =>
      p
        .locator('section', { has: p.getByRole('heading', { level: 2, name: 'Waiting for review' }) })
        .locator('tbody th')
        .first()
        .waitFor(),
    );
    // The explorer is useful once the series is drawn and its table twin filled (its chunk loads on first use).
    const explorer = await timeToReady(page, '/explorer?measure=kpi3_reported_cases', (p) =>
      p
        .locator('figure.chart svg')
        .first()
        .waitFor()
        .then(() => p.locator('figure.chart table tbody tr', { hasText: 'Tirana' }).first().waitFor()),
    );

    const total = (chunks: typeof sizes) =>
      `${fmt(
        chunks.reduce((sum, chunk) => sum + chunk.kb, 0),
        1,
      )} kB`;
    printTable(
      'The built app (vite production build, gzip level 6)',
      ['JavaScript', 'loaded', 'gzipped'],
      [
        ...sizes.map((chunk) => [
          chunk.chunk,
          chunk.entry ? 'by the first page' : 'when a screen needing it is first opened',
          `${fmt(chunk.kb, 1)} kB`,
        ]),
        ['entry (what the first page loads)', '', total(sizes.filter((chunk) => chunk.entry))],
        [`all ${sizes.length} chunks`, '', total(sizes)],
      ],
    );
    const row = (name: string, times: number[]) => [
      name,
      fmt(percentile(times, 50)),
      fmt(percentile(times, 90)),
      `${fmt(percentile(times, 50) / percentile(blank, 50), 1)}×`,
    ];
    printTable(
      `Time to the first useful render, headless Chromium, ${RENDERS} loads each, logged in (same backend, same run)`,
      ['page', 'p50 ms', 'p90 ms', 'p50 / blank'],
      [
        row('raw limit: /health/live (no app)', blank),
        row('Today (review queue shown)', today),
        row('KPI explorer (chart and table twin drawn)', explorer),
      ],
    );
  } finally {
    await browser.close();
    await run.end();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
