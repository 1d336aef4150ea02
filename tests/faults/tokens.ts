import { issueToken, Role } from '@salw/platform';

/**
 * The one place the suite gets a bearer token: signed with the run's JWT secret, as `npm run token` does.
 * (Tokens are moving to Keycloak on the identity branch: only this function changes.)
 */
export function bearerFor(secret: string, role: Role, jurisdiction?: string): string {
  const subject = `faults-${role}${jurisdiction ? `@${jurisdiction}` : ''}`;
  return `Bearer ${issueToken(secret, { subject, role, jurisdiction, expiresIn: '2h' })}`;
}
