import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError, intake, postJson, ReportingRound } from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { Loading, Status } from '../components/Status';
import { formatDateTime } from '../i18n';
import { isSeesac, useUser } from '../session';

const DAY = 86_400_000;
/** Whole days from today (UTC) to a due date: negative once it has passed. */
export const daysUntil = (dueDate: string, today = new Date().toISOString().slice(0, 10)) =>
  Math.round((Date.parse(dueDate) - Date.parse(today)) / DAY);

interface Row {
  status?: string;
  submittedAt?: string;
  late?: boolean;
  link?: string;
}

async function boardOf(round: ReportingRound) {
  const [kpi, narrative] = await Promise.all([
    intake.GET('/kpi-reports', { params: { query: { limit: 200 } } }),
    intake.GET('/narrative-reports', { params: { query: { round: round.roundNumber, limit: 200 } } }),
  ]);
  if (!kpi.data || !narrative.data) throw new Error('The reports of the round could not be loaded');
  // A KPI report belongs to the round of its year (a draft may not name its round yet).
  const kpiReports = kpi.data.items.filter(
    (r) => r.year === round.reportYear && (r.roundNumber === undefined || r.roundNumber === round.roundNumber),
  );
  return { kpiReports, narrativeReports: narrative.data.items };
}

/** Timeliness as the anchors' users ask for it: on time, late (submitted after the due date) or overdue (still missing). */
function Timeliness({ row, overdue }: { row: Row; overdue: boolean }) {
  const { t } = useTranslation();
  if (!row.status || row.status === 'draft')
    return overdue ? <span className="overdue">{t('board.overdue')}</span> : <>{t('board.notYet')}</>;
  return <>{row.late ? <span className="overdue">{t('late.yes')}</span> : t('late.no')}</>;
}

function OpenRound({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const fields = [
    'roundNumber',
    'label',
    'periodFrom',
    'periodTo',
    'dueDate',
    'noDueDateReason',
    'reportYear',
  ] as const;
  // A round has a due date or says why it has none (round 13: "not in the seeds"); the service refuses neither and both.
  const optional = new Set<string>(['dueDate', 'noDueDateReason']);
  const [values, setValues] = useState<Record<string, string>>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
    const body = { ...given, roundNumber: Number(values.roundNumber), reportYear: Number(values.reportYear) };
    try {
      await postJson('/api/report-intake/reporting-rounds', body);
      onDone(t('board.opened', { round: body.roundNumber }));
    } catch (error) {
      onDone(error instanceof ApiError ? error.message : (error as Error).message);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="open-round">
      <h2>{t('board.openHeading')}</h2>
      {fields.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`round-${field}`}>{t(`board.field.${field}`)}</label>
          <input
            id={`round-${field}`}
            required={!optional.has(field)}
            type={
              field.startsWith('period') || field === 'dueDate'
                ? 'date'
                : field === 'label' || field === 'noDueDateReason'
                  ? 'text'
                  : 'number'
            }
            value={values[field] ?? ''}
            onChange={(e) => setValues((current) => ({ ...current, [field]: e.target.value }))}
          />
        </div>
      ))}
      <button type="submit" className="primary">
        {t('board.open')}
      </button>
    </form>
  );
}

export function RoundBoard() {
  const { t } = useTranslation();
  const user = useUser();
  const catalogue = useCatalogue();
  const queries = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [message, setMessage] = useState<string>();
  const rounds = useQuery({
    queryKey: ['reporting-rounds'],
    queryFn: async () => (await intake.GET('/reporting-rounds')).data?.items ?? [],
  });
  const round = rounds.data?.find((r) => String(r.roundNumber) === params.get('round')) ?? rounds.data?.[0];
  const board = useQuery({
    queryKey: ['round-board', round?.roundNumber],
    enabled: round !== undefined,
    queryFn: () => boardOf(round!),
  });
  const opened = (text: string) => {
    setMessage(text);
    void queries.invalidateQueries({ queryKey: ['reporting-rounds'] });
  };
  if (!rounds.data || !catalogue.data)
    return (
      <>
        <h1>{t('board.heading')}</h1>
        <Loading error={rounds.error ?? catalogue.error} />
      </>
    );
  // No due date (round 13): nothing is late or overdue in the round, and the board says why.
  const days = round?.dueDate ? daysUntil(round.dueDate) : undefined;
  const overdue = days !== undefined && days < 0;
  const jurisdictions = catalogue.data.jurisdictions.filter((j) => isSeesac(user) || j.code === user.jurisdiction);
  return (
    <>
      <h1>{t('board.heading')}</h1>
      <p role="status" aria-live="polite">
        {message}
      </p>
      {!round ? (
        <p>{t('today.noRound')}</p>
      ) : (
        <>
          <label htmlFor="board-round">{t('board.round')}</label>
          <select
            id="board-round"
            value={round.roundNumber}
            onChange={(e) => setParams({ round: e.target.value }, { replace: true })}
          >
            {rounds.data.map((r) => (
              <option key={r.roundNumber} value={r.roundNumber}>
                {r.label}
              </option>
            ))}
          </select>
          <p className={overdue ? 'overdue' : undefined}>
            {days === undefined
              ? t('board.noDueDate', { reason: round.noDueDateReason, year: round.reportYear })
              : `${t('board.due', { due: round.dueDate, year: round.reportYear })} ${days >= 0 ? t('board.daysLeft', { count: days }) : t('board.daysOverdue', { count: -days })}`}
          </p>
          {!board.data ? (
            <Loading error={board.error} />
          ) : (
            <table>
              <caption>{t('board.caption', { round: round.label })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.jurisdiction')}</th>
                  <th scope="col">{t('board.kpiReport')}</th>
                  <th scope="col">{t('table.submitted')}</th>
                  <th scope="col">{t('board.timeliness')}</th>
                  <th scope="col">{t('board.narrativeReport')}</th>
                  <th scope="col">{t('table.submitted')}</th>
                  <th scope="col">{t('board.timeliness')}</th>
                </tr>
              </thead>
              <tbody>
                {jurisdictions.map((j) => {
                  const kpi: Row = board.data.kpiReports.find((r) => r.jurisdiction === j.code) ?? {};
                  const narrative: Row = board.data.narrativeReports.find((r) => r.jurisdiction === j.code) ?? {};
                  return (
                    <tr key={j.code}>
                      <th scope="row">{jurisdictionName(catalogue.data, j.code)}</th>
                      <td>
                        <Link to={`/kpi-reports/${j.code}/${round.reportYear}`}>
                          {kpi.status ? <Status status={kpi.status} /> : t('status.notStarted')}
                        </Link>
                      </td>
                      <td>{formatDateTime(kpi.submittedAt)}</td>
                      <td>
                        <Timeliness row={kpi} overdue={overdue} />
                      </td>
                      <td>{narrative.status ? <Status status={narrative.status} /> : t('status.notStarted')}</td>
                      <td>{formatDateTime(narrative.submittedAt)}</td>
                      <td>
                        <Timeliness row={narrative} overdue={overdue} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
      {isSeesac(user) && <OpenRound onDone={opened} />}
    </>
  );
}
