import { refusedTokens, tokenFor } from '@salw/testing';
import { E2eRun, ServiceName } from './e2e-run';
import { ServiceProcess } from './service-process';

/**
 * Every service, run as its own OS process as `make up` runs it, is an OpenID Connect resource
 * server of the local Keycloak realm: it accepts the realm's tokens for its own audience and
 * refuses (401) every other token, whoever signed it. Topics, groups and databases are the run's own.
 */
const run = new E2eRun('e2e-oidc');

/** Each service with a read route any platform role may call. */
const SERVICES: Array<{ service: ServiceName; read: string }> = [
  { service: 'report-intake', read: '/kpi-reports/belgrade/2024' },
  { service: 'kpi-aggregation', read: '/derived-indicators' },
  { service: 'meeting-coordination', read: '/meetings' },
  { service: 'trust-fund', read: '/trust-fund/fund' },
];

describe('e2e: every service verifies access tokens against the issuer (Keycloak), and only those', () => {
  const running = new Map<string, ServiceProcess>();

  beforeAll(async () => {
    const started = await run.start(
      SERVICES.map(({ service }) => service),
      90_000,
    );
    SERVICES.forEach(({ service }, index) => running.set(service, started[index]));
  }, 120_000);

  afterAll(() => run.end(), 60_000);

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
