import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOCAL_ISSUER } from './dev-tokens';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** Where the real broker and database of the tests are (the local infra by default). */
export function testInfra(): { kafkaBrokers: string[]; mongoUrl: string; oidcIssuer: string } {
  return {
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    mongoUrl: process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017',
    oidcIssuer: process.env.OIDC_ISSUER || LOCAL_ISSUER,
  };
}

/** A name no other test uses: each test gets its own topics and databases. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

export function portOpen(hostPort: string, timeoutMs = 1000): Promise<boolean> {
  const [host, port] = hostPort
    .replace(/^mongodb:\/\//, '')
    .split('/')[0]
    .split(':');
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (open: boolean) => (socket.destroy(), resolve(open));
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port), host, () => done(true));
  });
}

/** Polls until the check passes or the time is up (then throws with the last failure). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError;
    await sleep(everyMs);
  }
}
