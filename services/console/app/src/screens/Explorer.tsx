import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Catalogue, getJson, HistoryEntry } from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { DataTable } from '../components/DataTable';
import { Chart, ChartPoint } from '../components/Chart';
import { Options, SelectField } from '../components/SelectField';
import { Loading, PendingScreen } from '../components/Status';
import { formatAmount, formatDateTime } from '../i18n';
import { changeSinceBaseline } from '../reporting/change';
import { csvField, dimensionsParam, loadSeries, reportRoute, Series, SeriesCell } from '../reporting/series';

type Measure = Catalogue['kpis'][number]['measures'][number];
const BASELINE = 2018;

const parseDimensions = (text: string | null): Record<string, string> =>
  Object.fromEntries(
    (text ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split(':') as [string, string]),
  );

/** The datetime-local value of an instant in the reader's time zone, and back. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : undefined);

function pointOf(cell: SeriesCell | undefined): ChartPoint {
  if (!cell || cell.state === 'missing') return { kind: 'missing' };
  if (cell.value.kind === 'number') return { kind: 'number', amount: cell.value.amount };
  if (cell.value.kind === 'no_data') return { kind: 'no_data', reason: cell.value.reason };
  return { kind: 'no_data', reason: cell.value.status };
}

/** Who accepted (or submitted) the revision a value came from, from report-intake's history of that revision. */
function Provenance({ cell }: { cell: SeriesCell | undefined }) {
  const { t } = useTranslation();
  const route = cell?.state === 'reported' ? reportRoute(cell.reportId) : undefined;
  const who = useQuery({
    queryKey: ['revision-history', route, cell?.state === 'reported' ? cell.revision : 0],
    enabled: route !== undefined,
    staleTime: 60_000,
    retry: false,
    queryFn: async () =>
      (
        await getJson<{ history: HistoryEntry[] }>(
          `/api/report-intake${route!}/revisions/${(cell as { revision: number }).revision}`,
        )
      ).body.history,
  });
  if (!cell || cell.state === 'missing') return null;
  const decisive = who.data
    ?.filter((e) => e.action === (cell.status === 'validated' ? 'KpiReportAccepted' : 'KpiReportSubmitted'))
    .at(-1);
  return (
    <span className="provenance">
      {route ? <Link to={route}>{t('explorer.report', { revision: cell.revision })}</Link> : cell.reportId}
      {`, ${t(`explorer.status.${cell.status}`)} ${formatDateTime(cell.recordedAt)}`}
      {decisive && `, ${t('explorer.by', { name: decisive.actor.name ?? decisive.actor.subject })}`}
    </span>
  );
}

function csvOf(
  series: Series[],
  years: number[],
  catalogue: Catalogue,
  measure: string,
  dimensions: Record<string, string>,
): string {
  const header = [
    'jurisdiction',
    'year',
    'measure',
    'dimensions',
    'state',
    'value',
    'reason',
    'report',
    'revision',
    'status',
    'recorded_at',
  ];
  const rows = series.flatMap((s) =>
    years.map((year) => {
      const cell = s.observations.find((c) => c.year === year);
      const common = [jurisdictionName(catalogue, s.jurisdiction), String(year), measure, dimensionsParam(dimensions)];
      if (!cell || cell.state === 'missing') return [...common, 'not_reported', '', '', '', '', '', ''];
      const value = cell.value;
      const state = value.kind === 'number' ? 'number' : value.kind;
      const shown = value.kind === 'number' ? value.amount : value.kind === 'status' ? value.status : '';
      return [
        ...common,
        state,
        shown,
        value.kind === 'no_data' ? value.reason : '',
        cell.reportId,
        String(cell.revision),
        cell.status,
        cell.recordedAt,
      ];
    }),
  );
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function download(name: string, text: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

function Filters({
  catalogue,
  measure,
  dimensions,
  asOf,
  onChange,
}: {
  catalogue: Catalogue;
  measure: Measure;
  dimensions: Record<string, string>;
  asOf: string;
  onChange: (key: string, value: string) => void;
}) {
  const { t } = useTranslation();
  const dimensionOf = (code: string) => catalogue.dimensions.find((d) => d.code === code);
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="explorer-measure"
        label={t('explorer.measure')}
        value={measure.code}
        onChange={(value) => onChange('measure', value)}
      >
        {catalogue.kpis.map((kpi) => (
          <optgroup key={kpi.number} label={t('review.kpi', { number: kpi.number })}>
            <Options
              choices={kpi.measures
                .filter((m) => m.valueType !== 'status')
                .map((m) => ({ value: m.code, label: m.label }))}
            />
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        id="explorer-breakdown"
        label={t('explorer.breakdown')}
        value={dimensionsParam(dimensions)}
        onChange={(value) => onChange('dimensions', value)}
      >
        <option value="">{t('review.total')}</option>
        {measure.dimensions.map((code) => (
          <optgroup key={code} label={dimensionOf(code)?.label ?? code}>
            <Options
              choices={(dimensionOf(code)?.values ?? []).map((v) => ({ value: `${code}:${v.code}`, label: v.label }))}
            />
          </optgroup>
        ))}
      </SelectField>
      <div>
        <label htmlFor="explorer-as-of">{t('explorer.asOf')}</label>
        <input
          id="explorer-as-of"
          type="datetime-local"
          step="1"
          value={asOf}
          onChange={(e) => onChange('asOf', e.target.value)}
        />
      </div>
    </form>
  );
}

function ChangeTable({ catalogue, series, unit }: { catalogue: Catalogue; series: Series[]; unit?: string }) {
  const { t } = useTranslation();
  const rows = series.map((s) => {
    const points = s.observations.map((c) => ({
      year: c.year,
      amount: c.state === 'reported' && c.value.kind === 'number' ? c.value.amount : undefined,
    }));
    return {
      jurisdiction: s.jurisdiction,
      change: changeSinceBaseline(points, BASELINE),
      baseline: points.find((p) => p.year === BASELINE)?.amount,
    };
  });
  return (
    <DataTable
      caption={t('explorer.changeCaption', { year: BASELINE })}
      rows={rows}
      rowKey={(row) => row.jurisdiction}
      columns={[
        {
          header: t('table.jurisdiction'),
          rowHeader: true,
          cell: (row) => jurisdictionName(catalogue, row.jurisdiction),
        },
        {
          header: t('explorer.baseline', { year: BASELINE }),
          cell: ({ baseline }) =>
            baseline === undefined ? (
              <span className="value-missing">{t('explorer.noBaseline', { year: BASELINE })}</span>
            ) : (
              `${formatAmount(baseline)}${unit ? ` ${unit}` : ''}`
            ),
        },
        {
          header: t('explorer.change'),
          cell: ({ change }) =>
            change.state === 'computed'
              ? t('explorer.changeValue', {
                  difference: formatAmount(change.difference),
                  percent: change.percent === undefined ? '—' : formatAmount(change.percent),
                  year: change.toYear,
                })
              : t(`explorer.${change.state}`),
        },
      ]}
    />
  );
}

export function Explorer() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const [params, setParams] = useSearchParams();
  const measures = catalogue.data?.kpis.flatMap((k) => k.measures).filter((m) => m.valueType !== 'status') ?? [];
  const measure = measures.find((m) => m.code === params.get('measure')) ?? measures[0];
  const dimensions = parseDimensions(params.get('dimensions'));
  const asOfLocal = params.get('asOf') ?? '';
  const asOf = toInstant(asOfLocal);
  const jurisdictions = catalogue.data?.jurisdictions.map((j) => j.code) ?? [];
  const results = useQueries({
    queries: jurisdictions.map((code) => ({
      queryKey: ['series', code, measure?.code, dimensionsParam(dimensions), asOf ?? 'now'],
      enabled: measure !== undefined,
      queryFn: () => loadSeries(code, measure!.code, dimensions, asOf),
    })),
  });
  if (!catalogue.data || !measure) return <PendingScreen heading={t('explorer.heading')} error={catalogue.error} />;
  const change = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'measure') next.delete('dimensions');
    setParams(next, { replace: true });
  };
  const breakdown = dimensionsParam(dimensions)
    ? Object.entries(dimensions)
        .map(
          ([d, v]) => catalogue.data.dimensions.find((x) => x.code === d)?.values.find((x) => x.code === v)?.label ?? v,
        )
        .join(', ')
    : t('review.total');
  const announce = t('explorer.showing', {
    measure: measure.label,
    breakdown,
    asOf: asOf ? formatDateTime(asOf) : t('explorer.now'),
  });
  const failed = results.find((r) => r.error)?.error;
  const loaded = results.every((r) => r.data);
  const series = results.flatMap((r) => (r.data ? [r.data] : []));
  const lastYear = Math.max(new Date().getFullYear() - 1, ...series.flatMap((s) => s.observations.map((c) => c.year)));
  const years = Array.from({ length: lastYear - BASELINE + 1 }, (_, i) => BASELINE + i);
  const unit = catalogue.data.units.find((u) => u.code === measure.unit)?.label;
  const cellOf = (s: Series, year: number) => s.observations.find((c) => c.year === year);
  const describe = () =>
    series
      .map((s) => {
        const reported = s.observations.filter((c) => c.state === 'reported');
        const latest = reported.filter((c) => c.state === 'reported' && c.value.kind === 'number').at(-1);
        const noData = reported.filter((c) => c.state === 'reported' && c.value.kind === 'no_data').length;
        const name = jurisdictionName(catalogue.data, s.jurisdiction);
        return latest && latest.state === 'reported' && latest.value.kind === 'number'
          ? t('explorer.describeLatest', {
              name,
              amount: formatAmount(latest.value.amount),
              year: latest.year,
              noData,
              notReported: years.length - reported.length,
            })
          : t('explorer.describeNone', { name, noData, notReported: years.length - reported.length });
      })
      .join(' ');
  return (
    <>
      <h1>{t('explorer.heading')}</h1>
      <Filters
        catalogue={catalogue.data}
        measure={measure}
        dimensions={dimensions}
        asOf={asOfLocal}
        onChange={change}
      />
      <p role="status" aria-live="polite">
        {announce}
      </p>
      {!loaded ? (
        <Loading error={failed} />
      ) : (
        <>
          <button
            type="button"
            onClick={() =>
              download(
                `${measure.code}${asOf ? `-as-of-${asOf}` : ''}.csv`,
                csvOf(series, years, catalogue.data, measure.code, dimensions),
              )
            }
          >
            {t('explorer.csv')}
          </button>
          <Chart
            caption={`${measure.label} (${breakdown})${unit ? `, ${unit}` : ''}`}
            description={describe()}
            categories={years.map(String)}
            series={series.map((s) => ({
              name: jurisdictionName(catalogue.data, s.jurisdiction),
              points: years.map((y) => pointOf(cellOf(s, y))),
            }))}
            details={{
              headers: [t('chart.detail')],
              cells: (si, ci) => [<Provenance key="provenance" cell={cellOf(series[si], years[ci])} />],
            }}
          />
          <ChangeTable catalogue={catalogue.data} series={series} unit={unit} />
        </>
      )}
    </>
  );
}
