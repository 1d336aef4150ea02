import { Module, Type } from '@nestjs/common';
import { ConsumerSettings, InMemoryAdapters, PlatformModule } from '@salw/platform';
import { CONSUMED, CONTEXT, SERVICE_NAME } from './constants';
import { CompletenessController } from './read-models/completeness/completeness.controller';
import { DerivedIndicatorsController } from './read-models/derived-indicators/derived-indicators.controller';
import { RegionalReportController } from './read-models/regional-report/regional-report.controller';
import { RegionalTotalsController } from './read-models/regional-totals/regional-totals.controller';
import { ReportEventsProjector } from './read-models/report-events.projector';
import { SeriesController } from './read-models/series/series.controller';
import { KpiAggregationSettings } from './settings';

export const CONTROLLERS = [
  ReportEventsProjector,
  SeriesController,
  RegionalTotalsController,
  DerivedIndicatorsController,
  CompletenessController,
  RegionalReportController,
];

/** The service's module for the given settings (tests pass their own database, API specs the in-memory adapters). */
export function createAppModule(settings: KpiAggregationSettings, inMemory?: InMemoryAdapters): Type<unknown> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        serviceName: SERVICE_NAME,
        settings: settings.platform,
        eventSourcing: { context: CONTEXT, topic: settings.service.KPI_FACTS_TOPIC },
        inMemory,
      }),
    ],
    controllers: CONTROLLERS,
  })
  class AppModule {}
  return AppModule;
}

/** The service's consumer group, and the topic each projector's pattern stands for. */
export function consumerOf(settings: KpiAggregationSettings): ConsumerSettings {
  return {
    group: settings.service.KPI_AGGREGATION_GROUP,
    topics: { [CONSUMED.reports]: settings.service.REPORTS_TOPIC },
  };
}
