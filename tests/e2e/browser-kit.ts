import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD, REPO_ROOT } from '@salw/testing';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { AddressInfo, createConnection } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { E2eRun } from './e2e-run';
import { ServiceProcess } from './service-process';

/**
 * What every console browser test (and the console's speed benchmark) shares: Debian's Chromium driven by
 * playwright-core (Playwright's own browser builds are never downloaded), the app built as `make up` serves it, the
 * login on the real identity provider's page, axe-core and the screenshots. The console client's redirect URIs are
 * registered for http://127.0.0.1:8080 only, so the browser always speaks to that address (CONSOLE). The console binds
 * it too unless CONSOLE_PORT names another port (when `make up` holds 8080): then the browser reaches it through a
 * forwarding proxy (see `launchChromium`).
 */
export const ISSUER = process.env.OIDC_ISSUER || 'http://127.0.0.1:8180/realms/salw';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PUBLIC_PORT = 8080;
export const CONSOLE = `http://127.0.0.1:${PUBLIC_PORT}`;
/** The port the console under test binds. */
export const CONSOLE_PORT = Number(process.env.CONSOLE_PORT || PUBLIC_PORT);
export const SCREENSHOTS = join(REPO_ROOT, 'tmp', 'console-screenshots');

/** The app as `make up` serves it: a production build (jest's NODE_ENV=test would bundle React's development build). */
export function buildConsoleApp(): void {
  execFileSync('npx', ['vite', 'build', 'services/console/app', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
}

/**
 * Debian's Chromium. With the console on another port (CONSOLE_PORT), the browser and its request context go through a
 * proxy that sends what is addressed to CONSOLE to that port and everything else (the identity provider) where it was
 * addressed: cookies, redirects and the provider's redirect URI stay those of CONSOLE.
 */
export async function launchChromium(): Promise<Browser> {
  if (CONSOLE_PORT === PUBLIC_PORT) return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const proxy = await startConsoleProxy();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox'],
    // Playwright proxies loopback addresses too (it adds `<-loopback>` to Chromium's bypass list).
    proxy: { server: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` },
  });
  browser.on('disconnected', () => proxy.close());
  return browser;
}

/** A plain-HTTP forwarding proxy (every address here is http://127.0.0.1:…) that moves CONSOLE to CONSOLE_PORT. */
function startConsoleProxy(): Promise<ReturnType<typeof createServer>> {
  const proxy = createServer((incoming, outgoing) => {
    const target = new URL(incoming.url ?? '/');
    const port = target.origin === CONSOLE ? CONSOLE_PORT : Number(target.port || 80);
    const headers = { ...incoming.headers };
    delete headers['proxy-connection'];
    const upstream = request(
      { host: target.hostname, port, method: incoming.method, path: `${target.pathname}${target.search}`, headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', (error) => outgoing.destroy(error));
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(proxy)));
}

/** Whether something accepts connections on the console's port. */
function consolePortTaken(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: CONSOLE_PORT });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Waits until nothing listens on the console's port: another console there (`make up`, another run) would answer this
 * run's health check and serve its own data.
 */
export async function untilConsolePortIsFree(timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await consolePortTaken()) {
    if (Date.now() > deadline)
      throw new Error(`Port ${CONSOLE_PORT} stays taken by another console: stop it first (make down)`);
    await sleep(2_000);
  }
}

/**
 * The console's backend-for-frontend as a process on its port, once that port is free, with the services' URLs and
 * databases in `env` (e.g. MONGO_DB, REPORT_INTAKE_URL).
 */
export async function startConsole(env: Record<string, string>, readyTimeoutMs?: number): Promise<ServiceProcess> {
  await untilConsolePortIsFree();
  return ServiceProcess.start({
    service: 'console',
    env: { ...env, PORT: String(CONSOLE_PORT), OIDC_ISSUER: ISSUER, CONSOLE_PUBLIC_URL: CONSOLE },
    readyTimeoutMs,
  });
}

/** Logs in on the identity provider's own login page (the page the console sends to) and waits to be back. */
export async function logInOnProviderPage(page: Page, username: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(ISSUER));
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('#kc-login');
  await page
    .waitForURL((url) => url.href.startsWith(CONSOLE))
    .catch(async (error: Error) => {
      // What the provider's page said instead (a refused login, a slow provider): the failure names it.
      throw new Error(
        `${error.message}\nThe login page shows: ${(
          await page
            .locator('body')
            .innerText()
            .catch(() => '')
        ).slice(0, 500)}`,
      );
    });
}

/** A new page in `context`, opened at the console's `path` and logged in as `username`. */
export async function logIn(context: BrowserContext, username: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${CONSOLE}${path}`);
  await logInOnProviderPage(page, username);
  return page;
}

/** axe-core on the page as it stands: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The whole page, as tmp/console-screenshots/<name>.png (the README shows some of them from docs/screenshots/). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The rows of the table under a level-2 heading (a section of Today), as their row headers (jurisdiction names). */
export const rowsUnder = (page: Page, heading: string) =>
  page
    .locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) })
    .locator('tbody th')
    .allInnerTexts();

/**
 * The run's console in front of its services (report-intake; kpi-aggregation, meeting-coordination and trust-fund
 * when given), on the run's own database, stopped at the run's end.
 */
export async function startRunConsole(
  run: E2eRun,
  services: { intake: ServiceProcess; aggregation?: ServiceProcess; meetings?: ServiceProcess; fund?: ServiceProcess },
  readyTimeoutMs?: number,
): Promise<ServiceProcess> {
  const { intake, aggregation, meetings, fund } = services;
  const env = {
    ...run.common,
    MONGO_DB: run.database('console'),
    REPORT_INTAKE_URL: intake.baseUrl,
    ...(aggregation ? { KPI_AGGREGATION_URL: aggregation.baseUrl } : {}),
    ...(meetings ? { MEETING_COORDINATION_URL: meetings.baseUrl } : {}),
    ...(fund ? { TRUST_FUND_URL: fund.baseUrl } : {}),
  };
  return run.track(await startConsole(env, readyTimeoutMs));
}
