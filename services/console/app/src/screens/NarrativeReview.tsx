import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getJson, HistoryEntry, intake } from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { DataTable } from '../components/DataTable';
import { HistoryTable, ReturnOrAccept, ReviewerComments, useReport } from '../components/ReviewDecision';
import { Late, Loading, PendingScreen, Status } from '../components/Status';
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
    return <PendingScreen heading={t('narrative.listHeading')} error={reports.error ?? catalogue.error} />;
  return (
    <>
      <h1>{t('narrative.listHeading')}</h1>
      {reports.data.length === 0 ? (
        <p>{t('narrative.none')}</p>
      ) : (
        <DataTable
          caption={t('narrative.listCaption')}
          rows={reports.data}
          rowKey={(r) => r.reportId}
          columns={[
            {
              header: t('table.jurisdiction'),
              rowHeader: true,
              cell: (r) => (
                <Link to={`/narratives/${r.jurisdiction}/${r.period}`}>
                  {jurisdictionName(catalogue.data, r.jurisdiction)}
                </Link>
              ),
            },
            { header: t('narrative.period'), cell: (r) => r.period },
            { header: t('table.status'), cell: (r) => <Status status={r.status} /> },
            { header: t('table.submitted'), cell: (r) => formatDateTime(r.submittedAt) },
            { header: t('table.late'), cell: (r) => <Late late={r.late} /> },
          ]}
        />
      )}
    </>
  );
}

/** A narrative report per goal (progress, challenges, plans, needs for support); SEESAC returns it or accepts it with If-Match. */
export function NarrativeReview() {
  const { t } = useTranslation();
  const { jurisdiction = '', period = '' } = useParams();
  const user = useUser();
  const catalogue = useCatalogue();
  const { report, message, done } = useReport(['narrative-report', jurisdiction, period], 'narrative-reports', () =>
    getJson<NarrativeView>(base(jurisdiction, period)),
  );
  if (!report.data || !catalogue.data) return <Loading error={report.error ?? catalogue.error} />;
  const { body, etag } = report.data;
  const view = { ...body.current, history: body.history };
  return (
    <>
      <h1>{t('narrative.heading', { jurisdiction: jurisdictionName(catalogue.data, jurisdiction), period })}</h1>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <p>
        {t('review.revision', { revision: view.revision })} <Status status={view.status} />
      </p>
      <ReviewerComments id="narrative-comments-heading" comments={view.comments} />
      {isSeesac(user) && view.status === 'submitted' && (
        <ReturnOrAccept
          path={base(jurisdiction, period)}
          etag={etag}
          onDone={done}
          commentsId="narrative-comments"
          acceptLabel={t('narrative.accept')}
        />
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
      <HistoryTable history={view.history} actions="narrative.history" />
    </>
  );
}
