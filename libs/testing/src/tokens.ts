import { generateKeyPair, SignJWT } from 'jose';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  devIssuer,
  DevTokenRequest,
  IssuedToken,
  localKeycloakCredentials,
  passwordGrant,
  requestDevToken,
} from './dev-tokens';

/** Tokens still valid for this long are reused (the realm's access tokens live 5 minutes). */
const REUSE_MARGIN_MS = 60_000;
const issued = new Map<string, Promise<IssuedToken>>();

/**
 * The `Authorization` header value of a real access token from the local Keycloak for a role
 * (a ministry's system by its client credentials; other roles as their demo user). Cached while
 * it has more than a minute to live, so call it where the token is used rather than once per file.
 */
export async function tokenFor(request: DevTokenRequest): Promise<string> {
  const key = JSON.stringify([request.role, request.jurisdiction ?? null, request.user ?? null]);
  let token = issued.get(key);
  if (token) {
    const current = await token.catch(() => undefined);
    if (!current || current.expiresAt - Date.now() < REUSE_MARGIN_MS) token = undefined;
  }
  if (!token) {
    token = requestDevToken(request);
    issued.set(key, token);
  }
  return `Bearer ${(await token).accessToken}`;
}

/** The settings a service process needs to accept the local realm's tokens. */
export function oidcEnv(audience: string): Record<string, string> {
  return { OIDC_ISSUER: devIssuer(), OIDC_AUDIENCE: audience };
}

/**
 * Tokens every service must refuse (401), each wrong in one way, as `Authorization` values:
 * signed with a key the issuer never published (valid otherwise, and expired), issued by
 * Keycloak for another audience (the realm's own admin-cli client), issued by another issuer
 * (Keycloak's master realm), and HS256-signed with the secret the platform once defaulted to.
 */
export async function refusedTokens(audience: string): Promise<Record<string, string>> {
  const issuer = devIssuer();
  const { privateKey } = await generateKeyPair('RS256');
  const claims = { realm_access: { roles: ['seesac'] }, name: 'Mallory' };
  const local = (expiresIn: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'not-the-issuers' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject('mallory')
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(privateKey);
  const oldSecret = new TextEncoder().encode('dev-only-secret-change-me-in-production');
  const credentials = localKeycloakCredentials();
  const master = issuer.replace(/\/realms\/[^/]+$/, '/realms/master');
  const [localKey, expired, otherAudience, otherIssuer, sharedSecret] = await Promise.all([
    local('5m'),
    local('-10m'),
    passwordGrant(issuer, 'admin-cli', DEMO_USERS.seesac, DEMO_PASSWORD).then((token) => token.accessToken),
    passwordGrant(
      master,
      'admin-cli',
      credentials.KC_BOOTSTRAP_ADMIN_USERNAME,
      credentials.KC_BOOTSTRAP_ADMIN_PASSWORD,
    ).then((token) => token.accessToken),
    new SignJWT({ ...claims, role: 'seesac' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject('mallory')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(oldSecret),
  ]);
  return Object.fromEntries(
    Object.entries({ localKey, expired, otherAudience, otherIssuer, sharedSecret }).map(([name, token]) => [
      name,
      `Bearer ${token}`,
    ]),
  );
}
