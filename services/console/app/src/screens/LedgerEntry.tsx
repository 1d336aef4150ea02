import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, fund } from '../api/coordination';
import { EntryForm, filled, plainOptions, useFields } from '../components/EntryForm';
import { Loaded } from '../components/Status';
import { formatMoney } from '../money';
import { useUser } from '../session';
import { SteeringCommittee, useCommittee, useFundCommand } from './TrustFund';
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

  const forms = [
    isAgent && (
      <EntryForm
        key="deposit"
        title={t('ledger.deposit')}
        submitLabel={t('ledger.recordDeposit')}
        fields={[
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
        ]}
        onSubmit={record('/trust-fund/deposits', (v) => ({ body: filled(v) }))}
      />
    ),
    isAgent && (
      <EntryForm
        key="transfer"
        title={t('ledger.transfer')}
        submitLabel={t('ledger.makeTransfer')}
        fields={[
          f('transferId'),
          f('projectId'),
          f('recipient', 'select', { options: plainOptions(['UNDP', 'UNODC', 'SEESAC']) }),
          f('usdAmount', 'amount'),
          f('transferredOn', 'date'),
        ]}
        onSubmit={record('/trust-fund/transfers', (v) => ({ body: filled(v) }))}
      />
    ),
    isAgent && (
      <EntryForm
        key="refund"
        title={t('ledger.refund')}
        submitLabel={t('ledger.recordRefund')}
        fields={[
          f('refundId'),
          f('projectId'),
          f('organization', 'select', { options: plainOptions(['UNDP', 'UNODC']) }),
          f('usdAmount', 'amount'),
          f('refundedOn', 'date'),
          f('reason', 'textarea'),
        ]}
        onSubmit={record('/trust-fund/refunds', (v) => ({ body: filled(v) }))}
      />
    ),
    isSecretariat && (
      <EntryForm
        key="donor"
        title={t('ledger.donor')}
        submitLabel={t('ledger.registerDonor')}
        fields={[f('donorId'), f('name')]}
        onSubmit={record('/trust-fund/donors', (v) => ({ body: filled(v) }))}
      />
    ),
    isSecretariat && (
      <EntryForm
        key="pledge"
        title={t('ledger.pledge')}
        submitLabel={t('ledger.recordPledge')}
        fields={[
          f('pledgeId'),
          f('donorId', 'select', { options: donors }),
          f('currency', 'text', { initial: 'EUR' }),
          f('amount', 'amount'),
          f('pledgedOn', 'date'),
          f('note', 'textarea', { optional: true }),
        ]}
        onSubmit={record('/trust-fund/pledges', (v) => ({ body: filled(v) }))}
      />
    ),
  ].filter(Boolean);

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
