import { randomUUID } from 'node:crypto';
import { Lease, EventStore, MongoEventStore, OutboxRelay } from '@salw/event-store';
import { BrokerEventPublisher, deadLetterTopic, KafkaJsClient, MessageProducer } from '@salw/messaging';
import { buildService, MONGO_DB } from '@salw/platform';
import { decodeJwt } from 'jose';
import { TopicReader } from '@salw/messaging';
import { eventually, expectReadyAndDocumented, testInfra, tokenFor, uniqueName } from '@salw/testing';
import { Db, MongoClient } from 'mongodb';
import request from 'supertest';
import { KPI3_003, kpi3Observations, KPI3_YEARS } from '@salw/kpi-catalogue';
import { consumerOf, createAppModule } from '../src/app.module';
import { PROJECTIONS } from '../src/constants';
import { rebuildProjections } from '../src/rebuild';
import { loadKpiAggregationSettings } from '../src/settings';

const reportsTopic = uniqueName('test.reporting.reports.v1');
const infra = testInfra();
const kafka = new KafkaJsClient({ brokers: infra.kafkaBrokers, clientId: 'kpi-aggregation-test' });
const ministry = (jurisdiction: string) => ({
  actor: { subject: `${jurisdiction}-focal-point`, role: 'ministry', jurisdiction },
  correlationId: randomUUID(),
});
const seesacMeta = () => ({ actor: { subject: 'seesac-officer', role: 'seesac' }, correlationId: randomUUID() });

describe('kpi-aggregation: report events through real Kafka into series, totals, indicators, completeness and the regional report', () => {
  const dbName = uniqueName('kpi_aggregation');
  const settings = loadKpiAggregationSettings({
    ...process.env,
    PORT: '0',
    MONGO_DB: dbName,
    REPORTS_TOPIC: reportsTopic,
    KPI_FACTS_TOPIC: uniqueName('test.kpi.facts.v1'),
    KPI_AGGREGATION_GROUP: uniqueName('kpi-aggregation-test'),
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    MONGO_URL: infra.mongoUrl,
    LOG_LEVEL: 'warn',
  });
  const reportingDbName = uniqueName('reporting_fixture');
  let app: Awaited<ReturnType<typeof buildService>>;
  let mongo: MongoClient;
  let reporting: EventStore;
  let relay: OutboxRelay;
  let producer: MessageProducer;
  let analyst: string;
  let seesac: string;

  /** Appends one reporting event (as report-intake would) and lets the relay publish it. */
  async function report(streamId: string, type: string, payload: Record<string, unknown>, meta = seesacMeta()) {
    const version = await reporting.streamVersion(streamId);
    await reporting.append(streamId, version, [{ type, data: payload }], meta);
  }

  async function kpiReport(
    jurisdiction: string,
    year: number,
    revision: number,
    observations: unknown[],
    extra: Record<string, unknown> = {},
  ) {
    const reportId = `kpi-report:${jurisdiction}:${year}`;
    const base = { reportId, jurisdiction, year, revision, roundNumber: year === 2024 ? 13 : undefined };
    await report(
      reportId,
      'KpiReportSubmitted',
      { ...base, late: extra.late === true, observations, warnings: [] },
      ministry(jurisdiction),
    );
    if (extra.returned)
      return report(reportId, 'KpiReportReturnedForRevision', { ...base, comments: 'Please check the adjudications' });
    await report(reportId, 'KpiReportAccepted', { ...base, observations, warnings: extra.warnings ?? [] });
  }

  const get = (path: string) => request(app.getHttpServer()).get(path).set('Authorization', analyst);
  const getAs = (auth: string, path: string) => request(app.getHttpServer()).get(path).set('Authorization', auth);
  const bearer = (role: 'ministry' | 'donor' | 'administrative_agent', jurisdiction?: string) =>
    tokenFor({ role, jurisdiction });
  const number = (amount: string) => ({ kind: 'number', amount });
  const WARNINGS_2024 = [
    { path: 'observations[6]', message: 'Trafficking: 69 convictions in 2022 above the 22 cases reported that year' },
  ];

  // Real tokens of the demo users from the local Keycloak, fetched again before each test when near expiry.
  beforeEach(async () => {
    [analyst, seesac] = await Promise.all([tokenFor({ role: 'analyst' }), tokenFor({ role: 'seesac' })]);
  });

  beforeAll(async () => {
    mongo = await MongoClient.connect(infra.mongoUrl);
    const reportingDb = mongo.db(reportingDbName);
    reporting = new MongoEventStore(reportingDb, { context: 'reporting' });
    await reporting.init();
    producer = await kafka.producer();
    relay = new OutboxRelay(reporting, new BrokerEventPublisher(producer), {
      topic: reportsTopic,
      lease: new Lease(reportingDb, 'relay:reporting', randomUUID()),
      idlePollMs: 20,
    });

    app = await buildService(createAppModule(settings), {
      title: 'kpi-aggregation',
      description: 'test',
      settings: settings.platform,
      consumer: consumerOf(settings),
    });
    await app.startAllMicroservices();
    await app.listen(0, '127.0.0.1');

    await report('reporting-round:13', 'ReportingRoundOpened', {
      roundNumber: 13,
      label: '13th progress report',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      dueDate: '2025-03-31',
      reportYear: 2024,
    });
    for (const year of KPI3_YEARS) {
      const warnings = year === 2024 ? WARNINGS_2024 : [];
      await kpiReport('pristina', year, 1, kpi3Observations(year), { warnings });
    }
    await kpiReport(
      'belgrade',
      2024,
      1,
      [
        {
          measure: 'kpi3_reported_cases',
          dimensions: { offence_category: 'illegal_possession' },
          value: number('100'),
        },
        {
          measure: 'kpi3_solved_with_conviction',
          dimensions: { offence_category: 'illegal_possession' },
          value: number('40'),
        },
      ],
      { late: true },
    );
    await kpiReport('chisinau', 2024, 1, [
      { measure: 'kpi3_reported_cases', dimensions: { offence_category: 'illegal_possession' }, value: number('7') },
    ]);
    await kpiReport(
      'sarajevo',
      2024,
      1,
      [{ measure: 'kpi3_reported_cases', dimensions: { offence_category: 'illegal_possession' }, value: number('55') }],
      { returned: true },
    );
    await report('narrative-report:pristina:2024', 'NarrativeReportAccepted', {
      reportId: 'narrative-report:pristina:2024',
      jurisdiction: 'pristina',
      period: '2024',
      revision: 1,
      roundNumber: 13,
      goals: [
        {
          goal: 2,
          progress: 'Accreditation of several methods of the ballistic lab (ISO 17025) completed',
          challenges: 'Integration of databases',
          plans: 'Real-time data entry',
          needsForSupport: 'Training',
        },
      ],
      unknownField: 'tolerated',
    });
    await report('something:else', 'SomethingNobodyKnows', { hello: 'world' });
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await producer?.disconnect();
    await app?.get<Db>(MONGO_DB).dropDatabase();
    await app?.close();
    await mongo.db(reportingDbName).dropDatabase();
    await mongo.close();
  });

  it('keeps the yearly series of 003 KPI 3 (validated), with "No data" distinct from 0 and from missing', async () => {
    // Every one of the 8 series of 003 (2 offence categories × 4 measures), 2018–2024, validated.
    await eventually(async () => {
      for (const [category, measures] of Object.entries(KPI3_003)) {
        for (const [measure, values] of Object.entries(measures)) {
          const answer = await get(`/series/pristina/${measure}?dimensions=offence_category:${category}`);
          expect(
            answer.body.observations.map((cell: { value?: { kind: string; amount?: string } }) =>
              cell.value?.kind === 'no_data' ? null : Number(cell.value?.amount),
            ),
          ).toEqual(values);
        }
      }
    }, 60_000);
    const body = (await get('/series/pristina/kpi3_reported_cases?dimensions=offence_category:illegal_possession'))
      .body;
    expect(body.observations.map((cell: { value: { amount: string } }) => cell.value.amount)).toEqual([
      '1327',
      '2187',
      '1003',
      '1414',
      '1498',
      '1397',
      '1434',
    ]);
    expect(body.observations[0]).toMatchObject({
      year: 2018,
      state: 'reported',
      status: 'validated',
      reportId: 'kpi-report:pristina:2018',
      revision: 1,
    });
    // Change against the 2018 baseline (003: 1,327 cases in 2018, 1,434 in 2024), exact.
    expect(body.observations[6].changeFromBaseline).toEqual({
      baselineYear: 2018,
      baseline: '1327',
      difference: '107',
      percent: '8.1',
    });
    const fromBaseline2024 = (
      await get('/series/pristina/kpi3_reported_cases?dimensions=offence_category:illegal_possession&fromYear=2024')
    ).body.observations;
    expect(fromBaseline2024[0].changeFromBaseline).toMatchObject({ baseline: '1327', difference: '107' });
    const convictions = (
      await get('/series/pristina/kpi3_solved_with_conviction?dimensions=offence_category:trafficking')
    ).body.observations;
    expect(convictions[0].value).toMatchObject({ kind: 'no_data' });
    expect(convictions.slice(1).map((cell: { value: { amount: string } }) => cell.value.amount)).toEqual([
      '8',
      '0',
      '0',
      '69',
      '0',
      '5',
    ]);
    const provisional = (
      await getAs(
        seesac,
        '/series/pristina/kpi3_reported_cases?dimensions=offence_category:trafficking&view=provisional',
      )
    ).body.observations;
    expect(
      provisional.map((cell: { status: string; value: { amount: string } }) => [cell.status, cell.value.amount])[6],
    ).toEqual(['provisional', '19']);
    await eventually(async () => {
      const belgrade = (
        await get('/series/belgrade/kpi3_reported_cases?dimensions=offence_category:illegal_possession')
      ).body.observations;
      expect(belgrade[0]).toEqual({ year: 2018, state: 'missing' });
      expect(belgrade[6]).toMatchObject({ year: 2024, value: number('100') });
    });
    const none = await get('/series/podgorica/kpi3_reported_cases?dimensions=offence_category:trafficking');
    expect(none.status).toBe(404);
    const bad = await get('/series/atlantis/kpi9_nothing?view=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((problem: { path: string }) => problem.path).sort()).toEqual(['view']);
  }, 90_000);

  it('sums WB6 regional totals exactly, flags a partial total with its coverage, and leaves Chisinau out unless asked', async () => {
    const totals = await eventually(async () => {
      const answer = await get('/regional-totals/kpi3_reported_cases?dimensions=offence_category:illegal_possession');
      const y2024 = answer.body.totals.find((total: { year: number }) => total.year === 2024);
      expect(y2024.total).toBe('1534');
      return answer.body;
    });
    expect(totals.region).toBe('WB6');
    const y2024 = totals.totals.find((total: { year: number }) => total.year === 2024);
    expect(y2024.complete).toBe(false);
    expect(y2024.coverage.contributed.sort()).toEqual(['belgrade', 'pristina']);
    expect(y2024.coverage.missing.sort()).toEqual(['podgorica', 'sarajevo', 'skopje', 'tirana']);
    expect(totals.totals.find((total: { year: number }) => total.year === 2019).total).toBe('2187');
    // Only Pristina reported 2018: the 2019 total (Pristina only) is compared, the 2024 one (with Belgrade) is not.
    expect(totals.totals.find((total: { year: number }) => total.year === 2019).changeFromBaseline).toEqual({
      baselineYear: 2018,
      baseline: '1327',
      difference: '860',
      percent: '64.8',
    });
    expect(y2024.changeFromBaseline).toEqual({
      baselineYear: 2018,
      noBaseline: 'the 2018 total counts other jurisdictions (pristina)',
    });

    await eventually(async () => {
      const withAssociated = await get(
        '/regional-totals/kpi3_reported_cases?dimensions=offence_category:illegal_possession&includeAssociated=true',
      );
      expect(withAssociated.body.totals.find((total: { year: number }) => total.year === 2024).total).toBe('1541');
    });

    const adjudicated2018 = (
      await get(
        '/regional-totals/kpi3_solved_with_conviction?dimensions=offence_category:illegal_possession&toYear=2018',
      )
    ).body.totals[0];
    expect(adjudicated2018).toMatchObject({
      year: 2018,
      total: null,
      complete: false,
      coverage: { contributed: [], noData: ['pristina'] },
    });
  }, 60_000);

  it('computes derived indicators defined as data, exactly, and answers "missing" when a part is missing', async () => {
    const rate = await get(
      '/derived-indicators/conviction_rate?jurisdiction=pristina&dimensions=offence_category:illegal_possession',
    );
    expect(rate.body.values[0]).toMatchObject({
      year: 2018,
      state: 'missing',
      missing: [{ measure: 'kpi3_solved_with_conviction', reason: 'no_data' }],
    });
    expect(rate.body.values[1]).toEqual({ year: 2019, state: 'computed', value: '0.2652' }); // 580 / 2187
    const change = await get(
      '/derived-indicators/reported_cases_change_vs_2018?jurisdiction=pristina&dimensions=offence_category:illegal_possession&toYear=2024',
    );
    expect(change.body.values[6]).toEqual({ year: 2024, state: 'computed', value: '0.0806' }); // (1434 - 1327) / 1327
    expect(change.body.values[2]).toEqual({ year: 2020, state: 'computed', value: '-0.2442' }); // (1003 - 1327) / 1327
    const region = await get(
      '/derived-indicators/conviction_rate?dimensions=offence_category:illegal_possession&fromYear=2024',
    );
    expect(region.body.values[0]).toMatchObject({ year: 2024, state: 'computed', value: '0.4113', complete: false }); // 631 / 1534
    const border = await get('/derived-indicators/border_share_firearms_seized?jurisdiction=pristina&fromYear=2024');
    expect(border.body.values[0]).toMatchObject({ state: 'missing' });
    expect((await get('/derived-indicators')).body.map((item: { code: string }) => item.code)).toContain(
      'border_share_firearms_seized',
    );
  });

  it('reports completeness per round: submitted, accepted, returned, late, missing per jurisdiction', async () => {
    const completeness = await eventually(async () => {
      const answer = await get('/completeness/rounds/13');
      expect(answer.status).toBe(200);
      expect(answer.body.counts.kpi).toEqual({ submitted: 3, accepted: 2, returned: 1, late: 1, missing: 3 });
      expect(answer.body.counts.narrative).toMatchObject({ accepted: 1, missing: 5 });
      return answer.body;
    });
    const tirana = completeness.jurisdictions.find((row: { jurisdiction: string }) => row.jurisdiction === 'tirana');
    expect(tirana.kpiReport).toEqual({ status: 'missing', late: false, overdue: true });
  });

  it('says nothing is overdue in a round without a due date (the seeds give none for the 13th reports): the round says why', async () => {
    await report('reporting-round:113', 'ReportingRoundOpened', {
      roundNumber: 113,
      label: '13th progress reports (no due date)',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      noDueDateReason: 'not in the seeds',
      reportYear: 2024,
    });
    const completeness = await eventually(async () => {
      const answer = await get('/completeness/rounds/113');
      expect(answer.status).toBe(200);
      return answer.body;
    });
    expect(completeness).toMatchObject({ roundNumber: 113, noDueDateReason: 'not in the seeds' });
    expect(completeness).not.toHaveProperty('dueDate');
    const tirana = completeness.jurisdictions.find((row: { jurisdiction: string }) => row.jurisdiction === 'tirana');
    expect(tirana.kpiReport).toEqual({ status: 'missing', late: false });
    expect(JSON.stringify(completeness)).not.toContain('overdue');
  });

  it('publishes one KPI fact per observation of an accepted revision with its provenance, fed by the relay', async () => {
    const reader = await TopicReader.open(kafka, settings.service.KPI_FACTS_TOPIC);
    try {
      const facts = await reader.waitFor(8, (message) => message.key === 'kpi-facts:pristina:2018', 60_000);
      const payloads = facts
        .map((message) => JSON.parse(message.value!))
        .map((envelope) => ({ type: envelope.type, context: envelope.context, ...envelope.payload }));
      expect(payloads.map((fact) => fact.status)).toEqual(Array(8).fill('validated'));
      expect(payloads).toContainEqual(
        expect.objectContaining({
          type: 'KpiFactRecorded',
          context: 'kpi',
          jurisdiction: 'pristina',
          reportId: 'kpi-report:pristina:2018',
          revision: 1,
          status: 'validated',
          year: 2018,
          kpi: 3,
          goals: [2],
          measure: 'kpi3_solved_with_conviction',
          dimensions: { offence_category: 'trafficking' },
          value: expect.objectContaining({ kind: 'no_data' }),
        }),
      );
    } finally {
      await reader.close();
    }
  }, 90_000);

  it('replaces a value with an amended revision while asOf an earlier date still returns the old one, with its history', async () => {
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const reportId = 'kpi-report:pristina:2024';
    const amended = kpi3Observations(2024).map((item) =>
      item.measure === 'kpi3_reported_cases' && item.dimensions.offence_category === 'illegal_possession'
        ? { ...item, value: number('1440') }
        : item,
    );
    await report(
      reportId,
      'KpiReportAmendmentStarted',
      { reportId, jurisdiction: 'pristina', year: 2024, revision: 2, basedOnRevision: 1, reason: 'Late court data' },
      ministry('pristina'),
    );
    await kpiReport('pristina', 2024, 2, amended, { warnings: WARNINGS_2024 });
    const path = '/series/pristina/kpi3_reported_cases?dimensions=offence_category:illegal_possession&fromYear=2024';
    await eventually(async () =>
      expect((await get(path)).body.observations[0]).toMatchObject({ value: number('1440'), revision: 2 }),
    );
    expect((await get(`${path}&asOf=${before}`)).body.observations[0]).toMatchObject({
      value: number('1434'),
      revision: 1,
    });
    const versionsOf = (history: { status: string; revision: number; value: { amount: string } }[]) =>
      history.map((version) => [version.status, version.revision, version.value.amount]);
    expect(versionsOf((await getAs(seesac, `${path}&includeHistory=true`)).body.observations[0].history)).toEqual([
      ['provisional', 1, '1434'],
      ['validated', 1, '1434'],
      ['provisional', 2, '1440'],
      ['validated', 2, '1440'],
    ]);
    expect(versionsOf((await get(`${path}&includeHistory=true`)).body.observations[0].history)).toEqual([
      ['validated', 1, '1434'],
      ['validated', 2, '1440'],
    ]);
    const changed = await get(
      `/series/pristina/kpi3_reported_cases?dimensions=offence_category:illegal_possession&updatedAfter=${before}`,
    );
    expect(changed.body.observations.map((cell: { year: number }) => cell.year)).toEqual([2024]);
    const totalThen = await get(
      `/regional-totals/kpi3_reported_cases?dimensions=offence_category:illegal_possession&fromYear=2024&asOf=${before}`,
    );
    expect(totalThen.body.totals[0].total).toBe('1534');
    expect(
      (await get('/regional-totals/kpi3_reported_cases?dimensions=offence_category:illegal_possession&fromYear=2024'))
        .body.totals[0].total,
    ).toBe('1540');
  }, 60_000);

  it('sends a poison event to the dead-letter topic and goes on with the others', async () => {
    const dead = await TopicReader.open(kafka, deadLetterTopic(settings.service.KPI_AGGREGATION_GROUP));
    try {
      await report('kpi-report:tirana:2024', 'KpiReportSubmitted', {
        reportId: 'kpi-report:tirana:2024',
        jurisdiction: 'tirana',
        year: 2024,
        revision: 1,
        late: false,
        observations: 'not a list',
        warnings: [],
      });
      await kpiReport('skopje', 2024, 1, [
        { measure: 'kpi3_reported_cases', dimensions: { offence_category: 'illegal_possession' }, value: number('60') },
      ]);
      const [parked] = await dead.waitFor(1, undefined, 60_000);
      expect(JSON.parse(parked.value!).reason).toContain('KpiReportSubmitted.observations from JSON: expected Array');
      await eventually(async () =>
        expect(
          (await get('/series/skopje/kpi3_reported_cases?dimensions=offence_category:illegal_possession&fromYear=2024'))
            .body.observations[0].value,
        ).toEqual(number('60')),
      );
      expect(
        (await get('/series/tirana/kpi3_reported_cases?dimensions=offence_category:illegal_possession')).status,
      ).toBe(404);
    } finally {
      await dead.close();
    }
  }, 90_000);

  it('compiles the regional report of a round (JSON, CSV, RegionalReportCompiled) and the demo seed does it over REST', async () => {
    const json = (await get('/regional-reports/13')).body;
    // KPIs 10–13 serve Goals 4&5 and 6&7 (003): listed once, under the first, and pointed to from the second.
    const listed = json.goals.flatMap((goal: { kpis: { kpi: number }[] }) => goal.kpis.map((kpi) => kpi.kpi));
    expect(listed.filter((kpi: number) => kpi >= 10 && kpi <= 13)).toEqual([10, 11, 12, 13]);
    expect(json.goals.find((goal: { goal: number }) => goal.goal === 5).kpisListedUnder).toEqual([
      { kpi: 10, goal: 4 },
      { kpi: 11, goal: 4 },
    ]);
    const goal2 = json.goals.find((goal: { goal: number }) => goal.goal === 2);
    const kpi3 = goal2.kpis.find((kpi: { kpi: number }) => kpi.kpi === 3);
    const table = kpi3.tables.find(
      (item: { measure: string; dimensions: Record<string, string> }) =>
        item.measure === 'kpi3_solved_with_conviction' && item.dimensions.offence_category === 'illegal_possession',
    );
    expect(table.series.pristina['2018']).toMatchObject({ kind: 'no_data' });
    expect(table.series.pristina['2019']).toEqual(number('580'));
    expect(table.changeFromBaseline.pristina['2019']).toEqual({
      baselineYear: 2018,
      noBaseline: 'the 2018 baseline is "No data"',
    });
    const cases = kpi3.tables.find(
      (item: { measure: string; dimensions: Record<string, string> }) =>
        item.measure === 'kpi3_reported_cases' && item.dimensions.offence_category === 'trafficking',
    );
    expect(cases.changeFromBaseline.pristina['2024']).toEqual({
      baselineYear: 2018,
      baseline: '19',
      difference: '0',
      percent: '0.0',
    });
    expect(goal2.narrativeHighlights[0]).toMatchObject({ jurisdiction: 'pristina', needsForSupport: 'Training' });
    expect(json.warnings).toContainEqual(
      expect.objectContaining({ jurisdiction: 'pristina', message: expect.stringContaining('69 convictions') }),
    );
    const csv = await get('/regional-reports/13/csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain(
      '13,2,3,kpi3_solved_with_conviction,offence_category:illegal_possession,pristina,2018,no_data,',
    );
    expect(csv.text).toMatch(
      /13,2,3,kpi3_reported_cases,offence_category:illegal_possession,WB6,2024,number,1600,false,belgrade;pristina;skopje,podgorica;sarajevo;tirana,/,
    );

    expect(
      (await request(app.getHttpServer()).post('/regional-reports/13/compile').set('Authorization', analyst)).status,
    ).toBe(403);
    const { seedDemo } = await import('../src/demo/seed');
    const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const summary = await seedDemo(baseUrl, seesac.replace('Bearer ', ''));
    expect(summary).toMatchObject({ round: 13, compiled: true });
    const again = await seedDemo(baseUrl, seesac.replace('Bearer ', ''));
    expect(again.etag).toBe(summary.etag);
    const reader = await TopicReader.open(kafka, settings.service.KPI_FACTS_TOPIC);
    try {
      const [compiled] = await reader.waitFor(1, (message) => message.key === 'regional-report:13', 60_000);
      expect(JSON.parse(compiled.value!).payload).toMatchObject({
        roundNumber: 13,
        kpiReportsAccepted: 3,
        compiledBy: decodeJwt(seesac.replace('Bearer ', '')).sub,
      });
    } finally {
      await reader.close();
    }
  }, 90_000);

  it('rebuilds every projection from the topic to the same state as the live one', async () => {
    const db = app.get<Db>(MONGO_DB);
    // Versions of a series may arrive from several partitions in another order: the order carries no meaning.
    const byTime = (a: { recordedAt: string; eventId: string }, b: { recordedAt: string; eventId: string }) =>
      a.recordedAt.localeCompare(b.recordedAt) || a.eventId.localeCompare(b.eventId);
    const normal = (doc: Record<string, unknown>) =>
      Array.isArray(doc.versions) ? { ...doc, versions: [...doc.versions].sort(byTime) } : doc;
    const snapshot = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.values(PROJECTIONS).map(
            async (name) => [name, (await db.collection(name).find().sort({ _id: 1 }).toArray()).map(normal)] as const,
          ),
        ),
      );
    const live = await snapshot();
    expect(live.kpi_series).toHaveLength(13); // pristina 8, belgrade 2, chisinau, sarajevo, skopje
    const result = await rebuildProjections(db, kafka, [reportsTopic]);
    expect(result.poison).toBe(1);
    expect(await snapshot()).toEqual(live);
  }, 90_000);

  it('shows submitted but unaccepted values only to SEESAC and the owning ministry, and never on the facts topic or in the regional report', async () => {
    const reader = await TopicReader.open(kafka, settings.service.KPI_FACTS_TOPIC);
    try {
      // Skopje 2024 was accepted at 60 (dead-letter test); its amendment is submitted at 777 and not accepted yet.
      const skopje = 'kpi-report:skopje:2024';
      const base = { reportId: skopje, jurisdiction: 'skopje', year: 2024, revision: 2, roundNumber: 13 };
      await report(
        skopje,
        'KpiReportAmendmentStarted',
        { ...base, basedOnRevision: 1, reason: 'police figures' },
        ministry('skopje'),
      );
      await report(
        skopje,
        'KpiReportSubmitted',
        {
          ...base,
          late: false,
          observations: [
            {
              measure: 'kpi3_reported_cases',
              dimensions: { offence_category: 'illegal_possession' },
              value: number('777'),
            },
          ],
          warnings: [{ path: 'observations[0]', message: 'Skopje unaccepted warning: 777 cases' }],
        },
        ministry('skopje'),
      );
      const narrative = 'narrative-report:pristina:2024'; // accepted as revision 1 (beforeAll); revision 2 submitted only
      await report(
        narrative,
        'NarrativeReportSubmitted',
        {
          reportId: narrative,
          jurisdiction: 'pristina',
          period: '2024',
          revision: 2,
          roundNumber: 13,
          late: false,
          goals: [
            {
              goal: 2,
              progress: 'Unaccepted progress text',
              challenges: '',
              plans: '',
              needsForSupport: 'Unaccepted need',
            },
          ],
        },
        ministry('pristina'),
      );
      // Then an accepted report: its fact is published after any fact of the above would have been.
      await kpiReport('podgorica', 2024, 1, [
        { measure: 'kpi3_reported_cases', dimensions: { offence_category: 'illegal_possession' }, value: number('12') },
      ]);

      const series =
        '/series/skopje/kpi3_reported_cases?dimensions=offence_category:illegal_possession&fromYear=2024&toYear=2024';
      const skopjeMinistry = await bearer('ministry', 'skopje');
      await eventually(async () =>
        expect((await getAs(skopjeMinistry, `${series}&view=latest`)).body.observations[0]).toMatchObject({
          value: number('777'),
          status: 'provisional',
          revision: 2,
        }),
      );
      expect((await getAs(seesac, `${series}&view=provisional`)).body.observations[0].value).toEqual(number('777'));
      await eventually(async () =>
        expect(
          (await get('/completeness/rounds/13')).body.jurisdictions.find(
            (row: { jurisdiction: string }) => row.jurisdiction === 'pristina',
          ).narrativeReport.status,
        ).toBe('submitted'),
      );
      // The regional report (read by all) integrates accepted revisions only: no unaccepted warning, value or narrative.
      const regional = (await get('/regional-reports/13')).body;
      expect(JSON.stringify(regional)).not.toMatch(/777|Unaccepted/);
      const goal2 = regional.goals.find((goal: { goal: number }) => goal.goal === 2);
      expect(goal2.narrativeHighlights).toEqual([
        expect.objectContaining({ jurisdiction: 'pristina', needsForSupport: 'Training' }),
      ]);

      for (const other of [
        await bearer('ministry', 'belgrade'),
        analyst,
        await bearer('donor'),
        await bearer('administrative_agent'),
      ]) {
        for (const view of ['provisional', 'latest']) {
          const refused = await getAs(other, `${series}&view=${view}`);
          expect(refused.status).toBe(403);
          expect(refused.body.message).toContain(
            `The ${view} view of skopje is readable by SEESAC and the skopje ministry only`,
          );
          expect(
            (await getAs(other, `/derived-indicators/conviction_rate?jurisdiction=skopje&view=${view}`)).status,
          ).toBe(403);
        }
        const withHistory = await getAs(other, `${series}&includeHistory=true`);
        expect(withHistory.status).toBe(200);
        expect(withHistory.body.observations[0]).toMatchObject({ value: number('60'), status: 'validated' });
        expect(withHistory.body.observations[0].history.map((version: { status: string }) => version.status)).toEqual([
          'validated',
        ]);
        expect(JSON.stringify(withHistory.body)).not.toContain('777');
      }
      // Regional figures mix every jurisdiction's values: an unaccepted view of them is SEESAC's only.
      const totals =
        '/regional-totals/kpi3_reported_cases?dimensions=offence_category:illegal_possession&fromYear=2024&toYear=2024&view=latest';
      expect((await getAs(skopjeMinistry, totals)).status).toBe(403);
      expect((await getAs(analyst, totals)).status).toBe(403);
      expect((await getAs(skopjeMinistry, '/derived-indicators/conviction_rate?view=provisional')).status).toBe(403);
      expect(
        (await getAs(skopjeMinistry, '/derived-indicators/conviction_rate?jurisdiction=skopje&view=latest')).status,
      ).toBe(200);
      await eventually(async () =>
        expect((await getAs(seesac, totals)).body.totals[0].coverage.contributed).toContain('podgorica'),
      );
      expect((await getAs(seesac, totals)).body.totals[0].total).toBe('2384'); // pristina 1440, belgrade 100, skopje 777, podgorica 12, sarajevo 55 (returned)

      await reader.waitFor(1, (message) => message.key === 'kpi-facts:podgorica:2024', 60_000);
      const facts = reader.messages
        .map((message) => JSON.parse(message.value!))
        .filter((envelope) => envelope.type === 'KpiFactRecorded');
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.filter((envelope) => envelope.payload.status !== 'validated')).toEqual([]);
      expect(
        facts
          .filter((envelope) => envelope.payload.jurisdiction === 'skopje')
          .map((envelope) => envelope.payload.value),
      ).toEqual([number('60')]);
    } finally {
      await reader.close();
    }
  }, 90_000);

  it('never sums percentages into a regional total (KPI 14: 80 and 75, not "155") and counts statuses per status (KPI 7 FFPs)', async () => {
    const status = (value: string) => ({ kind: 'status', status: value });
    await kpiReport('podgorica', 2021, 1, [
      { measure: 'kpi14_feeling_safe', dimensions: {}, value: number('80') },
      { measure: 'kpi7_ffp_status', dimensions: {}, value: status('operational') },
    ]);
    await kpiReport('sarajevo', 2021, 1, [
      { measure: 'kpi14_feeling_safe', dimensions: {}, value: number('75') },
      { measure: 'kpi7_ffp_status', dimensions: {}, value: status('established') },
    ]);
    const feelingSafe = await eventually(async () => {
      const [total] = (await get('/regional-totals/kpi14_feeling_safe?fromYear=2021&toYear=2021')).body.totals;
      expect(total.coverage.contributed).toEqual(['podgorica', 'sarajevo']);
      return total;
    });
    expect(feelingSafe).toMatchObject({
      year: 2021,
      aggregation: 'not_additive',
      total: null,
      complete: false,
      note: expect.stringContaining('not added up'),
    });
    const ffps = await eventually(async () => {
      const [total] = (await get('/regional-totals/kpi7_ffp_status?fromYear=2021&toYear=2021')).body.totals;
      expect(total.coverage.contributed).toEqual(['podgorica', 'sarajevo']);
      return total;
    });
    expect(ffps).toMatchObject({
      aggregation: 'count_by_status',
      total: null,
      countsByStatus: { not_established: 0, established: 1, operational: 1 },
      coverage: { noData: [] },
    });
  }, 60_000);

  it('reads the regional report again exactly as compiled, and shows a later amendment as a difference', async () => {
    const { contentHash } = await import('../src/read-models/regional-report/regional-report');
    const first = await get('/regional-reports/13/compiled');
    expect(first.status).toBe(200);
    expect(contentHash(first.body.report)).toBe(first.body.compiled.contentSha256);
    expect((await get('/regional-reports/14/compiled')).status).toBe(404);
    // Compile now, then amend Podgorica 2024 (12 accepted, 13 after the amendment): the frozen report keeps 12.
    expect(
      (await request(app.getHttpServer()).post('/regional-reports/13/compile').set('Authorization', seesac)).status,
    ).toBe(201);
    const frozen = (await get('/regional-reports/13/compiled')).body;
    expect(frozen.changedSince).toEqual([]);
    await kpiReport('podgorica', 2024, 2, [
      { measure: 'kpi3_reported_cases', dimensions: { offence_category: 'illegal_possession' }, value: number('13') },
    ]);
    const later = await eventually(async () => {
      const answer = (await get('/regional-reports/13/compiled')).body;
      expect(answer.changedSince).toHaveLength(1);
      return answer;
    });
    expect(later.changedSince[0]).toEqual({
      kpi: 3,
      measure: 'kpi3_reported_cases',
      dimensions: { offence_category: 'illegal_possession' },
      jurisdiction: 'podgorica',
      year: '2024',
      compiled: number('12'),
      now: number('13'),
    });
    expect(later.report).toEqual(frozen.report);
    const table = later.report.goals
      .find((goal: { goal: number }) => goal.goal === 2)
      .kpis.find((kpi: { kpi: number }) => kpi.kpi === 3)
      .tables.find(
        (item: { measure: string; dimensions: Record<string, string> }) =>
          item.measure === 'kpi3_reported_cases' && item.dimensions.offence_category === 'illegal_possession',
      );
    expect(table.series.podgorica['2024']).toEqual(number('12'));
  }, 60_000);

  it('serves health and documents its routes in OpenAPI', async () => {
    await expectReadyAndDocumented(
      () => request(app.getHttpServer()),
      [
        '/series/{jurisdiction}/{measure}',
        '/regional-totals/{measure}',
        '/regional-reports/{round}/csv',
        '/completeness/rounds/{round}',
      ],
    );
    expect((await request(app.getHttpServer()).get('/series/pristina/kpi3_reported_cases')).status).toBe(401);
  });
});
