/** Topic names are read once at load time: `@EventPattern(topic)` needs them at class-definition time. */
export const REPORTS_TOPIC = process.env.REPORTS_TOPIC ?? 'reporting.reports.v1';
/** The kpi context's topic: `KpiFactRecorded` (one per observation) and `RegionalReportCompiled`. */
export const KPI_FACTS_TOPIC = process.env.KPI_FACTS_TOPIC ?? 'kpi.facts.v1';
export const CONSUMER_GROUP = process.env.KPI_AGGREGATION_GROUP ?? 'kpi-aggregation';
export const SERVICE_NAME = 'kpi-aggregation';
export const KPI_CONTEXT = 'kpi';
/** The projections this service owns (dropped and rebuilt by `src/rebuild.ts`). */
export const PROJECTIONS = { series: 'kpi_series', reports: 'report_status', rounds: 'reporting_rounds' } as const;
/**
 * What each compile froze: the regional report exactly as compiled, keyed by round and content hash (written before
 * its RegionalReportCompiled event, so the event never names an edition that is not stored). Not a projection: it is
 * not rebuilt from topics.
 */
export const EDITIONS = 'regional_report_editions';
/** Who may read the figures: everyone with a role (the regional figures are not secret). */
export const READERS = ['analyst', 'seesac', 'ministry', 'donor', 'administrative_agent'] as const;
