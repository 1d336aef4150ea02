import { tokenFor } from '@salw/testing';
import { E2eRun } from './e2e-run';
import { ServiceProcess } from './service-process';

/**
 * The inputs that once answered 5xx, and the 400s that must name every problem, against the four
 * services run as OS processes exactly as `make up` runs them (`node -r @swc-node/register`, whose
 * module resolution differs from jest's). Everything is private to the run: topics, groups,
 * databases and ports; tokens come from the local Keycloak.
 */
const run = new E2eRun('e2e-http', { RELAY_ENABLED: 'true' });

// Real access tokens from the local Keycloak (they live 5 minutes: fetched again before each test).
let seesac: string, agent: string, analyst: string, tirana: string;
beforeEach(async () => {
  [seesac, agent, analyst, tirana] = await Promise.all([
    tokenFor({ role: 'seesac' }),
    tokenFor({ role: 'administrative_agent' }),
    tokenFor({ role: 'analyst' }),
    tokenFor({ role: 'ministry', jurisdiction: 'tirana' }),
  ]);
});

type Problem = { path: string; message: string };

describe('e2e: no 5xx for the inputs that once caused one, and one 400 naming every problem (services as OS processes)', () => {
  const services: Partial<Record<'intake' | 'aggregation' | 'meetings' | 'fund', ServiceProcess>> = {};

  async function call(
    name: keyof typeof services,
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const service = services[name];
    if (!service) throw new Error(`${name} not started`);
    const answer = await fetch(`${service.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: token,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await answer.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: kept as text for the failure message
    }
    return {
      status: answer.status,
      headers: answer.headers,
      body: parsed as Record<string, unknown> & { problems?: Problem[] },
    };
  }
  const pathsOf = (problems: Problem[] | undefined) => (problems ?? []).map((problem) => problem.path);

  beforeAll(async () => {
    [services.intake, services.aggregation, services.meetings, services.fund] = await run.start(
      ['report-intake', 'kpi-aggregation', 'meeting-coordination', 'trust-fund'],
      150_000,
    );
  }, 180_000);

  afterAll(() => run.end(), 60_000);

  afterEach(() => {
    // No request of these tests may have made a service log an error (a 5xx logs its stack).
    for (const service of Object.values(services)) expect(service?.errors() ?? []).toEqual([]);
  });

  it('serves GET /derived-indicators/{code} under the make-up runtime (the .json beside the .ts once shadowed it)', async () => {
    const answer = await call('aggregation', 'GET', '/derived-indicators/conviction_rate?jurisdiction=tirana', analyst);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      indicator: 'conviction_rate',
      jurisdiction: 'tirana',
      values: expect.any(Array),
    });
  });

  it('answers an empty decision (the same donor again, unchanged fee rates) with 200 and the current state, appending nothing', async () => {
    const donor = { donorId: 'sweden', name: 'Sweden', exOfficio: false };
    const first = await call('fund', 'POST', '/trust-fund/donors', seesac, donor);
    expect(first.status).toBe(200);
    const again = await call('fund', 'POST', '/trust-fund/donors', seesac, donor);
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.body.donors).toEqual(first.body.donors);
    const rates = { administrativeAgentFeeRate: '0.01', indirectCostRate: '0.07' };
    const unchanged = await call('fund', 'POST', '/trust-fund/fee-rates', agent, rates, {
      'If-Match': first.headers.get('etag')!,
    });
    expect(unchanged.status).toBe(200);
    expect(unchanged.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(unchanged.body).toMatchObject(rates);
  });

  it('refuses a body nested 3,000 levels deep with a 400 naming the limit, on a DTO route of every service', async () => {
    const deep = `{"observations":${'['.repeat(3000)}${']'.repeat(3000)}}`;
    const routes: Array<[keyof typeof services, string, string]> = [
      ['intake', '/kpi-reports/tirana/2024/draft', tirana],
      ['meetings', '/meetings', seesac],
      ['fund', '/trust-fund/donors', seesac],
      ['aggregation', '/derived-indicators', analyst],
    ];
    for (const [service, path, token] of routes) {
      const answer = await call(service, 'POST', path, token, deep);
      expect([service, answer.status]).toEqual([service, 400]);
      expect(answer.body.problems?.[0]?.message).toMatch(/deeper than 16 levels/);
    }
  });

  it('refuses ids and keys named constructor / __proto__ with 400, and a refund to "constructor" never moves the balance', async () => {
    expect((await call('fund', 'GET', '/trust-fund/projects/constructor', analyst)).status).toBe(400);
    expect((await call('fund', 'GET', '/trust-fund/projects/__proto__', analyst)).status).toBe(400);
    const before = await call('fund', 'GET', '/trust-fund/fund', analyst);
    const refund = {
      refundId: 'refund-x',
      projectId: 'constructor',
      organization: 'UNDP',
      usdAmount: '1000.00',
      refundedOn: '2022-03-01',
      reason: 'unspent',
    };
    const refused = await call('fund', 'POST', '/trust-fund/refunds', agent, refund);
    expect(refused.status).toBe(400);
    expect(pathsOf(refused.body.problems)).toEqual(['projectId']);
    const decision = await call('fund', 'POST', '/trust-fund/projects/constructor/decision', seesac, {
      decision: 'approve',
      decidedOn: '2020-12-10',
      membersPresent: [],
    });
    expect(decision.status).toBe(400);
    const pledge = await call(
      'fund',
      'POST',
      '/trust-fund/pledges',
      seesac,
      `{"pledgeId":"p-1","donorId":"__proto__","currency":"EUR","amount":"1.00","pledgedOn":"2020-11-26","__proto__":{"x":1}}`,
    );
    expect(pledge.status).toBe(400);
    expect(pathsOf(pledge.body.problems)).toContain('__proto__');
    const after = await call('fund', 'GET', '/trust-fund/fund', analyst);
    expect(after.body.availableBalance).toBe(before.body.availableBalance);
    expect(after.body.refunded).toBe(before.body.refunded);
  });

  it('answers GET /cadence, and refuses round numbers beyond the Roadmap that once made it 500', async () => {
    expect(
      (
        await call('meetings', 'POST', '/coordination-rounds', seesac, {
          roundNumber: 1,
          regionalMeetingId: 'regional-1',
          regionalMeetingDate: '2019-11-20',
        })
      ).status,
    ).toBe(201);
    const huge = await call('meetings', 'POST', '/coordination-rounds', seesac, { roundNumber: 9007199254740991 });
    expect(huge.status).toBe(400);
    expect(pathsOf(huge.body.problems)).toEqual(['roundNumber']);
    // The cadence reads the rounds' projection (it follows the events through Kafka, so round 1 may
    // not be there yet): whatever it holds, it answers 200; the huge round that broke it is refused above.
    const cadence = await call('meetings', 'GET', '/cadence', seesac);
    expect(cadence.status).toBe(200);
    expect(cadence.body).toMatchObject({ cadenceMonths: 6, nextRound: expect.any(Object) });
  });

  it('replays POST /meetings with If-Match and Idempotency-Key: the same 201 and ETag, one meeting', async () => {
    const meeting = {
      meetingId: 'regional-9',
      kind: 'regional_coordination',
      number: 9,
      title: 'Ninth Regional Roadmap Coordination Meeting',
      startDate: '2023-05-10',
      format: { mode: 'online', platform: 'Zoom' },
    };
    const headers = { 'If-Match': '"0"', 'Idempotency-Key': 'schedule-regional-9' };
    const first = await call('meetings', 'POST', '/meetings', seesac, meeting, headers);
    const replay = await call('meetings', 'POST', '/meetings', seesac, meeting, headers);
    expect([first.status, replay.status]).toEqual([201, 201]);
    expect(replay.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
  });

  it('answers what the fuzz stage found: state a request waits for is 409, path and query numbers are read strictly', async () => {
    // A well-formed submission for a round not opened yet conflicts with the state (RFC 9110), it is not bad input.
    const unopened = await call('intake', 'POST', '/kpi-reports/tirana/2022/submission', tirana, {
      roundNumber: 77,
      observations: [{ measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: '3' } }],
    });
    expect(unopened.status).toBe(409);
    expect(unopened.body.problems).toEqual([
      { path: 'roundNumber', message: 'reporting round 77 has not been opened' },
    ]);
    // A round number is read from the URL's text: 1..200, else one 400 naming it (no 400 for a round in range).
    expect((await call('aggregation', 'GET', '/completeness/rounds/7', analyst)).status).not.toBe(400);
    for (const round of ['0', '201', '7.0', '100000000000000000000']) {
      const refused = await call('aggregation', 'GET', `/completeness/rounds/${round}`, analyst);
      expect([round, refused.status, pathsOf(refused.body.problems)]).toEqual([round, 400, ['round']]);
    }
    // "" and "6\r" are not whole numbers (Number() read them as 0 and 6, and the list answered 200).
    const list = await call('intake', 'GET', '/kpi-reports?offset=&round=6%0D', seesac);
    expect([list.status, pathsOf(list.body.problems).sort()]).toEqual([400, ['offset', 'round']]);
    // An import row whose dimension is not a string is refused whole, not "rejected" inside a 200.
    const imported = await call('intake', 'POST', '/imports/kpi-values?dryRun=true', seesac, {
      values: [
        {
          jurisdiction: 'tirana',
          year: 2019,
          measure: 'kpi3_solved_with_conviction',
          dimensions: { offence_category: 'trafficking', extra: {} },
          value: { kind: 'number', amount: '8' },
        },
      ],
    });
    expect([imported.status, pathsOf(imported.body.problems)]).toEqual([400, ['body.values[0].dimensions']]);
  });

  it('names all four problems of a submission: a negative count, an unknown measure, "abc" and a JSON number', async () => {
    const answer = await call('intake', 'POST', '/kpi-reports/tirana/2024/submission', tirana, {
      observations: [
        { measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: '-3' } },
        { measure: 'kpi3_no_such_measure', dimensions: {}, value: { kind: 'number', amount: '1' } },
        { measure: 'kpi3_reported_individuals', dimensions: {}, value: { kind: 'number', amount: 'abc' } },
        { measure: 'kpi3_solved_with_conviction', dimensions: {}, value: { kind: 'number', amount: 5 } },
      ],
    });
    expect(answer.status).toBe(400);
    const paths = pathsOf(answer.body.problems);
    for (const index of [0, 1, 2, 3])
      expect(paths.some((path) => path.startsWith(`observations[${index}]`))).toBe(true);
    expect((await call('intake', 'GET', '/kpi-reports/tirana/2024', tirana)).status).toBe(404);
  });

  it('names all three problems of a meeting: an empty title, an unknown format and 30 February', async () => {
    const answer = await call('meetings', 'POST', '/meetings', seesac, {
      meetingId: 'regional-10',
      kind: 'regional_coordination',
      number: 10,
      title: '',
      startDate: '2021-02-30',
      format: { mode: 'carrier_pigeon' },
    });
    expect(answer.status).toBe(400);
    expect(pathsOf(answer.body.problems).sort()).toEqual(expect.arrayContaining(['format.mode', 'startDate', 'title']));
    expect((await call('meetings', 'GET', '/meetings/regional-10', seesac)).status).toBe(404);
  });

  it('names all four problems of a deposit: currency XYZ, amount -5, a float USD amount and month 13; refuses 2021-02-31', async () => {
    const answer = await call('fund', 'POST', '/trust-fund/deposits', agent, {
      depositId: 'sweden-1',
      donorId: 'sweden',
      currency: 'XYZ',
      amount: '-5',
      usdAmount: 1.5,
      rateDate: '2021-13-01',
      rateSource: 'MPTF Office',
      depositedOn: '2021-02-31',
    });
    expect(answer.status).toBe(400);
    expect(pathsOf(answer.body.problems)).toEqual(
      expect.arrayContaining(['currency', 'amount', 'usdAmount', 'rateDate', 'depositedOn']),
    );
    const fund = await call('fund', 'GET', '/trust-fund/fund', analyst);
    expect(fund.body.depositedUsd).toBe('0.00');
  });

  it("refuses years outside the Roadmap's range (2018, the baseline, to 2100) naming the path, and OpenAPI says so", async () => {
    const draft = {
      observations: [{ measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: '3' } }],
    };
    for (const year of [2017, 2101]) {
      const answer = await call('intake', 'POST', `/kpi-reports/tirana/${year}/draft`, tirana, draft);
      expect([year, answer.status, pathsOf(answer.body.problems)]).toEqual([year, 400, ['year']]);
    }
    for (const year of [2018, 2100])
      expect([year, (await call('intake', 'POST', `/kpi-reports/tirana/${year}/draft`, tirana, draft)).status]).toEqual(
        [year, 200],
      );
    const goals = [{ goal: 1, progress: 'Law drafted', challenges: 'none', plans: 'adopt', needsForSupport: 'none' }];
    for (const period of ['2017', '2017-H2', '2101']) {
      const answer = await call('intake', 'POST', `/narrative-reports/tirana/${period}/submission`, tirana, { goals });
      expect([period, answer.status, pathsOf(answer.body.problems)]).toEqual([period, 400, ['period']]);
    }
    const baseline = await call('intake', 'POST', '/narrative-reports/tirana/2018-H1/submission', tirana, { goals });
    expect(baseline.status).toBe(200);
    const early = await call('aggregation', 'GET', '/series/tirana/kpi3_reported_cases?fromYear=2017', analyst);
    expect([early.status, pathsOf(early.body.problems)]).toEqual([400, ['fromYear']]);
    const meeting = await call('meetings', 'POST', '/meetings', seesac, {
      meetingId: 'regional-1',
      kind: 'regional_coordination',
      number: 1,
      title: 'First Regional Roadmap Coordination Meeting',
      startDate: '2019-05-28',
      format: { mode: 'online', platform: 'Zoom' },
      reportingPeriod: '2017-H2',
    });
    expect(meeting.status).toBe(400);
    expect(pathsOf(meeting.body.problems)).toContain('reportingPeriod');
    const docs = await call('intake', 'GET', '/docs/openapi.json', analyst);
    const paths = docs.body.paths as Record<
      string,
      Record<string, { parameters: { name: string; schema: unknown }[] }>
    >;
    const yearParameter = paths['/kpi-reports/{jurisdiction}/{year}/draft'].post.parameters.find(
      (p) => p.name === 'year',
    );
    expect(yearParameter?.schema).toMatchObject({ minimum: 2018, maximum: 2100 });
  });

  it('keeps years, rounds, amounts and texts within the documented bounds, and OpenAPI shows them', async () => {
    const round = await call('intake', 'POST', '/reporting-rounds', seesac, {
      roundNumber: 14,
      label: '14th',
      periodFrom: '2025-01-01',
      periodTo: '2025-06-30',
      dueDate: '2025-07-31',
      reportYear: 20245,
    });
    expect(round.status).toBe(400);
    expect(pathsOf(round.body.problems)).toEqual(['reportYear']);
    const digits = await call('intake', 'POST', '/kpi-reports/tirana/2023/draft', tirana, {
      observations: [
        { measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: '1'.repeat(600_000) } },
      ],
    });
    expect(digits.status).toBe(400);
    expect(pathsOf(digits.body.problems)).toContain('observations[0].value.amount');
    const docs = await call('intake', 'GET', '/docs/openapi.json', analyst);
    const schemas = (
      docs.body.components as { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> }
    ).schemas;
    expect(schemas.OpenReportingRoundDto.properties.reportYear).toMatchObject({ minimum: 2018, maximum: 2100 });
    expect(schemas.ObservationValueDto.properties.amount).toMatchObject({ maxLength: 22 });
    const fundDocs = await call('fund', 'GET', '/docs/openapi.json', analyst);
    const fundSchemas = (
      fundDocs.body.components as typeof docs.body.components as {
        schemas: Record<string, { properties: Record<string, Record<string, unknown>> }>;
      }
    ).schemas;
    expect(fundSchemas.RecordDepositDto.properties.depositedOn).toMatchObject({
      format: 'date',
      pattern: expect.any(String),
    });
    expect(fundSchemas.RecordDepositDto.properties.currency).toMatchObject({
      enum: ['USD', 'EUR', 'GBP', 'SEK', 'NOK', 'CHF'],
    });
  });
});
