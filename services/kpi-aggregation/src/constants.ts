export const SERVICE_NAME = 'kpi-aggregation';
export const CONTEXT = 'kpi';
/** What `@EventPattern` binds each projector to; the settings say which topic each is (consumerOf in app.module). */
export const CONSUMED = { reports: 'reports' } as const;
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
