import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, fund } from '../api/coordination';
import { EntryForm, Field, filled, plainOptions, useFields } from '../components/EntryForm';
import { Loaded } from '../components/Status';
import { formatMoney } from '../money';
import { useUser } from '../session';
import { FundRoute, SteeringCommittee, useCommittee, useFundCommand } from './TrustFund';
import '../coordination.css';

interface FundAggregate {
  donors: Array<{ donorId: string; name: string; exOfficio: boolean; depositedUsd: string }>;
  pledges: Array<{ pledgeId: string; donorId: string; currency: string; amount: string; deposited: string }>;
  availableBalance: string;
}
const useFund = () =>
  useQuery({ queryKey: ['fund', 'aggregate'], queryFn: () => answer<FundAggregate>(fund.GET('/trust-fund/fund')) });

/** Deposits, transfers and refunds for the Administrative Agent; donors and pledges for the secretariat (SEESAC). */
export function LedgerEntry() {
  const { t } = useTranslation();
  const user = useUser();
  const aggregate = useFund();
  // The balance is the fund's own (read from its events); the committee is a projection that follows within moments.
  const committee = useCommittee(true);
  const record = useFundCommand();
  const donors = (aggregate.data?.donors ?? []).map((donor) => ({ value: donor.donorId, label: donor.name }));
  const f = useFields('ledger.fields');
  const isAgent = user.roles.includes('administrative_agent');
  const isSecretariat = user.roles.includes('seesac');

  // Who records what: the Administrative Agent the money, the secretariat the donors and pledges.
  const commands: Array<{ allowed: boolean; form: string; submit: string; fields: Field[]; route: FundRoute }> = [
    {
      allowed: isAgent,
      form: 'deposit',
      submit: 'recordDeposit',
      route: '/trust-fund/deposits',
      fields: [
        f('depositId'),
        f('donorId', 'select', { options: donors }),
        f('pledgeId', 'text', { optional: true }),
        f('currency', 'text', { initial: 'USD' }),
        f('amount', 'amount'),
        f('usdAmount', 'amount'),
        f('rateDate', 'date'),
        f('rateSource', 'text', { initial: 'MPTF Office' }),
        f('depositedOn', 'date'),
        f('note', 'textarea', { optional: true }),
      ],
    },
    {
      allowed: isAgent,
      form: 'transfer',
      submit: 'makeTransfer',
      route: '/trust-fund/transfers',
      fields: [
        f('transferId'),
        f('projectId'),
        f('recipient', 'select', { options: plainOptions(['UNDP', 'UNODC', 'SEESAC']) }),
        f('usdAmount', 'amount'),
        f('transferredOn', 'date'),
      ],
    },
    {
      allowed: isAgent,
      form: 'refund',
      submit: 'recordRefund',
      route: '/trust-fund/refunds',
      fields: [
        f('refundId'),
        f('projectId'),
        f('organization', 'select', { options: plainOptions(['UNDP', 'UNODC']) }),
        f('usdAmount', 'amount'),
        f('refundedOn', 'date'),
        f('reason', 'textarea'),
      ],
    },
    {
      allowed: isSecretariat,
      form: 'donor',
      submit: 'registerDonor',
      route: '/trust-fund/donors',
      fields: [f('donorId'), f('name')],
    },
    {
      allowed: isSecretariat,
      form: 'pledge',
      submit: 'recordPledge',
      route: '/trust-fund/pledges',
      fields: [
        f('pledgeId'),
        f('donorId', 'select', { options: donors }),
        f('currency', 'text', { initial: 'EUR' }),
        f('amount', 'amount'),
        f('pledgedOn', 'date'),
        f('note', 'textarea', { optional: true }),
      ],
    },
  ];
  const forms = commands
    .filter((command) => command.allowed)
    .map(({ form, submit, fields, route }) => (
      <EntryForm
        key={form}
        title={t(`ledger.${form}`)}
        submitLabel={t(`ledger.${submit}`)}
        fields={fields}
        onSubmit={record(route, (v) => ({ body: filled(v) }))}
      />
    ));

  return (
    <>
      <h1>{t('ledger.heading')}</h1>
      <Loaded query={aggregate}>
        {(fundNow) => (
          <p aria-live="polite">{t('ledger.balance', { amount: formatMoney(fundNow.availableBalance) })}</p>
        )}
      </Loaded>
      {forms.length === 0 ? <p>{t('ledger.readOnly')}</p> : <div className="forms">{forms}</div>}
      {committee.data && <SteeringCommittee committee={committee.data} />}
    </>
  );
}
