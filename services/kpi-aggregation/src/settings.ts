import { loadServiceSettings, nameSetting, ServiceSettingsOf } from '@salw/platform';
import { z } from 'zod';

/** Settings of KPI aggregation besides the platform's (tests isolate themselves with topics and a group of their own). */
export const kpiAggregationSettingsSchema = z.object({
  /** The report events this service projects (the reporting contract). */
  REPORTS_TOPIC: nameSetting('reporting.reports.v1'),
  /** The kpi context's topic: `KpiFactRecorded` (one per observation) and `RegionalReportCompiled`. */
  KPI_FACTS_TOPIC: nameSetting('kpi.facts.v1'),
  /** The consumer group (a test's own process must not join the platform's group). */
  KPI_AGGREGATION_GROUP: nameSetting('kpi-aggregation'),
});
export type KpiAggregationSettings = ServiceSettingsOf<z.infer<typeof kpiAggregationSettingsSchema>>;

export function loadKpiAggregationSettings(env: NodeJS.ProcessEnv = process.env): KpiAggregationSettings {
  return loadServiceSettings(
    { PORT: 3002, MONGO_DB: 'kpi_aggregation', OIDC_AUDIENCE: 'kpi-aggregation' },
    kpiAggregationSettingsSchema,
    env,
  );
}
