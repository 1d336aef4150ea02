/**
 * The fault suite (issue 16, item 7): the platform as OS processes under load, one fault after another, and after
 * each a checker that recomputes the read models from the event store and compares (tests/faults/README.md).
 * Run by scripts/faults.sh, which gives it an instance of Kafka, FerretDB and PostgreSQL of its own.
 */
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { Cluster, SERVICES, ServiceName } from './cluster';
import { Load } from './load';
import { observe } from './observe';
import { FaultContext, Recipe, RECIPES } from './recipes';
import { SuiteTokens } from './tokens';
import { Findings, judge } from './verdict';

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, not '${process.env[name]}'`);
  return value;
};
const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run the suite with scripts/faults.sh)`);
  return value;
};

const settings = {
  ratePerSecond: number('FAULTS_RATE', 2),
  /** Load before each fault, and at least this long after it healed. */
  beforeSeconds: number('FAULTS_BEFORE_S', 6),
  afterSeconds: number('FAULTS_AFTER_S', 4),
  kafkaOutageSeconds: number('FAULTS_KAFKA_OUTAGE_S', 30),
  databaseOutageSeconds: number('FAULTS_DB_OUTAGE_S', 15),
  duplicateShare: number('FAULTS_DUPLICATE_SHARE', 0.1),
  /** How long the platform may take to be whole again after a fault heals before the row counts what is missing. */
  recoverTimeoutSeconds: number('FAULTS_RECOVER_TIMEOUT_S', 120),
  requestTimeoutMs: number('FAULTS_REQUEST_TIMEOUT_MS', 5000),
  attempts: number('FAULTS_ATTEMPTS', 3),
  only: (process.env.FAULTS_RECIPES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
};

interface Row {
  recipe: string;
  acknowledged: number;
  timedOut: number;
  refused: number;
  lost: number;
  duplicated: number;
  phantom: number;
  recoverSeconds?: number;
  notes: string[];
}

const say = (line: string) => console.log(`[faults ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function main(): Promise<number> {
  const runDir = required('RUN_DIR');
  mkdirSync(runDir, { recursive: true });
  const ports = required('FAULTS_SERVICE_PORTS').split(',').map(Number) as number[];
  if (
    ports.length !== SERVICES.length ||
    ports.some((port) => !Number.isInteger(port) || (port >= 3001 && port <= 3004))
  )
    throw new Error(`FAULTS_SERVICE_PORTS must be ${SERVICES.length} free ports outside 3001-3004`);
  const cluster = new Cluster({
    runDir,
    kafkaPort: Number(required('KAFKA_PORT')),
    mongoPort: Number(required('MONGO_PORT')),
    servicePorts: Object.fromEntries(SERVICES.map((service, index) => [service, ports[index]])) as Record<
      ServiceName,
      number
    >,
  });
  say(`own infra: Kafka ${cluster.kafkaBrokers.join(',')}, ${cluster.mongoUrl}, run dir ${runDir}`);
  // Kafka and FerretDB (with its PostgreSQL) of its own; the identity provider is the shared local one
  // (scripts/faults.sh makes sure it runs): the suite never kills it.
  await cluster.infra('kafka', 'start', '--no-wait');
  await cluster.infra('ferretdb', 'start');
  await cluster.infra('kafka', 'wait');
  say(`starting ${SERVICES.join(', ')} as processes on ${ports.join(', ')}`);
  await Promise.all(SERVICES.map((service) => cluster.startService(service)));

  const mongo = new MongoClient(cluster.mongoUrl, { serverSelectionTimeoutMS: 3000, socketTimeoutMS: 20_000 });
  const kafka = new Kafka({
    brokers: cluster.kafkaBrokers,
    clientId: 'faults-checker',
    logLevel: logLevel.NOTHING,
    retry: { retries: 3 },
  });
  const tokens = await SuiteTokens.start();
  const token = (role: 'ministry' | 'seesac', jurisdiction?: string) => tokens.bearer(role, jurisdiction);
  const load = new Load(cluster.baseUrl('report-intake'), token, settings);
  const context: FaultContext = { cluster, mongo, kafka, settings, say };
  const rows: Row[] = [];
  const reported = new Set<string>();
  try {
    const recipes = RECIPES.filter(
      (recipe) => settings.only.length === 0 || settings.only.some((name) => recipe.name.includes(name)),
    );
    for (const recipe of recipes) rows.push(await runRecipe(recipe, context, load, reported));
  } finally {
    await load.stop();
    tokens.stop();
    await mongo.close().catch(() => undefined);
    await cluster.stopAll();
  }
  printTable(rows);
  const failed = rows.filter(
    (row) => row.lost + row.duplicated + row.phantom > 0 || row.recoverSeconds === undefined || row.notes.length > 0,
  );
  if (load.errors.length > 0) console.log(`load generator errors:\n  ${load.errors.slice(0, 20).join('\n  ')}`);
  if (failed.length > 0 || load.errors.length > 0) {
    console.log(`FAULT SUITE FAILED: ${failed.map((row) => row.recipe).join(', ') || 'load generator errors'}`);
    return 1;
  }
  console.log('fault suite passed: every acknowledged write exactly once, nothing duplicated, every read model whole');
  return 0;
}

async function runRecipe(recipe: Recipe, context: FaultContext, load: Load, reported: Set<string>): Promise<Row> {
  const { cluster } = context;
  const first = load.ledger.length;
  say(`== ${recipe.name}`);
  load.start();
  await sleep(settings.beforeSeconds * 1000);
  await recipe.inject(context);
  const healedAt = Date.now();
  say(`healed; load goes on for ${settings.afterSeconds} s and until a write is acknowledged again`);
  await sleep(settings.afterSeconds * 1000);
  const acceptsWrites = await writeAcknowledgedSince(load, healedAt);
  await load.stop();
  say(`load stopped; waiting until every read model holds exactly what the event store holds`);
  const final = await whole(context, load);
  say(`checked ${final.seen ?? 'nothing (could not observe)'}`);
  const writes = load.ledger.slice(first);
  const fresh = (items: string[]) => {
    const unseen = items.filter((item) => !reported.has(item));
    unseen.forEach((item) => reported.add(item));
    return unseen;
  };
  const findings = final.findings;
  const row: Row = {
    recipe: recipe.name,
    acknowledged: writes.filter((write) => write.outcome === 'ok').length,
    timedOut: writes.filter((write) => write.outcome === 'indeterminate').length,
    refused: writes.filter((write) => write.outcome === 'refused').length,
    lost: fresh(findings.lost).length,
    duplicated: fresh(findings.duplicated).length,
    phantom: fresh(findings.phantom).length,
    recoverSeconds: final.at === undefined ? undefined : (final.at - healedAt) / 1000,
    notes: [],
  };
  const crashed = cluster.crashed();
  if (crashed.length > 0) row.notes.push(`crashed: ${crashed.join(', ')}`);
  for (const service of crashed) {
    say(`${service} crashed; its log ends:\n${cluster.logTail(service)}`);
    await cluster.startService(service);
  }
  if (!acceptsWrites)
    row.notes.push(`no write acknowledged within ${settings.recoverTimeoutSeconds} s of the fault healed`);
  const refusedDetails = writes
    .filter((write) => write.outcome === 'refused')
    .map((write) => `${write.kind} ${write.reportId}: ${write.detail}`);
  if (refusedDetails.length > 0)
    say(`refused writes (a clean 4xx; must not be stored):\n  ${refusedDetails.slice(0, 5).join('\n  ')}`);
  for (const [kind, items] of Object.entries(findings))
    if (items.length > 0) say(`${kind}:\n  ${items.slice(0, 10).join('\n  ')}`);
  return row;
}

/** Waits (the load running) until the platform acknowledges a write again after the fault healed, or the time is up. */
async function writeAcknowledgedSince(load: Load, healedAt: number): Promise<boolean> {
  const deadline = healedAt + settings.recoverTimeoutSeconds * 1000;
  while (!load.ledger.some((write) => write.outcome === 'ok' && write.answeredAt > healedAt)) {
    if (Date.now() > deadline) return false;
    await sleep(500);
  }
  return true;
}

/**
 * Polls the checker until the platform is whole (every read model holds exactly what the event store holds, every
 * acknowledged write is stored once) or the time is up; duplicates and phantoms never heal by waiting.
 */
async function whole(context: FaultContext, load: Load): Promise<{ at?: number; findings: Findings; seen?: string }> {
  const deadline = Date.now() + settings.recoverTimeoutSeconds * 1000;
  let findings: Findings = { lost: ['not observed yet'], duplicated: [], phantom: [] };
  let seen: string | undefined;
  for (;;) {
    try {
      const observed = await observe(context.mongo, context.kafka);
      seen = `${observed.events.length} stored report events, ${observed.series.length} series values, ${observed.facts.length} facts, ${observed.reportStatus.length} + ${observed.readiness.length} report documents`;
      findings = judge(load.ledger, observed);
      if (findings.lost.length + findings.duplicated.length + findings.phantom.length === 0)
        return { at: Date.now(), findings, seen };
      if (findings.duplicated.length + findings.phantom.length > 0) return { findings, seen };
    } catch (error) {
      findings = { lost: [`could not observe: ${(error as Error).message}`], duplicated: [], phantom: [] };
    }
    if (Date.now() > deadline) return { findings, seen };
    await sleep(2000);
  }
}

function printTable(rows: Row[]): void {
  const header = [
    'recipe',
    'acknowledged',
    'timed out',
    'refused',
    'lost',
    'duplicated',
    'phantom',
    'recover s',
    'notes',
  ];
  const lines = rows.map((row) => [
    row.recipe,
    String(row.acknowledged),
    String(row.timedOut),
    String(row.refused),
    String(row.lost),
    String(row.duplicated),
    String(row.phantom),
    row.recoverSeconds === undefined ? `> ${settings.recoverTimeoutSeconds}` : row.recoverSeconds.toFixed(1),
    row.notes.join('; '),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 || column === 8 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  console.log(
    `\nfault suite (rate ${settings.ratePerSecond} writes/s; lost / duplicated / phantom are new findings of the check after each recipe)`,
  );
  console.log(format(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`fault suite could not run: ${error.stack ?? error.message}`);
    process.exit(2);
  },
);
