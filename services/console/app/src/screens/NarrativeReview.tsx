import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, getJson, HistoryEntry, intake, postJson } from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { Loading, Status } from '../components/Status';
import { formatDateTime } from '../i18n';
import { isSeesac, useUser } from '../session';

interface GoalNarrative {
  goal: number;
  progress: string;
  challenges: string;
  plans: string;
  needsForSupport: string;
}
interface NarrativeRevision {
  revision: number;
  status: string;
  roundNumber?: number;
  late?: boolean;
  goals: GoalNarrative[];
  comments?: string;
}
/** GET /narrative-reports/{jurisdiction}/{period}: the current revision (the last accepted one for other readers), all revisions, the history. */
interface NarrativeView {
  jurisdiction: string;
  period: string;
  version: number;
  current: NarrativeRevision;
  revisions: { revision: number; status: string }[];
  history: HistoryEntry[];
}
const FIELDS = ['progress', 'challenges', 'plans', 'needsForSupport'] as const;
const base = (jurisdiction: string, period: string) => `/api/report-intake/narrative-reports/${jurisdiction}/${period}`;

/** The narrative reports waiting for review, and every other one, across jurisdictions (a ministry: its own). */
export function NarrativeList() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const reports = useQuery({
    queryKey: ['narrative-reports'],
    queryFn: async () => {
      const { data, error } = await intake.GET('/narrative-reports', { params: { query: { limit: 200 } } });
      if (error || !data) throw new Error('Narrative reports could not be loaded');
      return data.items;
    },
  });
  if (!reports.data)
    return (
      <>
        <h1>{t('narrative.listHeading')}</h1>
        <Loading error={reports.error ?? catalogue.error} />
      </>
    );
  return (
    <>
      <h1>{t('narrative.listHeading')}</h1>
      {reports.data.length === 0 ? (
        <p>{t('narrative.none')}</p>
      ) : (
        <table>
          <caption>{t('narrative.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.jurisdiction')}</th>
              <th scope="col">{t('narrative.period')}</th>
              <th scope="col">{t('table.status')}</th>
              <th scope="col">{t('table.submitted')}</th>
              <th scope="col">{t('table.late')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.data.map((r) => (
              <tr key={r.reportId}>
                <th scope="row">
                  <Link to={`/narratives/${r.jurisdiction}/${r.period}`}>
                    {jurisdictionName(catalogue.data, r.jurisdiction)}
                  </Link>
                </th>
                <td>{r.period}</td>
                <td>
                  <Status status={r.status} />
                </td>
                <td>{formatDateTime(r.submittedAt)}</td>
                <td>{r.late === undefined ? '' : r.late ? t('late.yes') : t('late.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Decision({ path, etag, onDone }: { path: string; etag: string | null; onDone: (message: string) => void }) {
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
        <label htmlFor="narrative-comments">{t('review.returnLabel')}</label>
        <textarea
          id="narrative-comments"
          required
          value={comments}
          onChange={(e) => setComments(e.target.value)}
          rows={4}
        />
        <button type="submit">{t('review.returnButton')}</button>
      </form>
      <button type="button" className="primary" onClick={() => void act('acceptance', {})}>
        {t('narrative.accept')}
      </button>
    </section>
  );
}

/** A narrative report per goal (progress, challenges, plans, needs for support); SEESAC returns it or accepts it with If-Match. */
export function NarrativeReview() {
  const { t } = useTranslation();
  const { jurisdiction = '', period = '' } = useParams();
  const user = useUser();
  const catalogue = useCatalogue();
  const queries = useQueryClient();
  const [message, setMessage] = useState<string>();
  const report = useQuery({
    queryKey: ['narrative-report', jurisdiction, period],
    queryFn: () => getJson<NarrativeView>(base(jurisdiction, period)),
  });
  if (!report.data || !catalogue.data) return <Loading error={report.error ?? catalogue.error} />;
  const { body, etag } = report.data;
  const view = { ...body.current, history: body.history };
  const done = (text: string) => {
    setMessage(text);
    void queries.invalidateQueries({ queryKey: ['narrative-report', jurisdiction, period] });
    void queries.invalidateQueries({ queryKey: ['narrative-reports'] });
  };
  return (
    <>
      <h1>{t('narrative.heading', { jurisdiction: jurisdictionName(catalogue.data, jurisdiction), period })}</h1>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <p>
        {t('review.revision', { revision: view.revision })} <Status status={view.status} />
      </p>
      {view.comments && (
        <section className="comments" aria-labelledby="narrative-comments-heading">
          <h2 id="narrative-comments-heading">{t('review.sinceComment')}</h2>
          <p>{view.comments}</p>
        </section>
      )}
      {isSeesac(user) && view.status === 'submitted' && (
        <Decision path={base(jurisdiction, period)} etag={etag} onDone={done} />
      )}
      {view.goals.map((goal) => (
        <section key={goal.goal} className="goal">
          <h2>
            {t('review.goal', {
              number: goal.goal,
              title: catalogue.data.goals.find((g) => g.number === goal.goal)?.title ?? '',
            })}
          </h2>
          <dl>
            {FIELDS.map((field) => (
              <div key={field}>
                <dt>{t(`narrative.field.${field}`)}</dt>
                <dd>{goal[field]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <table>
        <caption>{t('review.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.action')}</th>
            <th scope="col">{t('review.who')}</th>
            <th scope="col">{t('review.when')}</th>
            <th scope="col">{t('review.comments')}</th>
          </tr>
        </thead>
        <tbody>
          {view.history.map((entry) => (
            <tr key={entry.streamVersion}>
              <td>{t(`narrative.history.${entry.action}`, { defaultValue: entry.action })}</td>
              <td>{entry.actor.name ?? entry.actor.subject}</td>
              <td>{formatDateTime(entry.at)}</td>
              <td>{entry.comments ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
