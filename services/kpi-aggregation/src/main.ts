import { startService } from '@salw/platform';
import { appModule } from './app.module';
import { CONSUMER_GROUP } from './constants';
import { kpiAggregationSettings } from './settings';

const settings = kpiAggregationSettings();
void startService(appModule(settings), {
  title: 'KPI aggregation',
  description:
    'Series, regional (WB6) totals with coverage, derived indicators, completeness, as-of queries and the regional report, ' +
    'projected from reporting.reports.v1. Publishes KpiFactRecorded and RegionalReportCompiled on kpi.facts.v1.',
  settings,
  consumerGroup: CONSUMER_GROUP,
});
