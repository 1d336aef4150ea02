import { eventually, tokenFor } from '@salw/testing';
import { runDemoSeed } from './demo-seeds';
import { E2eRun } from './e2e-run';
import { ServiceProcess } from './service-process';

/**
 * A newcomer's first look, as `make up` gives it: report-intake, meeting-coordination and trust-fund run as OS
 * processes, their demo seeds run as `make up` runs them (`node -r @swc-node/register services/<s>/src/demo/seed.ts`),
 * and one round reads end to end: report-intake's reporting round 13 (003: 1 January - 31 December 2024) is
 * coordination round 13, whose regional meeting's readiness shows Pristina's accepted 2024 KPI report. Private
 * topics, groups, databases and ports.
 */
const run = new E2eRun('e2e-demo', { RELAY_ENABLED: 'true' });

let analyst: string;
beforeEach(async () => {
  analyst = await tokenFor({ role: 'analyst' });
});

describe('e2e: the demo shows a real round end to end (services and seeds as OS processes)', () => {
  const services: Partial<Record<'intake' | 'meetings' | 'fund', ServiceProcess>> = {};
  const get = async (name: keyof typeof services, path: string) => {
    const answer = await fetch(`${services[name]!.baseUrl}${path}`, {
      headers: { Authorization: analyst },
      signal: AbortSignal.timeout(20_000),
    });
    return { status: answer.status, body: (await answer.json()) as Record<string, never> };
  };

  beforeAll(async () => {
    [services.intake, services.meetings, services.fund] = await run.start(
      ['report-intake', 'meeting-coordination', 'trust-fund'],
      150_000,
    );
    await runDemoSeed('report-intake', services.intake!.baseUrl);
    await runDemoSeed('meeting-coordination', services.meetings!.baseUrl);
    await runDemoSeed('trust-fund', services.fund!.baseUrl);
  }, 420_000);

  afterAll(() => run.end(), 60_000);

  afterEach(() => {
    for (const service of Object.values(services)) expect(service?.errors() ?? []).toEqual([]);
  });

  it("reads round 13's readiness from report-intake's reporting round 13: Pristina's 2024 KPI report accepted", async () => {
    await eventually(
      async () => {
        const readiness = await get('meetings', '/meetings/regional-13/readiness');
        expect(readiness.status).toBe(200);
        expect(readiness.body).toMatchObject({
          roundNumber: 13,
          regionalMeetingDate: '2025-07-08',
          reportingPeriod: '2024',
          reportingPeriodFrom: 'reporting_round',
        });
        // The seeds give round 13 no due date: readiness says why rather than showing an invented one.
        expect(readiness.body.reportingRound).toMatchObject({ noDueDateReason: 'not in the seeds' });
        expect(readiness.body.reportingRound).not.toHaveProperty('dueDate');
        const pristina = (
          readiness.body.jurisdictions as { jurisdiction: string; kpiReport: Record<string, unknown> }[]
        ).find((row) => row.jurisdiction === 'pristina');
        expect(pristina?.kpiReport).toMatchObject({
          reportId: expect.stringContaining('pristina'),
          status: 'accepted',
        });
      },
      90_000,
      500,
    );
    // The seeds give rounds 1-4 no period: readiness answers (no 409) and says so.
    for (const meetingId of ['regional-1', 'regional-2', 'regional-4']) {
      const readiness = await get('meetings', `/meetings/${meetingId}/readiness`);
      expect([readiness.status, readiness.body.reportingPeriod]).toEqual([200, null]);
    }
  });

  it("shows Pristina's accepted narrative report of round 13 goal by goal, in 003's words", async () => {
    const narrative = await get('intake', '/narrative-reports/pristina/2024');
    expect(narrative.status).toBe(200);
    const current = narrative.body.current as {
      status: string;
      roundNumber?: number;
      goals: { goal: number; progress: string; challenges: string; plans: string; needsForSupport: string }[];
    };
    expect(current).toMatchObject({ status: 'accepted' });
    expect(current.goals.map((goal) => goal.goal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const goal = (n: number) => current.goals.find((item) => item.goal === n)!;
    expect(goal(1).progress).toContain(
      'The draft law on explosives was approved by the Government, pending adoption by Parliament;',
    );
    expect(goal(2).progress).toContain('Information to iARMS is provided via UNMIK.');
    expect(goal(3).challenges).toBe('The need for the integration of databases and real-time data entry persisted.');
    expect(goal(6).challenges).toBe(
      'Disposal of an additional ammunition is pending – no specialized destruction equipment.',
    );
    expect(goal(7).progress).toContain(
      '72 metal cabinets at police stations in Ferizaj, Gjilan, Pejë, Vushtrri, Drenas, and Lipjan.',
    );
    // What the slides do not say stays empty, not invented; SEESAC's AVMP figures are not Pristina's narrative.
    expect(current.goals.every((item) => item.plans === '' && item.needsForSupport === '')).toBe(true);
    expect(JSON.stringify(current.goals)).not.toContain('AVMP');
  });

  it("shows the 4th regional meeting as its notes (004) tell it, and the fund's sources and uses", async () => {
    const fourth = await get('meetings', '/meetings/regional-4');
    expect(fourth.body).toMatchObject({
      status: 'notes_published',
      genderShare: { women: 11, total: 35 },
      participantsByCategory: { salw_commission: 6 },
    });
    expect((fourth.body.supportNeeds as unknown[]).length).toBe(10);
    expect((fourth.body.conclusions as { author: string }[])[1]).toMatchObject({
      author: 'Albrecht von Wittke',
      organization: 'Federal Foreign Office, Germany',
    });
    await eventually(
      async () => {
        const ledger = await get('fund', '/trust-fund/ledger');
        const lines = Object.fromEntries(
          (ledger.body.statement as { line: string; usd: string }[]).map(({ line, usd }) => [line, usd]),
        );
        expect(lines).toMatchObject({
          'Contributions from donors': '1560808.00',
          'Administrative Agent fees': '15608.08',
          'Balance of funds available with the Administrative Agent': '1545199.92',
        });
      },
      60_000,
      500,
    );
  });
});
