import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { TopicAdmin } from '@salw/messaging';
import type { Db } from 'mongodb';
import { Public } from '../auth/auth.guard';
import { MONGO_DB, TOPIC_ADMIN } from '../event-sourcing/tokens';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(MONGO_DB) private readonly db: Db,
    @Inject(TOPIC_ADMIN) private readonly admin: TopicAdmin,
  ) {}

  /** The process is up. */
  @Public()
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** The service can do its work: the database and Kafka answer. */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.probe('database', () => this.db.command({ ping: 1 })),
      () => this.probe('kafka', () => this.admin.ping()),
    ]);
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
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);
}
