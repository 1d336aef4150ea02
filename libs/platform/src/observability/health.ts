import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { TopicAdmin } from '@salw/messaging';
import type { Db } from 'mongodb';
import { Public } from '../auth/auth.guard';
import { MONGO_DB, TOPIC_ADMIN } from '../event-sourcing/tokens';
import { PipelineHealth } from './pipeline-health';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(MONGO_DB) private readonly db: Db,
    @Inject(TOPIC_ADMIN) private readonly admin: TopicAdmin,
    private readonly pipeline: PipelineHealth,
  ) {}

  /** The process is up. */
  @Public()
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * The service can do its work: the database and Kafka answer, its relay holds no commit back and its consumer
   * waits on no message (each listed with where it is and why).
   */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.probe('database', () => this.db.command({ ping: 1 })),
      () => this.probe('kafka', () => this.admin.ping()),
      () => this.listed('relay', 'heldCommits', this.pipeline.heldCommits()),
      () => this.listed('consumer', 'stalledPartitions', this.pipeline.consumerStalls()),
    ]);
  }

  /** Up while the list is empty; down with the list otherwise. */
  private listed(name: string, key: string, items: unknown[]) {
    const indicator = this.indicators.check(name);
    return items.length === 0 ? indicator.up() : indicator.down({ [key]: items });
  }

  private async probe(name: string, check: () => Promise<unknown>) {
    const indicator = this.indicators.check(name);
    try {
      await withTimeout(check(), 3_000);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref()),
  ]);
}
