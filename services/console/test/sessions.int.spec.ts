import { testInfra, uniqueName } from '@salw/testing';
import { Db, MongoClient } from 'mongodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { csrfMatches, Sessions } from '../src/auth/sessions';
import { consoleSettingsSchema } from '../src/settings';

const infra = testInfra();
const user = { subject: 's-1', name: 'Sara Officer', roles: ['seesac'] };
const tokens = { accessToken: 'a', accessExpiresAt: Date.now() + 60_000, refreshToken: 'r' };

describe('console sessions on the real database', () => {
  let client: MongoClient;
  let db: Db;
  const sessions = (overrides: Record<string, number>) =>
    new Sessions(db, { ...consoleSettingsSchema.parse({}), ...overrides });

  beforeAll(async () => {
    client = await MongoClient.connect(infra.mongoUrl);
    db = client.db(uniqueName('console_sessions'));
  });
  afterAll(async () => {
    await db.dropDatabase();
    await client.close();
  });

  it('finds a session by its cookie value only, and stores no cookie value', async () => {
    const store = sessions({});
    const { id } = await store.create(user, tokens);
    expect((await store.find(id))?.user).toEqual(user);
    expect(await store.find(`${id}x`)).toBeUndefined();
    expect(await db.collection('console_sessions').countDocuments({ _id: id as never })).toBe(0);
  });

  it('ends a session left idle, and one past its maximum age however used', async () => {
    const idle = sessions({ SESSION_IDLE_MINUTES: 0.01 }); // 0.6 s
    const { id } = await idle.create(user, tokens);
    expect(await idle.find(id)).toBeDefined();
    await sleep(800);
    expect(await idle.find(id)).toBeUndefined();

    const short = sessions({ SESSION_MAX_HOURS: 0.0003 }); // ~1.1 s
    const second = await short.create(user, tokens);
    for (let i = 0; i < 3; i++) {
      expect(await short.find(second.id)).toBeDefined();
      await sleep(200);
    }
    await sleep(600);
    expect(await short.find(second.id)).toBeUndefined();
  });

  it('hands a login back once: a replayed state finds nothing', async () => {
    const store = sessions({});
    const state = await store.beginLogin({ codeVerifier: 'v', nonce: 'n', returnTo: '/x' });
    expect(await store.finishLogin(state)).toMatchObject({ codeVerifier: 'v', nonce: 'n', returnTo: '/x' });
    expect(await store.finishLogin(state)).toBeUndefined();
  });

  it('matches the CSRF token exactly', async () => {
    const store = sessions({});
    const session = (await store.find((await store.create(user, tokens)).id))!;
    expect(csrfMatches(session, session.csrfToken)).toBe(true);
    expect(csrfMatches(session, `${session.csrfToken.slice(0, -1)}A`)).toBe(session.csrfToken.endsWith('A'));
    expect(csrfMatches(session, undefined)).toBe(false);
  });
});
