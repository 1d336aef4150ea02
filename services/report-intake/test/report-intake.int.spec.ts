import { EnvelopeJson } from '@salw/contracts';
import { catalogue } from '@salw/kpi-catalogue';
import { EventStore } from '@salw/event-store';
import { KafkaJsClient, TopicReader } from '@salw/messaging';
import { buildService, EVENT_STORE, MONGO_DB } from '@salw/platform';
import { eventually, expectReadyAndDocumented, testInfra, tokenFor, uniqueName } from '@salw/testing';
import type { Db } from 'mongodb';
import request from 'supertest';
import { createAppModule, SERVICE_DESCRIPTION, SERVICE_TITLE, TEXT_BODIES } from '../src/app.module';
import { PRISTINA_NARRATIVE_003 } from '../src/demo/narrative-003';
import { DEMO_ROUND } from '../src/demo/seed';
import { demoObservations, seedDemo } from '../src/demo/seed';
import { loadReportIntakeSettings } from '../src/settings';

jest.setTimeout(60_000);

const infra = testInfra();
const settings = loadReportIntakeSettings({
  ...process.env,
  PORT: '0',
  KAFKA_BROKERS: infra.kafkaBrokers.join(','),
  MONGO_URL: infra.mongoUrl,
  MONGO_DB: uniqueName('report_intake'),
  REPORTS_TOPIC: uniqueName('test.reporting.reports.v1'),
  IMPORT_JOB_THRESHOLD: '20',
  LOG_LEVEL: 'warn',
});
// Real tokens from the local Keycloak, fetched again before each test when near expiry.
let ministry: string, belgrade: string, seesac: string, analyst: string;
beforeEach(async () => {
  [ministry, belgrade, seesac, analyst] = await Promise.all([
    tokenFor({ role: 'ministry', jurisdiction: 'podgorica' }),
    tokenFor({ role: 'ministry', jurisdiction: 'belgrade' }),
    tokenFor({ role: 'seesac' }),
    tokenFor({ role: 'analyst' }),
  ]);
});

const obs = (measure: string, category: string | undefined, amount: string) => ({
  measure,
  dimensions: category ? { offence_category: category } : {},
  value: { kind: 'number', amount },
});
const parse = (value: string | null) => JSON.parse(value ?? 'null') as EnvelopeJson;

describe('report-intake on the real broker and database', () => {
  let app: Awaited<ReturnType<typeof buildService>>;
  let reader: TopicReader;
  let store: EventStore;
  const http = () => request(app.getHttpServer());
  const eventsOf = (streamId: string) => reader.messages.filter((m) => m.key === streamId).map((m) => parse(m.value));

  beforeAll(async () => {
    reader = await TopicReader.open(
      new KafkaJsClient({ brokers: settings.platform.KAFKA_BROKERS, clientId: 'report-intake-test' }),
      settings.service.REPORTS_TOPIC,
    );
    app = await buildService(createAppModule(settings), {
      title: SERVICE_TITLE,
      description: SERVICE_DESCRIPTION,
      settings: settings.platform,
      textBodies: TEXT_BODIES,
    });
    await app.startAllMicroservices();
    await app.listen(0, '127.0.0.1');
    store = app.get<EventStore>(EVENT_STORE);
  }, 60_000);
  afterAll(async () => {
    await reader?.close();
    await app?.get<Db>(MONGO_DB).dropDatabase();
    await app?.close();
  });

  it('publishes a submission with the full values of the revision and its warnings', async () => {
    const draft = await http()
      .post('/kpi-reports/podgorica/2022/draft')
      .set('Authorization', ministry)
      .send({ observations: [obs('kpi3_reported_cases', 'trafficking', '22')] });
    expect(draft.status).toBe(200);
    expect(draft.headers.etag).toBe('"1"');
    const submitted = await http()
      .post('/kpi-reports/podgorica/2022/submission')
      .set('Authorization', ministry)
      .set('If-Match', '"1"')
      .send({ observations: [obs('kpi3_solved_with_conviction', 'trafficking', '69')] });
    expect(submitted.status).toBe(200);
    expect(submitted.body.current.status).toBe('submitted');

    const [event] = await reader.waitFor(
      1,
      (m) => m.key === 'kpi-report:podgorica:2022' && parse(m.value).type === 'KpiReportSubmitted',
    );
    const envelope = parse(event.value);
    expect(envelope).toMatchObject({
      context: 'reporting',
      streamId: 'kpi-report:podgorica:2022',
      actor: { role: 'ministry', jurisdiction: 'podgorica', name: 'ministry-podgorica' },
    });
    expect(envelope.payload).toMatchObject({
      reportId: 'kpi-report:podgorica:2022',
      jurisdiction: 'podgorica',
      year: 2022,
      revision: 1,
      late: false,
      observations: [
        obs('kpi3_reported_cases', 'trafficking', '22'),
        obs('kpi3_solved_with_conviction', 'trafficking', '69'),
      ],
      warnings: [{ path: 'observations[1]', message: expect.stringContaining('exceed the 22 cases') }],
    });
  });

  it('runs the lifecycle: return, resubmit late in a round, accept, amend; every revision readable with its history', async () => {
    const round = {
      roundNumber: 12,
      label: '12th progress report',
      periodFrom: '2023-07-01',
      periodTo: '2023-12-31',
      dueDate: '2024-01-31',
      reportYear: 2023,
    };
    expect((await http().post('/reporting-rounds').set('Authorization', seesac).send(round)).status).toBe(201);
    expect(
      (
        await http()
          .post('/reporting-rounds')
          .set('Authorization', ministry)
          .send({ ...round, roundNumber: 99 })
      ).status,
    ).toBe(403);
    const path = '/kpi-reports/podgorica/2023';
    await http()
      .post(`${path}/submission`)
      .set('Authorization', ministry)
      .send({ observations: [obs('kpi3_reported_cases', 'trafficking', '20')], roundNumber: 12 })
      .expect(200);
    expect((await http().post(`${path}/acceptance`).set('Authorization', ministry).send({})).status).toBe(403);
    await http()
      .post(`${path}/return-for-revision`)
      .set('Authorization', seesac)
      .send({ comments: 'Add individuals' })
      .expect(200);
    expect((await http().get(path).set('Authorization', analyst)).status).toBe(404);
    const resubmitted = await http()
      .post(`${path}/submission`)
      .set('Authorization', ministry)
      .send({ observations: [obs('kpi3_reported_individuals', 'trafficking', '35')] });
    expect(resubmitted.body.current).toMatchObject({
      revision: 1,
      status: 'submitted',
      late: true,
      roundNumber: 12,
      dueDate: '2024-01-31',
    });
    await http().post(`${path}/acceptance`).set('Authorization', seesac).send({}).expect(200);
    const amended = await http()
      .post(`${path}/amendments`)
      .set('Authorization', ministry)
      .send({ reason: 'court figures' });
    expect(amended.body.current).toMatchObject({ revision: 2, status: 'draft', basedOnRevision: 1 });
    await http()
      .post(`${path}/draft`)
      .set('Authorization', ministry)
      .send({ observations: [obs('kpi3_reported_cases', 'trafficking', '21')] })
      .expect(200);

    const forAnalyst = await http().get(path).set('Authorization', analyst);
    expect(forAnalyst.body.current).toMatchObject({ revision: 1, status: 'accepted' });
    expect(forAnalyst.body.current.observations).toContainEqual(obs('kpi3_reported_cases', 'trafficking', '20'));
    const forMinistry = await http().get(path).set('Authorization', ministry);
    expect(forMinistry.headers.etag).toBe(`"${forMinistry.body.version}"`);
    expect(forMinistry.body.current).toMatchObject({ revision: 2, status: 'draft' });
    expect((await http().get(path).set('Authorization', belgrade)).status).toBe(403);

    const first = await http().get(`${path}/revisions/1`).set('Authorization', seesac);
    expect(first.body.status).toBe('accepted');
    expect(
      first.body.history.map((h: { action: string; actor: { role: string } }) => [h.action, h.actor.role]),
    ).toEqual([
      ['KpiReportDraftSaved', 'ministry'],
      ['KpiReportSubmitted', 'ministry'],
      ['KpiReportReturnedForRevision', 'seesac'],
      ['KpiReportDraftSaved', 'ministry'],
      ['KpiReportSubmitted', 'ministry'],
      ['KpiReportAccepted', 'seesac'],
    ]);
    expect(first.body.history[2]).toMatchObject({ comments: 'Add individuals', at: expect.any(String) });
    expect((await http().get(`${path}/revisions/2`).set('Authorization', analyst)).status).toBe(403);
  });

  it("keeps SEESAC's return comments for SEESAC and the owning ministry: analysts and donors read accepted revisions without them", async () => {
    const path = '/kpi-reports/podgorica/2023'; // returned with 'Add individuals', then accepted (test above)
    for (const reader of [analyst, await tokenFor({ role: 'donor' })]) {
      const report = await http().get(path).set('Authorization', reader).expect(200);
      expect(report.body.current).toMatchObject({ revision: 1, status: 'accepted' });
      expect(report.body.current).not.toHaveProperty('comments');
      const revision = await http().get(`${path}/revisions/1`).set('Authorization', reader).expect(200);
      expect(revision.body).not.toHaveProperty('comments');
      expect(revision.body.history.map((h: { action: string }) => h.action)).toContain('KpiReportReturnedForRevision');
      expect(JSON.stringify(revision.body)).not.toContain('Add individuals');
    }
    const forOwner = await http().get(`${path}/revisions/1`).set('Authorization', ministry).expect(200);
    expect(forOwner.body).toMatchObject({ comments: 'Add individuals' });
    expect(forOwner.body.history[2]).toMatchObject({ comments: 'Add individuals' });

    const narrative = '/narrative-reports/podgorica/2023';
    const goals = [{ goal: 1, progress: 'Law drafted', challenges: 'none', plans: 'adopt', needsForSupport: 'none' }];
    await http().post(`${narrative}/submission`).set('Authorization', ministry).send({ goals }).expect(200);
    await http()
      .post(`${narrative}/return-for-revision`)
      .set('Authorization', seesac)
      .send({ comments: 'Say which law' })
      .expect(200);
    await http().post(`${narrative}/submission`).set('Authorization', ministry).send({ goals }).expect(200);
    await http().post(`${narrative}/acceptance`).set('Authorization', seesac).send({}).expect(200);
    const forAnalyst = await http().get(narrative).set('Authorization', analyst).expect(200);
    expect(forAnalyst.body.current).toMatchObject({ status: 'accepted', goals });
    expect(forAnalyst.body.history.map((h: { action: string }) => h.action)).toContain(
      'NarrativeReportReturnedForRevision',
    );
    expect(JSON.stringify(forAnalyst.body)).not.toContain('Say which law');
    const forSeesac = await http().get(narrative).set('Authorization', seesac).expect(200);
    expect(forSeesac.body.history).toContainEqual(
      expect.objectContaining({ action: 'NarrativeReportReturnedForRevision', comments: 'Say which law' }),
    );
  });

  it('refuses a ministry acting for another jurisdiction (403), a write without a token (401), and an analyst writing', async () => {
    const body = { observations: [obs('kpi3_reported_cases', 'trafficking', '1')] };
    expect(
      (await http().post('/kpi-reports/podgorica/2021/draft').set('Authorization', belgrade).send(body)).status,
    ).toBe(403);
    expect((await http().post('/kpi-reports/podgorica/2021/draft').send(body)).status).toBe(401);
    expect(
      (await http().post('/kpi-reports/podgorica/2021/draft').set('Authorization', analyst).send(body)).status,
    ).toBe(403);
    expect(
      (
        await http()
          .post('/narrative-reports/podgorica/2024-H2/submission')
          .set('Authorization', belgrade)
          .send({ goals: [] })
      ).status,
    ).toBe(403);
    expect(await store.readStream('kpi-report:podgorica:2021')).toHaveLength(0);
  });

  it('answers bad input with 400 listing every problem with its path, storing and publishing nothing', async () => {
    const shape = await http()
      .post('/kpi-reports/podgorica/2020/submission')
      .set('Authorization', ministry)
      .send({
        observations: [
          { measure: 'kpi3_reported_cases', value: { kind: 'number', amount: 10 } },
          { value: { kind: 'maybe' } },
        ],
        extra: 1,
      });
    expect(shape.status).toBe(400);
    expect(shape.body.problems.map((p: { path: string }) => p.path).sort()).toEqual([
      'extra',
      'observations[0].value.amount',
      'observations[1].measure',
      'observations[1].value.kind',
    ]);

    const rules = await http()
      .post('/kpi-reports/podgorica/2020/submission')
      .set('Authorization', ministry)
      .send({
        observations: [
          { measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: '5' } },
          obs('kpi3_reported_cases', 'trafficking', '10'),
          obs('kpi3_reported_cases', 'illegal_possession', '1.5'),
          { measure: 'kpi3_nonsense', value: { kind: 'number', amount: '1' } },
          {
            measure: 'kpi3_pending',
            dimensions: { offence_category: 'trafficking' },
            value: { kind: 'no_data', reason: '' },
          },
        ],
      });
    expect(rules.status).toBe(400);
    expect(rules.body.problems.map((p: { path: string }) => p.path)).toEqual([
      'observations[2].value.amount',
      'observations[3].measure',
      'observations[4].value.reason',
      'observations[0]',
    ]);
    expect(
      (
        await http().post('/kpi-reports/podgorica/1800/draft').set('Authorization', ministry).send({ observations: [] })
      ).body.problems.map((p: { path: string }) => p.path),
    ).toEqual(['year', 'observations']);
    expect(
      (
        await http()
          .post('/kpi-reports/podgorica/2020/draft')
          .set('Authorization', ministry)
          .set('Content-Type', 'application/json')
          .send(
            JSON.stringify({
              observations: Array.from({ length: 600 }, () => ({
                measure: 'x',
                value: { kind: 'no_data', reason: 'x'.repeat(2000) },
              })),
            }),
          )
      ).status,
    ).toBe(413);

    expect(await store.readStream('kpi-report:podgorica:2020')).toHaveLength(0);
    await http()
      .post('/kpi-reports/podgorica/2019/draft')
      .set('Authorization', ministry)
      .send({ observations: [obs('kpi3_reported_cases', 'trafficking', '61')] })
      .expect(200);
    await reader.waitFor(1, (m) => m.key === 'kpi-report:podgorica:2019');
    expect(eventsOf('kpi-report:podgorica:2020')).toHaveLength(0);
  });

  it('refuses with 413 a submission whose event the broker could not carry (two 600 KB parts), storing and publishing nothing; later reports flow', async () => {
    // Every cell of the catalogue (each measure by every subset of its dimensions), each "No data" with a reason of
    // about 1.6 KB: two parts of about 600 KB, each within the body limit and made of short strings.
    const cells = catalogue.measures.flatMap((m) =>
      m.dimensions
        .reduce<Record<string, string>[]>(
          (cellsSoFar, d) =>
            cellsSoFar.flatMap((cell) => [
              cell,
              ...catalogue.dimension(d)!.values.map((v) => ({ ...cell, [d]: v.code })),
            ]),
          [{}],
        )
        .map((dimensions) => ({ measure: m.code, dimensions })),
    );
    const half = Math.ceil(cells.length / 2);
    const reason = 'r'.repeat(Math.ceil(620_000 / half));
    const part = (from: number, to: number) => ({
      observations: cells.slice(from, to).map((c) => ({ ...c, value: { kind: 'no_data', reason } })),
    });
    const first = part(0, half);
    expect(JSON.stringify(first).length).toBeGreaterThan(600_000);
    await http().post('/kpi-reports/belgrade/2026/draft').set('Authorization', belgrade).send(first).expect(200);
    await http()
      .post('/kpi-reports/belgrade/2026/draft')
      .set('Authorization', belgrade)
      .set('If-Match', '"1"')
      .send(part(half, cells.length))
      .expect(200);

    const submitted = await http()
      .post('/kpi-reports/belgrade/2026/submission')
      .set('Authorization', belgrade)
      .set('If-Match', '"2"')
      .send({ observations: [] });
    expect(submitted.status).toBe(413);
    expect(submitted.body).toMatchObject({ statusCode: 413, limitBytes: settings.platform.KAFKA_MAX_MESSAGE_BYTES });
    expect(submitted.body.sizeBytes).toBeGreaterThan(settings.platform.KAFKA_MAX_MESSAGE_BYTES);
    expect(submitted.body.message).toContain('KpiReportSubmitted');
    expect(submitted.body.message).toContain(`at most ${settings.platform.KAFKA_MAX_MESSAGE_BYTES} bytes`);
    expect((await store.readStream('kpi-report:belgrade:2026')).map((e) => e.type)).toEqual([
      'KpiReportDraftSaved',
      'KpiReportDraftSaved',
    ]);
    expect((await http().get('/kpi-reports/belgrade/2026').set('Authorization', belgrade)).body.current.status).toBe(
      'draft',
    );

    // The backbone is not blocked: the two parts and a later report of another year reach the topic.
    await http()
      .post('/kpi-reports/belgrade/2027/submission')
      .set('Authorization', belgrade)
      .send({ observations: [obs('kpi3_reported_cases', undefined, '7')] })
      .expect(200);
    await reader.waitFor(
      1,
      (m) => m.key === 'kpi-report:belgrade:2027' && parse(m.value).type === 'KpiReportSubmitted',
    );
    expect(eventsOf('kpi-report:belgrade:2026').map((e) => e.type)).toEqual([
      'KpiReportDraftSaved',
      'KpiReportDraftSaved',
    ]);
    await eventually(async () => expect((await store.outboxBacklog()).commits).toBe(0));
  });

  it('answers an idempotent retry with the same body and one set of events; the same key with another body is refused', async () => {
    const send = (amount: string) =>
      http()
        .post('/kpi-reports/tirana/2024/submission')
        .set('Authorization', seesac)
        .set('Idempotency-Key', 'tirana-2024-1')
        .send({ observations: [obs('kpi3_reported_cases', 'trafficking', amount)] });
    const [one, two] = [await send('7'), await send('7')];
    expect(one.status).toBe(200);
    expect(two.body).toEqual(one.body);
    expect(two.headers.etag).toBe(one.headers.etag);
    expect((await send('8')).status).toBe(422);
    expect(await store.readStream('kpi-report:tirana:2024')).toHaveLength(2);
    await reader.waitFor(2, (m) => m.key === 'kpi-report:tirana:2024');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(eventsOf('kpi-report:tirana:2024').map((e) => e.type)).toEqual([
      'KpiReportDraftSaved',
      'KpiReportSubmitted',
    ]);
  });

  it('answers 409 to a write based on a stale revision, never overwriting silently', async () => {
    const path = '/kpi-reports/skopje/2024/draft';
    const first = await http()
      .post(path)
      .set('Authorization', seesac)
      .send({ observations: [obs('kpi3_reported_cases', 'trafficking', '3')] });
    const etag = first.headers.etag;
    const [a, b] = await Promise.all([
      http()
        .post(path)
        .set('Authorization', seesac)
        .set('If-Match', etag)
        .send({ observations: [obs('kpi3_reported_cases', 'trafficking', '4')] }),
      http()
        .post(path)
        .set('Authorization', seesac)
        .set('If-Match', etag)
        .send({ observations: [obs('kpi3_reported_cases', 'trafficking', '5')] }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const stale = await http()
      .post(path)
      .set('Authorization', seesac)
      .set('If-Match', etag)
      .send({ observations: [obs('kpi3_reported_cases', 'trafficking', '6')] });
    expect(stale.status).toBe(409);
    const winner = a.status === 200 ? '4' : '5';
    expect(
      (await http().get('/kpi-reports/skopje/2024').set('Authorization', seesac)).body.current.observations,
    ).toEqual([obs('kpi3_reported_cases', 'trafficking', winner)]);
  });

  it('imports CSV: a dry run reports what would happen and writes nothing; the real run writes the same; a re-run is unchanged', async () => {
    const csv = [
      'jurisdiction,year,measure,dimensions,value,no_data_reason',
      'sarajevo,2018,kpi3_reported_cases,offence_category=trafficking,19,',
      'sarajevo,2018,kpi3_solved_with_conviction,offence_category=trafficking,,No data',
      'sarajevo,2019,kpi3_reported_cases,offence_category=trafficking,61,',
      'sarajevo,2019,kpi3_reported_cases,offence_category=theft,1,',
      'belgrade,2019,kpi3_reported_cases,,-4,',
      'sarajevo,2019,kpi10_firearm_incidents,,,',
    ].join('\n');
    const post = (query: string, key?: string) => {
      const req = http()
        .post(`/imports/kpi-values${query}`)
        .set('Authorization', seesac)
        .set('Content-Type', 'text/csv');
      return (key ? req.set('Idempotency-Key', key) : req).send(csv);
    };
    const dry = await post('?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      imported: 3,
      updated: 0,
      unchanged: 0,
      reports: ['kpi-report:sarajevo:2018', 'kpi-report:sarajevo:2019'],
    });
    expect(dry.body.rejected.map((r: { line: number }) => r.line)).toEqual([5, 6, 7]);
    expect(dry.body.rejected[0].reasons[0]).toMatch(/offence_category/);
    expect(await store.readStream('kpi-report:sarajevo:2018')).toHaveLength(0);

    const real = await post('?strategy=CREATE_AND_UPDATE', 'import-1');
    expect({ ...real.body, dryRun: true }).toEqual(dry.body);
    expect((await post('?strategy=CREATE_AND_UPDATE', 'import-1')).body).toEqual(real.body);
    const report = await http().get('/kpi-reports/sarajevo/2018').set('Authorization', analyst);
    expect(report.body.current).toMatchObject({ revision: 1, status: 'accepted' });
    expect(report.body.current.observations).toContainEqual({
      measure: 'kpi3_solved_with_conviction',
      dimensions: { offence_category: 'trafficking' },
      value: { kind: 'no_data', reason: 'No data' },
    });
    await reader.waitFor(1, (m) => m.key === 'kpi-report:sarajevo:2018' && parse(m.value).type === 'KpiReportAccepted');

    const again = await post('?strategy=CREATE');
    expect(again.body).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    const changed = await http()
      .post('/imports/kpi-values?strategy=UPDATE')
      .set('Authorization', seesac)
      .set('Content-Type', 'text/csv')
      .send(
        'jurisdiction,year,measure,dimensions,value,no_data_reason\nsarajevo,2018,kpi3_reported_cases,offence_category=trafficking,20,\nsarajevo,2020,kpi3_reported_cases,,1,',
      );
    expect(changed.body).toMatchObject({
      imported: 0,
      updated: 1,
      rejected: [{ line: 3, reasons: [expect.stringContaining('strategy UPDATE')] }],
    });
    const amended = await http().get('/kpi-reports/sarajevo/2018').set('Authorization', seesac);
    expect(amended.body.current).toMatchObject({ revision: 2, status: 'accepted', basedOnRevision: 1 });
  });

  it('imports as a ministry (left submitted), refusing rows of other jurisdictions; a large import runs as a job to poll', async () => {
    const values = Array.from({ length: 25 }, (_, i) => ({
      jurisdiction: 'podgorica',
      year: 2030 + i,
      measure: 'kpi11_firearms_surrendered',
      value: { kind: 'number', amount: String(i) },
    }));
    values.push({
      jurisdiction: 'tirana',
      year: 2030,
      measure: 'kpi11_firearms_surrendered',
      value: { kind: 'number', amount: '1' },
    });
    const started = await http().post('/imports/kpi-values').set('Authorization', ministry).send({ values });
    expect(started.status).toBe(202);
    expect(started.headers.location).toBe(`/imports/jobs/${started.body.jobId}`);
    const job = await eventually(async () => {
      const polled = await http().get(started.headers.location).set('Authorization', ministry);
      expect(polled.body.status).toBe('completed');
      return polled.body;
    });
    expect(job).toMatchObject({
      processedReports: 25,
      totalReports: 25,
      summary: { imported: 25, rejected: [{ line: 26, reasons: [expect.stringContaining('cannot act for tirana')] }] },
    });
    expect((await http().get(started.headers.location).set('Authorization', belgrade)).status).toBe(403);
    expect((await http().get('/kpi-reports/podgorica/2033').set('Authorization', ministry)).body.current).toMatchObject(
      { status: 'submitted' },
    );
  });

  it('submits and accepts a narrative report per goal', async () => {
    const goal = {
      goal: 2,
      progress: 'FFP fully operational',
      challenges: 'database integration',
      plans: 'JAD 2025',
      needsForSupport: 'equipment',
    };
    const submitted = await http()
      .post('/narrative-reports/podgorica/2024-H2/submission')
      .set('Authorization', ministry)
      .send({ goals: [goal] });
    expect(submitted.body.current).toMatchObject({ status: 'submitted', revision: 1, goals: [goal] });
    await http()
      .post('/narrative-reports/podgorica/2024-H2/acceptance')
      .set('Authorization', seesac)
      .send({})
      .expect(200);
    const read = await http().get('/narrative-reports/podgorica/2024-H2').set('Authorization', analyst);
    expect(read.body.current).toMatchObject({ status: 'accepted', goals: [goal] });
    const [event] = await reader.waitFor(
      1,
      (m) => m.key === 'narrative-report:podgorica:2024-H2' && parse(m.value).type === 'NarrativeReportAccepted',
    );
    expect(parse(event.value).payload).toMatchObject({ period: '2024-H2', revision: 1, goals: [goal] });
  });

  it("gives narrative reports the KPI reports' lifecycle: draft goal by goal, submit, return, accept, amend with a reason; the accepted revision stays readable to analysts while the next is under review", async () => {
    // Pristina's 13th progress report (003), Goal 2, in its words, filed here as Skopje's: the demo-seed test below loads
    // Pristina's own narrative of 2024 into the same database.
    const path = '/narrative-reports/skopje/2024';
    const focal = await tokenFor({ role: 'ministry', jurisdiction: 'skopje' });
    const ffp = {
      goal: 2,
      progress: 'Firearms Focal Point (FFP) reported to be fully operational.',
      challenges: 'The need for the integration of databases and real-time data entry persisted.',
      plans: '',
      needsForSupport: '',
    };
    const law = {
      goal: 1,
      progress: 'The draft law on explosives was approved by the Government, pending adoption by Parliament.',
      challenges: '',
      plans: '',
      needsForSupport: '',
    };
    await http()
      .post(`${path}/draft`)
      .set('Authorization', focal)
      .send({ goals: [ffp] })
      .expect(200);
    expect((await http().get(path).set('Authorization', analyst)).status).toBe(404);
    const submitted = await http()
      .post(`${path}/submission`)
      .set('Authorization', focal)
      .send({ goals: [law] })
      .expect(200);
    expect(submitted.body.current).toMatchObject({ revision: 1, status: 'submitted', goals: [law, ffp] });
    await http()
      .post(`${path}/return-for-revision`)
      .set('Authorization', seesac)
      .send({ comments: 'Name the JAD coordinator' })
      .expect(200);
    await http().post(`${path}/submission`).set('Authorization', focal).send({}).expect(200);
    await http().post(`${path}/acceptance`).set('Authorization', seesac).send({}).expect(200);
    expect(
      (
        await http()
          .post(`${path}/submission`)
          .set('Authorization', focal)
          .send({ goals: [ffp] })
      ).status,
    ).toBe(409);

    const amended = await http()
      .post(`${path}/amendments`)
      .set('Authorization', focal)
      .send({ reason: 'A Joint Action Day (JAD) Coordinator has been appointed' })
      .expect(200);
    expect(amended.body.current).toMatchObject({
      revision: 2,
      status: 'draft',
      basedOnRevision: 1,
      amendmentReason: 'A Joint Action Day (JAD) Coordinator has been appointed',
      goals: [law, ffp],
    });
    const jad = { ...ffp, plans: 'Active participation in JAD 2024 operations reported.' };
    await http()
      .post(`${path}/submission`)
      .set('Authorization', focal)
      .send({ goals: [jad] })
      .expect(200);

    const forAnalyst = await http().get(path).set('Authorization', analyst).expect(200);
    expect(forAnalyst.body.current).toMatchObject({ revision: 1, status: 'accepted', goals: [law, ffp] });
    expect(forAnalyst.body.revisions).toEqual([{ revision: 1, status: 'accepted' }]);
    expect(JSON.stringify(forAnalyst.body)).not.toContain('Name the JAD coordinator');
    expect((await http().get(`${path}/revisions/2`).set('Authorization', analyst)).status).toBe(403);
    const forOwner = await http().get(path).set('Authorization', focal).expect(200);
    expect(forOwner.body.current).toMatchObject({ revision: 2, status: 'submitted', goals: [law, jad] });
    const first = await http().get(`${path}/revisions/1`).set('Authorization', analyst).expect(200);
    expect(first.body).toMatchObject({ revision: 1, status: 'accepted', goals: [law, ffp] });
    expect(first.body.history.map((h: { action: string }) => h.action)).toEqual([
      'NarrativeReportDraftSaved',
      'NarrativeReportSubmitted',
      'NarrativeReportReturnedForRevision',
      'NarrativeReportSubmitted',
      'NarrativeReportAccepted',
    ]);
    const second = await http().get(`${path}/revisions/2`).set('Authorization', seesac).expect(200);
    expect(second.body.history.map((h: { action: string; reason?: string }) => [h.action, h.reason])).toEqual([
      ['NarrativeReportAmendmentStarted', 'A Joint Action Day (JAD) Coordinator has been appointed'],
      ['NarrativeReportSubmitted', undefined],
    ]);
    const listed = await http().get('/narrative-reports?jurisdiction=skopje').set('Authorization', analyst).expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ period: '2024', revision: 1, status: 'accepted', goals: [1, 2] }),
    ]);
  });

  it("opens round 13 without a due date ('not in the seeds'): nothing submitted in it is late; a report's year is checked against its round and an unopened round is refused when the draft is saved (409), nothing stored", async () => {
    const round13 = DEMO_ROUND;
    const opened = await http().post('/reporting-rounds').set('Authorization', seesac).send(round13);
    expect([201, 409]).toContain(opened.status); // the demo test below opens the same round
    const read = await http().get('/reporting-rounds/13').set('Authorization', analyst).expect(200);
    expect(read.body).toMatchObject({ roundNumber: 13, noDueDateReason: 'not in the seeds' });
    expect(read.body).not.toHaveProperty('dueDate');
    const neither = await http()
      .post('/reporting-rounds')
      .set('Authorization', seesac)
      .send({ ...round13, roundNumber: 31, noDueDateReason: undefined });
    expect(neither.status).toBe(400);
    expect(JSON.stringify(neither.body)).toContain('noDueDateReason');

    const submitted = await http()
      .post('/kpi-reports/belgrade/2024/submission')
      .set('Authorization', belgrade)
      .send({ roundNumber: 13, observations: [obs('kpi3_reported_cases', 'trafficking', '19')] })
      .expect(200);
    expect(submitted.body.current).toMatchObject({ roundNumber: 13, late: false });
    expect(submitted.body.current).not.toHaveProperty('dueDate');

    const wrongYear = await http()
      .post('/kpi-reports/belgrade/2023/draft')
      .set('Authorization', belgrade)
      .send({ roundNumber: 13, observations: [obs('kpi3_reported_cases', 'trafficking', '61')] });
    expect(wrongYear.status).toBe(409);
    expect(wrongYear.body.message).toContain('reporting round 13 asks for reports on 2024');
    const unopened = await http()
      .post('/kpi-reports/belgrade/2023/draft')
      .set('Authorization', belgrade)
      .send({ roundNumber: 77, observations: [obs('kpi3_reported_cases', 'trafficking', '61')] });
    expect(unopened.status).toBe(409);
    expect(unopened.body.message).toContain('reporting round 77 has not been opened');
    const narrative = await http()
      .post('/narrative-reports/belgrade/2023-H2/draft')
      .set('Authorization', belgrade)
      .send({ roundNumber: 13, goals: [{ goal: 1, progress: 'x', challenges: '', plans: '', needsForSupport: '' }] });
    expect(narrative.status).toBe(409);
    expect((await http().get('/kpi-reports/belgrade/2023').set('Authorization', seesac)).status).toBe(404);
    expect((await http().get('/narrative-reports/belgrade/2023-H2').set('Authorization', seesac)).status).toBe(404);
  });

  it('loads the demo data (003, Pristina 2018–2024) as accepted reports, idempotently', async () => {
    const url = await app.getUrl();
    const base = url.replace('[::1]', '127.0.0.1');
    const token = seesac.replace('Bearer ', '');
    const first = await seedDemo(base, token);
    expect(first).toEqual({ accepted: 7, alreadyAccepted: 0, narrativeAccepted: true });
    expect(await seedDemo(base, token)).toEqual({ accepted: 0, alreadyAccepted: 7, narrativeAccepted: false });
    // 003's narrative content per goal, accepted once.
    const narrative = await http().get('/narrative-reports/pristina/2024').set('Authorization', analyst);
    expect(narrative.body.current).toMatchObject({ status: 'accepted' });
    expect(narrative.body.current.goals).toEqual(PRISTINA_NARRATIVE_003);
    expect(narrative.body.revisions).toHaveLength(1);
    // 003: the 13th progress reports cover 1 January–31 December 2024.
    expect((await http().get('/reporting-rounds/13').set('Authorization', analyst)).body).toMatchObject({
      roundNumber: 13,
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      reportYear: 2024,
    });
    const read = await http().get('/kpi-reports/pristina/2024').set('Authorization', analyst);
    expect(read.body.current.status).toBe('accepted');
    expect(read.body.current.observations).toEqual(demoObservations(2024));
    expect(read.body.current.observations).toContainEqual(obs('kpi3_reported_cases', 'illegal_possession', '1434'));
    const y2018 = await http().get('/kpi-reports/pristina/2018').set('Authorization', analyst);
    expect(y2018.body.current.observations).toContainEqual({
      measure: 'kpi3_solved_with_conviction',
      dimensions: { offence_category: 'illegal_possession' },
      value: { kind: 'no_data', reason: 'No data' },
    });
  }, 60_000);

  it('serves health and OpenAPI with examples from seed 003', async () => {
    const docs = await expectReadyAndDocumented(http, [
      '/kpi-reports/{jurisdiction}/{year}/submission',
      '/imports/kpi-values',
      '/imports/jobs/{id}',
    ]);
    expect(JSON.stringify(docs.components.schemas.SaveKpiReportDraftDto)).toContain('"amount":"47"');
  });
});
