import { Module } from '@nestjs/common';
import { InMemoryAdapters, loadSettings, PlatformModule, PlatformSettings } from '@salw/platform';
import { MeetingsController } from './api/meetings.controller';
import { RoundsController } from './api/rounds.controller';
import { CONTEXT, DATABASE, MEETINGS_TOPIC, PORT, SERVICE_NAME } from './constants';
import { MeetingsProjector } from './read-models/meetings/meetings.projector';
import { MeetingQueries } from './read-models/meetings/meeting-queries.service';
import { MeetingQueriesController } from './read-models/meetings/meetings.queries';
import { ReadinessQueries } from './read-models/readiness/readiness.queries';
import { ReadinessProjector } from './read-models/readiness/readiness.projector';

export const settings: PlatformSettings = loadSettings({
  PORT,
  MONGO_DB: DATABASE,
  OIDC_AUDIENCE: 'meeting-coordination',
});

/** The service's module for given settings (tests pass their own database, API specs the in-memory adapters). */
export function meetingCoordinationModule(serviceSettings: PlatformSettings, inMemory?: InMemoryAdapters) {
  @Module({
    imports: [
      PlatformModule.forRoot({
        serviceName: SERVICE_NAME,
        settings: serviceSettings,
        eventSourcing: { context: CONTEXT, topic: MEETINGS_TOPIC },
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
