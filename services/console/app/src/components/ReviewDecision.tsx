import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, HistoryEntry, postJson } from '../api/client';
import { formatDateTime } from '../i18n';
import { DataTable } from './DataTable';

/**
 * SEESAC's decision on a submitted report (KPI or narrative): return it with comments, or accept it, both with If-Match
 * so two reviewers never overwrite each other (a 409/412 says someone else decided first).
 */
export function ReturnOrAccept({
  path,
  etag,
  onDone,
  commentsId,
  acceptLabel,
}: {
  path: string;
  etag: string | null;
  onDone: (message: string) => void;
  /** The comments box's id, unique on the page. */
  commentsId: string;
  acceptLabel: string;
}) {
  const { t } = useTranslation();
  const [comments, setComments] = useState('');
  const act = (route: string, body: unknown) =>
    postJson(`${path}/${route}`, body, etag).then(
      () => onDone(t('review.done')),
      (error: Error) =>
        onDone(
          error instanceof ApiError && (error.status === 409 || error.status === 412)
            ? t('review.conflict')
            : error.message,
        ),
    );
  const submitReturn = (event: FormEvent) => {
    event.preventDefault();
    void act('return-for-revision', { comments });
  };
  return (
    <section className="decision">
      <h2>{t('review.returnHeading')}</h2>
      <form onSubmit={submitReturn}>
        <label htmlFor={commentsId}>{t('review.returnLabel')}</label>
        <textarea id={commentsId} required value={comments} onChange={(e) => setComments(e.target.value)} rows={4} />
        <button type="submit">{t('review.returnButton')}</button>
      </form>
      <button type="button" className="primary" onClick={() => void act('acceptance', {})}>
        {acceptLabel}
      </button>
    </section>
  );
}

/** SEESAC's comments on the revision shown (why it was returned), under their own heading. */
export function ReviewerComments({ id, comments }: { id: string; comments?: string }) {
  const { t } = useTranslation();
  if (!comments) return null;
  return (
    <section className="comments" aria-labelledby={id}>
      <h2 id={id}>{t('review.sinceComment')}</h2>
      <p>{comments}</p>
    </section>
  );
}

/** Who did what to a report and when; `actions` is the catalogue entry naming the report's actions. */
export function HistoryTable({ history, actions }: { history: HistoryEntry[]; actions: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('review.history')}
      rows={history}
      rowKey={(entry) => entry.streamVersion}
      columns={[
        { header: t('review.action'), cell: (e) => t(`${actions}.${e.action}`, { defaultValue: e.action }) },
        { header: t('review.who'), cell: (e) => e.actor.name ?? e.actor.subject },
        { header: t('review.when'), cell: (e) => formatDateTime(e.at) },
        { header: t('review.comments'), cell: (e) => e.comments ?? e.reason ?? '' },
      ]}
    />
  );
}

/**
 * A report screen's state: the report as read, the message of the last action on it, and `done`, which shows that
 * message and reads the report (and the lists it appears in, `listKey`) again.
 */
export function useReport<T>(queryKey: Array<string | number>, listKey: string, load: () => Promise<T>) {
  const queries = useQueryClient();
  const [message, setMessage] = useState<string>();
  const report = useQuery({ queryKey, queryFn: load });
  const done = (text: string) => {
    setMessage(text);
    void queries.invalidateQueries({ queryKey });
    void queries.invalidateQueries({ queryKey: [listKey] });
  };
  return { report, message, done };
}
