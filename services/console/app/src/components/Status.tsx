import { useTranslation } from 'react-i18next';

export function Status({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>;
}

export function Loading({ error }: { error?: Error | null }) {
  const { t } = useTranslation();
  return error ? (
    <p role="alert">{t('app.error', { message: error.message })}</p>
  ) : (
    <p role="status">{t('app.loading')}</p>
  );
}
