import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD, DEMO_USERS, oidcEnv, REPO_ROOT, testInfra, tokenFor, uniqueName } from '@salw/testing';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { Browser, chromium, Page } from 'playwright-core';
import { ServiceProcess } from './service-process';

/**
 * The operations console in a real browser (Debian's Chromium, driven by playwright-core: Playwright's own browser
 * builds are never downloaded), logging in on the real identity provider's login page. Screenshots of every screen
 * go to tmp/console-screenshots/. The console client's redirect URIs are registered for port 8080 only.
 */
const infra = testInfra();
const run = uniqueName('e2e_browser');
const ISSUER = process.env.OIDC_ISSUER || 'http://127.0.0.1:8180/realms/salw';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CONSOLE = 'http://127.0.0.1:8080';
const SCREENSHOTS = join(REPO_ROOT, 'tmp', 'console-screenshots');
const databases = { console: `${run}_console`, intake: `${run}_intake` };
const common = { KAFKA_BROKERS: infra.kafkaBrokers.join(','), MONGO_URL: infra.mongoUrl, LOG_LEVEL: 'warn' };

/** axe-core on the page as it stands: no serious or critical violation. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** What Today shows: a round overdue since 2026-01-31, Pristina's report waiting for review and Belgrade's returned. */
async function seedReports(intakeUrl: string): Promise<void> {
  const post = async (path: string, token: Promise<string>, body: unknown) => {
    const response = await fetch(`${intakeUrl}${path}`, { method: 'POST', headers: { authorization: await token, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status >= 300) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  };
  const seesac = () => tokenFor({ role: 'seesac' });
  const ministry = (jurisdiction: string) => tokenFor({ role: 'ministry', jurisdiction });
  const observations = [{ measure: 'kpi3_reported_cases', dimensions: { offence_category: 'trafficking' }, value: { kind: 'number', amount: '5' } }];
  await post('/reporting-rounds', seesac(), { roundNumber: 30, label: '30th progress report', periodFrom: '2025-01-01', periodTo: '2025-12-31', dueDate: '2026-01-31', reportYear: 2025 });
  await post('/kpi-reports/pristina/2025/submission', ministry('pristina'), { roundNumber: 30, observations });
  await post('/kpi-reports/belgrade/2025/submission', ministry('belgrade'), { roundNumber: 30, observations });
  await post('/kpi-reports/belgrade/2025/return-for-revision', seesac(), { comments: 'Check the trafficking cases' });
}

/** The rows of the table under a heading of Today, as their row headers (jurisdiction names). */
const rowsUnder = (page: Page, heading: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) }).locator('tbody th').allInnerTexts();

async function logInOnProviderPage(page: Page, username: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(ISSUER));
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.href.startsWith(CONSOLE));
}

describe('e2e browser: the operations console', () => {
  let intake: ServiceProcess | undefined;
  let bff: ServiceProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    // The app as `make up` serves it: a production build (jest's NODE_ENV=test would bundle React's development build).
    execFileSync('npx', ['vite', 'build', 'services/console/app', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    intake = await ServiceProcess.start({ service: 'report-intake', env: { ...common, ...oidcEnv('report-intake'), MONGO_DB: databases.intake, REPORTS_TOPIC: `${run}.reporting.reports.v1` } });
    await seedReports(intake.baseUrl);
    bff = await ServiceProcess.start({
      service: 'console',
      env: { ...common, PORT: '8080', MONGO_DB: databases.console, OIDC_ISSUER: ISSUER, CONSOLE_PUBLIC_URL: CONSOLE, REPORT_INTAKE_URL: intake.baseUrl },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await bff?.stop();
    await intake?.stop();
    const client = await MongoClient.connect(infra.mongoUrl);
    for (const name of Object.values(databases)) await client.db(name).dropDatabase();
    await client.close();
  });

  it('sends a visitor to the login page, brings the officer back signed in, and logs out at the provider too', async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.goto(`${CONSOLE}/`);
    await page.waitForURL((url) => url.href.startsWith(ISSUER));
    await page.screenshot({ path: join(SCREENSHOTS, 'login.png') });
    await logInOnProviderPage(page, DEMO_USERS.seesac);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await expect(page.locator('header').innerText()).resolves.toMatch(/Signed in as .+ \(SEESAC officer\)/);
    const cookies = await context.cookies(CONSOLE);
    expect(cookies.find((c) => c.name === 'salw_console')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // Real data through the proxy with the officer's own token, every jurisdiction's.
    await page.getByRole('heading', { level: 2, name: 'Waiting for review' }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(rowsUnder(page, 'Waiting for review')).resolves.toEqual([expect.stringMatching(/Pristina/)]);
    await expect(rowsUnder(page, 'Returned for revision')).resolves.toEqual([expect.stringMatching(/Belgrade/)]);
    await expect(page.getByRole('heading', { level: 2, name: 'Overdue in round 30 (due 2026-01-31)' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'today-officer.png'), fullPage: true });

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((url) => url.href.startsWith(ISSUER) && url.pathname.endsWith('/auth'));
    await expect(page.locator('#kc-login').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("shows a focal point as their jurisdiction's ministry, keyboard only from the login form", async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.goto(`${CONSOLE}/`);
    await page.waitForURL((url) => url.href.startsWith(ISSUER));
    await page.locator('#username').focus();
    await page.keyboard.type('focal.pristina');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.startsWith(CONSOLE));
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await expect(page.locator('header').innerText()).resolves.toMatch(/Ministry focal point, pristina/);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus').innerText()).resolves.toBe('Skip to content');
    // Only Pristina's own report, through the proxy with the focal point's own token.
    await page.getByRole('heading', { level: 2, name: 'Your reports' }).waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(rowsUnder(page, 'Your reports')).resolves.toEqual([expect.stringMatching(/Pristina/)]);
    await expect(rowsUnder(page, 'Returned for revision')).resolves.toEqual([]);
    await expectAccessible(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'today-ministry.png'), fullPage: true });
    await context.close();
  });
});
