import { ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { oidcEnv, REPO_ROOT } from '@salw/testing';

/**
 * The suite's own copy of the platform: Kafka, FerretDB and its PostgreSQL started by the infra scripts on the
 * ports and in the RUN_DIR / DATA_DIR that scripts/faults.sh chose (never the shared instance), and the four
 * services started exactly as `make up` starts them, with pid files in RUN_DIR so the script's trap stops them
 * even if this process dies.
 */
export const SERVICES = ['report-intake', 'kpi-aggregation', 'meeting-coordination', 'trust-fund'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type InfraPart = 'kafka' | 'ferretdb' | 'postgres';

const run = promisify(execFile);

export interface ClusterSettings {
  runDir: string;
  kafkaPort: number;
  mongoPort: number;
  servicePorts: Record<ServiceName, number>;
}

export class Cluster {
  private readonly children = new Map<ServiceName, ChildProcess>();

  constructor(readonly settings: ClusterSettings) {}

  get kafkaBrokers(): string[] {
    return [`127.0.0.1:${this.settings.kafkaPort}`];
  }

  get mongoUrl(): string {
    return `mongodb://127.0.0.1:${this.settings.mongoPort}`;
  }

  baseUrl(service: ServiceName): string {
    return `http://127.0.0.1:${this.settings.servicePorts[service]}`;
  }

  /** Runs an infra script (asynchronously: the load keeps running meanwhile); the env carries the suite's ports and dirs. */
  async infra(script: 'up' | 'kafka' | 'ferretdb' | 'postgres', ...args: string[]): Promise<void> {
    const file = join(REPO_ROOT, 'infra/local', `${script}.sh`);
    try {
      await run('bash', [file, ...args], { cwd: REPO_ROOT, env: process.env, maxBuffer: 10_000_000 });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `${script}.sh ${args.join(' ')} failed: ${failed.message}\n${failed.stdout ?? ''}${failed.stderr ?? ''}`,
      );
    }
  }

  /**
   * kill -9 of an infra process and everything in its process group (the scripts start each in a session of its
   * own, so PostgreSQL's backends go with their postmaster, as in a machine losing the process tree).
   */
  kill9(part: InfraPart): void {
    const pid = Number(readFileSync(join(this.settings.runDir, `${part}.pid`), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 1) throw new Error(`${part}: no pid in its pid file`);
    process.kill(ownsItsGroup(pid) ? -pid : pid, 'SIGKILL');
  }

  /** Starts a service as `make up` does: `node -r @swc-node/register services/<name>/src/main.ts`, log in RUN_DIR. */
  async startService(service: ServiceName): Promise<void> {
    const log = openSync(join(this.settings.runDir, `${service}.log`), 'a');
    const child = spawn(process.execPath, ['-r', '@swc-node/register', `services/${service}/src/main.ts`], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(this.settings.servicePorts[service]),
        HOST: '127.0.0.1',
        KAFKA_BROKERS: this.kafkaBrokers.join(','),
        MONGO_URL: this.mongoUrl,
        ...oidcEnv(service),
        LOG_LEVEL: process.env.FAULTS_SERVICE_LOG_LEVEL ?? 'warn',
        // The load comes from one address: the HTTP limiter is not what this suite measures.
        RATE_LIMIT_PER_MINUTE: '1000000',
      },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    this.children.set(service, child);
    writeFileSync(join(this.settings.runDir, `${service}.pid`), `${child.pid}\n`);
    await this.waitReady(service, child);
  }

  private async waitReady(service: ServiceName, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`${service} exited before it was ready:\n${this.logTail(service)}`);
      try {
        const answer = await fetch(`${this.baseUrl(service)}/health/ready`, { signal: AbortSignal.timeout(5_000) });
        if (answer.status === 200) return;
        last = `${answer.status} ${await answer.text()}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await sleep(300);
    }
    throw new Error(`${service} not ready after ${timeoutMs} ms (${last}):\n${this.logTail(service)}`);
  }

  /** SIGKILL: no shutdown hook runs, whatever was in flight is cut off. */
  async killService(service: ServiceName): Promise<void> {
    const child = this.children.get(service);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM (shutdown hooks close consumers and connections), SIGKILL after the grace period. */
  async stopService(service: ServiceName, graceMs = 15_000): Promise<void> {
    const child = this.children.get(service);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    if (!(await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]))) {
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(join(this.settings.runDir, `${service}.pid`), { force: true });
  }

  /** Services that exited although the suite did not stop them (a crash is a finding). */
  crashed(): ServiceName[] {
    return SERVICES.filter((service) => {
      const child = this.children.get(service);
      return (
        child !== undefined && (child.exitCode !== null || child.signalCode !== null) && !this.stopping.has(service)
      );
    });
  }

  private readonly stopping = new Set<ServiceName>();

  /** Marks the services the suite itself is about to stop or kill (not crashes). */
  expectExit(service: ServiceName, expected: boolean): void {
    if (expected) this.stopping.add(service);
    else this.stopping.delete(service);
  }

  logTail(service: ServiceName, lines = 40): string {
    try {
      return readFileSync(join(this.settings.runDir, `${service}.log`), 'utf8')
        .split('\n')
        .slice(-lines)
        .join('\n');
    } catch {
      return '(no log)';
    }
  }

  async stopAll(): Promise<void> {
    for (const service of SERVICES) this.expectExit(service, true);
    await Promise.all(SERVICES.map((service) => this.stopService(service)));
  }
}

/** True when the process leads its own process group (started by `setsid`): only then is the group killed with it. */
function ownsItsGroup(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    return group === pid;
  } catch {
    return false;
  }
}
