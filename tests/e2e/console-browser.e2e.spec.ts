import { DEMO_PASSWORD, DEMO_USERS, eventually, tokenFor } from '@salw/testing';
import { Browser, Page } from 'playwright-core';
import {
  buildConsoleApp,
  CONSOLE,
  expectAccessible,
  ISSUER,
  launchChromium,
  logIn,
  logInOnProviderPage,
  rowsUnder,
  screenshot,
  startRunConsole,
} from './browser-kit';
import { runDemoSeed } from './demo-seeds';
import { E2eRun, setUpPoster } from './e2e-run';

/**
 * The operations console in a real browser (Debian's Chromium, driven by playwright-core), logging in on the real
 * identity provider's login page. Screenshots of every screen go to tmp/console-screenshots/.
 */
const run = new E2eRun('e2e_browser');

/**
 * Beside the demo data (Pristina's accepted 2018–2024 reports): a round overdue since 2026-01-31, Pristina's 2025
 * report waiting for review, Belgrade's returned, Skopje's a draft (each with a figure no one else may see) and
 * Tirana's accepted (a figure everyone may see).
 */
async function seedReports(intakeUrl: string): Promise<void> {
  const post = setUpPoster(intakeUrl);
  const seesac = () => tokenFor({ role: 'seesac' });
  const ministry = (jurisdiction: string) => tokenFor({ role: 'ministry', jurisdiction });
  const observations = [
    {
      measure: 'kpi3_reported_cases',
      dimensions: { offence_category: 'trafficking' },
      value: { kind: 'number', amount: '5' },
    },
  ];
  await post('/reporting-rounds', seesac(), {
    roundNumber: 30,
    label: '30th progress report',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    dueDate: '2026-01-31',
    reportYear: 2025,
  });
  await post('/kpi-reports/pristina/2025/submission', ministry('pristina'), { roundNumber: 30, observations });
  await post('/kpi-reports/belgrade/2025/submission', ministry('belgrade'), { roundNumber: 30, observations });
  await post('/kpi-reports/belgrade/2025/return-for-revision', seesac(), { comments: 'Check the trafficking cases' });
  await post('/kpi-reports/skopje/2025/draft', ministry('skopje'), {
    roundNumber: 30,
    observations: [{ ...observations[0], value: { kind: 'number', amount: '99' } }],
  });
  await post('/kpi-reports/tirana/2025/submission', ministry('tirana'), {
    roundNumber: 30,
    observations: [{ ...observations[0], value: { kind: 'number', amount: '40' } }],
  });
  await post('/kpi-reports/tirana/2025/acceptance', seesac(), {});
}

/** What the explorer's table twin shows for a jurisdiction and year. */
const explorerValue = (page: Page, jurisdiction: string, year: number) =>
  page
    .locator('figure.chart table tbody tr', { has: page.locator('th', { hasText: jurisdiction }) })
    .filter({ has: page.locator('td', { hasText: new RegExp(`^${year}$`) }) })
    .locator('td')
    .nth(1);

describe('e2e browser: the operations console', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    // The app as `make up` serves it: a production build (jest's NODE_ENV=test would bundle React's development build).
    buildConsoleApp();
    const [intake, aggregation] = await run.start(['report-intake', 'kpi-aggregation']);
    // The demo data as `make up` loads it, then the other jurisdictions' reports.
    await runDemoSeed('report-intake', intake.baseUrl);
    await seedReports(intake.baseUrl);
    await startRunConsole(run, { intake, aggregation });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await run.end();
  });

  it('sends a visitor to the login page, brings the officer back signed in, and logs out at the provider too', async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    await page.goto(`${CONSOLE}/`);
    await page.waitForURL((url) => url.href.startsWith(ISSUER));
    await screenshot(page, 'login');
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
    await expect(
      page.getByRole('heading', { level: 2, name: 'Overdue in round 30 (due 2026-01-31)' }).isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'today-officer');

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
    const own = await rowsUnder(page, 'Your reports');
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((name) => !/Pristina/.test(name))).toEqual([]);
    await expect(rowsUnder(page, 'Returned for revision')).resolves.toEqual([]);
    await expectAccessible(page);
    await screenshot(page, 'today-ministry');
    await context.close();
  });

  it("shows Pristina's focal point only Pristina on Today, the round board and the reports list, and of others only accepted figures in the explorer", async () => {
    const context = await browser!.newContext({ timezoneId: 'UTC' });
    const page = await logIn(context, 'focal.pristina', '/');
    await page.getByRole('heading', { level: 2, name: 'Your reports' }).waitFor();
    await page
      .locator('section', { has: page.getByRole('heading', { level: 2, name: 'Your reports' }) })
      .locator('tbody tr')
      .nth(7)
      .waitFor(); // 2018–2025
    // Every row of every table on Today is Pristina's: its 2018–2024 accepted reports and its submitted 2025 one.
    const todayRows = await page.locator('main tbody th').allInnerTexts();
    expect(todayRows.length).toBeGreaterThanOrEqual(8);
    expect(todayRows.filter((name) => !/Pristina/.test(name))).toEqual([]);
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/Belgrade|Skopje|Tirana/);

    await page.goto(`${CONSOLE}/rounds`);
    await page.getByRole('heading', { level: 1, name: 'Reporting round board' }).waitFor();
    await page.locator('main tbody tr').first().waitFor();
    expect(await page.locator('main tbody th').allInnerTexts()).toEqual([expect.stringMatching(/Pristina/)]);
    await expectAccessible(page);
    await screenshot(page, 'round-board-ministry');

    // The reports list the screens read, through the proxy with the focal point's own token: Pristina's only, and a
    // list of another jurisdiction's is refused.
    const listed = await page.evaluate(async () => {
      const mine = (await (await fetch('/api/report-intake/kpi-reports?limit=200')).json()) as {
        items: Array<{ jurisdiction: string }>;
      };
      const other = await fetch('/api/report-intake/kpi-reports?jurisdiction=skopje');
      return { jurisdictions: [...new Set(mine.items.map((item) => item.jurisdiction))], other: other.status };
    });
    expect(listed).toEqual({ jurisdictions: ['pristina'], other: 403 });

    // The explorer: Pristina's demo figures, Tirana's accepted one; nothing of Belgrade's returned or Skopje's draft.
    await page.goto(`${CONSOLE}/explorer?measure=kpi3_reported_cases&dimensions=offence_category:trafficking`);
    await eventually(
      async () => {
        await expect(explorerValue(page, 'Tirana', 2025).innerText({ timeout: 10_000 })).resolves.toBe('40');
      },
      60_000,
      1_000,
    );
    await expect(explorerValue(page, 'Pristina', 2024).innerText()).resolves.toBe('19');
    await expect(explorerValue(page, 'Belgrade', 2025).innerText()).resolves.toBe('Not reported');
    await expect(explorerValue(page, 'Skopje', 2025).innerText()).resolves.toBe('Not reported');
    await expect(explorerValue(page, 'Pristina', 2025).innerText()).resolves.toBe('Not reported'); // submitted, not yet accepted
    expect(await page.locator('figure.chart').innerText()).not.toMatch(/\b99\b/);
    await expectAccessible(page);
    await screenshot(page, 'kpi-explorer-ministry');
    await context.close();
  });
});
