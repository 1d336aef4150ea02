import { Injectable } from '@nestjs/common';
import type { HeldCommit } from '@salw/event-store';
import type { ConsumerStall } from '@salw/messaging';
import { Gauge } from 'prom-client';
import { PlatformMetrics } from './metrics';

/**
 * What this service's event pipeline cannot do right now, for /health/ready and /metrics: commits its relay holds
 * back (the broker refused them as too large) and partitions its consumer cannot move past (a message it can neither
 * apply nor park). Neither is dropped or skipped; both wait, so they must be seen.
 */
@Injectable()
export class PipelineHealth {
  private readonly relays = new Map<string, () => HeldCommit[]>();
  private readonly consumers = new Map<string, () => ConsumerStall[]>();

  constructor(metrics: PlatformMetrics) {
    const relays = this.relays;
    const consumers = this.consumers;
    new Gauge({
      name: 'salw_relay_held_commits',
      help: 'Commits the relay holds back because the broker refused them as too large (with their streams)',
      labelNames: ['context'],
      registers: [metrics.registry],
      collect() {
        for (const [context, held] of relays) this.set({ context }, held().length);
      },
    });
    new Gauge({
      name: 'salw_consumer_stalled_partitions',
      help: 'Partitions waiting on a message the consumer can neither apply nor park in its dead-letter topic',
      labelNames: ['group'],
      registers: [metrics.registry],
      collect() {
        for (const [group, stalls] of consumers) this.set({ group }, stalls().length);
      },
    });
  }

  watchRelay(context: string, held: () => HeldCommit[]): void {
    this.relays.set(context, held);
  }

  watchConsumer(group: string, stalls: () => ConsumerStall[]): void {
    this.consumers.set(group, stalls);
  }

  heldCommits(): HeldCommit[] {
    return [...this.relays.values()].flatMap((held) => held());
  }

  consumerStalls(): ConsumerStall[] {
    return [...this.consumers.values()].flatMap((stalls) => stalls());
  }
}
