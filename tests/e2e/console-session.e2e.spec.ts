import { DEMO_PASSWORD, DEMO_USERS } from '@salw/testing';
import { CONSOLE, ISSUER, startRunConsole } from './browser-kit';
import { E2eRun } from './e2e-run';

/**
 * The console's backend-for-frontend as a process, logging in through the real identity provider's login page (the
 * local Keycloak realm of infra/keycloak), keeping the tokens server-side and proxying to report-intake as a process.
 * The console client's redirect URIs are registered for port 8080 only: this test binds it.
 */
const run = new E2eRun('e2e_console');

/** The cookies one party (the browser) holds per site, enough for a login round trip. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

interface SessionAnswer {
  authenticated: boolean;
  csrfToken: string;
  user: { username: string; roles: string[]; jurisdiction?: string };
}
const sessionOf = async (cookie: string): Promise<SessionAnswer> =>
  (await (await fetch(`${CONSOLE}/auth/session`, { headers: { cookie } })).json()) as SessionAnswer;

const unescapeHtml = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/g, '/')
    .replace(/&#x3D;/g, '=');

/** A browser's login: console → the provider's login form → back to the console's callback. Returns the console's cookies. */
async function logIn(
  username: string,
  returnTo = '/today',
): Promise<{ jar: CookieJar; callback: string; landedOn: string; setCookie: string }> {
  const site = new CookieJar();
  const provider = new CookieJar();
  const start = await fetch(`${CONSOLE}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  expect(authorize.href.startsWith(`${ISSUER}/protocol/openid-connect/auth`)).toBe(true);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('redirect_uri')).toBe(`${CONSOLE}/auth/callback`);
  const page = await fetch(authorize, { redirect: 'manual' });
  provider.store(page);
  const html = await page.text();
  const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`No login form on the provider's page: ${html.slice(0, 500)}`);
  const submitted = await fetch(unescapeHtml(action), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: provider.header() },
    body: new URLSearchParams({ username, password: DEMO_PASSWORD, credentialId: '' }),
  });
  expect(submitted.status).toBe(302);
  const callback = submitted.headers.get('location')!;
  expect(callback.startsWith(`${CONSOLE}/auth/callback?`)).toBe(true);
  const back = await fetch(callback, { redirect: 'manual' });
  expect(back.status).toBe(302);
  site.store(back);
  return {
    jar: site,
    callback,
    landedOn: back.headers.get('location')!,
    setCookie: back.headers.getSetCookie().join('\n'),
  };
}

describe('e2e: the console logs in through the identity provider and proxies with the session token', () => {
  beforeAll(async () => {
    const [intake] = await run.start(['report-intake']);
    await startRunConsole(run, { intake });
  }, 120_000);

  afterAll(() => run.end());

  it('logs an officer in with code + PKCE: an httpOnly SameSite cookie, back on the page the login started from, once', async () => {
    const { jar, callback, landedOn, setCookie } = await logIn(DEMO_USERS.seesac, '/reports/belgrade/2024');
    expect(landedOn).toBe('/reports/belgrade/2024');
    expect(setCookie).toMatch(/salw_console=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const session = await sessionOf(jar.header());
    expect(session).toMatchObject({ authenticated: true, user: { username: DEMO_USERS.seesac, roles: ['seesac'] } });
    expect(session.csrfToken).toMatch(/^[\w-]{40,}$/);
    const replay = await fetch(callback, { redirect: 'manual' });
    expect(replay.status).toBe(400);
  });

  it("a focal point's session carries the jurisdiction", async () => {
    const { jar } = await logIn('focal.pristina');
    const session = await sessionOf(jar.header());
    expect(session.user).toMatchObject({ roles: ['ministry'], jurisdiction: 'pristina' });
  });

  it('never redirects after login to another site', async () => {
    const { landedOn } = await logIn(DEMO_USERS.analyst, '//evil.example/steal');
    expect(landedOn).toBe('/');
  });

  it('proxies to the service with the session, refuses without one, and refuses writes without the CSRF token or from another origin', async () => {
    const { jar } = await logIn(DEMO_USERS.seesac);
    const cookie = jar.header();
    const live = await fetch(`${CONSOLE}/api/report-intake/health/live`, { headers: { cookie } });
    expect(live.status).toBe(200);
    const document = (await (
      await fetch(`${CONSOLE}/api/report-intake/docs/openapi.json`, { headers: { cookie } })
    ).json()) as { info: { title: string } };
    expect(document.info.title).toBe('report-intake');
    expect((await fetch(`${CONSOLE}/api/report-intake/kpi-reports`)).status).toBe(401);
    // The service verifies the user's own Keycloak token (its audience comes from the console client's mappers).
    const reports = await fetch(`${CONSOLE}/api/report-intake/kpi-reports`, { headers: { cookie } });
    expect(reports.status).toBe(200);
    expect(await reports.json()).toMatchObject({ items: [], total: 0 });
    expect((await fetch(`${CONSOLE}/api/no-such-service/x`, { headers: { cookie } })).status).toBe(404);

    const { csrfToken } = await sessionOf(cookie);
    const round = JSON.stringify({
      roundNumber: 40,
      label: '40th',
      periodFrom: '2040-01-01',
      periodTo: '2040-12-31',
      dueDate: '2041-01-31',
      reportYear: 2040,
    });
    const json = { cookie, 'content-type': 'application/json' };
    expect(
      (await fetch(`${CONSOLE}/api/report-intake/reporting-rounds`, { method: 'POST', headers: json, body: round }))
        .status,
    ).toBe(403);
    expect(
      (
        await fetch(`${CONSOLE}/api/report-intake/reporting-rounds`, {
          method: 'POST',
          headers: { ...json, 'x-csrf-token': `${csrfToken}x` },
          body: round,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await fetch(`${CONSOLE}/api/report-intake/reporting-rounds`, {
          method: 'POST',
          headers: { ...json, 'x-csrf-token': csrfToken, origin: 'http://evil.example' },
          body: round,
        })
      ).status,
    ).toBe(403);
    const created = await fetch(`${CONSOLE}/api/report-intake/reporting-rounds`, {
      method: 'POST',
      headers: { ...json, 'x-csrf-token': csrfToken, origin: CONSOLE },
      body: round,
    });
    expect(created.status).toBe(201);
  });

  it('logs out: the session is gone, its cookie opens nothing, and the provider logout page ends the provider session', async () => {
    const { jar } = await logIn(DEMO_USERS.seesac);
    const cookie = jar.header();
    const { csrfToken } = await sessionOf(cookie);
    expect((await fetch(`${CONSOLE}/auth/logout`, { method: 'POST', headers: { cookie } })).status).toBe(403);
    const out = await fetch(`${CONSOLE}/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(200);
    const { logoutUrl } = (await out.json()) as { logoutUrl: string };
    expect(logoutUrl.startsWith(`${ISSUER}/protocol/openid-connect/logout`)).toBe(true);
    expect(new URL(logoutUrl).searchParams.get('id_token_hint')).toBeTruthy();
    expect(await sessionOf(cookie)).toMatchObject({ authenticated: false });
    expect((await fetch(`${CONSOLE}/api/report-intake/health/live`, { headers: { cookie } })).status).toBe(401);
  });
});
