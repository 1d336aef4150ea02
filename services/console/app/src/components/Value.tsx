import { useTranslation } from 'react-i18next';
import type { ObservationValue } from '../api/client';
import { formatAmount } from '../i18n';

/** 0, "no data" and "not reported" never look alike: a number, a marked "No data" with its reason, or a dash. */
export function Value({ value, unit }: { value: ObservationValue | undefined; unit?: string }) {
  const { t } = useTranslation();
  if (!value) return <span className="value-missing">{t('value.notReported')}</span>;
  if (value.kind === 'no_data')
    return (
      <span className="value-no-data" title={value.reason}>
        {t('value.noData')} <small>({value.reason})</small>
      </span>
    );
  if (value.kind === 'status') return <span className="value-status">{value.status}</span>;
  return (
    <span className="value-number">
      {formatAmount(value.amount)}
      {unit ? ` ${unit}` : ''}
    </span>
  );
}
