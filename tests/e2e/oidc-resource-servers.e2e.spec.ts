import { KafkaJsClient } from '@salw/messaging';
import { oidcEnv, refusedTokens, testInfra, tokenFor, uniqueName } from '@salw/testing';
import { MongoClient } from 'mongodb';
import { ServiceProcess } from './service-process';

/**
 * Every service, run as its own OS process as `make up` runs it, is an OpenID Connect resource
 * server of the local Keycloak realm: it accepts the realm's tokens for its own audience and
 * refuses (401) every other token, whoever signed it. Topics, groups and databases are the run's own.
 */
const infra = testInfra();
const run = uniqueName('e2e-oidc');
const topics = {
  reports: `${run}.reporting.reports.v1`,
  facts: `${run}.kpi.facts.v1`,
  meetings: `${run}.coordination.meetings.v1`,
  fund: `${run}.trustfund.fund.v1`,
};
const groups = { kpi: `${run}.kpi-aggregation`, meetings: `${run}.meeting-coordination`, fund: `${run}.trust-fund` };

/** Each service with its run-private settings and a read route any platform role may call. */
const SERVICES: Array<{ service: string; read: string; env: Record<string, string> }> = [
  { service: 'report-intake', read: '/kpi-reports/belgrade/2024', env: { REPORTS_TOPIC: topics.reports } },
  {
    service: 'kpi-aggregation',
    read: '/derived-indicators',
    env: { REPORTS_TOPIC: topics.reports, KPI_FACTS_TOPIC: topics.facts, KPI_AGGREGATION_GROUP: groups.kpi },
  },
  {
    service: 'meeting-coordination',
    read: '/meetings',
    env: {
      REPORTS_TOPIC: topics.reports,
      MEETINGS_TOPIC: topics.meetings,
      MEETING_COORDINATION_GROUP: groups.meetings,
    },
  },
  { service: 'trust-fund', read: '/trust-fund/fund', env: { FUND_TOPIC: topics.fund, TRUST_FUND_GROUP: groups.fund } },
];
const databases = Object.fromEntries(
  SERVICES.map(({ service }) => [service, uniqueName(`e2e_oidc_${service.replace(/-/g, '_')}`)]),
);

describe('e2e: every service verifies access tokens against the issuer (Keycloak), and only those', () => {
  const running = new Map<string, ServiceProcess>();

  beforeAll(async () => {
    const started = await Promise.allSettled(
      SERVICES.map(({ service, env }) =>
        ServiceProcess.start({
          service,
          env: {
            ...env,
            ...oidcEnv(service),
            KAFKA_BROKERS: infra.kafkaBrokers.join(','),
            MONGO_URL: infra.mongoUrl,
            MONGO_DB: databases[service],
            LOG_LEVEL: 'warn',
          },
          readyTimeoutMs: 90_000,
        }).then((process) => running.set(service, process)),
      ),
    );
    const failures = started.flatMap((result) =>
      result.status === 'rejected' ? [(result.reason as Error).message] : [],
    );
    if (failures.length > 0) throw new Error(failures.join('\n'));
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...running.values()].map((service) => service.stop()));
    const mongo = await MongoClient.connect(infra.mongoUrl);
    try {
      await Promise.all(Object.values(databases).map((database) => mongo.db(database).dropDatabase()));
    } finally {
      await mongo.close();
    }
    const admin = await new KafkaJsClient({ brokers: infra.kafkaBrokers, clientId: `${run}-admin` }).admin();
    await Promise.allSettled(Object.values(groups).map((group) => admin.deleteGroup(group))).finally(() =>
      admin.disconnect(),
    );
  }, 60_000);

  const get = async (service: string, path: string, authorization?: string) => {
    const target = running.get(service);
    if (!target) throw new Error(`${service} not started`);
    const answer = await fetch(`${target.baseUrl}${path}`, {
      headers: authorization ? { authorization } : {},
      signal: AbortSignal.timeout(15_000),
    });
    return {
      status: answer.status,
      body: (await answer.json().catch(() => undefined)) as { message?: string } | undefined,
    };
  };

  it.each(SERVICES.map(({ service, read }) => [service, read]))(
    '%s refuses every token not issued by the realm for its audience (401), and no token',
    async (service, read) => {
      const refused = await refusedTokens(service);
      const answers: Record<string, number> = {};
      for (const [name, token] of Object.entries({ none: undefined, ...refused }))
        answers[name] = (await get(service, read, token)).status;
      expect(answers).toEqual({
        none: 401,
        localKey: 401,
        expired: 401,
        otherAudience: 401,
        otherIssuer: 401,
        sharedSecret: 401,
      });
    },
  );

  it.each(SERVICES.map(({ service, read }) => [service, read]))(
    '%s accepts the realm’s tokens for its audience',
    async (service, read) => {
      const answer = await get(service, read, await tokenFor({ role: 'seesac' }));
      expect([200, 404]).toContain(answer.status);
      if (answer.status === 404) expect(answer.body?.message).not.toMatch(/token/i);
    },
  );

  it("lets the token helper's ministry token for Belgrade write Belgrade's draft (200) and not Tirana's (403)", async () => {
    const belgrade = await tokenFor({ role: 'ministry', jurisdiction: 'belgrade' });
    const target = running.get('report-intake')!;
    const draft = (jurisdiction: string) =>
      fetch(`${target.baseUrl}/kpi-reports/${jurisdiction}/2024/draft`, {
        method: 'POST',
        headers: { authorization: belgrade, 'content-type': 'application/json' },
        body: JSON.stringify({
          observations: [{ measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: '41' } }],
        }),
      });
    const own = await draft('belgrade');
    expect(own.status).toBe(200);
    expect((await draft('tirana')).status).toBe(403);
  });
});
