import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventStore } from '@salw/event-store';
import { ConsumedEvent, EventBatchHandler } from '@salw/messaging';
import { EVENT_STORE, MONGO_DB } from '@salw/platform';
import type { Db } from 'mongodb';
import { CONSUMED } from '../constants';
import { reportEventsHandler } from './report-events.handler';

/** The live consumer of the report events (consumer group `kpi-aggregation`). */
@Controller()
export class ReportEventsProjector {
  private readonly handler: EventBatchHandler;

  constructor(@Inject(MONGO_DB) db: Db, @Inject(EVENT_STORE) store: EventStore) {
    this.handler = reportEventsHandler(db, store);
  }

  @EventPattern(CONSUMED.reports)
  async apply(@Payload() events: ConsumedEvent[]): Promise<void> {
    await this.handler(events);
  }
}
