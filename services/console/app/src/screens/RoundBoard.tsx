import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, intake, postJson, ReportingRound } from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { Column, DataTable } from '../components/DataTable';
import { Loading, PendingScreen, Status } from '../components/Status';
import { RoundPicker, useChosenRound } from '../reporting/rounds';
import { formatDateTime } from '../i18n';
import { isSeesac, useUser } from '../session';

const DAY = 86_400_000;
/** Whole days from today (UTC) to a due date: negative once it has passed. */
export const daysUntil = (dueDate: string, today = new Date().toISOString().slice(0, 10)) =>
  Math.round((Date.parse(dueDate) - Date.parse(today)) / DAY);

/** A jurisdiction's line on the board: its KPI report and its narrative report (empty where none). */
interface BoardLine {
  code: string;
  kpi: Row;
  narrative: Row;
}
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

/** A report's status on the board, "not started" where there is none. */
function ReportStatus({ row }: { row: Row }) {
  const { t } = useTranslation();
  return row.status ? <Status status={row.status} /> : <>{t('status.notStarted')}</>;
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
  const [message, setMessage] = useState<string>();
  const { rounds, round, choose } = useChosenRound();
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
    return <PendingScreen heading={t('board.heading')} error={rounds.error ?? catalogue.error} />;
  // No due date (round 13): nothing is late or overdue in the round, and the board says why.
  const days = round?.dueDate ? daysUntil(round.dueDate) : undefined;
  const overdue = days !== undefined && days < 0;
  const jurisdictions = catalogue.data.jurisdictions.filter((j) => isSeesac(user) || j.code === user.jurisdiction);
  // When each report was submitted, and whether on time.
  const timeliness = <Line,>(report: (line: Line) => Row): Column<Line>[] => [
    { header: t('table.submitted'), cell: (line) => formatDateTime(report(line).submittedAt) },
    { header: t('board.timeliness'), cell: (line) => <Timeliness row={report(line)} overdue={overdue} /> },
  ];
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
          <RoundPicker id="board-round" rounds={rounds.data} round={round} choose={choose} />
          <p className={overdue ? 'overdue' : undefined}>
            {days === undefined
              ? t('board.noDueDate', { reason: round.noDueDateReason, year: round.reportYear })
              : `${t('board.due', { due: round.dueDate, year: round.reportYear })} ${days >= 0 ? t('board.daysLeft', { count: days }) : t('board.daysOverdue', { count: -days })}`}
          </p>
          {!board.data ? (
            <Loading error={board.error} />
          ) : (
            <DataTable
              caption={t('board.caption', { round: round.label })}
              rows={jurisdictions.map((j) => ({
                code: j.code,
                kpi: (board.data.kpiReports.find((r) => r.jurisdiction === j.code) ?? {}) as Row,
                narrative: (board.data.narrativeReports.find((r) => r.jurisdiction === j.code) ?? {}) as Row,
              }))}
              rowKey={(row) => row.code}
              columns={[
                {
                  header: t('table.jurisdiction'),
                  rowHeader: true,
                  cell: (row) => jurisdictionName(catalogue.data, row.code),
                },
                {
                  header: t('board.kpiReport'),
                  cell: (row) => (
                    <Link to={`/kpi-reports/${row.code}/${round.reportYear}`}>
                      <ReportStatus row={row.kpi} />
                    </Link>
                  ),
                },
                ...timeliness<BoardLine>((row) => row.kpi),
                { header: t('board.narrativeReport'), cell: (row) => <ReportStatus row={row.narrative} /> },
                ...timeliness<BoardLine>((row) => row.narrative),
              ]}
            />
          )}
        </>
      )}
      {isSeesac(user) && <OpenRound onDone={opened} />}
    </>
  );
}
