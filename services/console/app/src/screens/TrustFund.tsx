import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, fund, FundAnswer, Refusal } from '../api/coordination';
import { Loading } from '../components/Status';
import { formatDate, formatMoney } from '../money';
import '../coordination.css';

export interface Ledger {
  currency: string;
  sources: {
    depositsByDonor: Array<{
      donorId: string;
      donor: string;
      usd: string;
      deposits: number;
      firstDepositOn?: string;
      byYear: Array<{ year: number; usd: string }>;
    }>;
    depositsByYear: Array<{ year: number; usd: string }>;
    deposits: string;
    refunds: string;
  };
  uses: {
    administrativeAgentFee: { rate: string; usd: string };
    transferred: string;
    indirectCostsWithinTransfers: { rate: string; usd: string };
  };
  allocatedToApprovedProjects: string;
  availableBalance: string;
  pledgedNotDeposited: Array<{
    pledgeId: string;
    donor: string;
    currency: string;
    pledged: string;
    deposited: string;
    outstanding: string;
    pledgedOn: string;
    note?: string;
  }>;
}
export type Committee = FundAnswer<'SteeringCommitteeDto'>;
export type Contributions = FundAnswer<'ContributionsDto'>;

/** A fund read model: undefined while nothing is recorded (the service answers 404), never zeros. */
async function figures<T>(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<T | undefined> {
  try {
    return await answer<T>(call);
  } catch (error) {
    if (error instanceof Refusal && error.problem.statusCode === 404) return undefined;
    throw error;
  }
}
export const useLedger = () =>
  useQuery({ queryKey: ['fund', 'ledger'], queryFn: () => figures<Ledger>(fund.GET('/trust-fund/ledger')) });
export const useContributions = () =>
  useQuery({
    queryKey: ['fund', 'contributions'],
    queryFn: () => figures<Contributions>(fund.GET('/trust-fund/contributions')),
  });
/** `follow`: look again every few seconds (the committee is a projection of the deposits: it changes just after one). */
export const useCommittee = (follow = false) =>
  useQuery({
    queryKey: ['fund', 'committee'],
    queryFn: () => figures<Committee>(fund.GET('/trust-fund/steering-committee')),
    refetchInterval: follow ? 3000 : false,
  });

const Money = ({ amount, currency = 'USD' }: { amount: string; currency?: string }) => (
  <td className="amount">{formatMoney(amount, currency)}</td>
);

function SourcesAndUses({ ledger }: { ledger: Ledger }) {
  const { t } = useTranslation();
  const rate = (value: string) =>
    new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(value as unknown as number);
  const rows: Array<[string, string]> = [
    [t('fund.deposits'), ledger.sources.deposits],
    [t('fund.refunds'), ledger.sources.refunds],
  ];
  const uses: Array<[string, string]> = [
    [t('fund.aaFee', { rate: rate(ledger.uses.administrativeAgentFee.rate) }), ledger.uses.administrativeAgentFee.usd],
    [t('fund.transferred'), ledger.uses.transferred],
    [
      t('fund.indirectCosts', { rate: rate(ledger.uses.indirectCostsWithinTransfers.rate) }),
      ledger.uses.indirectCostsWithinTransfers.usd,
    ],
  ];
  return (
    <section>
      <h2>{t('fund.sourcesAndUses')}</h2>
      <table>
        <caption>{t('fund.sourcesAndUsesCaption')}</caption>
        <tbody>
          <tr>
            <th scope="rowgroup" colSpan={2}>
              {t('fund.sources')}
            </th>
          </tr>
          {rows.map(([label, usd]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <Money amount={usd} />
            </tr>
          ))}
          <tr>
            <th scope="rowgroup" colSpan={2}>
              {t('fund.uses')}
            </th>
          </tr>
          {uses.map(([label, usd]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <Money amount={usd} />
            </tr>
          ))}
          <tr>
            <th scope="row">{t('fund.allocated')}</th>
            <Money amount={ledger.allocatedToApprovedProjects} />
          </tr>
          <tr>
            <th scope="row">{t('fund.balance')}</th>
            <Money amount={ledger.availableBalance} />
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** Each donor's deposits per year in the currency deposited, beside the USD booked (currencies are never added together). */
function OriginalCurrencies({ contributions }: { contributions: Contributions }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption>{t('fund.originalCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fund.donor')}</th>
          <th scope="col">{t('fund.year')}</th>
          <th scope="col">{t('fund.asDeposited')}</th>
          <th scope="col">{t('fund.usdBooked')}</th>
        </tr>
      </thead>
      <tbody>
        {contributions.byDonor.flatMap((donor) =>
          donor.byYear.flatMap((year) =>
            year.original.map((line) => (
              <tr key={`${donor.donorId}:${year.year}:${line.currency}`}>
                <th scope="row">{donor.donor}</th>
                <td>{year.year}</td>
                <Money amount={line.amount} currency={line.currency} />
                <Money amount={line.usd} />
              </tr>
            )),
          ),
        )}
      </tbody>
    </table>
  );
}

function ContributionsSection({ ledger, contributions }: { ledger: Ledger; contributions?: Contributions }) {
  const { t } = useTranslation();
  const years = ledger.sources.depositsByYear.map((row) => row.year);
  return (
    <section>
      <h2>{t('fund.contributions')}</h2>
      <table>
        <caption>{t('fund.contributionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fund.donor')}</th>
            {years.map((year) => (
              <th scope="col" key={year}>
                {year}
              </th>
            ))}
            <th scope="col">{t('fund.totalUsd')}</th>
          </tr>
        </thead>
        <tbody>
          {ledger.sources.depositsByDonor.map((donor) => (
            <tr key={donor.donorId}>
              <th scope="row">{donor.donor}</th>
              {years.map((year) => {
                const usd = donor.byYear.find((row) => row.year === year)?.usd;
                return usd ? (
                  <Money key={year} amount={usd} />
                ) : (
                  <td key={year} className="value-missing">
                    {t('fund.noDeposit')}
                  </td>
                );
              })}
              <Money amount={donor.usd} />
            </tr>
          ))}
          <tr>
            <th scope="row">{t('fund.allDonors')}</th>
            {ledger.sources.depositsByYear.map((row) => (
              <Money key={row.year} amount={row.usd} />
            ))}
            <Money amount={ledger.sources.deposits} />
          </tr>
        </tbody>
      </table>
      {contributions && <OriginalCurrencies contributions={contributions} />}
      <h2>{t('fund.pledges')}</h2>
      {ledger.pledgedNotDeposited.length === 0 ? (
        <p>{t('fund.noPledges')}</p>
      ) : (
        <table>
          <caption>{t('fund.pledgesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fund.donor')}</th>
              <th scope="col">{t('fund.pledgedOn')}</th>
              <th scope="col">{t('fund.pledged')}</th>
              <th scope="col">{t('fund.depositedAgainst')}</th>
              <th scope="col">{t('fund.outstanding')}</th>
              <th scope="col">{t('fund.note')}</th>
            </tr>
          </thead>
          <tbody>
            {ledger.pledgedNotDeposited.map((pledge) => (
              <tr key={pledge.pledgeId}>
                <th scope="row">{pledge.donor}</th>
                <td>{formatDate(pledge.pledgedOn)}</td>
                <Money amount={pledge.pledged} currency={pledge.currency} />
                <Money amount={pledge.deposited} currency={pledge.currency} />
                <Money amount={pledge.outstanding} currency={pledge.currency} />
                <td>{pledge.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function SteeringCommittee({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="committee-heading">
      <h2 id="committee-heading">{t('fund.committee')}</h2>
      <p>{t('fund.rule', { rule: committee.rule })}</p>
      {committee.lastRecomposition && (
        <p>{t('fund.lastRecomposition', { reason: committee.lastRecomposition.reason })}</p>
      )}
      <table>
        <caption>{t('fund.committeeCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fund.member')}</th>
            <th scope="col">{t('fund.seat')}</th>
            <th scope="col">{t('fund.votes')}</th>
            <th scope="col">{t('fund.why')}</th>
          </tr>
        </thead>
        <tbody>
          {committee.members.map((member) => (
            <tr key={`${member.seat}:${member.name}`}>
              <th scope="row">{member.name}</th>
              <td>{t(`fund.seats.${member.seat}`)}</td>
              <td>{member.votes ? t('fund.yes') : t('fund.no')}</td>
              <td>{member.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Recompositions committee={committee} />
    </section>
  );
}

/** Every recomposition of the committee, newest first: when, why, and the members and seats after it. */
function Recompositions({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  if (committee.recompositions.length === 0) return <p>{t('fund.noRecomposition')}</p>;
  return (
    <table>
      <caption>{t('fund.recompositionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fund.when')}</th>
          <th scope="col">{t('fund.why')}</th>
          <th scope="col">{t('fund.membersAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {[...committee.recompositions].reverse().map((line) => (
          <tr key={line.causedByDepositId}>
            <th scope="row">
              {line.recomposedOn ? formatDate(line.recomposedOn) : t('fund.deposit', { id: line.causedByDepositId })}
            </th>
            <td>{line.reason}</td>
            <td>
              <ul>
                {line.members.map((member) => (
                  <li key={`${member.seat}:${member.name}`}>
                    {t('fund.memberSeat', { name: member.name, seat: t(`fund.seats.${member.seat}`) })}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The Trust Fund as the MPTF Office publishes it: sources and uses, contributions, pledges, the Steering Committee. */
export function TrustFund() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const contributions = useContributions();
  const committee = useCommittee();
  return (
    <>
      <h1>{t('fund.heading')}</h1>
      {ledger.isPending || ledger.error ? (
        <Loading error={ledger.error} />
      ) : ledger.data ? (
        <>
          <SourcesAndUses ledger={ledger.data} />
          <ContributionsSection ledger={ledger.data} contributions={contributions.data} />
        </>
      ) : (
        <p>{t('fund.nothingYet')}</p>
      )}
      {committee.isPending || committee.error ? (
        <Loading error={committee.error} />
      ) : (
        committee.data && <SteeringCommittee committee={committee.data} />
      )}
    </>
  );
}
