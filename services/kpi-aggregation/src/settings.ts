import { loadSettings } from '@salw/platform';

export const kpiAggregationSettings = (env: NodeJS.ProcessEnv = process.env) =>
  loadSettings({ PORT: 3002, MONGO_DB: 'kpi_aggregation', OIDC_AUDIENCE: 'kpi-aggregation' }, env);
