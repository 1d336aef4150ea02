import { KafkaJsClient } from '@salw/messaging';
import { oidcEnv, testInfra, uniqueName } from '@salw/testing';
import { MongoClient } from 'mongodb';
import { ServiceProcess } from './service-process';

export type ServiceName = 'report-intake' | 'kpi-aggregation' | 'meeting-coordination' | 'trust-fund';

/**
 * One run's private corner of the shared Kafka and database: every topic and consumer group under the run's name, one
 * database per service; the services it starts as OS processes (as `make up` does), stopped and cleaned up at the end.
 */
export class E2eRun {
  readonly infra = testInfra();
  readonly name: string;
  readonly topics: { reports: string; facts: string; meetings: string; fund: string };
  /** Every service process this run started or was handed, in order. */
  readonly started: ServiceProcess[] = [];
  private readonly databases = new Set<string>();
  private readonly groups = new Set<string>();

  /** `shared`: added to every service's environment (e.g. `RELAY_ENABLED`). */
  constructor(
    prefix: string,
    private readonly shared: Record<string, string> = {},
  ) {
    this.name = uniqueName(prefix);
    this.topics = {
      reports: `${this.name}.reporting.reports.v1`,
      facts: `${this.name}.kpi.facts.v1`,
      meetings: `${this.name}.coordination.meetings.v1`,
      fund: `${this.name}.trustfund.fund.v1`,
    };
  }

  /** The database of one service (or the console), made the run's to drop. */
  database(service: string): string {
    const name = `${this.name}_${service.replace(/-/g, '_')}`;
    this.databases.add(name);
    return name;
  }

  /** What every process of the run shares: the infrastructure, and quiet logs. */
  get common(): Record<string, string> {
    const { kafkaBrokers, mongoUrl } = this.infra;
    return { KAFKA_BROKERS: kafkaBrokers.join(','), MONGO_URL: mongoUrl, LOG_LEVEL: 'warn', ...this.shared };
  }

  /** A service's environment: the run's database, topics and consumer group, its audience at the local Keycloak. */
  env(service: ServiceName, extra: Record<string, string> = {}): Record<string, string> {
    const group = () => {
      this.groups.add(`${this.name}.${service}`);
      return `${this.name}.${service}`;
    };
    const { reports, facts, meetings, fund } = this.topics;
    const own: Record<ServiceName, () => Record<string, string>> = {
      'report-intake': () => ({ REPORTS_TOPIC: reports }),
      'kpi-aggregation': () => ({ REPORTS_TOPIC: reports, KPI_FACTS_TOPIC: facts, KPI_AGGREGATION_GROUP: group() }),
      'meeting-coordination': () => ({
        REPORTS_TOPIC: reports,
        MEETINGS_TOPIC: meetings,
        MEETING_COORDINATION_GROUP: group(),
      }),
      'trust-fund': () => ({ FUND_TOPIC: fund, TRUST_FUND_GROUP: group() }),
    };
    return { ...this.common, ...oidcEnv(service), MONGO_DB: this.database(service), ...own[service](), ...extra };
  }

  /** Starts the services together; one message names every one that did not become ready. */
  async start(
    services: Array<ServiceName | [ServiceName, Record<string, string>]>,
    readyTimeoutMs?: number,
  ): Promise<ServiceProcess[]> {
    const started = await Promise.allSettled(
      services.map((entry) => {
        const [service, extra] = typeof entry === 'string' ? [entry, {}] : entry;
        return ServiceProcess.start({ service, env: this.env(service, extra), readyTimeoutMs }).then((process) =>
          this.track(process),
        );
      }),
    );
    const failures = started.flatMap((result) =>
      result.status === 'rejected' ? [(result.reason as Error).message] : [],
    );
    if (failures.length > 0) throw new Error(failures.join('\n'));
    return started.map((result) => (result as PromiseFulfilledResult<ServiceProcess>).value);
  }

  /** A process started elsewhere (the console) that the run must stop at its end. */
  track(process: ServiceProcess): ServiceProcess {
    this.started.push(process);
    return process;
  }

  /** Stops what the run started, drops its databases and deletes its consumer groups. */
  async end(): Promise<void> {
    await Promise.all(this.started.map((service) => service.stop()));
    const mongo = await MongoClient.connect(this.infra.mongoUrl);
    try {
      await Promise.all([...this.databases].map((name) => mongo.db(name).dropDatabase()));
    } finally {
      await mongo.close();
    }
    if (this.groups.size === 0) return;
    const admin = await new KafkaJsClient({
      brokers: this.infra.kafkaBrokers,
      clientId: `${this.name}-cleanup`,
    }).admin();
    // A group that never joined is not there to delete: that is no failure of the run.
    await Promise.allSettled([...this.groups].map((group) => admin.deleteGroup(group))).finally(() =>
      admin.disconnect(),
    );
  }
}

/** POSTs JSON to the service at `baseUrl` as `token`; an answer other than 2xx fails the set-up with its body. */
export function setUpPoster(baseUrl: string) {
  return async (path: string, token: string | Promise<string>, body: unknown): Promise<void> => {
    const answer = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: await token, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (answer.status >= 300) throw new Error(`POST ${path}: ${answer.status} ${await answer.text()}`);
  };
}
