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
 * Not loaded: KPI 4 and KPI 12 (charts without numbers; "993 firearms and 36,336 pieces of ammunition were disposed"
 * is not attributed to a year), the AVMP figures (SEESAC's, not the jurisdiction's report).
 *
 * Run: node -r @swc-node/register services/report-intake/src/demo/seed.ts   (REPORT_INTAKE_URL, JWT_SECRET)
 */
import { issueToken } from '@salw/platform';

type Value = { kind: 'number'; amount: string } | { kind: 'no_data'; reason: string };
interface SeedObservation {
  measure: string;
  dimensions: Record<string, string>;
  value: Value;
}

export const DEMO_JURISDICTION = 'pristina';
export const DEMO_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
const NO_DATA = 'No data';

/** KPI 3 tables of seed 003, by offence category and measure, 2018..2024 (null = "No data"). */
const KPI3: Record<string, Record<string, (number | null)[]>> = {
  illegal_possession: {
    kpi3_reported_cases: [1327, 2187, 1003, 1414, 1498, 1397, 1434],
    kpi3_reported_individuals: [1691, 3063, 1339, 1782, 1887, 1773, 1510],
    kpi3_solved_with_conviction: [null, 580, 14, 42, 339, 33, 591],
    kpi3_solved_another_way: [null, 162, 7, 6, 17, 0, 198],
  },
  trafficking: {
    kpi3_reported_cases: [19, 61, 10, 15, 22, 20, 19],
    kpi3_reported_individuals: [56, 76, 19, 42, 38, 35, 47],
    kpi3_solved_with_conviction: [null, 8, 0, 0, 69, 0, 5],
    kpi3_solved_another_way: [null, 2, 0, 0, 0, 0, 7],
  },
};

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
  const index = DEMO_YEARS.indexOf(year);
  const observations: SeedObservation[] = [];
  for (const [category, measures] of Object.entries(KPI3)) {
    for (const [measure, values] of Object.entries(measures)) {
      const amount = values[index];
      observations.push({
        measure,
        dimensions: { offence_category: category },
        value: amount === null ? { kind: 'no_data', reason: NO_DATA } : number(amount),
      });
    }
  }
  for (const [measure, amount] of STATED[year] ?? []) observations.push({ measure, dimensions: {}, value: number(amount) });
  return observations;
}

export interface SeedSummary {
  accepted: number;
  alreadyAccepted: number;
}

export async function seedDemo(baseUrl: string, token: string): Promise<SeedSummary> {
  const summary: SeedSummary = { accepted: 0, alreadyAccepted: 0 };
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
  for (const year of DEMO_YEARS) {
    const path = `/kpi-reports/${DEMO_JURISDICTION}/${year}`;
    const existing = await call('GET', path);
    const status = existing.status === 200 ? existing.body.current?.status : undefined;
    if (status === 'accepted') {
      summary.alreadyAccepted += 1;
      continue;
    }
    if (status !== 'submitted') {
      const submitted = await call('POST', `${path}/submission`, { observations: demoObservations(year) }, `demo-003-${year}-submission`);
      if (submitted.status !== 200) throw new Error(`Submitting ${path} failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
    }
    const accepted = await call('POST', `${path}/acceptance`, {}, `demo-003-${year}-acceptance`);
    if (accepted.status !== 200) throw new Error(`Accepting ${path} failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    summary.accepted += 1;
  }
  return summary;
}

if (require.main === module) {
  const baseUrl = process.env.REPORT_INTAKE_URL ?? 'http://127.0.0.1:3001';
  const token = issueToken(process.env.JWT_SECRET ?? 'dev-only-secret-change-me-in-production', { subject: 'demo-seed@seesac', role: 'seesac' });
  seedDemo(baseUrl, token)
    .then((summary) => {
      console.log(`report-intake demo: ${summary.accepted} Pristina KPI reports (003, 2018–2024) accepted, ${summary.alreadyAccepted} already there`);
      process.exit(0);
    })
    .catch((error: Error) => {
      console.error(`report-intake demo failed: ${error.message}`);
      process.exit(1);
    });
}
