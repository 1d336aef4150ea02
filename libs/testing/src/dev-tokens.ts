import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real access tokens from the local Keycloak's development realm (infra/keycloak/salw-realm.json)
 * for the token helper, the demo seeds, the benchmarks and the tests: a ministry's system by
 * its client-credentials client, anyone else as that role's demo user (password grant of the
 * dev realm's `dev-cli` client). Never used by a service.
 */
/** The platform roles as the development realm grants them (realm roles). */
export type DevRole = 'ministry' | 'seesac' | 'analyst' | 'administrative_agent' | 'donor';

export interface DevTokenRequest {
  role: DevRole;
  /** For role ministry: whose ministry system (the client `ministry-<jurisdiction>`). */
  jurisdiction?: string;
  /** A demo user instead of the role's default one (e.g. `focal.belgrade`). */
  user?: string;
}

export interface IssuedToken {
  accessToken: string;
  /** When the token expires (ms since the epoch). */
  expiresAt: number;
}

/** The demo user of each role (README: "Demo logins"). */
export const DEMO_USERS: Record<Exclude<DevRole, 'ministry'>, string> = {
  seesac: 'seesac.officer',
  analyst: 'analyst',
  donor: 'donor',
  administrative_agent: 'administrative.agent',
};
/** The documented password of every demo user of the development realm. */
export const DEMO_PASSWORD = 'Roadmap-Dev-2026';
export const DEV_CLI_CLIENT = 'dev-cli';

const REPO_ROOT = join(__dirname, '..', '..', '..');
/** The local Keycloak's development realm (infra/local/keycloak.sh). */
export const LOCAL_ISSUER = 'http://127.0.0.1:8180/realms/salw';

export function devIssuer(env = process.env): string {
  return env.OIDC_ISSUER || LOCAL_ISSUER;
}

/** This install's generated credentials (infra/local/keycloak.sh writes them; `keycloak.sh env` prints them). */
export function localKeycloakCredentials(env = process.env): Record<string, string> {
  const infraDir = env.INFRA_DIR || join(REPO_ROOT, '.infra');
  const file = join(infraDir, 'keycloak', 'credentials.env');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `No Keycloak credentials in ${file}: start the local infra (bash infra/local/up.sh) or set INFRA_DIR`,
    );
  }
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/** A client's secret: SALW_MINISTRY_<J>_SECRET from the environment, else from this install's credentials. */
function ministrySecret(jurisdiction: string, env: NodeJS.ProcessEnv): string {
  const name = `SALW_MINISTRY_${jurisdiction.toUpperCase()}_SECRET`;
  const secret = env[name] || localKeycloakCredentials(env)[name];
  if (!secret) throw new Error(`No secret for the client ministry-${jurisdiction} (${name})`);
  return secret;
}

export async function requestDevToken(request: DevTokenRequest, env = process.env): Promise<IssuedToken> {
  if (request.role === 'ministry' && !request.user) {
    if (!request.jurisdiction) throw new Error('A ministry token needs its jurisdiction');
    return requestToken(devIssuer(env), {
      grant_type: 'client_credentials',
      client_id: `ministry-${request.jurisdiction}`,
      client_secret: ministrySecret(request.jurisdiction, env),
    });
  }
  const username = request.user ?? DEMO_USERS[request.role as Exclude<DevRole, 'ministry'>];
  return passwordGrant(devIssuer(env), DEV_CLI_CLIENT, username, DEMO_PASSWORD);
}

export function passwordGrant(
  issuer: string,
  clientId: string,
  username: string,
  password: string,
): Promise<IssuedToken> {
  return requestToken(issuer, { grant_type: 'password', client_id: clientId, username, password, scope: 'openid' });
}

/** POSTs to the issuer's token endpoint (located by its discovery document). */
export async function requestToken(issuer: string, form: Record<string, string>): Promise<IssuedToken> {
  const discovery = await fetchJson(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  const endpoint = String(discovery.token_endpoint);
  const started = Date.now();
  const answer = await fetchJson(endpoint, { method: 'POST', body: new URLSearchParams(form) });
  if (typeof answer.access_token !== 'string') throw new Error(`${endpoint} gave no access token`);
  return { accessToken: answer.access_token, expiresAt: started + Number(answer.expires_in ?? 60) * 1000 };
}

async function fetchJson(url: string, init?: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new Error(`${url}: ${(error as Error).message} (is Keycloak running? bash infra/local/up.sh)`);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}
