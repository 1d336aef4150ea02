import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  ApiError,
  Catalogue,
  getJson,
  HistoryEntry,
  intake,
  KpiReportRevision,
  KpiReportView,
  Observation,
  ObservationValue,
  postJson,
} from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { DataTable } from '../components/DataTable';
import { HistoryTable, ReturnOrAccept, ReviewerComments, useReport } from '../components/ReviewDecision';
import { Listing, Loading, Status } from '../components/Status';
import { Value } from '../components/Value';
import { isSeesac, useUser } from '../session';
import { RevisionDiff } from '../reporting/RevisionDiff';

type Measure = Catalogue['kpis'][number]['measures'][number];
const base = (jurisdiction: string, year: string) => `/api/report-intake/kpi-reports/${jurisdiction}/${year}`;
const breakdownOf = (o: Observation) =>
  Object.entries(o.dimensions ?? {})
    .map(([d, v]) => `${d}: ${v}`)
    .join(', ');

async function loadReport(jurisdiction: string, year: string) {
  try {
    const { body, etag } = await getJson<KpiReportView>(base(jurisdiction, year));
    const revision = body.current?.revision;
    const history = revision
      ? (await getJson<{ history: HistoryEntry[] }>(`${base(jurisdiction, year)}/revisions/${revision}`)).body.history
      : [];
    // The diff's other side: the last accepted revision before the one shown (an amendment's basis).
    const accepted = body.revisions?.filter((r) => r.status === 'accepted' && r.revision !== revision).at(-1);
    const lastAccepted = accepted
      ? (await getJson<KpiReportRevision>(`${base(jurisdiction, year)}/revisions/${accepted.revision}`)).body
      : undefined;
    return { report: body, etag, history, lastAccepted };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      return { report: undefined, etag: null, history: [] as HistoryEntry[], lastAccepted: undefined };
    throw error;
  }
}

/** The values grouped as the Roadmap reads: goal → KPI → measure, each measure with its total and breakdown cells. */
function Values({ catalogue, observations }: { catalogue: Catalogue; observations: Observation[] }) {
  const { t } = useTranslation();
  const unitLabel = (m: Measure) => catalogue.units.find((u) => u.code === m.unit)?.label;
  // A measure nothing was entered for is one "not reported" total row, never left out.
  const rowsOf = (measures: Measure[]) =>
    measures.flatMap<{ measure: Measure; breakdown: string; value: ObservationValue | undefined }>((measure) => {
      const cells = observations.filter((o) => o.measure === measure.code);
      return cells.length === 0
        ? [{ measure, breakdown: '', value: undefined }]
        : cells.map((o) => ({ measure, breakdown: breakdownOf(o), value: o.value }));
    });
  return (
    <>
      {catalogue.goals.map((goal) => {
        const kpis = catalogue.kpis.filter((k) => k.goals[0] === goal.number);
        if (kpis.length === 0) return null;
        return (
          <section key={goal.number} className="goal">
            <h2>{t('review.goal', { number: goal.number, title: goal.title })}</h2>
            {kpis.map((kpi) => (
              <DataTable
                key={kpi.number}
                caption={`${t('review.kpi', { number: kpi.number })}: ${kpi.wording}`}
                rows={rowsOf(kpi.measures)}
                rowKey={(row) => `${row.measure.code} ${row.breakdown}`}
                columns={[
                  { header: t('review.measure'), rowHeader: true, cell: (row) => row.measure.label },
                  { header: t('review.breakdown'), cell: (row) => row.breakdown || t('review.total') },
                  {
                    header: t('review.value'),
                    cell: (row) => <Value value={row.value} unit={unitLabel(row.measure)} />,
                  },
                ]}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}

/** The ministry's form, generated from the catalogue: one total per measure, a number or "no data" with a reason. */
function Entry({
  catalogue,
  path,
  etag,
  observations,
  onDone,
}: {
  catalogue: Catalogue;
  path: string;
  etag: string | null;
  observations: Observation[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const totals = new Map(observations.filter((o) => breakdownOf(o) === '').map((o) => [o.measure, o.value]));
  const [values, setValues] = useState<Record<string, ObservationValue | undefined>>(() => Object.fromEntries(totals));
  const rounds = useQuery({
    queryKey: ['reporting-rounds', 'latest'],
    queryFn: async () => (await intake.GET('/reporting-rounds')).data?.items[0],
  });
  const set = (code: string, value: ObservationValue | undefined) =>
    setValues((current) => ({ ...current, [code]: value }));
  const entered = (): Observation[] =>
    Object.entries(values).flatMap(([measure, value]) =>
      value && (value.kind !== 'number' || value.amount !== '') ? [{ measure, dimensions: {}, value }] : [],
    );
  const send = async (route: 'draft' | 'submission') => {
    try {
      await postJson(
        `${path}/${route}`,
        { observations: entered(), ...(rounds.data ? { roundNumber: rounds.data.roundNumber } : {}) },
        etag,
      );
      onDone(t('review.done'));
    } catch (error) {
      onDone((error as Error).message);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void send('submission');
      }}
    >
      {catalogue.kpis.map((kpi) => (
        <fieldset key={kpi.number}>
          <legend>
            {t('review.kpi', { number: kpi.number })}: {kpi.wording}
          </legend>
          {kpi.measures
            .filter((m) => m.valueType !== 'status')
            .map((measure) => {
              const value = values[measure.code];
              const id = `m-${measure.code}`;
              return (
                <div key={measure.code} className="field">
                  <label htmlFor={id}>{measure.label}</label>
                  <input
                    id={id}
                    inputMode="decimal"
                    disabled={value?.kind === 'no_data'}
                    value={value?.kind === 'number' ? value.amount : ''}
                    onChange={(e) => set(measure.code, { kind: 'number', amount: e.target.value.trim() })}
                  />
                  <label>
                    <input
                      type="checkbox"
                      checked={value?.kind === 'no_data'}
                      onChange={(e) =>
                        set(measure.code, e.target.checked ? { kind: 'no_data', reason: '' } : undefined)
                      }
                    />{' '}
                    {t('entry.noData')}
                  </label>
                  {value?.kind === 'no_data' && (
                    <>
                      <label htmlFor={`${id}-reason`}>{t('entry.noDataReason')}</label>
                      <input
                        id={`${id}-reason`}
                        required
                        value={value.reason}
                        onChange={(e) => set(measure.code, { kind: 'no_data', reason: e.target.value })}
                      />
                    </>
                  )}
                </div>
              );
            })}
        </fieldset>
      ))}
      <button type="button" onClick={() => void send('draft')}>
        {t('entry.save')}
      </button>
      <button type="submit" className="primary">
        {t('entry.submit')}
      </button>
    </form>
  );
}

function Amend({ path, etag, onDone }: { path: string; etag: string | null; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        postJson(`${path}/amendments`, { reason }, etag).then(
          () => onDone(t('review.done')),
          (error: Error) => onDone(error.message),
        );
      }}
    >
      <label htmlFor="amend-reason">{t('entry.amendReason')}</label>
      <input id="amend-reason" required value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit">{t('entry.amend')}</button>
    </form>
  );
}

export function KpiReport() {
  const { t } = useTranslation();
  const { jurisdiction = '', year = '' } = useParams();
  const user = useUser();
  const catalogue = useCatalogue();
  const { report, message, done } = useReport(['kpi-report', jurisdiction, year], 'kpi-reports', () =>
    loadReport(jurisdiction, year),
  );
  if (!report.data || !catalogue.data) return <Loading error={report.error ?? catalogue.error} />;
  const { report: view, etag, history, lastAccepted } = report.data;
  const current = view?.current;
  const path = base(jurisdiction, year);
  const ownMinistry = user.roles.includes('ministry') && user.jurisdiction === jurisdiction;
  const editable = !current || current.status === 'draft' || current.status === 'returned_for_revision';
  return (
    <>
      <h1>{t('review.heading', { jurisdiction: jurisdictionName(catalogue.data, jurisdiction), year })}</h1>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {current && (
        <p>
          {t('review.revision', { revision: current.revision })} <Status status={current.status} />
        </p>
      )}
      <ReviewerComments id="comments-heading" comments={current?.comments} />
      {isSeesac(user) && current?.status === 'submitted' && (
        <ReturnOrAccept
          path={path}
          etag={etag}
          onDone={done}
          commentsId="return-comments"
          acceptLabel={t('review.acceptButton')}
        />
      )}
      {ownMinistry && editable && (
        <Entry
          key={etag ?? 'new'}
          catalogue={catalogue.data}
          path={path}
          etag={etag}
          observations={current?.observations ?? []}
          onDone={done}
        />
      )}
      {ownMinistry && current?.status === 'accepted' && <Amend path={path} etag={etag} onDone={done} />}
      {current && (
        <>
          <Listing
            heading={t('review.warnings')}
            isEmpty={current.warnings.length === 0}
            empty={t('review.noWarnings')}
          >
            <ul>
              {current.warnings.map((w) => (
                <li key={w.path}>
                  {w.path}: {w.message}
                </li>
              ))}
            </ul>
          </Listing>
          <RevisionDiff catalogue={catalogue.data} current={current} lastAccepted={lastAccepted} />
          <Values catalogue={catalogue.data} observations={current.observations} />
          <HistoryTable history={history} actions="history" />
        </>
      )}
    </>
  );
}
