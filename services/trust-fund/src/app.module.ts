import { Module, Type } from '@nestjs/common';
import { InMemoryAdapters, PlatformModule, PlatformSettings } from '@salw/platform';
import { TrustFundController } from './api/trust-fund.controller';
import { FundFiguresProjector } from './read-models/fund-figures/fund-figures.projector';
import { CONTEXT, fundTopic, SERVICE_NAME } from './settings';

/** The service's module for the given settings (tests pass their own database, API specs the in-memory adapters). */
export function createAppModule(settings: PlatformSettings, inMemory?: InMemoryAdapters): Type<unknown> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        serviceName: SERVICE_NAME,
        settings,
        eventSourcing: { context: CONTEXT, topic: fundTopic() },
        inMemory,
      }),
    ],
    controllers: [TrustFundController, FundFiguresProjector],
  })
  class AppModule {}
  return AppModule;
}
