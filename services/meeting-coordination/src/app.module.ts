import { Module, Type } from '@nestjs/common';
import { ConsumerSettings, InMemoryAdapters, PlatformModule } from '@salw/platform';
import { MeetingsController } from './api/meetings.controller';
import { RoundsController } from './api/rounds.controller';
import { CONSUMED, CONTEXT, SERVICE_NAME } from './constants';
import { MeetingsProjector } from './read-models/meetings/meetings.projector';
import { MeetingQueries } from './read-models/meetings/meeting-queries.service';
import { MeetingQueriesController } from './read-models/meetings/meetings.queries';
import { ReadinessQueries } from './read-models/readiness/readiness.queries';
import { ReadinessProjector } from './read-models/readiness/readiness.projector';
import { MeetingCoordinationSettings } from './settings';

/** The service's module for the given settings (tests pass their own database, API specs the in-memory adapters). */
export function createAppModule(settings: MeetingCoordinationSettings, inMemory?: InMemoryAdapters): Type<unknown> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        serviceName: SERVICE_NAME,
        settings: settings.platform,
        eventSourcing: { context: CONTEXT, topic: settings.service.MEETINGS_TOPIC },
        inMemory,
      }),
    ],
    controllers: [
      MeetingsController,
      RoundsController,
      MeetingQueriesController,
      MeetingsProjector,
      ReadinessProjector,
    ],
    providers: [MeetingQueries, ReadinessQueries],
  })
  class AppModule {}
  return AppModule;
}

/** The service's consumer group, and the topic each projector's pattern stands for. */
export function consumerOf(settings: MeetingCoordinationSettings): ConsumerSettings {
  return {
    group: settings.service.MEETING_COORDINATION_GROUP,
    topics: {
      [CONSUMED.meetings]: settings.service.MEETINGS_TOPIC,
      [CONSUMED.reports]: settings.service.REPORTS_TOPIC,
    },
  };
}
