import { Module, Type } from '@nestjs/common';
import { ConsumerSettings, InMemoryAdapters, PlatformModule } from '@salw/platform';
import { TrustFundController } from './api/trust-fund.controller';
import { FundFiguresProjector } from './read-models/fund-figures/fund-figures.projector';
import { CONSUMED, CONTEXT, SERVICE_NAME, TrustFundSettings } from './settings';

/** The service's module for the given settings (tests pass their own database, API specs the in-memory adapters). */
export function createAppModule(settings: TrustFundSettings, inMemory?: InMemoryAdapters): Type<unknown> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        serviceName: SERVICE_NAME,
        settings: settings.platform,
        eventSourcing: { context: CONTEXT, topic: settings.service.FUND_TOPIC },
        inMemory,
      }),
    ],
    controllers: [TrustFundController, FundFiguresProjector],
  })
  class AppModule {}
  return AppModule;
}

/** The service's consumer group, and the topic each projector's pattern stands for. */
export function consumerOf(settings: TrustFundSettings): ConsumerSettings {
  return { group: settings.service.TRUST_FUND_GROUP, topics: { [CONSUMED.fund]: settings.service.FUND_TOPIC } };
}
