import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT } from '@salw/testing';

/** The variable a service's demo seed reads its URL from (as `scripts/start-platform.sh` sets it). */
const URL_VARIABLE = {
  'report-intake': 'REPORT_INTAKE_URL',
  'meeting-coordination': 'MEETING_COORDINATION_URL',
  'trust-fund': 'TRUST_FUND_URL',
} as const;

/**
 * How long a seed may take. meeting-coordination's makes 93 writes one after another (each waits for the one before);
 * on the shared two-core machine under a load of ~19 they took 114 s, so 120 s failed runs that were only slow.
 */
const SEED_TIMEOUT_MS = 240_000;

/** Runs a service's demo seed as `make up` runs it: its own process, against the service at `baseUrl`. */
export async function runDemoSeed(service: keyof typeof URL_VARIABLE, baseUrl: string): Promise<void> {
  await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', `services/${service}/src/demo/seed.ts`], {
    cwd: REPO_ROOT,
    env: { ...process.env, [URL_VARIABLE[service]]: baseUrl },
    timeout: SEED_TIMEOUT_MS,
  }).catch((error: Error & { killed?: boolean; stderr?: string }) => {
    // The failure says why: stopped by the time limit, or the seed's own error (a refused write names its answer).
    const why = error.killed
      ? `stopped after ${SEED_TIMEOUT_MS / 1000} s`
      : (error.stderr ?? '').trim().split('\n').slice(-8).join('\n');
    throw new Error(`The ${service} demo seed failed: ${why}`);
  });
}
