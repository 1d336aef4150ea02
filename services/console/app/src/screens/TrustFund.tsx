import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ClientPathsWithMethod } from 'openapi-fetch';
import { useTranslation } from 'react-i18next';
import { answer, fund, FundAnswer, Refusal } from '../api/coordination';
import { Values } from '../components/EntryForm';
import { amountColumn, Column, DataTable } from '../components/DataTable';
import { Loaded } from '../components/Status';
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

/** A command route of the fund. */
export type FundRoute = ClientPathsWithMethod<typeof fund, 'post'>;

/**
 * A fund command as a form's submit: the service's answer (a Refusal it shows inline when refused), then the fund's
 * reads again. `followUp`: once more a moment later, for read models that follow the write within moments.
 */
export function useFundCommand({ followUp = false } = {}) {
  const queries = useQueryClient();
  const reread = () => queries.invalidateQueries({ queryKey: ['fund'] });
  return (
      route: ClientPathsWithMethod<typeof fund, 'post'>,
      init: (values: Values) => { params?: { path: Record<string, string> }; body: unknown },
    ) =>
    async (values: Values) => {
      // The route and its body go together by name; the service checks the body against its schema.
      await answer(fund.POST(route, init(values) as never));
      await reread();
      if (followUp) setTimeout(() => void reread(), 1500);
    };
}

const Money = ({ amount, currency = 'USD' }: { amount: string; currency?: string }) => (
  <td className="amount">{formatMoney(amount, currency)}</td>
);

function SourcesAndUses({ ledger }: { ledger: Ledger }) {
  const { t } = useTranslation();
  const rate = (value: string) =>
    new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(value as unknown as number);
  const groups: Array<[string, Array<[string, string]>]> = [
    [
      t('fund.sources'),
      [
        [t('fund.deposits'), ledger.sources.deposits],
        [t('fund.refunds'), ledger.sources.refunds],
      ],
    ],
    [
      t('fund.uses'),
      [
        [
          t('fund.aaFee', { rate: rate(ledger.uses.administrativeAgentFee.rate) }),
          ledger.uses.administrativeAgentFee.usd,
        ],
        [t('fund.transferred'), ledger.uses.transferred],
        [
          t('fund.indirectCosts', { rate: rate(ledger.uses.indirectCostsWithinTransfers.rate) }),
          ledger.uses.indirectCostsWithinTransfers.usd,
        ],
      ],
    ],
  ];
  const lines: Array<[string, string]> = [
    [t('fund.allocated'), ledger.allocatedToApprovedProjects],
    [t('fund.balance'), ledger.availableBalance],
  ];
  const line = ([label, usd]: [string, string]) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <Money amount={usd} />
    </tr>
  );
  return (
    <section>
      <h2>{t('fund.sourcesAndUses')}</h2>
      <table>
        <caption>{t('fund.sourcesAndUsesCaption')}</caption>
        <tbody>
          {groups.map(([group, rows]) => [
            <tr key={group}>
              <th scope="rowgroup" colSpan={2}>
                {group}
              </th>
            </tr>,
            ...rows.map(line),
          ])}
          {lines.map(line)}
        </tbody>
      </table>
    </section>
  );
}

/** An amount column in the fund's currency (or the one each row names). */
const money = <Row,>(header: string, amount: (row: Row) => string, currency?: (row: Row) => string) =>
  amountColumn(header, (row: Row) => formatMoney(amount(row), currency?.(row) ?? 'USD'));

type Donor = Ledger['sources']['depositsByDonor'][number];
type DonorContributions = Contributions['byDonor'][number];
interface OriginalLine {
  donor: DonorContributions;
  year: number;
  line: DonorContributions['byYear'][number]['original'][number];
}

/** Each donor's deposits per year in the currency deposited, beside the USD booked (currencies are never added together). */
function OriginalCurrencies({ contributions }: { contributions: Contributions }) {
  const { t } = useTranslation();
  const lines: OriginalLine[] = contributions.byDonor.flatMap((donor) =>
    donor.byYear.flatMap((year) => year.original.map((line) => ({ donor, year: year.year, line }))),
  );
  return (
    <DataTable
      caption={t('fund.originalCaption')}
      rows={lines}
      rowKey={({ donor, year, line }) => `${donor.donorId}:${year}:${line.currency}`}
      columns={[
        { header: t('fund.donor'), rowHeader: true, cell: ({ donor }) => donor.donor },
        { header: t('fund.year'), cell: ({ year }) => year },
        money<OriginalLine>(
          t('fund.asDeposited'),
          ({ line }) => line.amount,
          ({ line }) => line.currency,
        ),
        money<OriginalLine>(t('fund.usdBooked'), ({ line }) => line.usd),
      ]}
    />
  );
}

type Pledge = Ledger['pledgedNotDeposited'][number];

function ContributionsSection({ ledger, contributions }: { ledger: Ledger; contributions?: Contributions }) {
  const { t } = useTranslation();
  const years = ledger.sources.depositsByYear.map((row) => row.year);
  // A year a donor deposited nothing in says so; it is not a 0.
  const usdIn = (donor: Donor, year: number) => donor.byYear.find((row) => row.year === year)?.usd;
  const yearColumn = (year: number): Column<Donor> => ({
    header: year,
    cell: (donor) => {
      const usd = usdIn(donor, year);
      return usd ? formatMoney(usd) : t('fund.noDeposit');
    },
    className: (donor) => (usdIn(donor, year) ? 'amount' : 'value-missing'),
  });
  return (
    <section>
      <h2>{t('fund.contributions')}</h2>
      <DataTable
        caption={t('fund.contributionsCaption')}
        rows={ledger.sources.depositsByDonor}
        rowKey={(donor) => donor.donorId}
        columns={[
          { header: t('fund.donor'), rowHeader: true, cell: (donor) => donor.donor },
          ...years.map(yearColumn),
          money<Donor>(t('fund.totalUsd'), (donor) => donor.usd),
        ]}
      >
        <tr>
          <th scope="row">{t('fund.allDonors')}</th>
          {ledger.sources.depositsByYear.map((row) => (
            <Money key={row.year} amount={row.usd} />
          ))}
          <Money amount={ledger.sources.deposits} />
        </tr>
      </DataTable>
      {contributions && <OriginalCurrencies contributions={contributions} />}
      <h2>{t('fund.pledges')}</h2>
      {ledger.pledgedNotDeposited.length === 0 ? (
        <p>{t('fund.noPledges')}</p>
      ) : (
        <DataTable<Pledge>
          caption={t('fund.pledgesCaption')}
          rows={ledger.pledgedNotDeposited}
          rowKey={(pledge) => pledge.pledgeId}
          columns={[
            { header: t('fund.donor'), rowHeader: true, cell: (pledge) => pledge.donor },
            { header: t('fund.pledgedOn'), cell: (pledge) => formatDate(pledge.pledgedOn) },
            money(
              t('fund.pledged'),
              (pledge) => pledge.pledged,
              (pledge) => pledge.currency,
            ),
            money(
              t('fund.depositedAgainst'),
              (pledge) => pledge.deposited,
              (pledge) => pledge.currency,
            ),
            money(
              t('fund.outstanding'),
              (pledge) => pledge.outstanding,
              (pledge) => pledge.currency,
            ),
            { header: t('fund.note'), cell: (pledge) => pledge.note ?? '' },
          ]}
        />
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
      <DataTable
        caption={t('fund.committeeCaption')}
        rows={committee.members}
        rowKey={(member) => `${member.seat}:${member.name}`}
        columns={[
          { header: t('fund.member'), rowHeader: true, cell: (member) => member.name },
          { header: t('fund.seat'), cell: (member) => t(`fund.seats.${member.seat}`) },
          { header: t('fund.votes'), cell: (member) => (member.votes ? t('fund.yes') : t('fund.no')) },
          { header: t('fund.why'), cell: (member) => member.reason },
        ]}
      />
      <Recompositions committee={committee} />
    </section>
  );
}

/** Every recomposition of the committee, newest first: when, why, and the members and seats after it. */
function Recompositions({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  if (committee.recompositions.length === 0) return <p>{t('fund.noRecomposition')}</p>;
  return (
    <DataTable
      caption={t('fund.recompositionsCaption')}
      rows={[...committee.recompositions].reverse()}
      rowKey={(line) => line.causedByDepositId}
      columns={[
        {
          header: t('fund.when'),
          rowHeader: true,
          cell: (line) =>
            line.recomposedOn ? formatDate(line.recomposedOn) : t('fund.deposit', { id: line.causedByDepositId }),
        },
        { header: t('fund.why'), cell: (line) => line.reason },
        {
          header: t('fund.membersAfter'),
          cell: (line) => (
            <ul>
              {line.members.map((member) => (
                <li key={`${member.seat}:${member.name}`}>
                  {t('fund.memberSeat', { name: member.name, seat: t(`fund.seats.${member.seat}`) })}
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
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
      <Loaded query={ledger} empty={<p>{t('fund.nothingYet')}</p>}>
        {(figures) => (
          <>
            <SourcesAndUses ledger={figures} />
            <ContributionsSection ledger={figures} contributions={contributions.data} />
          </>
        )}
      </Loaded>
      <Loaded query={committee}>{(members) => <SteeringCommittee committee={members} />}</Loaded>
    </>
  );
}
