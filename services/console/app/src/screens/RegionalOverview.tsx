import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { aggregation, Catalogue, RegionalTotals } from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { DataTable } from '../components/DataTable';
import { Options, SelectField } from '../components/SelectField';
import { Loading, PendingScreen } from '../components/Status';
import { formatAmount } from '../i18n';

type Measure = Catalogue['kpis'][number]['measures'][number];
type Year = RegionalTotals['totals'][number];

async function totalsOf(measure: string, year: number): Promise<Year | undefined> {
  const { data, error } = await aggregation.GET('/regional-totals/{measure}', {
    params: { path: { measure: measure as never }, query: { fromYear: year, toYear: year } },
  });
  if (error || !data) throw new Error(`The regional total of ${measure} could not be loaded`);
  return data.totals.find((t) => t.year === year);
}

/** The WB6 figure as the API gives it: a sum, counts per status, or no total for a non-additive measure (and why). */
function Figure({ year, unit }: { year: Year | undefined; unit?: string }) {
  const { t } = useTranslation();
  if (!year) return <span className="value-missing">{t('value.notReported')}</span>;
  if (year.aggregation === 'not_additive')
    return (
      <span className="value-status">
        {t('overview.notAdditive')}
        {year.note ? `: ${year.note}` : ''}
      </span>
    );
  if (year.aggregation === 'count_by_status') {
    const counts = Object.entries(year.countsByStatus ?? {});
    return counts.length === 0 ? (
      <span className="value-missing">{t('value.notReported')}</span>
    ) : (
      <>{counts.map(([status, n]) => `${status}: ${n}`).join(', ')}</>
    );
  }
  if (year.total === null) return <span className="value-missing">{t('overview.noTotal')}</span>;
  return (
    <span className="value-number">
      {formatAmount(year.total)}
      {unit ? ` ${unit}` : ''}
      {year.complete ? '' : ` (${t('overview.partial')})`}
    </span>
  );
}

export function RegionalOverview() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const [params, setParams] = useSearchParams();
  const kpi = catalogue.data?.kpis.find((k) => String(k.number) === params.get('kpi')) ?? catalogue.data?.kpis[0];
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year') ?? thisYear - 1);
  const measures: Measure[] = kpi?.measures ?? [];
  const results = useQueries({
    queries: measures.map((m) => ({
      queryKey: ['regional-totals', m.code, year],
      queryFn: () => totalsOf(m.code, year),
    })),
  });
  if (!catalogue.data || !kpi) return <PendingScreen heading={t('overview.heading')} error={catalogue.error} />;
  const set = (key: string, value: string) =>
    setParams({ ...Object.fromEntries(params), [key]: value }, { replace: true });
  const names = (codes: string[]) =>
    codes.length === 0 ? t('overview.none') : codes.map((c) => jurisdictionName(catalogue.data, c)).join(', ');
  type Line = { result: (typeof results)[number] };
  const loaded = (result: Line['result']) => !result.isPending && !result.error;
  // Who contributed, who is missing, who reported "no data": named once the figure is there.
  const coverage =
    (key: keyof Year['coverage']) =>
    ({ result }: Line) =>
      loaded(result) && names(result.data?.coverage[key] ?? []);
  const years = Array.from({ length: thisYear - 2018 }, (_, i) => 2018 + i);
  return (
    <>
      <h1>{t('overview.heading')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField id="overview-kpi" label={t('overview.kpi')} value={kpi.number} onChange={(v) => set('kpi', v)}>
          <Options
            choices={catalogue.data.kpis.map((k) => ({
              value: k.number,
              label: t('review.kpi', { number: k.number }),
            }))}
          />
        </SelectField>
        <SelectField id="overview-year" label={t('table.year')} value={year} onChange={(v) => set('year', v)}>
          <Options choices={years.map((y) => ({ value: y, label: String(y) }))} />
        </SelectField>
      </form>
      <p role="status" aria-live="polite">
        {t('overview.showing', { kpi: kpi.number, year })}
      </p>
      <p>{kpi.wording}</p>
      <DataTable
        caption={t('overview.caption', { kpi: kpi.number, year })}
        rows={measures.map((measure, i) => ({ measure, result: results[i] }))}
        rowKey={({ measure }) => measure.code}
        columns={[
          { header: t('review.measure'), rowHeader: true, cell: ({ measure }) => measure.label },
          {
            header: t('overview.total'),
            cell: ({ measure, result }) =>
              result.isPending || result.error ? (
                <Loading error={result.error} />
              ) : (
                <Figure year={result.data} unit={catalogue.data.units.find((u) => u.code === measure.unit)?.label} />
              ),
          },
          {
            header: t('overview.aggregation'),
            cell: ({ result }) => loaded(result) && <code>{result.data?.aggregation ?? ''}</code>,
          },
          { header: t('overview.contributed'), cell: coverage('contributed') },
          { header: t('overview.missing'), cell: coverage('missing') },
          { header: t('overview.noData'), cell: coverage('noData') },
        ]}
      />
    </>
  );
}
