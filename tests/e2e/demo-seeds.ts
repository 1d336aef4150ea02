import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT } from '@salw/testing';

/** The variable a service's demo seed reads its URL from (as `scripts/start-platform.sh` sets it). */
const URL_VARIABLE = {
  'report-intake': 'REPORT_INTAKE_URL',
  'meeting-coordination': 'MEETING_COORDINATION_URL',
  'trust-fund': 'TRUST_FUND_URL',
} as const;

/** Runs a service's demo seed as `make up` runs it: its own process, against the service at `baseUrl`. */
export async function runDemoSeed(service: keyof typeof URL_VARIABLE, baseUrl: string): Promise<void> {
  await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', `services/${service}/src/demo/seed.ts`], {
    cwd: REPO_ROOT,
    env: { ...process.env, [URL_VARIABLE[service]]: baseUrl },
    timeout: 120_000,
  });
}
