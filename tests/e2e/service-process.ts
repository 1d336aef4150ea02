import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from '@salw/testing';

/** A port nothing listens on right now (the OS picks it; the service then binds it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port assigned');
  return address.port;
}

/** Whether something accepts connections on 127.0.0.1:port. */
async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface ServiceProcessOptions {
  /** The folder under services/ (e.g. `report-intake`). */
  service: string;
  /** Added to this process's environment (PORT is chosen free unless given). */
  env: Record<string, string>;
  /** How long to wait for GET /health/ready to answer 200. */
  readyTimeoutMs?: number;
}

const MAX_LOG_CHARS = 200_000;

/**
 * One service running as its own OS process, as in production:
 * `node -r @swc-node/register services/<name>/src/main.ts`, cwd = repo root, config from env.
 */
export class ServiceProcess {
  private output = '';
  private exited?: { code: number | null; signal: NodeJS.Signals | null };

  private constructor(
    readonly name: string,
    readonly baseUrl: string,
    private readonly child: ChildProcess,
  ) {
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-MAX_LOG_CHARS);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code, signal) => (this.exited = { code, signal }));
  }

  /** Spawns the service and resolves once /health/ready answers 200 (rejects with its log otherwise). */
  static async start(options: ServiceProcessOptions): Promise<ServiceProcess> {
    const port = options.env.PORT ?? String(await freePort());
    // A fixed port already taken (the console's 8080 by `make up` or another run) would let the health check and the
    // test talk to that other process: refuse at once instead.
    if (options.env.PORT !== undefined && (await isListening(Number(port))))
      throw new Error(`Port ${port} is already in use: stop what listens there (make down?)`);
    const child = spawn(process.execPath, ['-r', '@swc-node/register', `services/${options.service}/src/main.ts`], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', ...options.env, PORT: port },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const service = new ServiceProcess(options.service, `http://127.0.0.1:${port}`, child);
    try {
      await service.waitUntilReady(options.readyTimeoutMs ?? 60_000);
    } catch (error) {
      await service.stop();
      throw error;
    }
    return service;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Everything the process wrote so far (stdout and stderr, the last 200 kB). */
  log(): string {
    return this.output;
  }

  /** Log lines at level error or fatal (pino level ≥ 50), and non-JSON lines mentioning an Error (e.g. a crash's stack). */
  errors(): string[] {
    return this.output.split('\n').filter((line) => {
      try {
        const entry = JSON.parse(line) as { level?: number | string };
        return typeof entry.level === 'number' ? entry.level >= 50 : entry.level === 'error' || entry.level === 'fatal';
      } catch {
        return /\bError\b/.test(line);
      }
    });
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      if (this.exited)
        throw new Error(`${this.name} exited (${JSON.stringify(this.exited)}) before it was ready:\n${this.tail()}`);
      try {
        const answer = await fetch(`${this.baseUrl}/health/ready`, { signal: AbortSignal.timeout(5_000) });
        if (answer.status === 200) return;
        last = `${answer.status} ${await answer.text()}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await sleep(200);
    }
    throw new Error(`${this.name} not ready at ${this.baseUrl} after ${timeoutMs} ms (${last}):\n${this.tail()}`);
  }

  /** SIGTERM (Nest shutdown hooks close consumers and connections), SIGKILL if still alive after `graceMs`. */
  async stop(graceMs = 8_000): Promise<'stopped' | 'killed' | 'already exited'> {
    if (this.exited || this.child.exitCode !== null || this.child.signalCode !== null) return 'already exited';
    const exit = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const stopped = await Promise.race([exit.then(() => true), sleep(graceMs).then(() => false)]);
    if (stopped) return 'stopped';
    this.child.kill('SIGKILL');
    await exit;
    return 'killed';
  }

  private tail(lines = 40): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }
}
