import { buildService, MONGO_DB } from '@salw/platform';
import { testInfra, tokenFor, uniqueName } from '@salw/testing';
import type { Db } from 'mongodb';
import request from 'supertest';
import { createAppModule, SERVICE_DESCRIPTION, SERVICE_TITLE, TEXT_BODIES } from '../src/app.module';
import { loadReportIntakeSettings } from '../src/settings';

jest.setTimeout(60_000);

const infra = testInfra();
const settings = loadReportIntakeSettings({
  ...process.env,
  PORT: '0',
  KAFKA_BROKERS: infra.kafkaBrokers.join(','),
  MONGO_URL: infra.mongoUrl,
  MONGO_DB: uniqueName('report_lists'),
  REPORTS_TOPIC: uniqueName('test.reporting.reports.v1'),
  LOG_LEVEL: 'warn',
});
// Real tokens from the local Keycloak: fetched before the data is seeded, and again before each
// test (tokenFor reuses one while it has more than a minute to live).
let podgorica: string, belgrade: string, seesac: string, analyst: string;
const fetchTokens = async () => {
  [podgorica, belgrade, seesac, analyst] = await Promise.all([
    tokenFor({ role: 'ministry', jurisdiction: 'podgorica' }),
    tokenFor({ role: 'ministry', jurisdiction: 'belgrade' }),
    tokenFor({ role: 'seesac' }),
    tokenFor({ role: 'analyst' }),
  ]);
};
beforeAll(fetchTokens);
beforeEach(fetchTokens);

const cases = (amount: string) => [
  {
    measure: 'kpi3_reported_cases',
    dimensions: { offence_category: 'trafficking' },
    value: { kind: 'number', amount },
  },
];
const goal = (number: number) => ({
  goal: number,
  progress: 'Adopted the law',
  challenges: 'Staff',
  plans: 'Training',
  needsForSupport: 'None',
});

describe('report-intake lists and catalogue', () => {
  let app: Awaited<ReturnType<typeof buildService>>;
  const http = () => request(app.getHttpServer());
  const list = (path: string, token: string) => http().get(path).set('Authorization', token);

  beforeAll(async () => {
    app = await buildService(createAppModule(settings), {
      title: SERVICE_TITLE,
      description: SERVICE_DESCRIPTION,
      settings: settings.platform,
      textBodies: TEXT_BODIES,
    });
    await app.listen(0, '127.0.0.1');
    const ok = (response: request.Response) => expect([200, 201]).toContain(response.status);
    for (const round of [12, 13]) {
      ok(
        await http()
          .post('/reporting-rounds')
          .set('Authorization', seesac)
          .send({
            roundNumber: round,
            label: `${round}th progress report`,
            periodFrom: `20${round + 11}-01-01`,
            periodTo: `20${round + 11}-12-31`,
            dueDate: `20${round + 12}-01-31`,
            reportYear: 2011 + round,
          }),
      );
    }
    // Podgorica: 2023 accepted (round 12), 2024 a draft; Belgrade: 2024 submitted (round 13), then returned.
    ok(
      await http()
        .post('/kpi-reports/podgorica/2023/submission')
        .set('Authorization', podgorica)
        .send({ roundNumber: 12, observations: cases('5') }),
    );
    ok(await http().post('/kpi-reports/podgorica/2023/acceptance').set('Authorization', seesac).send({}));
    ok(
      await http()
        .post('/kpi-reports/podgorica/2024/draft')
        .set('Authorization', podgorica)
        .send({ roundNumber: 13, observations: cases('7') }),
    );
    ok(
      await http()
        .post('/kpi-reports/belgrade/2024/submission')
        .set('Authorization', belgrade)
        .send({ roundNumber: 13, observations: cases('9') }),
    );
    ok(
      await http()
        .post('/kpi-reports/belgrade/2024/return-for-revision')
        .set('Authorization', seesac)
        .send({ comments: 'Check the trafficking cases' }),
    );
    ok(
      await http()
        .post('/narrative-reports/belgrade/2024-H2/submission')
        .set('Authorization', belgrade)
        .send({ roundNumber: 13, goals: [goal(1), goal(3)] }),
    );
    ok(
      await http()
        .post('/narrative-reports/podgorica/2024-H2/submission')
        .set('Authorization', podgorica)
        .send({ roundNumber: 13, goals: [goal(2)] }),
    );
    ok(await http().post('/narrative-reports/podgorica/2024-H2/acceptance').set('Authorization', seesac).send({}));
  }, 60_000);
  afterAll(async () => {
    await app?.get<Db>(MONGO_DB).dropDatabase();
    await app?.close();
  });

  const keys = (body: { items: Array<{ jurisdiction: string; year?: number; period?: string; status: string }> }) =>
    body.items.map((item) => `${item.jurisdiction} ${item.year ?? item.period} ${item.status}`);

  it('SEESAC lists every KPI report as it stands, newest year first, with its round, submission and counts', async () => {
    const response = await list('/kpi-reports', seesac);
    expect(response.status).toBe(200);
    expect(keys(response.body)).toEqual([
      'belgrade 2024 returned_for_revision',
      'podgorica 2024 draft',
      'podgorica 2023 accepted',
    ]);
    expect(response.body).toMatchObject({ total: 3, offset: 0, limit: 50 });
    const [belgradeReport] = response.body.items;
    const read = await list('/kpi-reports/belgrade/2024', seesac);
    expect(`"${belgradeReport.version}"`).toBe(read.headers.etag);
    expect(belgradeReport).toMatchObject({
      reportId: 'kpi-report:belgrade:2024',
      revision: 1,
      roundNumber: 13,
      dueDate: '2025-01-31',
      late: true,
      observationCount: 1,
    });
    expect(Date.parse(belgradeReport.submittedAt)).toBeLessThanOrEqual(Date.parse(belgradeReport.updatedAt));
    expect(response.body.items[1].submittedAt).toBeUndefined();
  });

  it('filters by status, round and jurisdiction, and pages', async () => {
    expect(keys((await list('/kpi-reports?status=accepted', seesac)).body)).toEqual(['podgorica 2023 accepted']);
    expect(keys((await list('/kpi-reports?round=13', seesac)).body)).toEqual([
      'belgrade 2024 returned_for_revision',
      'podgorica 2024 draft',
    ]);
    expect(keys((await list('/kpi-reports?jurisdiction=podgorica&round=13', seesac)).body)).toEqual([
      'podgorica 2024 draft',
    ]);
    const second = await list('/kpi-reports?offset=1&limit=1', seesac);
    expect(second.body).toMatchObject({ total: 3, offset: 1, limit: 1 });
    expect(keys(second.body)).toEqual(['podgorica 2024 draft']);
  });

  it('a ministry lists its own jurisdiction only, drafts included; naming another is a 403', async () => {
    expect(keys((await list('/kpi-reports', podgorica)).body)).toEqual([
      'podgorica 2024 draft',
      'podgorica 2023 accepted',
    ]);
    expect(keys((await list('/narrative-reports', belgrade)).body)).toEqual(['belgrade 2024-H2 submitted']);
    expect((await list('/kpi-reports?jurisdiction=belgrade', podgorica)).status).toBe(403);
  });

  it('an analyst lists accepted reports only', async () => {
    expect(keys((await list('/kpi-reports', analyst)).body)).toEqual(['podgorica 2023 accepted']);
    expect(keys((await list('/narrative-reports', analyst)).body)).toEqual(['podgorica 2024-H2 accepted']);
    expect(keys((await list('/kpi-reports?jurisdiction=belgrade', analyst)).body)).toEqual([]);
  });

  it('lists narrative reports with their goals', async () => {
    const response = await list('/narrative-reports?status=submitted', seesac);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        reportId: 'narrative-report:belgrade:2024-H2',
        period: '2024-H2',
        status: 'submitted',
        goals: [1, 3],
        roundNumber: 13,
      }),
    ]);
  });

  it('refuses a bad query with one 400 naming every problem', async () => {
    const response = await list('/kpi-reports?status=lost&limit=0&round=x&colour=red', seesac);
    expect(response.status).toBe(400);
    const paths = (response.body.problems as Array<{ path: string }>).map((problem) => problem.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['colour', 'limit', 'round', 'status']));
  });

  it('lists the opened reporting rounds, newest first', async () => {
    const response = await list('/reporting-rounds', analyst);
    expect(response.status).toBe(200);
    expect(response.body.items.map((round: { roundNumber: number }) => round.roundNumber)).toEqual([13, 12]);
    expect(response.body.items[0]).toMatchObject({ label: '13th progress report', dueDate: '2025-01-31', version: 1 });
  });

  it('serves the KPI catalogue as data, Pristina with its UNSCR 1244 footnote', async () => {
    const response = await list('/catalogue', analyst);
    expect(response.status).toBe(200);
    const pristina = response.body.jurisdictions.find((j: { code: string }) => j.code === 'pristina');
    expect(pristina.footnote).toContain('Security Council Resolution 1244');
    expect(response.body.goals[0].overallTargets[0]).toEqual(
      expect.objectContaining({ target: expect.any(String), baseline: expect.any(String) }),
    );
    expect(
      response.body.kpis.flatMap((kpi: { measures: Array<{ code: string }> }) => kpi.measures.map((m) => m.code)),
    ).toContain('kpi3_reported_cases');
    expect((await list(`/catalogue/versions/${response.body.version}`, analyst)).body.version).toBe(
      response.body.version,
    );
    expect((await list('/catalogue/versions/999', analyst)).status).toBe(404);
  });

  it('declares the response schema of every list in the OpenAPI document', async () => {
    const document = (await http().get('/docs/openapi.json')).body;
    for (const path of ['/kpi-reports', '/narrative-reports', '/reporting-rounds', '/catalogue']) {
      expect(document.paths[path].get.responses['200'].content['application/json'].schema.$ref).toMatch(
        /^#\/components\/schemas\//,
      );
    }
    expect(document.components.schemas.KpiReportSummaryDto.properties.status.enum).toEqual([
      'draft',
      'submitted',
      'returned_for_revision',
      'accepted',
    ]);
  });
});
