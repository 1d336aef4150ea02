import { Controller, Get, Header, Injectable } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { Public } from '../auth/auth.guard';

type Probe = () => Promise<number>;

/** Prometheus metrics of one service: events appended, relay lag, consumer lag, HTTP latency. */
@Injectable()
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly eventsAppended = new Counter({
    name: 'salw_events_appended_total',
    help: 'Events appended to the event store',
    labelNames: ['context'],
    registers: [this.registry],
  });
  readonly eventsPublished = new Counter({
    name: 'salw_relay_events_published_total',
    help: 'Events published by the outbox relay',
    labelNames: ['context'],
    registers: [this.registry],
  });
  readonly eventsApplied = new Counter({
    name: 'salw_consumer_events_applied_total',
    help: 'Events applied by consumers',
    labelNames: ['group'],
    registers: [this.registry],
  });
  readonly deadLetters = new Counter({
    name: 'salw_consumer_dead_letters_total',
    help: 'Messages parked in a dead-letter topic',
    labelNames: ['group'],
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'salw_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly relayProbes = new Map<string, Probe>();
  private readonly lagProbes = new Map<string, Probe>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const relayProbes = this.relayProbes;
    const lagProbes = this.lagProbes;
    new Gauge({
      name: 'salw_relay_backlog_commits',
      help: 'Commits appended but not yet published (relay lag)',
      labelNames: ['context'],
      registers: [this.registry],
      async collect() {
        for (const [context, probe] of relayProbes) this.set({ context }, await probe().catch(() => -1));
      },
    });
    new Gauge({
      name: 'salw_consumer_lag_messages',
      help: 'Messages on the topic not yet committed by the consumer group',
      labelNames: ['group_topic'],
      registers: [this.registry],
      async collect() {
        for (const [groupTopic, probe] of lagProbes)
          this.set({ group_topic: groupTopic }, await probe().catch(() => -1));
      },
    });
  }

  watchRelayBacklog(context: string, probe: Probe): void {
    this.relayProbes.set(context, probe);
  }

  watchConsumerLag(groupId: string, topic: string, probe: Probe): void {
    this.lagProbes.set(`${groupId}/${topic}`, probe);
  }
}

@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: PlatformMetrics) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
