import { startService } from '@salw/platform';
import { consumerOf, createAppModule } from './app.module';
import { loadKpiAggregationSettings } from './settings';

const settings = loadKpiAggregationSettings();
void startService(createAppModule(settings), {
  title: 'KPI aggregation',
  description:
    'Series, regional (WB6) totals with coverage, derived indicators, completeness, as-of queries and the regional report, ' +
    'projected from reporting.reports.v1. Publishes KpiFactRecorded and RegionalReportCompiled on kpi.facts.v1.',
  settings: settings.platform,
  consumer: consumerOf(settings),
});
