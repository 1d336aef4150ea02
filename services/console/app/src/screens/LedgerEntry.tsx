import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, fund, FundBody } from '../api/coordination';
import { EntryForm, Field, filled, Values } from '../components/EntryForm';
import { Loading } from '../components/Status';
import { formatMoney } from '../money';
import { useUser } from '../session';
import { SteeringCommittee, useCommittee } from './TrustFund';
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
  const queries = useQueryClient();
  const aggregate = useFund();
  // The balance is the fund's own (read from its events); the committee is a projection that follows within moments.
  const committee = useCommittee(true);
  const recorded = async (call: Promise<{ data?: unknown; error?: unknown; response: Response }>) => {
    await answer(call);
    await queries.invalidateQueries({ queryKey: ['fund'] });
  };
  const donors = (aggregate.data?.donors ?? []).map((donor) => ({ value: donor.donorId, label: donor.name }));
  const f = (name: string, kind?: Field['kind'], extra: Partial<Field> = {}): Field => ({
    name,
    label: t(`ledger.fields.${name}`),
    kind,
    ...extra,
  });
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
        onSubmit={(v: Values) =>
          recorded(fund.POST('/trust-fund/deposits', { body: filled<FundBody<'RecordDepositDto'>>(v) }))
        }
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
          f('recipient', 'select', { options: ['UNDP', 'UNODC', 'SEESAC'].map((o) => ({ value: o, label: o })) }),
          f('usdAmount', 'amount'),
          f('transferredOn', 'date'),
        ]}
        onSubmit={(v: Values) =>
          recorded(fund.POST('/trust-fund/transfers', { body: filled<FundBody<'MakeTransferDto'>>(v) }))
        }
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
          f('organization', 'select', { options: ['UNDP', 'UNODC'].map((o) => ({ value: o, label: o })) }),
          f('usdAmount', 'amount'),
          f('refundedOn', 'date'),
          f('reason', 'textarea'),
        ]}
        onSubmit={(v: Values) =>
          recorded(fund.POST('/trust-fund/refunds', { body: filled<FundBody<'RecordRefundDto'>>(v) }))
        }
      />
    ),
    isSecretariat && (
      <EntryForm
        key="donor"
        title={t('ledger.donor')}
        submitLabel={t('ledger.registerDonor')}
        fields={[f('donorId'), f('name')]}
        onSubmit={(v: Values) =>
          recorded(fund.POST('/trust-fund/donors', { body: filled<FundBody<'RegisterDonorDto'>>(v) }))
        }
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
        onSubmit={(v: Values) =>
          recorded(fund.POST('/trust-fund/pledges', { body: filled<FundBody<'RecordPledgeDto'>>(v) }))
        }
      />
    ),
  ].filter(Boolean);

  return (
    <>
      <h1>{t('ledger.heading')}</h1>
      {aggregate.isPending || aggregate.error ? (
        <Loading error={aggregate.error} />
      ) : (
        <p aria-live="polite">{t('ledger.balance', { amount: formatMoney(aggregate.data.availableBalance) })}</p>
      )}
      {forms.length === 0 ? <p>{t('ledger.readOnly')}</p> : <div className="forms">{forms}</div>}
      {committee.data && <SteeringCommittee committee={committee.data} />}
    </>
  );
}
