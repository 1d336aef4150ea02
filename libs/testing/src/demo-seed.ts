import { DevRole, requestDevToken } from './dev-tokens';

/** Where `make up` serves each service that has a demo seed, and the variable that moves it. */
const SERVICE_URLS = {
  'report-intake': ['REPORT_INTAKE_URL', 3001],
  'kpi-aggregation': ['KPI_AGGREGATION_URL', 3002],
  'meeting-coordination': ['MEETING_COORDINATION_URL', 3003],
  'trust-fund': ['TRUST_FUND_URL', 3004],
} as const;
export type SeededService = keyof typeof SERVICE_URLS;

/**
 * A demo seed run as `make up` runs it: against the service's URL, with a dev token for `role` from the local
 * Keycloak; one line of what it did (`describe`) and exit 0, or why it failed and exit 1.
 */
export function runDemoSeedCli<Summary>(
  service: SeededService,
  seed: (baseUrl: string, accessToken: string) => Promise<Summary>,
  describe: (summary: Summary, baseUrl: string) => string,
  role: DevRole = 'seesac',
): void {
  const [variable, port] = SERVICE_URLS[service];
  const baseUrl = process.env[variable] ?? `http://127.0.0.1:${port}`;
  requestDevToken({ role })
    .then((token) => seed(baseUrl, token.accessToken))
    .then(
      (summary) => {
        console.log(`${service} demo: ${describe(summary, baseUrl)}`);
        process.exit(0);
      },
      (error: Error) => {
        console.error(`${service} demo failed: ${error.stack ?? error.message}`);
        process.exit(1);
      },
    );
}
