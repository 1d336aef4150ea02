import { EnvelopeJson } from '@salw/contracts';
import { IncomingMessage, KafkaJsClient, TopicReader } from '@salw/messaging';
import { eventually, oidcEnv, testInfra, tokenFor, uniqueName } from '@salw/testing';
import { MongoClient } from 'mongodb';
import { ServiceProcess } from './service-process';

/**
 * A ministry's KPI report travels through the platform as in production: report-intake and kpi-aggregation run as
 * separate OS processes, talk only through (this run's own) Kafka topics, and are driven over REST.
 * Everything is private to the run: databases, ports, topics and consumer group, so a developer's `make up`
 * platform (ports 3001-3004, real topics, group `kpi-aggregation`) sees none of it. The tokens are real ones
 * from the local Keycloak, which both processes verify against the issuer's published keys.
 */
const infra = testInfra();
const run = uniqueName('e2e');
const reportsTopic = `${run}.reporting.reports.v1`;
const factsTopic = `${run}.kpi.facts.v1`;
const group = `${run}.kpi-aggregation`;
const databases = { intake: uniqueName('e2e_report_intake'), aggregation: uniqueName('e2e_kpi_aggregation') };
const common = {
  KAFKA_BROKERS: infra.kafkaBrokers.join(','),
  MONGO_URL: infra.mongoUrl,
  LOG_LEVEL: 'warn',
};

let tirana: string, belgrade: string, seesac: string, analyst: string;
beforeEach(async () => {
  [tirana, belgrade, seesac, analyst] = await Promise.all([
    tokenFor({ role: 'ministry', jurisdiction: 'tirana' }),
    tokenFor({ role: 'ministry', jurisdiction: 'belgrade' }),
    tokenFor({ role: 'seesac' }),
    tokenFor({ role: 'analyst' }),
  ]);
});

const number = (amount: string) => ({ kind: 'number', amount });
const NO_DATA = { kind: 'no_data', reason: 'Court statistics for 2024 not yet published' };
/** The report Tirana sends: a KPI 3 total, a breakdown by offence category, and an explicit "no data". */
const DRAFT = [
  { measure: 'kpi3_reported_cases', dimensions: {}, value: number('30') },
  { measure: 'kpi3_reported_cases', dimensions: { offence_category: 'trafficking' }, value: number('12') },
];
const COMPLETION = [
  { measure: 'kpi3_solved_with_conviction', dimensions: { offence_category: 'trafficking' }, value: NO_DATA },
];
const REPORT_ID = 'kpi-report:tirana:2024';

const parse = (message: IncomingMessage) =>
  JSON.parse(message.value ?? 'null') as EnvelopeJson<Record<string, unknown>>;

describe('e2e: a ministry report becomes validated national and regional figures (report-intake → Kafka → kpi-aggregation)', () => {
  let intake: ServiceProcess | undefined;
  let aggregation: ServiceProcess | undefined;
  let reportsReader: TopicReader | undefined;
  let factsReader: TopicReader | undefined;
  const kafka = new KafkaJsClient({ brokers: infra.kafkaBrokers, clientId: `${run}-analyst` });

  /** Calls a running service over HTTP with a bearer token; JSON in, JSON out. */
  async function call(
    service: ServiceProcess | undefined,
    method: 'GET' | 'POST',
    path: string,
    token: string,
    body?: unknown,
  ) {
    if (!service) throw new Error('service not started');
    const answer = await fetch(`${service.baseUrl}${path}`, {
      method,
      headers: { Authorization: token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await answer.text();
    return { status: answer.status, headers: answer.headers, body: text ? JSON.parse(text) : undefined };
  }
  /** Waits for something the services do asynchronously; a failure carries the error lines both processes logged. */
  const withLogs = <T>(waiting: Promise<T>) =>
    waiting.catch((error: Error) => {
      throw new Error(
        `${error.message}\n--- report-intake errors ---\n${intake?.errors().join('\n')}\n--- kpi-aggregation errors ---\n${aggregation?.errors().join('\n')}`,
      );
    });

  beforeAll(async () => {
    // Assigned one by one, so afterAll stops whatever did start even when another start failed.
    const started = await Promise.allSettled([
      ServiceProcess.start({
        service: 'report-intake',
        env: { ...common, ...oidcEnv('report-intake'), MONGO_DB: databases.intake, REPORTS_TOPIC: reportsTopic },
      }).then((service) => (intake = service)),
      ServiceProcess.start({
        service: 'kpi-aggregation',
        env: {
          ...common,
          ...oidcEnv('kpi-aggregation'),
          MONGO_DB: databases.aggregation,
          REPORTS_TOPIC: reportsTopic,
          KPI_FACTS_TOPIC: factsTopic,
          KPI_AGGREGATION_GROUP: group,
        },
      }).then((service) => (aggregation = service)),
      TopicReader.open(kafka, reportsTopic).then((reader) => (reportsReader = reader)),
      TopicReader.open(kafka, factsTopic).then((reader) => (factsReader = reader)),
    ]);
    const failures = started.flatMap((result) => (result.status === 'rejected' ? [result.reason as Error] : []));
    if (failures.length > 0) throw new Error(failures.map((error) => error.message).join('\n'));
  }, 90_000);

  afterAll(async () => {
    const [intakeEnd, aggregationEnd] = await Promise.all([
      intake?.stop(),
      aggregation?.stop(),
      reportsReader?.close(),
      factsReader?.close(),
    ]);
    if (intakeEnd === 'killed' || aggregationEnd === 'killed')
      console.warn(`SIGKILL needed: report-intake ${intakeEnd}, kpi-aggregation ${aggregationEnd}`);
    const mongo = await MongoClient.connect(infra.mongoUrl);
    try {
      await Promise.all(Object.values(databases).map((name) => mongo.db(name).dropDatabase()));
    } finally {
      await mongo.close();
    }
    const admin = await kafka.admin();
    await admin.deleteGroup(group).finally(() => admin.disconnect());
  }, 60_000);

  it('runs both services as their own processes on free ports, not the platform defaults', () => {
    for (const service of [intake, aggregation]) {
      expect(service?.pid).toEqual(expect.any(Number));
      expect(service?.pid).not.toBe(process.pid);
    }
    expect([3001, 3002, 3003, 3004]).not.toContain(Number(new URL(intake!.baseUrl).port));
    expect([3001, 3002, 3003, 3004]).not.toContain(Number(new URL(aggregation!.baseUrl).port));
  });

  it('refuses a Belgrade ministry writing for Tirana with 403 from the report-intake process', async () => {
    const draft = await call(intake, 'POST', '/kpi-reports/tirana/2023/draft', belgrade, {
      observations: [{ measure: 'kpi3_reported_individuals', dimensions: {}, value: number('999') }],
    });
    expect(draft.status).toBe(403);
    const submission = await call(intake, 'POST', '/kpi-reports/tirana/2024/submission', belgrade, {
      observations: [{ measure: 'kpi3_reported_cases', dimensions: {}, value: number('999') }],
    });
    expect(submission.status).toBe(403);
    expect((await call(intake, 'GET', '/kpi-reports/tirana/2023', seesac)).status).toBe(404);
    expect((await call(intake, 'GET', '/kpi-reports/tirana/2024', seesac)).status).toBe(404);
  });

  it('lets Tirana save a draft and submit it, and SEESAC accept it, over REST', async () => {
    const draft = await call(intake, 'POST', '/kpi-reports/tirana/2024/draft', tirana, { observations: DRAFT });
    expect(draft.status).toBe(200);
    expect(draft.body.current).toMatchObject({ revision: 1, status: 'draft' });

    const submitted = await call(intake, 'POST', '/kpi-reports/tirana/2024/submission', tirana, {
      observations: COMPLETION,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.current).toMatchObject({ revision: 1, status: 'submitted' });
    expect(submitted.body.current.observations).toEqual([...DRAFT, ...COMPLETION]);

    expect((await call(intake, 'POST', '/kpi-reports/tirana/2024/acceptance', tirana, {})).status).toBe(403);
    const accepted = await call(intake, 'POST', '/kpi-reports/tirana/2024/acceptance', seesac, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.current).toMatchObject({ revision: 1, status: 'accepted' });
  });

  it('serves exactly the submitted values from kpi-aggregation, validated, with "no data" kept as "no data" (not 0)', async () => {
    const series = (query: string) => call(aggregation, 'GET', `/series/tirana/${query}`, analyst);
    const total = await withLogs(
      eventually(async () => {
        const answer = await series('kpi3_reported_cases?fromYear=2024&toYear=2024');
        expect(answer.status).toBe(200);
        expect(answer.body.observations).toEqual([
          expect.objectContaining({
            year: 2024,
            state: 'reported',
            status: 'validated',
            reportId: REPORT_ID,
            revision: 1,
            value: number('30'),
          }),
        ]);
        return answer.body;
      }, 60_000),
    );
    expect(total).toMatchObject({
      jurisdiction: 'tirana',
      measure: 'kpi3_reported_cases',
      kpi: 3,
      dimensions: {},
      view: 'validated',
    });

    const whole = (await series('kpi3_reported_cases')).body.observations;
    expect(whole.map((cell: { year: number; state: string }) => [cell.year, cell.state])).toEqual([
      [2018, 'missing'],
      [2019, 'missing'],
      [2020, 'missing'],
      [2021, 'missing'],
      [2022, 'missing'],
      [2023, 'missing'],
      [2024, 'reported'],
    ]);

    const trafficking = (
      await series('kpi3_reported_cases?dimensions=offence_category:trafficking&fromYear=2024&toYear=2024')
    ).body.observations;
    expect(trafficking).toEqual([
      expect.objectContaining({ year: 2024, status: 'validated', reportId: REPORT_ID, value: number('12') }),
    ]);

    const convictions = await eventually(async () => {
      const answer = await series(
        'kpi3_solved_with_conviction?dimensions=offence_category:trafficking&fromYear=2024&toYear=2024',
      );
      expect(answer.body.observations[0]).toMatchObject({
        year: 2024,
        state: 'reported',
        status: 'validated',
        reportId: REPORT_ID,
      });
      return answer.body.observations[0];
    });
    expect(convictions.value).toMatchObject({ kind: 'no_data', reason: NO_DATA.reason });
    expect(convictions.value).not.toHaveProperty('amount');

    const historyFor = async (auth: string) =>
      (
        await call(
          aggregation,
          'GET',
          '/series/tirana/kpi3_reported_cases?fromYear=2024&toYear=2024&includeHistory=true',
          auth,
        )
      ).body.observations[0].history.map((version: { status: string; revision: number; value: { amount: string } }) => [
        version.status,
        version.revision,
        version.value.amount,
      ]);
    // The submitted version is Tirana's and SEESAC's to see; an analyst's history holds the accepted one only.
    expect(await historyFor(seesac)).toEqual([
      ['provisional', 1, '30'],
      ['validated', 1, '30'],
    ]);
    expect(await historyFor(analyst)).toEqual([['validated', 1, '30']]);
  }, 90_000);

  it('shows the values in the WB6 regional totals, with Tirana as the only contributor and "no data" never summed as 0', async () => {
    const totals = (
      await call(aggregation, 'GET', '/regional-totals/kpi3_reported_cases?fromYear=2024&toYear=2024', analyst)
    ).body.totals;
    expect(totals).toEqual([expect.objectContaining({ year: 2024, total: '30', complete: false })]);
    expect(totals[0].coverage.contributed).toEqual(['tirana']);
    expect([...totals[0].coverage.missing].sort()).toEqual(['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje']);

    const adjudicated = (
      await call(
        aggregation,
        'GET',
        '/regional-totals/kpi3_solved_with_conviction?dimensions=offence_category:trafficking&fromYear=2024&toYear=2024',
        analyst,
      )
    ).body.totals[0];
    expect(adjudicated).toMatchObject({
      year: 2024,
      total: null,
      complete: false,
      coverage: { contributed: [], noData: ['tirana'] },
    });
  });

  it("publishes KpiFactRecorded on this run's facts topic for an analyst's consumer: jurisdiction, report id and accepted values only", async () => {
    const facts = await withLogs(factsReader!.waitFor(3, (message) => message.key === 'kpi-facts:tirana:2024', 60_000));
    const payloads: Record<string, unknown>[] = facts
      .map(parse)
      .map((envelope) => ({ type: envelope.type, context: envelope.context, ...envelope.payload }));
    expect(payloads.map((fact) => fact.type)).toEqual(Array(3).fill('KpiFactRecorded'));
    const validated = payloads.filter((fact) => fact.status === 'validated');
    expect(validated).toHaveLength(3);
    for (const fact of validated)
      expect(fact).toMatchObject({
        context: 'kpi',
        jurisdiction: 'tirana',
        reportId: REPORT_ID,
        revision: 1,
        year: 2024,
        kpi: 3,
      });
    const key = (fact: Record<string, unknown>) => `${fact.measure}|${JSON.stringify(fact.dimensions)}`;
    expect(validated.map((fact) => [key(fact), fact.value]).sort()).toEqual(
      [...DRAFT, ...COMPLETION]
        .map((observation) => [key(observation), expect.objectContaining(observation.value)])
        .sort(),
    );
    // Analysts subscribe to the topic: the submitted (unaccepted) values never reach it.
    expect(
      factsReader!.messages
        .map(parse)
        .filter((envelope) => envelope.type === 'KpiFactRecorded' && envelope.payload.status !== 'validated'),
    ).toEqual([]);
  }, 90_000);

  it("lets nothing of Belgrade's refused attempts reach the topic or kpi-aggregation", async () => {
    const reportEvents = reportsReader!.messages.map(parse);
    // The refused attempts came first: everything published after them (Tirana's report) has arrived.
    // Each event names its actor: Tirana's ministry system by its client id, the SEESAC officer by name.
    expect(reportEvents.map((event) => [event.streamId, event.type, event.actor.name])).toEqual([
      [REPORT_ID, 'KpiReportDraftSaved', 'ministry-tirana'],
      [REPORT_ID, 'KpiReportDraftSaved', 'ministry-tirana'],
      [REPORT_ID, 'KpiReportSubmitted', 'ministry-tirana'],
      [REPORT_ID, 'KpiReportAccepted', 'Sara Officer'],
    ]);
    expect(reportEvents.map((event) => event.streamId)).not.toContain('kpi-report:tirana:2023');
    expect(reportEvents.filter((event) => event.actor.jurisdiction === 'belgrade')).toEqual([]);
    expect(factsReader!.messages.map((message) => message.key)).not.toContain('kpi-facts:tirana:2023');
    // Belgrade tried to send 999s: no fact carries that value (ids and times may contain "999": compare the values).
    const factValues = factsReader!.messages.map(
      (message) => (parse(message).payload.value as { amount?: string } | undefined)?.amount,
    );
    expect(factValues).not.toContain('999');
    expect(factValues.length).toBeGreaterThan(0);
    expect((await call(aggregation, 'GET', '/series/tirana/kpi3_reported_individuals', analyst)).status).toBe(404);
    // Unaccepted values: SEESAC and Tirana's ministry only.
    expect(
      (await call(aggregation, 'GET', '/series/tirana/kpi3_reported_cases?view=provisional', analyst)).status,
    ).toBe(403);
    const provisional = (
      await call(aggregation, 'GET', '/series/tirana/kpi3_reported_cases?view=provisional&includeHistory=true', seesac)
    ).body.observations;
    expect(
      provisional
        .filter((cell: { state: string }) => cell.state === 'reported')
        .map((cell: { year: number; value: { amount: string } }) => [cell.year, cell.value.amount]),
    ).toEqual([[2024, '30']]);
  });
});
