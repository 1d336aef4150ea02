import request from 'supertest';
import { oidcEnv } from '../tokens';

/** What an API spec needs of a built Nest application (structural: platform's specs import this lib). */
export interface ApiUnderTest {
  getHttpServer(): unknown;
  init(): Promise<unknown>;
  close(): Promise<unknown>;
}

/** The environment a service reads in an API spec: the local Keycloak's OIDC settings, any port, no database. */
export function apiSpecEnv(service: string): NodeJS.ProcessEnv {
  return { ...process.env, ...oidcEnv(service), PORT: '0', MONGO_DB: 'unused', LOG_LEVEL: 'warn' };
}

/**
 * Builds the service (on the in-memory store and broker the spec hands it) before the spec's tests and closes it after;
 * `http()` starts a request against it in-process.
 */
export function apiSpecification(build: () => Promise<ApiUnderTest>): { http: () => ReturnType<typeof request> } {
  let app: ApiUnderTest | undefined;
  beforeAll(async () => {
    app = await build();
    await app.init();
  });
  afterAll(() => app?.close());
  return {
    http: () => {
      if (!app) throw new Error('The API spec has not started its service yet');
      return request(app.getHttpServer() as Parameters<typeof request>[0]);
    },
  };
}

/**
 * The service is ready with its database and Kafka up, and its OpenAPI document has (at least) `paths`; the document is
 * returned for more checks.
 */
export async function expectReadyAndDocumented(
  http: () => ReturnType<typeof request>,
  paths: string[],
): Promise<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }> {
  expect((await http().get('/health/ready')).body.info).toMatchObject({
    database: { status: 'up' },
    kafka: { status: 'up' },
  });
  const docs = await http().get('/docs/openapi.json');
  expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(paths));
  return docs.body;
}
