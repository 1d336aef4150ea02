import { DEMO_USERS, tokenFor } from '@salw/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  buildConsoleApp,
  CONSOLE,
  expectAccessible,
  launchChromium,
  logIn as logInPage,
  screenshot as shoot,
  startRunConsole,
} from './browser-kit';
import { runDemoSeed } from './demo-seeds';
import { E2eRun } from './e2e-run';
import { ServiceProcess } from './service-process';

/**
 * The console's part 2 in a real browser (Debian's Chromium via playwright-core) on the demo data of the seeds, every
 * service a process as `make up` starts it, logins on the real identity provider's page. Journeys: SEESAC plans a
 * round; a ministry is refused a date after the regional meeting, schedules its own local meeting and cannot schedule
 * another's; the officer records participants and an action item; the Administrative Agent records a deposit, sees the
 * Steering Committee change, and is refused a transfer above the balance and one to SEESAC, each with its reason.
 * axe-core on every screen; screenshots in tmp/console-screenshots/. The console client is registered for port 8080.
 */
const run = new E2eRun('e2e_coord', { RELAY_ENABLED: 'true' });
/** A round far enough ahead that its dates are in the future whenever the test runs. */
const ROUND = 40;
const REGIONAL = '2030-05-20';

/** A fresh browser context logged in as `username` at `path`. */
async function logIn(
  browser: Browser,
  username: string,
  path: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await logInPage(context, username, path) };
}

/** The form of one command on the screen, by its heading. */
const form = (page: Page, title: string) => page.getByRole('form', { name: title });
async function fill(scope: Locator, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    const field = scope.getByLabel(label, { exact: false }).first();
    if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** The text of what the locator finds now, '' when nothing (no waiting: for polling). */
const textNow = async (locator: Locator) => ((await locator.count()) > 0 ? locator.first().innerText() : '');

/** Until `check` holds (a projection following a write), within 30 s. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (await check()) return;
    await sleep(500);
  }
  throw new Error('not within 30 s');
}

describe('e2e browser: coordination rounds, meetings and the Trust Fund in the console', () => {
  const services: Partial<Record<'intake' | 'aggregation' | 'meetings' | 'fund', ServiceProcess>> = {};
  let browser: Browser | undefined;

  beforeAll(async () => {
    buildConsoleApp();
    const [intake, aggregation, meetings, fund] = await run.start(
      ['report-intake', 'kpi-aggregation', 'meeting-coordination', 'trust-fund'],
      150_000,
    );
    Object.assign(services, { intake, aggregation, meetings, fund });
    // The demo data of the seeds (002, 004; 000, 004), loaded as `make up` loads it.
    // (Two services of their own: seeded side by side.)
    await Promise.all([runDemoSeed('meeting-coordination', meetings.baseUrl), runDemoSeed('trust-fund', fund.baseUrl)]);
    await startRunConsole(run, { intake, aggregation, meetings, fund }, 150_000);
    browser = await launchChromium();
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await run.end();
  });

  it('SEESAC plans a round; its timeline lists the six jurisdictions as not scheduled', async () => {
    const { context, page } = await logIn(browser!, DEMO_USERS.seesac, '/coordination-rounds');
    await page.getByRole('heading', { level: 1, name: 'Coordination rounds' }).waitFor();
    // The demo's latest round: round 13 (003), its Sarajevo regional meeting of 8–9 July 2025.
    await page.getByRole('table', { name: /Round 13: local coordination meetings/ }).waitFor();
    await expectAccessible(page);
    await shoot(page, 'rounds-demo');

    const plan = form(page, 'Plan a coordination round');
    await fill(plan, {
      'Round number': String(ROUND),
      'Regional meeting id': `regional-${ROUND}`,
      'Regional meeting date': REGIONAL,
    });
    await plan.getByRole('button', { name: 'Plan the round' }).click();
    await page.waitForURL(`${CONSOLE}/coordination-rounds/${ROUND}`);
    const notScheduled = page.locator('ul.not-scheduled li');
    // Read in one go (the list re-renders while the round's queries settle).
    await eventually(async () => {
      const names = await notScheduled.allInnerTexts();
      return names.length === 6 && names.includes('Skopje') && names.includes('Belgrade');
    });
    await expect(page.getByRole('row', { name: /Regional coordination meeting/ }).innerText()).resolves.toMatch(/2030/);
    await expectAccessible(page);
    await shoot(page, 'round-planned');
    await context.close();
  });

  it('a ministry is refused a date after the regional meeting with the rule, schedules its own local meeting, and cannot schedule another', async () => {
    const { context, page } = await logIn(browser!, 'focal.skopje', `/coordination-rounds/${ROUND}`);
    const schedule = form(page, 'Schedule a local meeting');
    await schedule.waitFor();
    // Only its own jurisdiction is offered.
    const offered = schedule.getByLabel('Jurisdiction').locator('option');
    await eventually(async () => (await offered.allInnerTexts()).join() === 'Skopje');
    await fill(schedule, { 'City (in person)': 'Skopje', 'First day': '2030-06-02' });
    await schedule.getByRole('button', { name: 'Schedule the meeting' }).click();
    const refusal = schedule.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toMatch(
      /must be held before the round's regional meeting on 2030-05-20; 2030-06-02 is after it/,
    );
    await expectAccessible(page);
    await shoot(page, 'round-ministry-refused');

    await fill(schedule, { 'First day': '2030-05-12' });
    await schedule.getByRole('button', { name: 'Schedule the meeting' }).click();
    await schedule.getByRole('status').waitFor();
    await page
      .getByRole('row', { name: /Skopje/ })
      .filter({ hasText: 'In person, Skopje' })
      .waitFor();
    await eventually(async () => !(await page.locator('ul.not-scheduled').innerText()).includes('Skopje'));

    // Another jurisdiction's meeting, sent as the screen would: refused by the service, nothing recorded.
    const other = await page.evaluate(async (round) => {
      const { csrfToken } = (await (await fetch('/auth/session')).json()) as { csrfToken: string };
      const answer = await fetch('/api/meeting-coordination/meetings', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          meetingId: `local-${round}-belgrade`,
          kind: 'local_coordination',
          roundNumber: round,
          jurisdiction: 'belgrade',
          title: 'Not ours',
          format: { mode: 'online' },
          startDate: '2030-05-11',
        }),
      });
      return answer.status;
    }, ROUND);
    expect(other).toBe(403);
    await page.reload();
    await page.locator('ul.not-scheduled').waitFor();
    await expect(page.locator('ul.not-scheduled').innerText()).resolves.toContain('Belgrade');
    await expectAccessible(page);
    await shoot(page, 'round-ministry-scheduled');

    // In its own local meeting the ministry records (a document here); in the regional meeting it only reads.
    await page
      .getByRole('row', { name: /Skopje/ })
      .filter({ hasText: 'In person, Skopje' })
      .getByRole('link')
      .click();
    await page.waitForURL(`${CONSOLE}/meetings/local-${ROUND}-skopje`);
    const attach = form(page, 'Attach a document');
    await fill(attach, {
      'Kind of document': 'agenda',
      Title: 'Agenda of the Skopje local meeting',
      'Where it is kept': 'https://example.org/skopje-agenda.pdf',
    });
    await attach.getByRole('button', { name: 'Attach the document' }).click();
    await page.getByRole('link', { name: 'Agenda of the Skopje local meeting' }).waitFor();
    await page.goto(`${CONSOLE}/meetings/regional-4`);
    await page.getByRole('heading', { level: 2, name: 'Agenda by day' }).waitFor();
    await expect(page.getByRole('heading', { level: 2, name: 'Documents' }).isVisible()).resolves.toBe(true);
    await expect(form(page, 'Attach a document').count()).resolves.toBe(0);
    await context.close();
  });

  it('the officer records participants and an action item in a meeting; they show in action items and participation', async () => {
    const { context, page } = await logIn(browser!, DEMO_USERS.seesac, '/meetings/regional-4');
    await page.getByRole('heading', { level: 2, name: 'Agenda by day' }).waitFor();
    await expect(page.getByRole('heading', { level: 3 }).first().innerText()).resolves.toMatch(/2020/);
    // The 4th regional meeting's 35 participants as 004's notes name them, 11 of them women.
    await expect(page.getByText('Share of women:').innerText()).resolves.toMatch(/31\.4 % \(11 women of 35/);

    const participant = form(page, 'Register a participant');
    await fill(participant, {
      Name: 'Ana Petrović',
      Organization: 'SALW Commission',
      Role: 'Coordinator',
      Gender: 'female',
      Category: 'salw_commission',
      Jurisdiction: 'podgorica',
    });
    await participant.getByRole('button', { name: 'Register the participant' }).click();
    await page.getByRole('row', { name: /Ana Petrović/ }).waitFor();
    await fill(participant, {
      'Participant id': 'p-2',
      Name: 'Marko Jovanović',
      Organization: 'Ministry of Interior',
      Role: 'Adviser',
      Gender: 'male',
      Category: 'jurisdiction_delegation',
    });
    await participant.getByRole('button', { name: 'Register the participant' }).click();
    await page.getByRole('row', { name: /Marko Jovanović/ }).waitFor();
    await expect(page.getByText('Share of women:').innerText()).resolves.toMatch(/32\.4 % \(12 women of 37/);

    const action = form(page, 'Action item');
    await fill(action, {
      Description: 'Share the draft Law on weapons with the European Commission',
      Owner: 'SALW Commission Podgorica',
      Jurisdiction: 'podgorica',
      Goal: '1',
      'Due date': '2021-03-31',
    });
    await action.getByRole('button', { name: 'Assign the action item' }).click();
    const row = page
      .getByRole('table', { name: 'Action items of this meeting' })
      .getByRole('row', { name: /Share the draft Law/ });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/Overdue/);

    // Documents by reference: a web address is a link, any other reference is shown as written; an id already attached is refused inline.
    const documents = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Documents' }) });
    const attach = form(page, 'Attach a document');
    await fill(attach, {
      'Document id': 'goal-1-podgorica',
      'Kind of document': 'presentation',
      Title: 'Progress under goal 1, Podgorica',
      'Where it is kept': 'https://www.seesac.org/f/docs/Roadmap/goal-1-podgorica.pdf',
    });
    await attach.getByRole('button', { name: 'Attach the document' }).click();
    const link = documents.getByRole('link', { name: 'Progress under goal 1, Podgorica' });
    await link.waitFor();
    await expect(link.getAttribute('href')).resolves.toBe('https://www.seesac.org/f/docs/Roadmap/goal-1-podgorica.pdf');
    await expect(
      documents.getByRole('listitem').filter({ hasText: 'Progress under goal 1, Podgorica' }).innerText(),
    ).resolves.toMatch(/^Presentation: /);
    await fill(attach, {
      'Document id': 'minutes-archive',
      'Kind of document': 'notes',
      Title: 'Signed minutes',
      'Where it is kept': 'SEESAC archive, box 2020/4',
    });
    await attach.getByRole('button', { name: 'Attach the document' }).click();
    await documents.getByText('Notes: Signed minutes (SEESAC archive, box 2020/4)').waitFor();
    await expect(documents.getByRole('link', { name: 'Signed minutes' }).count()).resolves.toBe(0);
    await attach.getByRole('button', { name: 'Attach the document' }).click();
    await expect(attach.getByRole('alert').innerText()).resolves.toMatch(
      /Document minutes-archive is already attached/,
    );
    await expect(documents.getByText('Signed minutes').count()).resolves.toBe(1);
    await expectAccessible(page);
    await shoot(page, 'meeting-workspace');

    await page.getByRole('link', { name: 'Action items' }).click();
    await page.getByRole('heading', { level: 1, name: 'Action items' }).waitFor();
    await eventually(async () => {
      await page.getByLabel('Status').selectOption('done');
      await page.getByLabel('Status').selectOption('open');
      return (await page.getByRole('row', { name: /Share the draft Law/ }).count()) === 1;
    });
    await page.getByLabel('Overdue').selectOption('true');
    await expect(page.getByRole('row', { name: /Share the draft Law/ }).innerText()).resolves.toMatch(
      /SALW Commission Podgorica/,
    );
    await expectAccessible(page);
    await shoot(page, 'action-items');
    await page.getByRole('button', { name: /Mark done: Share the draft Law/ }).click();
    // Done items leave the open list once the projection has the completion.
    await page.getByLabel('Overdue').selectOption('');
    await eventually(async () => {
      await page.getByLabel('Status').selectOption('open');
      await page.getByLabel('Status').selectOption('done');
      return /Done on/.test(await textNow(page.getByRole('row', { name: /Share the draft Law/ })));
    });

    await page.getByRole('link', { name: 'Participation' }).click();
    const perMeeting = page.getByRole('table', { name: /Share of women per meeting/ });
    await perMeeting.waitFor();
    await eventually(async () => {
      await page.reload();
      await perMeeting.waitFor();
      return /32\.4 %/.test(await textNow(perMeeting.getByRole('row', { name: /4th Regional/ })));
    });
    await expect(
      page
        .getByRole('table', { name: /Share of women per year/ })
        .getByRole('row', { name: /2019/ })
        .innerText(),
    ).resolves.toMatch(/No data/);
    await expectAccessible(page);
    await shoot(page, 'participation');
    await context.close();
  });

  it('the Administrative Agent records a deposit and the Steering Committee changes; transfers above the balance and to SEESAC are refused with their reasons', async () => {
    // An approved project to transfer to (SEESAC's secretariat work, through the API as in the other screens' tests).
    const seesac = await tokenFor({ role: 'seesac' });
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${services.fund!.baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: seesac, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    };
    let voting: string[] = [];
    await eventually(async () => {
      const response = await fetch(`${services.fund!.baseUrl}/trust-fund/steering-committee`, {
        headers: { authorization: seesac },
      });
      if (response.ok) voting = ((await response.json()) as { votingMembers: string[] }).votingMembers;
      return voting.length > 0;
    });
    await post('/trust-fund/projects', {
      projectId: 'undp-evidence-rooms',
      title: 'Upgrade of evidence rooms',
      leadOrganization: 'UNDP',
      coApplicants: [],
      goals: [3],
      jurisdictions: ['belgrade'],
      budgetUsd: '5000000.00',
      proposedOn: '2021-01-10',
    });
    await post('/trust-fund/projects/undp-evidence-rooms/decision', {
      decision: 'approve',
      decidedOn: '2021-01-20',
      membersPresent: voting,
    });

    const { context, page } = await logIn(browser!, DEMO_USERS.administrative_agent, '/trust-fund');
    await page.getByRole('table', { name: /Sources and uses/ }).waitFor();
    await expect(page.getByRole('row', { name: /Contributions deposited/ }).innerText()).resolves.toMatch(
      /USD\s1,560,808\.00/,
    );
    await expect(page.getByRole('table', { name: /Pledges not yet deposited/ }).innerText()).resolves.toMatch(
      /Germany.*EUR\s3,000,000\.00/s,
    );
    const norway = page
      .getByRole('table', { name: /Members of the Steering Committee/ })
      .getByRole('row', { name: /Norway/ });
    await expect(norway.innerText()).resolves.toMatch(/Top donor/);
    // Each contribution in the currency deposited beside the USD booked, as trust-fund's contributions read gives it.
    const original = page.getByRole('table', { name: /Contributions by donor and year in the currency deposited/ });
    await original.waitFor();
    await expect(original.getByRole('row', { name: /Sweden/ }).innerText()).resolves.toMatch(
      /2019.*SEK\s7,000,000\.00.*USD\s724,300\.00/s,
    );
    await expectAccessible(page);
    await shoot(page, 'trust-fund');

    await page.getByRole('link', { name: 'Ledger entry' }).click();
    const deposit = form(page, 'Record a deposit');
    await fill(deposit, {
      'Deposit id': 'netherlands-1',
      Donor: 'netherlands',
      'Currency (ISO 4217)': 'EUR',
      'Amount in that currency': '800000.00',
      'Amount in USD': '900000.00',
      'Date of the rate': '2021-02-01',
      'Deposited on': '2021-02-01',
    });
    await deposit.getByRole('button', { name: 'Record the deposit' }).click();
    await deposit.getByRole('status').waitFor();
    // The Netherlands now out-deposit Norway: the committee follows on screen with the reason for every seat.
    const committee = page.getByRole('table', { name: /Members of the Steering Committee/ });
    await eventually(async () => /Top donor/.test(await textNow(committee.getByRole('row', { name: /Netherlands/ }))));
    await expect(committee.getByRole('row', { name: /Netherlands/ }).innerText()).resolves.toMatch(
      /rank 1 of the other donors by deposits: USD 900000\.00/,
    );
    await expect(committee.getByRole('row', { name: /Norway/ }).innerText()).resolves.not.toMatch(/Top donor/);
    // The history keeps every recomposition: the newest, first, gives the Netherlands' seat; the one before it Norway's.
    const history = page.getByRole('table', { name: /History of the Steering Committee/ }).getByRole('row');
    await eventually(async () => /Netherlands: Top donor/.test(await textNow(history.nth(1))));
    await expect(history.nth(2).innerText()).resolves.toMatch(/Norway: Top donor/);

    const transfer = form(page, 'Transfer to a project');
    await fill(transfer, {
      'Transfer id': 'transfer-1',
      'Project id': 'undp-evidence-rooms',
      Recipient: 'UNDP',
      'Amount in USD': '4000000.00',
      'Transferred on': '2021-02-15',
    });
    await transfer.getByRole('button', { name: 'Make the transfer' }).click();
    const aboveBalance = transfer.getByRole('alert');
    await aboveBalance.waitFor();
    await expect(aboveBalance.innerText()).resolves.toMatch(
      /Transfer of USD 4000000\.00 exceeds the fund's available balance of USD 2436199\.92/,
    );
    await expectAccessible(page);
    await shoot(page, 'ledger-entry-refused');

    await fill(transfer, { Recipient: 'SEESAC', 'Amount in USD': '1000.00' });
    await transfer.getByRole('button', { name: 'Make the transfer' }).click();
    await eventually(async () => /can never receive project funds/.test(await textNow(transfer.getByRole('alert'))));
    await context.close();
  });

  it('shows the pipeline of projects and funding beside outcomes to SEESAC', async () => {
    const { context, page } = await logIn(browser!, DEMO_USERS.seesac, '/projects');
    const approved = page.getByRole('table', { name: /Projects Approved/ });
    await approved.waitFor();
    await expect(approved.getByRole('row', { name: /Upgrade of evidence rooms/ }).innerText()).resolves.toMatch(
      /USD\s5,000,000\.00.*USD\s0\.00/s,
    );
    await expectAccessible(page);
    await shoot(page, 'projects');

    await page.getByRole('link', { name: 'Funding and outcomes' }).click();
    const goal3 = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Goal 3:/ }) });
    await goal3.getByText(/Approved for the goal: USD\s5,000,000\.00/).waitFor();
    // Transferred per goal as trust-fund computes it: the only transfer tried was refused, so nothing went out.
    await expect(
      goal3.getByText(/Transferred for the goal: USD\s0\.00 \(net of refunds: USD\s0\.00\)/).count(),
    ).resolves.toBe(1);
    // KPI 4 (firearms seized) serves goal 3: its change against 2018 stands beside the money, "not reported" while no report is accepted.
    await expect(goal3.getByText(/KPIs of the goal: .*KPI 4/).count()).resolves.toBe(1);
    await expect(
      goal3.getByRole('table', { name: /Change of firearms seized against the 2018 baseline/ }).innerText(),
    ).resolves.toMatch(/Not reported/);
    await page.getByLabel('Jurisdiction').selectOption('belgrade');
    await page.getByText(/Approved for Belgrade \(all goals\): USD\s5,000,000\.00/).waitFor();
    await page.getByText(/Transferred for Belgrade \(all goals\): USD\s0\.00/).waitFor();
    await expectAccessible(page);
    await shoot(page, 'funding-and-outcomes');
    await context.close();
  });
});
