/*
 * Demo data: Pristina's 2018–2024 figures from seed 003 (progress report slides, Pristina, 16 June 2025), loaded over
 * REST with a SEESAC token as accepted annual KPI reports. Idempotent: a year already accepted is skipped, every
 * write carries an Idempotency-Key.
 *
 * Only what the slides state as numbers is loaded:
 * - KPI 3: both tables (illegal possession, trafficking of FAE), 2018–2024; 2018 adjudications are "No data".
 * - KPI 10: firearm-related incidents, 32 in 2023 and 1,262 in 2024.
 * - KPI 11: "Two cases reported in 2018"; 1,415 firearms surrendered in the 2019 campaign; in 2024 no voluntarily
 *   surrendered firearms or ammunition and no reductions through legalization or deactivation.
 * - The narrative report of round 13 (period 2024), goal by goal in 003's words (narrative-003.ts), accepted.
 * Not loaded: KPI 4 and KPI 12 (charts without numbers; "993 firearms and 36,336 pieces of ammunition were disposed"
 * is not attributed to a year), the AVMP figures (SEESAC's, not the jurisdiction's report).
 *
 * Run: node -r @swc-node/register services/report-intake/src/demo/seed.ts   (REPORT_INTAKE_URL; the token is the demo SEESAC officer's, from the local Keycloak)
 */
import { kpi3Observations, KPI3_YEARS, SeedValue } from '@salw/kpi-catalogue';
import { runDemoSeedCli } from '@salw/testing';
import { NARRATIVE_PERIOD, PRISTINA_NARRATIVE_003 } from './narrative-003';

type Value = SeedValue;
interface SeedObservation {
  measure: string;
  dimensions: Record<string, string>;
  value: Value;
}

export const DEMO_JURISDICTION = 'pristina';
export const DEMO_YEARS: number[] = [...KPI3_YEARS];

/** Figures the slides state in words, by year. */
const STATED: Record<number, [string, number][]> = {
  2018: [['kpi11_voluntary_surrender_cases', 2]],
  2019: [['kpi11_firearms_surrendered', 1415]],
  2023: [['kpi10_firearm_incidents', 32]],
  2024: [
    ['kpi10_firearm_incidents', 1262],
    ['kpi11_voluntary_surrender_cases', 0],
    ['kpi11_firearms_surrendered', 0],
    ['kpi11_ammunition_surrendered', 0],
    ['kpi11_firearms_legalized', 0],
    ['kpi11_firearms_deactivated', 0],
  ],
};

const number = (amount: number): Value => ({ kind: 'number', amount: String(amount) });

export function demoObservations(year: number): SeedObservation[] {
  const observations: SeedObservation[] = kpi3Observations(year);
  for (const [measure, amount] of STATED[year] ?? [])
    observations.push({ measure, dimensions: {}, value: number(amount) });
  return observations;
}

export interface SeedSummary {
  accepted: number;
  alreadyAccepted: number;
  narrativeAccepted: boolean;
}

/**
 * The round the 2024 report belongs to: the 13th progress reports, period 1 January–31 December 2024
 * (003: "Annual KPI Report (1 January - 31 December 2024)"). The seeds give NO due date (003 was presented on
 * 16 June 2025, which is not a due date): the round says so instead of inventing one, so nothing in it is late or overdue.
 */
export const DEMO_ROUND = {
  roundNumber: 13,
  label: '13th progress reports',
  periodFrom: '2024-01-01',
  periodTo: '2024-12-31',
  noDueDateReason: 'not in the seeds',
  reportYear: 2024,
};

export async function seedDemo(baseUrl: string, token: string): Promise<SeedSummary> {
  const summary: SeedSummary = { accepted: 0, alreadyAccepted: 0, narrativeAccepted: false };
  const call = async (method: string, path: string, body?: unknown, key?: string) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as { current?: { status?: string } }) : {} };
  };
  const round = await call('POST', '/reporting-rounds', DEMO_ROUND, `demo-round-${DEMO_ROUND.roundNumber}`);
  if (round.status !== 201 && round.status !== 409)
    throw new Error(`Opening round ${DEMO_ROUND.roundNumber} failed: ${round.status} ${JSON.stringify(round.body)}`);
  for (const year of DEMO_YEARS) {
    const path = `/kpi-reports/${DEMO_JURISDICTION}/${year}`;
    const existing = await call('GET', path);
    const status = existing.status === 200 ? existing.body.current?.status : undefined;
    if (status === 'accepted') {
      summary.alreadyAccepted += 1;
      continue;
    }
    if (status !== 'submitted') {
      const inRound = year === DEMO_ROUND.reportYear ? { roundNumber: DEMO_ROUND.roundNumber } : {};
      const submitted = await call(
        'POST',
        `${path}/submission`,
        { observations: demoObservations(year), ...inRound },
        `demo-003-${year}-submission`,
      );
      if (submitted.status !== 200)
        throw new Error(`Submitting ${path} failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
    }
    const accepted = await call('POST', `${path}/acceptance`, {}, `demo-003-${year}-acceptance`);
    if (accepted.status !== 200)
      throw new Error(`Accepting ${path} failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    summary.accepted += 1;
  }
  summary.narrativeAccepted = await seedNarrative(call);
  return summary;
}

type Call = (
  method: string,
  path: string,
  body?: unknown,
  key?: string,
) => Promise<{ status: number; body: { current?: { status?: string } } }>;

/** Pristina's narrative report of round 13 (003), submitted and accepted; true when this run accepted it. */
async function seedNarrative(call: Call): Promise<boolean> {
  const path = `/narrative-reports/${DEMO_JURISDICTION}/${NARRATIVE_PERIOD}`;
  const existing = await call('GET', path);
  const status = existing.status === 200 ? existing.body.current?.status : undefined;
  if (status === 'accepted') return false;
  if (status !== 'submitted') {
    const submitted = await call(
      'POST',
      `${path}/submission`,
      { goals: PRISTINA_NARRATIVE_003, roundNumber: DEMO_ROUND.roundNumber },
      'demo-003-narrative-submission',
    );
    if (submitted.status !== 200)
      throw new Error(`Submitting ${path} failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  }
  const accepted = await call('POST', `${path}/acceptance`, {}, 'demo-003-narrative-acceptance');
  if (accepted.status !== 200)
    throw new Error(`Accepting ${path} failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return true;
}

if (require.main === module)
  runDemoSeedCli(
    'report-intake',
    seedDemo,
    (summary) =>
      `${summary.accepted} Pristina KPI reports (003, 2018–2024) accepted, ${summary.alreadyAccepted} already there; narrative report 2024 ${summary.narrativeAccepted ? 'accepted' : 'already there'}`,
  );
