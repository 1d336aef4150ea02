import { AuthenticatedActor, Role, ROLES } from './actor';

/** A token that verified but does not say who may do what here (answered 403). */
export class TokenNotAuthorised extends Error {}

/** The claims of a verified access token that make the actor (Keycloak's names; standard ones first). */
export interface AccessTokenClaims {
  sub?: unknown;
  name?: unknown;
  preferred_username?: unknown;
  /** Set on Keycloak's client-credentials (service account) tokens: the system's client id. */
  client_id?: unknown;
  azp?: unknown;
  jurisdiction?: unknown;
  realm_access?: { roles?: unknown };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * The platform's actor of a verified token: its subject, a display name (the person's name, or
 * the client id for a system), exactly one platform role from the realm roles, and the
 * jurisdiction claim. A token holding several platform roles is refused rather than guessed at:
 * which one the person meant to act in cannot be told from the token.
 */
export function actorFromClaims(claims: AccessTokenClaims): AuthenticatedActor {
  const subject = text(claims.sub);
  if (!subject) throw new TokenNotAuthorised('The token has no subject');
  const granted = Array.isArray(claims.realm_access?.roles) ? (claims.realm_access.roles as unknown[]) : [];
  const roles = ROLES.filter((role) => granted.includes(role));
  if (roles.length === 0)
    throw new TokenNotAuthorised(`The token holds none of the platform roles (${ROLES.join(', ')})`);
  if (roles.length > 1) {
    throw new TokenNotAuthorised(
      `The token holds several platform roles (${roles.join(', ')}); an account must hold exactly one`,
    );
  }
  const role: Role = roles[0];
  const jurisdiction = text(claims.jurisdiction);
  if (role === 'ministry' && !jurisdiction)
    throw new TokenNotAuthorised('A ministry token must carry its jurisdiction');
  const name =
    text(claims.name) ?? text(claims.client_id) ?? text(claims.preferred_username) ?? text(claims.azp) ?? subject;
  return { subject, name, role, ...(jurisdiction ? { jurisdiction } : {}) };
}
