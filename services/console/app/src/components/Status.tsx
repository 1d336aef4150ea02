import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Status({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>;
}

/** Whether a report came in after its due date; nothing while that is not known (no due date, not submitted). */
export function Late({ late }: { late?: boolean }) {
  const { t } = useTranslation();
  return <>{late === undefined ? '' : late ? t('late.yes') : t('late.no')}</>;
}

export function Loading({ error }: { error?: Error | null }) {
  const { t } = useTranslation();
  return error ? (
    <p role="alert">{t('app.error', { message: error.message })}</p>
  ) : (
    <p role="status">{t('app.loading')}</p>
  );
}

/** A screen not ready yet: its heading, over the loading line or what went wrong. */
export function PendingScreen({ heading, error }: { heading: string; error?: Error | null }) {
  return (
    <>
      <h1>{heading}</h1>
      <Loading error={error} />
    </>
  );
}

/** What a query's state is, as TanStack Query reports it. */
interface QueryState<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
}

/**
 * A read's three states on one place of a screen: loading (or its error), nothing there yet (`empty`: a read model
 * the service answers 404 for is "nothing recorded", never zeros), or what it read.
 */
export function Loaded<T>({
  query,
  empty = null,
  children,
}: {
  query: QueryState<T>;
  empty?: ReactNode;
  children: (data: NonNullable<T>) => ReactNode;
}) {
  if (query.isPending || query.error) return <Loading error={query.error} />;
  return <>{query.data === undefined || query.data === null ? empty : children(query.data)}</>;
}

/** A section of a screen with its heading, saying `empty` in words when it has nothing to list. */
export function Listing({
  heading,
  isEmpty,
  empty,
  children,
}: {
  heading: ReactNode;
  isEmpty: boolean;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section>
      <h2>{heading}</h2>
      {isEmpty ? <p>{empty}</p> : children}
    </section>
  );
}
