import { runDemoSeedCli } from '@salw/testing';

/**
 * Demo data of kpi-aggregation. Its values come from the report events (report-intake loads 003's KPI tables);
 * what this service itself accepts over REST is SEESAC compiling the regional report of the 13th round, which
 * the seed does idempotently (same Idempotency-Key: one RegionalReportCompiled however often it runs).
 */
export async function seedDemo(
  baseUrl: string,
  token: string,
  roundNumber = 13,
  waitMs = 30_000,
): Promise<{ round: number; compiled: boolean; etag?: string }> {
  const headers = { authorization: `Bearer ${token}` };
  // The round reaches this service as an event from report-intake's demo data: wait for it a little.
  const deadline = Date.now() + waitMs;
  let round = await fetch(`${baseUrl}/completeness/rounds/${roundNumber}`, { headers });
  while (round.status === 404 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    round = await fetch(`${baseUrl}/completeness/rounds/${roundNumber}`, { headers });
  }
  if (round.status === 404) return { round: roundNumber, compiled: false };
  if (!round.ok) throw new Error(`GET completeness of round ${roundNumber}: ${round.status} ${await round.text()}`);
  const compiled = await fetch(`${baseUrl}/regional-reports/${roundNumber}/compile`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': `demo-regional-report-${roundNumber}` },
  });
  if (compiled.status !== 201)
    throw new Error(`POST compile of round ${roundNumber}: ${compiled.status} ${await compiled.text()}`);
  return { round: roundNumber, compiled: true, etag: compiled.headers.get('etag') ?? undefined };
}

if (require.main === module)
  runDemoSeedCli('kpi-aggregation', seedDemo, (summary) =>
    summary.compiled
      ? `regional report of round ${summary.round} compiled (ETag ${summary.etag})`
      : `round ${summary.round} not opened yet (no report events), nothing to compile`,
  );
