import { Module, Type } from '@nestjs/common';
import { InMemoryAdapters, PlatformModule } from '@salw/platform';
import { CatalogueController } from './api/catalogue.controller';
import { ReportStreams } from './api/report-streams';
import { ImportsController } from './api/imports.controller';
import { KpiReportsController } from './api/kpi-reports.controller';
import { NarrativeReportsController } from './api/narrative-reports.controller';
import { ReportListsController } from './api/report-lists.controller';
import { ReportLists } from './api/report-lists';
import { ReportingRoundsController } from './api/reporting-rounds.controller';
import { ImportService } from './imports/import.service';
import { ReportIntakeSettings, SERVICE_SETTINGS } from './settings';

export const SERVICE_TITLE = 'report-intake';
export const SERVICE_DESCRIPTION =
  "The REST door for the jurisdictions' annual KPI reports, narrative progress reports and reporting rounds of the SALW Roadmap. " +
  'Publishes every state change on the reporting topic (reporting.reports.v1).';
/** Non-JSON bodies the service reads (CSV imports). */
export const TEXT_BODIES = ['text/csv'];

/** The application module for a set of settings (tests build it with their own database and topic, API specs on the in-memory adapters). */
export function createAppModule(settings: ReportIntakeSettings, inMemory?: InMemoryAdapters): Type<unknown> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        serviceName: 'report-intake',
        settings: settings.platform,
        eventSourcing: { context: 'reporting', topic: settings.service.REPORTS_TOPIC },
        inMemory,
      }),
    ],
    controllers: [
      ReportListsController,
      CatalogueController,
      KpiReportsController,
      NarrativeReportsController,
      ReportingRoundsController,
      ImportsController,
    ],
    providers: [{ provide: SERVICE_SETTINGS, useValue: settings.service }, ReportStreams, ReportLists, ImportService],
  })
  class AppModule {}
  return AppModule;
}
