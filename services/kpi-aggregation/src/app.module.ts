import { Module, Type } from '@nestjs/common';
import { PlatformModule, PlatformSettings } from '@salw/platform';
import { KPI_CONTEXT, KPI_FACTS_TOPIC, SERVICE_NAME } from './constants';
import { CompletenessController } from './read-models/completeness/completeness.controller';
import { DerivedIndicatorsController } from './read-models/derived-indicators/derived-indicators.controller';
import { RegionalReportController } from './read-models/regional-report/regional-report.controller';
import { RegionalTotalsController } from './read-models/regional-totals/regional-totals.controller';
import { ReportEventsProjector } from './read-models/report-events.projector';
import { SeriesController } from './read-models/series/series.controller';

export const CONTROLLERS = [
  ReportEventsProjector,
  SeriesController,
  RegionalTotalsController,
  DerivedIndicatorsController,
  CompletenessController,
  RegionalReportController,
];

/** The service's module for given settings (tests pass their own database). */
export function appModule(settings: PlatformSettings): Type<unknown> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        serviceName: SERVICE_NAME,
        settings,
        eventSourcing: { context: KPI_CONTEXT, topic: KPI_FACTS_TOPIC },
      }),
    ],
    controllers: CONTROLLERS,
  })
  class AppModule {}
  return AppModule;
}
