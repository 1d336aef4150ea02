import { Module, Type } from '@nestjs/common';
import { PlatformModule, PlatformSettings } from '@salw/platform';
import { TrustFundController } from './api/trust-fund.controller';
import { FundFiguresProjector } from './read-models/fund-figures/fund-figures.projector';
import { CONTEXT, fundTopic, SERVICE_NAME } from './settings';

/** The service's module for the given settings (tests pass their own database). */
export function createAppModule(settings: PlatformSettings): Type<unknown> {
  @Module({
    imports: [PlatformModule.forRoot({ serviceName: SERVICE_NAME, settings, eventSourcing: { context: CONTEXT, topic: fundTopic() } })],
    controllers: [TrustFundController, FundFiguresProjector],
  })
  class AppModule {}
  return AppModule;
}
