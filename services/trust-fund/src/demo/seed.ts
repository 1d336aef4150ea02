/**
 * Demo data from the seeds, loaded over REST as the Administrative Agent and the Secretariat would:
 * - 000 (SEESAC Roadmap page, "Status of contributions by donors"): Sweden SEK 7 million = USD 724,300;
 *   UK GBP 500,000 = USD 651,550; Norway NOK 1.67 million = USD 184,958. The page gives amounts, not
 *   dates nor rates: the date 2019-12-31 is INVENTED (the page was written before the Berlin conference
 *   "at the beginning of 2020", so the deposits were made by then), each deposit's note says so, and the
 *   rate is derived exactly from the USD amount the page publishes.
 * - 004 (4th Regional Roadmap Coordination Meeting, 25-26 November 2020): the donors (Germany, France,
 *   EU ex officio; UK, Netherlands, Sweden, Norway), the governance (fixed in the domain: the ex officio members, UNDP and
 *   UNODC participating, MPTF Office Administrative Agent, SEESAC Secretariat) and Germany's new
 *   EUR 3 million pledge (dated 2020-11-26, the day it was announced).
 * Idempotent: every item carries an Idempotency-Key, and registering a donor again changes nothing.
 * Usage: node -r @swc-node/register services/trust-fund/src/demo/seed.ts  (TRUST_FUND_URL; the token is the demo Administrative Agent's, from the local Keycloak)
 */
import { runDemoSeedCli } from '@salw/testing';

export const DEMO_DONORS = [
  // Germany, France and the EU sit ex officio by the fund's governance (004), not by anything said here.
  { donorId: 'germany', name: 'Germany' },
  { donorId: 'france', name: 'France' },
  { donorId: 'european-union', name: 'European Union' },
  { donorId: 'united-kingdom', name: 'United Kingdom' },
  { donorId: 'netherlands', name: 'Netherlands' },
  { donorId: 'sweden', name: 'Sweden' },
  { donorId: 'norway', name: 'Norway' },
];

const ASSUMED =
  'date invented: seed 000 gives the amount, not when it was deposited nor at what rate; 2019-12-31 stands in for "by early 2020" (the page predates the Berlin conference); rate derived from the USD amount published';
export const DEMO_DEPOSITS = [
  { depositId: 'sweden-1', donorId: 'sweden', currency: 'SEK', amount: '7000000.00', usdAmount: '724300.00' },
  {
    depositId: 'united-kingdom-1',
    donorId: 'united-kingdom',
    currency: 'GBP',
    amount: '500000.00',
    usdAmount: '651550.00',
  },
  { depositId: 'norway-1', donorId: 'norway', currency: 'NOK', amount: '1670000.00', usdAmount: '184958.00' },
].map((deposit) => ({
  ...deposit,
  rateDate: '2019-12-31',
  rateSource: 'MPTF Office',
  depositedOn: '2019-12-31',
  note: ASSUMED,
}));

export const DEMO_PLEDGES = [
  {
    pledgeId: 'germany-2020-11',
    donorId: 'germany',
    currency: 'EUR',
    amount: '3000000.00',
    pledgedOn: '2020-11-26',
    note: 'announced at the 4th Regional Roadmap Coordination Meeting (seed 004) to finance new projects',
  },
];

export interface SeedSummary {
  donors: number;
  deposits: number;
  pledges: number;
  depositedUsd: string;
}

/** `agent`: an access token of the Administrative Agent. */
export async function seedTrustFund(baseUrl: string, agent: string): Promise<SeedSummary> {
  const post = async (path: string, key: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}`, 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path} (${key}) answered ${response.status}: ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  for (const donor of DEMO_DONORS) await post('/trust-fund/donors', `demo-donor-${donor.donorId}`, donor);
  for (const pledge of DEMO_PLEDGES) await post('/trust-fund/pledges', `demo-pledge-${pledge.pledgeId}`, pledge);
  let fund: Record<string, unknown> = {};
  for (const deposit of DEMO_DEPOSITS)
    fund = await post('/trust-fund/deposits', `demo-deposit-${deposit.depositId}`, deposit);
  return {
    donors: DEMO_DONORS.length,
    deposits: DEMO_DEPOSITS.length,
    pledges: DEMO_PLEDGES.length,
    depositedUsd: String(fund.depositedUsd),
  };
}

if (require.main === module)
  runDemoSeedCli(
    'trust-fund',
    seedTrustFund,
    (summary) =>
      `${summary.donors} donors, ${summary.pledges} pledge, ${summary.deposits} deposits, USD ${summary.depositedUsd} deposited`,
    'administrative_agent',
  );
