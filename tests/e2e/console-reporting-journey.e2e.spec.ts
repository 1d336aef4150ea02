import { DEMO_USERS, eventually, tokenFor } from '@salw/testing';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Browser, Page } from 'playwright-core';
import {
  buildConsoleApp,
  CONSOLE,
  expectAccessible,
  launchChromium,
  logIn,
  screenshot,
  startRunConsole,
} from './browser-kit';
import { E2eRun, setUpPoster } from './e2e-run';

/**
 * The console's spine, in a real browser against the platform as processes (report-intake → Kafka → kpi-aggregation,
 * and the console's backend-for-frontend on 8080, the port the console client is registered for):
 * Tirana's ministry amends its accepted 2025 report and submits it → the officer finds it in Today → returns it with a
 * comment (keyboard only) → the ministry reads the comment, corrects and resubmits → the officer accepts (keyboard
 * only) → the KPI explorer shows the accepted value, and as reported on an earlier instant the old one.
 */
const run = new E2eRun('e2e_journey');
const REPORT = '/kpi-reports/tirana/2025';
const CASES = '#m-kpi3_reported_cases';

/** Presses Tab until the focused element is the one wanted (keyboard only: no click, no focus()). */
async function tabTo(
  page: Page,
  wanted: (focused: { tag: string; text: string; label: string }) => boolean,
  most = 60,
): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab');
    // Evaluated in the page (a string: this file is compiled without the DOM's types).
    const focused = (await page.evaluate(`(() => {
      const element = document.activeElement;
      const labelled = element && element.id ? document.querySelector('label[for="' + element.id + '"]') : null;
      return { tag: element ? element.tagName.toLowerCase() : '', text: element && element.innerText ? element.innerText.trim() : '', label: labelled ? labelled.textContent.trim() : '' };
    })()`)) as { tag: string; text: string; label: string };
    if (wanted(focused)) return;
  }
  throw new Error(`Not reached with ${most} presses of Tab`);
}

/** Opens a jurisdiction's report from Today's "Waiting for review", with the keyboard only. */
async function openFromReviewQueue(desk: Page, jurisdiction: string): Promise<void> {
  await desk
    .locator('section', { has: desk.getByRole('heading', { name: 'Waiting for review' }) })
    .getByRole('link', { name: jurisdiction })
    .waitFor();
  await tabTo(desk, (f) => f.tag === 'a' && f.text === jurisdiction);
  await desk.keyboard.press('Enter');
}

/** What the explorer's table twin shows for a jurisdiction and year. */
const explorerCell = (page: Page, jurisdiction: string, year: number) =>
  page
    .locator('figure.chart table tbody tr', { has: page.locator('th', { hasText: jurisdiction }) })
    .filter({ has: page.locator('td', { hasText: new RegExp(`^${year}$`) }) });

describe('e2e browser: the review journey, from a ministry amendment to the explorer', () => {
  let browser: Browser | undefined;
  let acceptedOnly: string;

  beforeAll(async () => {
    buildConsoleApp();
    const [intake, aggregation] = await run.start([
      // Imports of more than 2 rows run as jobs here, so the import screen's progress bar is exercised.
      ['report-intake', { IMPORT_JOB_THRESHOLD: '2' }],
      'kpi-aggregation',
    ]);
    // Tirana's 2025 report, accepted once with 40 reported cases: the value the explorer shows "as reported on" before the journey.
    const post = setUpPoster(intake.baseUrl);
    const seesac = await tokenFor({ role: 'seesac' });
    await post('/reporting-rounds', seesac, {
      roundNumber: 31,
      label: '31st progress report',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      dueDate: '2099-01-31',
      reportYear: 2025,
    });
    await post(`${REPORT}/submission`, await tokenFor({ role: 'ministry', jurisdiction: 'tirana' }), {
      roundNumber: 31,
      observations: [{ measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: '40' } }],
    });
    await post(`${REPORT}/acceptance`, seesac, {});
    // A reported 0 (Podgorica) and a "no data" (Skopje): neither may look like the other, nor like "not reported".
    for (const [jurisdiction, value] of [
      ['podgorica', { kind: 'number', amount: '0' }],
      ['skopje', { kind: 'no_data', reason: 'Police statistics not yet published' }],
    ] as const) {
      await post(`/kpi-reports/${jurisdiction}/2025/submission`, await tokenFor({ role: 'ministry', jurisdiction }), {
        roundNumber: 31,
        observations: [{ measure: 'kpi3_reported_cases', dimensions: {}, value }],
      });
      await post(`/kpi-reports/${jurisdiction}/2025/acceptance`, seesac, {});
    }
    const narrative = (goal: number, text: string) => ({
      goal,
      progress: `${text}: progress`,
      challenges: `${text}: challenges`,
      plans: `${text}: plans`,
      needsForSupport: `${text}: needs`,
    });
    for (const jurisdiction of ['tirana', 'podgorica']) {
      await post(
        `/narrative-reports/${jurisdiction}/2025/submission`,
        await tokenFor({ role: 'ministry', jurisdiction }),
        { roundNumber: 31, goals: [narrative(1, `${jurisdiction} goal 1`), narrative(3, `${jurisdiction} goal 3`)] },
      );
    }
    await sleep(1_500);
    acceptedOnly = new Date().toISOString().slice(0, 19); // an instant after the first acceptance, before the journey (UTC)
    await sleep(1_500);
    await startRunConsole(run, { intake, aggregation });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await run.end();
  });

  it('runs the journey end to end, the review part with the keyboard only', async () => {
    const ministry = await browser!.newContext({ timezoneId: 'UTC' });
    const officer = await browser!.newContext({ timezoneId: 'UTC', acceptDownloads: true });

    // The ministry amends its accepted report (a new revision), saves a part of it, then submits it.
    const focal = await logIn(ministry, 'focal.tirana', REPORT);
    await focal.getByRole('heading', { level: 1, name: /KPI report Tirana 2025/ }).waitFor();
    await focal.fill('#amend-reason', 'Police statistics revised');
    await focal.getByRole('button', { name: 'Amend the accepted report' }).click();
    await focal.getByText('Revision 2:').waitFor();
    await focal.locator(CASES).fill('45');
    await focal.getByRole('button', { name: 'Save draft' }).click();
    await focal.getByRole('cell', { name: 'Draft saved' }).waitFor();
    await expect(focal.locator(CASES).inputValue()).resolves.toBe('45');
    await expectAccessible(focal);
    await screenshot(focal, 'kpi-report-entry');
    await focal.getByRole('button', { name: 'Submit to SEESAC' }).click();
    await focal.locator('.status-submitted').first().waitFor();

    // The officer finds it in Today and reviews it with the keyboard only: the diff shows 40 → 45.
    const desk = await logIn(officer, DEMO_USERS.seesac, '/');
    await desk.getByRole('heading', { level: 2, name: 'Waiting for review' }).waitFor();
    await openFromReviewQueue(desk, 'Tirana');
    await desk.getByRole('heading', { level: 2, name: 'What changed since the last accepted revision' }).waitFor();
    const diff = desk.locator('section', {
      has: desk.getByRole('heading', { name: 'What changed since the last accepted revision' }),
    });
    await expect(diff.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/Reported cases.*Total.*40.*45/s),
    ]);
    await expectAccessible(desk);
    await screenshot(desk, 'kpi-report-review');
    await tabTo(desk, (f) => f.tag === 'textarea');
    await desk.keyboard.type('45 does not match the police annual report: please check');
    await desk.keyboard.press('Tab');
    await expect(desk.locator(':focus').innerText()).resolves.toBe('Return with comments');
    await desk.keyboard.press('Enter');
    await desk.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await desk.locator('.status-returned_for_revision').first().waitFor();

    // The ministry sees the comment, corrects and resubmits.
    await focal.reload();
    await focal.getByRole('heading', { level: 2, name: "SEESAC's comments on this report" }).waitFor();
    await expect(focal.locator('.comments').innerText()).resolves.toContain(
      '45 does not match the police annual report',
    );
    await screenshot(focal, 'kpi-report-returned');
    await focal.locator(CASES).fill('44');
    await focal.getByRole('button', { name: 'Submit to SEESAC' }).click();
    await focal.locator('.status-submitted').first().waitFor();

    // The officer accepts, keyboard only, from Today.
    await desk.goto(`${CONSOLE}/`);
    await openFromReviewQueue(desk, 'Tirana');
    await diff.locator('tbody tr').first().waitFor();
    await expect(diff.locator('tbody tr').allInnerTexts()).resolves.toEqual([expect.stringMatching(/40.*44/s)]);
    await tabTo(desk, (f) => f.tag === 'button' && f.text === 'Accept the report');
    await desk.keyboard.press('Enter');
    await desk.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await desk.locator('.status-accepted').first().waitFor();

    // The explorer shows the accepted 44, with its provenance; as reported on the earlier instant, the old 40.
    await eventually(
      async () => {
        await desk.goto(`${CONSOLE}/explorer?measure=kpi3_reported_cases`);
        await desk.locator('figure.chart').waitFor({ timeout: 10_000 });
        await expect(explorerCell(desk, 'Tirana', 2025).locator('td').nth(1).innerText()).resolves.toBe('44');
      },
      60_000,
      1_000,
    );
    // Who accepted it arrives from report-intake's revision history, after the series.
    await explorerCell(desk, 'Tirana', 2025)
      .locator('td')
      .nth(2)
      .getByText(/ by \S/)
      .waitFor();
    await expect(explorerCell(desk, 'Tirana', 2025).locator('td').nth(2).innerText()).resolves.toMatch(
      /Report revision 2, accepted .+ by /,
    );
    // 0, "no data" and "not reported": worded and styled apart in the table twin, labelled apart in the chart.
    await expect(explorerCell(desk, 'Podgorica', 2025).locator('td.value-number').innerText()).resolves.toBe('0');
    await expect(explorerCell(desk, 'Skopje', 2025).locator('td.value-no-data').innerText()).resolves.toBe(
      'No data (Police statistics not yet published)',
    );
    await expect(explorerCell(desk, 'Belgrade', 2025).locator('td.value-missing').innerText()).resolves.toBe(
      'Not reported',
    );
    const chartText = (await desk.locator('figure.chart svg').textContent()) ?? '';
    expect(chartText).toContain('no data');
    expect(chartText).toContain('not reported');
    await expect(desk.locator('figure.chart .chart-description').innerText()).resolves.toContain('Tirana: 44 in 2025');
    await expect(
      desk
        .locator('table', { has: desk.locator('caption', { hasText: 'Change against 2018' }) })
        .locator('tr', { hasText: 'Tirana' })
        .innerText(),
    ).resolves.toContain('No 2018 baseline');
    await expectAccessible(desk);
    await screenshot(desk, 'kpi-explorer');
    const [download] = await Promise.all([
      desk.waitForEvent('download'),
      desk.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toMatch(/^Tirana,2025,kpi3_reported_cases,,number,44,,kpi-report:tirana:2025,2,validated,/m);
    expect(csv).toMatch(/^Belgrade,2025,kpi3_reported_cases,,not_reported,,/m);
    expect(csv).toMatch(/^Podgorica,2025,kpi3_reported_cases,,number,0,,kpi-report:podgorica:2025,1,validated,/m);
    expect(csv).toMatch(
      /^Skopje,2025,kpi3_reported_cases,,no_data,,Police statistics not yet published,kpi-report:skopje:2025,1,validated,/m,
    );

    await desk.fill('#explorer-as-of', acceptedOnly);
    await desk
      .getByRole('status')
      .filter({ hasText: /as reported on (?!now)/ })
      .waitFor();
    await eventually(
      async () => expect(explorerCell(desk, 'Tirana', 2025).locator('td').nth(1).innerText()).resolves.toBe('40'),
      10_000,
      200,
    );
    await expect(explorerCell(desk, 'Tirana', 2025).locator('td').nth(2).innerText()).resolves.toMatch(
      /Report revision 1, accepted/,
    );
    await screenshot(desk, 'kpi-explorer-as-of');
    await ministry.close();
    await officer.close();
    // Two users, four logins and some thirty page loads through three services on a shared two-core machine:
    // the journey as a whole gets more than jest's default of 120 s (each step keeps Playwright's own 30 s).
  }, 300_000);

  it('shows the round board with timeliness and the regional overview with coverage, and lets SEESAC open a round', async () => {
    const officer = await browser!.newContext({ timezoneId: 'UTC' });
    const page = await logIn(officer, DEMO_USERS.seesac, '/rounds');
    await page.getByRole('heading', { level: 1, name: 'Reporting round board' }).waitFor();
    await page.getByText(/Due 2099-01-31 \(reports of 2025\): \d+ days left\./).waitFor();
    const row = (name: string) => page.locator('tbody tr', { has: page.locator('th', { hasText: name }) });
    await row('Tirana').locator('.status-accepted').waitFor();
    await expect(row('Tirana').innerText()).resolves.toContain('On time');
    await expect(row('Belgrade').innerText()).resolves.toMatch(/Not started.*Not submitted yet/s);
    await expectAccessible(page);
    await screenshot(page, 'round-board');
    for (const [field, value] of [
      ['Round number', '32'],
      ['Label', '32nd progress report'],
      ['Period from', '2026-01-01'],
      ['Period to', '2026-12-31'],
      ['Due date', '2099-06-30'],
      ['Report year', '2026'],
    ]) {
      if (field.startsWith('Period')) await page.getByLabel(field).fill(value);
      else await page.getByLabel(field, { exact: true }).fill(value);
    }
    await page.getByRole('button', { name: 'Open the round' }).click();
    await page.getByRole('status').filter({ hasText: 'Round 32 is open.' }).waitFor();
    await page
      .getByRole('combobox', { name: 'Reporting round' })
      .locator('option', { hasText: '32nd progress report' })
      .waitFor({ state: 'attached' });

    await page.goto(`${CONSOLE}/regional-overview?kpi=3&year=2025`);
    const cases = page.locator('tbody tr', {
      has: page.locator('th', { hasText: 'Reported cases during the reporting period' }),
    });
    await cases.locator('.value-number').waitFor();
    const cells = await cases.locator('td').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['44 cases (partial)', 'sum']);
    expect(cells[2]).toMatch(/Podgorica.*Tirana|Tirana.*Podgorica/);
    expect(cells[3]).toContain('Belgrade');
    expect(cells[4]).toBe('Skopje');
    await expectAccessible(page);
    await screenshot(page, 'regional-overview');
    await officer.close();
  });

  it('compiles and reads the regional report, reviews narrative reports per goal, and imports a file after its dry run', async () => {
    const officer = await browser!.newContext({ timezoneId: 'UTC' });
    const page = await logIn(officer, DEMO_USERS.seesac, '/regional-report?round=31');
    await page.getByRole('heading', { level: 1, name: 'Regional report' }).waitFor();
    const kpi3 = page.locator('section', { has: page.getByRole('heading', { level: 3, name: /^KPI 3:/ }) });
    const cases = kpi3.locator('table', {
      has: page.locator('caption', { hasText: 'Reported cases during the reporting period (Total)' }),
    });
    await expect(cases.locator('tr', { hasText: 'Tirana' }).locator('td').last().innerText()).resolves.toBe('44');
    await expect(cases.locator('tr', { hasText: 'Skopje' }).locator('td').last().innerText()).resolves.toMatch(
      /^No data/,
    );
    await expect(cases.locator('tr', { hasText: 'WB6' }).locator('td').last().innerText()).resolves.toBe(
      '44 (partial)',
    );
    await page.getByRole('button', { name: 'Compile the regional report' }).click();
    await page.getByRole('status').filter({ hasText: 'The regional report of round 31 is compiled.' }).waitFor();
    await expect(page.locator('.compiled dd code').innerText()).resolves.toMatch(/^[0-9a-f]{64}$/);
    const csv = await page.request.get(
      `${CONSOLE}${await page.getByRole('link', { name: 'Download the regional report (CSV)' }).getAttribute('href')}`,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('kpi3_reported_cases,,tirana,2025,number,44');
    await expectAccessible(page);
    await screenshot(page, 'regional-report');

    // Narrative review: Tirana's returned with a comment, Podgorica's accepted.
    await page.goto(`${CONSOLE}/narratives`);
    await page.getByRole('link', { name: 'Tirana' }).click();
    await page.getByRole('heading', { level: 2, name: /^Goal 3:/ }).waitFor();
    await expect(
      page.locator('section.goal', { has: page.getByRole('heading', { name: /^Goal 3:/ }) }).innerText(),
    ).resolves.toContain('tirana goal 3: needs');
    await expectAccessible(page);
    await screenshot(page, 'narrative-review');
    await page.getByLabel('What should the ministry correct?').fill('Goal 3: say which equipment is needed');
    await page.getByRole('button', { name: 'Return with comments' }).click();
    await page.locator('.status-returned_for_revision').first().waitFor();
    await expect(page.locator('.comments').innerText()).resolves.toContain('say which equipment is needed');
    await page.goto(`${CONSOLE}/narratives/podgorica/2025`);
    await page.getByRole('button', { name: 'Accept the narrative report' }).click();
    await page.locator('.status-accepted').first().waitFor();
    await page.goto(`${CONSOLE}/narratives`);
    await page.locator('tbody tr', { hasText: 'Podgorica' }).locator('.status-accepted').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'narrative-list');

    // Import: the dry run previews (a job: more rows than this run's threshold of 2), nothing is written until it runs.
    const file = [
      'jurisdiction,year,measure,dimensions,value,no_data_reason',
      'sarajevo,2019,kpi3_reported_cases,,12,',
      'sarajevo,2020,kpi3_reported_cases,,0,',
      'sarajevo,2021,kpi3_reported_cases,,,Archive destroyed',
      'sarajevo,2022,no_such_measure,,5,',
    ].join('\n');
    await page.goto(`${CONSOLE}/import`);
    await page
      .getByLabel('CSV or JSON file')
      .setInputFiles({ name: 'sarajevo.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByRole('status').filter({ hasText: 'Dry run of sarajevo.csv' }).waitFor();
    const preview = page.locator('table', {
      has: page.locator('caption', { hasText: 'Dry run: what the import would do' }),
    });
    await page.getByText(/^Completed: \d+ of \d+ reports$/).waitFor(); // the dry run's job
    await preview.waitFor();
    await expect(preview.locator('tbody td').allInnerTexts()).resolves.toEqual(['3', '0', '0', '1']);
    const rejected = page.locator('table', { has: page.locator('caption', { hasText: 'Rejected lines' }) });
    await expect(rejected.locator('tbody tr').innerText()).resolves.toMatch(/^5\s+.*no_such_measure/s);
    await expectAccessible(page);
    await screenshot(page, 'import-preview');
    expect(
      (await page.request.get(`${CONSOLE}/api/kpi-aggregation/series/sarajevo/kpi3_reported_cases`)).status(),
    ).toBe(404);
    await page.getByRole('button', { name: 'Run the import' }).click();
    // The dry run was a job too: its "Completed" may still show until the run's own job is polled, so wait for the run's.
    await eventually(
      async () => {
        await expect(page.getByText(/^Completed: 3 of 3 reports$/).isVisible()).resolves.toBe(true);
        await expect(
          page
            .locator('#job-progress')
            .evaluate((bar) => [(bar as unknown as { value: number }).value, (bar as unknown as { max: number }).max]),
        ).resolves.toEqual([3, 3]);
      },
      60_000,
      250,
    );
    const done = page.locator('table', { has: page.locator('caption', { hasText: 'What the import did' }) });
    await done.waitFor();
    await expect(done.locator('tbody td').allInnerTexts()).resolves.toEqual(['3', '0', '0', '1']);
    await screenshot(page, 'import-job');
    await officer.close();
  });
});
