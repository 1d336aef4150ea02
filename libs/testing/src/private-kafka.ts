import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './infra';

/**
 * A Kafka broker of one test's own (the infra scripts on free ports, with a data and run directory of its own), for
 * outage tests: stopping the shared broker would break every other test running on it at the same time.
 */
export class PrivateKafka {
  private readonly dir = mkdtempSync(join(tmpdir(), 'salw-kafka-'));
  private constructor(
    readonly port: number,
    private readonly controllerPort: number,
  ) {}

  static async start(): Promise<PrivateKafka> {
    const kafka = new PrivateKafka(await freePort(), await freePort());
    kafka.script('start');
    return kafka;
  }

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  stop(): void {
    this.script('stop');
  }

  restart(): void {
    this.script('start');
  }

  /** Stops the broker and deletes its data. */
  destroy(): void {
    try {
      this.script('stop');
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private script(action: 'start' | 'stop'): void {
    execFileSync('bash', [join(REPO_ROOT, 'infra/local/kafka.sh'), action], {
      stdio: 'inherit',
      env: {
        ...process.env,
        // The jars stay shared (INFRA_DIR); data, pid, log and config are this broker's.
        DATA_DIR: join(this.dir, 'data'),
        RUN_DIR: join(this.dir, 'run'),
        KAFKA_PORT: String(this.port),
        KAFKA_CONTROLLER_PORT: String(this.controllerPort),
      },
    });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
