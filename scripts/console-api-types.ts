// The console's typed API clients: each service's OpenAPI document (from the service itself, started as in
// production) → TypeScript types (openapi-typescript) in services/console/app/src/api/<service>.ts.
//   node -r @swc-node/register scripts/console-api-types.ts          regenerate
//   node -r @swc-node/register scripts/console-api-types.ts --check  fail when a service's API drifted from them
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'services/console/app/src/api');
/** The services whose APIs the app calls. */
const SERVICES = ['report-intake', 'kpi-aggregation', 'meeting-coordination', 'trust-fund'];

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The service's OpenAPI document, from the service started on a free port with a database of its own. */
async function openApiOf(service: string): Promise<unknown> {
  const port = await freePort();
  const database = `api_types_${service.replace(/-/g, '_')}_${randomUUID().slice(0, 8)}`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `services/${service}/src/main.ts`], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), MONGO_DB: database, RELAY_ENABLED: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (let attempt = 0; attempt < 300; attempt++) {
      if (child.exitCode !== null) throw new Error(`${service} exited with ${child.exitCode}`);
      const answer = await fetch(`http://127.0.0.1:${port}/docs/openapi.json`).catch(() => undefined);
      if (answer?.ok) return answer.json();
      await sleep(200);
    }
    throw new Error(`${service} served no OpenAPI document in 60 s`);
  } finally {
    child.kill('SIGTERM');
    const { MongoClient } = await import('mongodb');
    const client = await MongoClient.connect(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017');
    await client.db(database).dropDatabase();
    await client.close();
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const drifted: string[] = [];
  for (const service of SERVICES) {
    const document = await openApiOf(service);
    const types = `// Generated from ${service}'s OpenAPI document by scripts/console-api-types.ts: do not edit.\n${astToString(await openapiTS(document as never))}`;
    const file = join(OUT, `${service}.ts`);
    if (!check) writeFileSync(file, types);
    else if (readFileSync(file, 'utf8') !== types) drifted.push(service);
  }
  if (drifted.length > 0) {
    console.error(
      `The console's API types are out of date for ${drifted.join(', ')}: run node -r @swc-node/register scripts/console-api-types.ts`,
    );
    process.exit(1);
  }
  console.log(check ? 'console API types match the services' : `console API types written to ${OUT}`);
}

void main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
