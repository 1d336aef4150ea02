import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { portOpen, REPO_ROOT, testInfra } from './infra';

/**
 * Integration and end-to-end tests need the real Kafka broker, MongoDB-wire database and
 * OpenID Connect provider (Keycloak). When one is not reachable, start the local infra
 * (idempotent) instead of failing.
 */
export default async function globalSetup(): Promise<void> {
  const { kafkaBrokers, mongoUrl, oidcIssuer } = testInfra();
  const up =
    (await portOpen(kafkaBrokers[0])) && (await portOpen(mongoUrl)) && (await portOpen(new URL(oidcIssuer).host));
  if (up) return;
  execFileSync('bash', [join(REPO_ROOT, 'infra/local/up.sh')], { stdio: 'inherit' });
}
