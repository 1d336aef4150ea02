import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, getJson, ObservationValue, postJson } from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { DataTable } from '../components/DataTable';
import { Loading, PendingScreen } from '../components/Status';
import { RoundPicker, useChosenRound } from '../reporting/rounds';
import { Value } from '../components/Value';
import { formatAmount } from '../i18n';
import { isSeesac, useUser } from '../session';

type Cell = ObservationValue | { kind: 'missing' };
interface Total {
  year: number;
  aggregation: string;
  total: string | null;
  note?: string;
  complete: boolean;
  coverage: { contributed: string[]; missing: string[]; noData: string[] };
}
interface Table {
  measure: string;
  label: string;
  unit?: string;
  dimensions: Record<string, string>;
  series: Record<string, Record<string, Cell>>;
  regionalTotals: Total[];
}
interface Report {
  roundNumber: number;
  label: string;
  reportYear: number;
  years: number[];
  goals: Array<{
    goal: number;
    title: string;
    kpis: Array<{ kpi: number; wording: string; tables: Table[] }>;
    kpisListedUnder: Array<{ kpi: number; goal: number }>;
  }>;
  warnings: Array<{ jurisdiction: string; reportId: string; path: string; message: string }>;
}
interface Compiled {
  roundNumber: number;
  contentSha256: string;
  tables: number;
  partialTotals: number;
  kpiReportsAccepted: number;
  narrativeReportsAccepted: number;
}

const path = (round: number) => `/api/kpi-aggregation/regional-reports/${round}`;

function KpiTable({ table, years }: { table: Table; years: number[] }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  const breakdown =
    Object.entries(table.dimensions)
      .map(([d, v]) => `${d}: ${v}`)
      .join(', ') || t('review.total');
  return (
    <DataTable
      caption={`${table.label} (${breakdown})${table.unit ? `, ${table.unit}` : ''}`}
      rows={Object.entries(table.series)}
      rowKey={([jurisdiction]) => jurisdiction}
      columns={[
        {
          header: t('table.jurisdiction'),
          rowHeader: true,
          cell: ([jurisdiction]) => jurisdictionName(catalogue, jurisdiction),
        },
        ...years.map((y) => ({
          header: y,
          cell: ([, cells]: [string, Record<string, Cell>]) => {
            const cell = cells[String(y)];
            return <Value value={!cell || cell.kind === 'missing' ? undefined : cell} />;
          },
        })),
      ]}
    >
      <tr>
        <th scope="row">{t('regionalReport.wb6')}</th>
        {years.map((y) => {
          const total = table.regionalTotals.find((r) => r.year === y);
          if (!total || (total.total === null && total.aggregation === 'sum'))
            return (
              <td key={y}>
                <Value value={undefined} />
              </td>
            );
          return (
            <td key={y}>
              {total.total !== null ? formatAmount(total.total) : <code>{total.aggregation}</code>}
              {total.complete ? '' : ` (${t('overview.partial')})`}
            </td>
          );
        })}
      </tr>
    </DataTable>
  );
}

export function RegionalReport() {
  const { t } = useTranslation();
  const user = useUser();
  const [compiled, setCompiled] = useState<Compiled>();
  const [message, setMessage] = useState<string>();
  const { rounds, round, choose } = useChosenRound();
  const report = useQuery({
    queryKey: ['regional-report', round?.roundNumber],
    enabled: round !== undefined,
    queryFn: async () => (await getJson<Report>(path(round!.roundNumber))).body,
  });
  if (!rounds.data) return <PendingScreen heading={t('regionalReport.heading')} error={rounds.error} />;
  if (!round)
    return (
      <>
        <h1>{t('regionalReport.heading')}</h1>
        <p>{t('today.noRound')}</p>
      </>
    );
  const compile = async () => {
    try {
      setCompiled(await postJson<Compiled>(`${path(round.roundNumber)}/compile`, {}));
      setMessage(t('regionalReport.compiledMessage', { round: round.roundNumber }));
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : (error as Error).message);
    }
  };
  return (
    <>
      <h1>{t('regionalReport.heading')}</h1>
      <RoundPicker id="report-round" rounds={rounds.data} round={round} choose={choose} />
      <p role="status" aria-live="polite">
        {message}
      </p>
      {isSeesac(user) && (
        <button type="button" className="primary" onClick={() => void compile()}>
          {t('regionalReport.compile')}
        </button>
      )}
      <a href={`${path(round.roundNumber)}/csv`} download={`regional-report-${round.roundNumber}.csv`}>
        {t('regionalReport.csv')}
      </a>
      {compiled && (
        <dl className="compiled">
          <dt>{t('regionalReport.hash')}</dt>
          <dd>
            <code>{compiled.contentSha256}</code>
          </dd>
          <dt>{t('regionalReport.tables')}</dt>
          <dd>{compiled.tables}</dd>
          <dt>{t('regionalReport.partialTotals')}</dt>
          <dd>{compiled.partialTotals}</dd>
          <dt>{t('regionalReport.accepted')}</dt>
          <dd>
            {t('regionalReport.acceptedCounts', {
              kpi: compiled.kpiReportsAccepted,
              narrative: compiled.narrativeReportsAccepted,
            })}
          </dd>
        </dl>
      )}
      {!report.data ? (
        <Loading error={report.error} />
      ) : (
        report.data.goals.map((goal) => (
          <section key={goal.goal} className="goal">
            <h2>{t('review.goal', { number: goal.goal, title: goal.title })}</h2>
            {goal.kpis.length === 0 && goal.kpisListedUnder.length === 0 && <p>{t('regionalReport.noValues')}</p>}
            {goal.kpisListedUnder.map((k) => (
              <p key={k.kpi}>{t('regionalReport.listedUnder', { kpi: k.kpi, goal: k.goal })}</p>
            ))}
            {goal.kpis.map((kpi) => (
              <section key={kpi.kpi}>
                <h3>
                  {t('review.kpi', { number: kpi.kpi })}: {kpi.wording}
                </h3>
                {kpi.tables.length === 0 ? (
                  <p>{t('regionalReport.noValues')}</p>
                ) : (
                  kpi.tables.map((table) => (
                    <KpiTable
                      key={`${table.measure} ${JSON.stringify(table.dimensions)}`}
                      table={table}
                      years={report.data.years}
                    />
                  ))
                )}
              </section>
            ))}
          </section>
        ))
      )}
    </>
  );
}
