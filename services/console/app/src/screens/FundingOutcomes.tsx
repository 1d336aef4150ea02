import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, fund, FundAnswer } from '../api/coordination';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { amountColumn, DataTable } from '../components/DataTable';
import { Options, SelectField } from '../components/SelectField';
import { PendingScreen } from '../components/Status';
import { formatMoney } from '../money';
import { ProjectLine, STAGES, usePipeline } from './Projects';
import '../coordination.css';

const WB6 = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana'];

type Allocations = FundAnswer<'AllocationsDto'>;
type Funded = FundAnswer<'GoalFundingDto'>;
interface Indicator {
  code: string;
  label: string;
  kind: string;
  term?: { measure: string };
}
type IndicatorValue =
  | { year: number; state: 'computed'; value: string }
  | { year: number; state: 'missing' }
  | { year: number; state: 'undefined'; reason: string };

/** The catalogue's indicators of change against the 2018 baseline, with their values for the jurisdiction (or the region). */
function useChanges(jurisdiction: string) {
  return useQuery({
    queryKey: ['changes', jurisdiction],
    queryFn: async () => {
      const list = (await (await fetch('/api/kpi-aggregation/derived-indicators')).json()) as
        { indicators?: Indicator[] } | Indicator[];
      const indicators = (Array.isArray(list) ? list : (list.indicators ?? [])).filter(
        (indicator) => indicator.kind === 'change_vs_baseline',
      );
      return Promise.all(
        indicators.map(async (indicator) => {
          const response = await fetch(
            `/api/kpi-aggregation/derived-indicators/${indicator.code}?jurisdiction=${jurisdiction}`,
          );
          const values = response.ok ? ((await response.json()) as { values: IndicatorValue[] }).values : [];
          return { ...indicator, values };
        }),
      );
    },
  });
}

function ChangeCell({ value }: { value: IndicatorValue }) {
  const { t } = useTranslation();
  if (value.state === 'computed')
    return (
      <td className="value-number">
        {new Intl.NumberFormat(undefined, {
          style: 'percent',
          maximumFractionDigits: 1,
          signDisplay: 'exceptZero',
        }).format(value.value as unknown as number)}
      </td>
    );
  if (value.state === 'undefined') return <td className="value-no-data">{value.reason}</td>;
  return <td className="value-missing">{t('value.notReported')}</td>;
}

/** Funding and outcomes: per Roadmap goal, the USD the fund approved and transferred beside the goal's KPIs' change against 2018. */
export function FundingOutcomes() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const [jurisdiction, setJurisdiction] = useState('region');
  const allocations = useQuery({
    queryKey: ['fund', 'allocations'],
    queryFn: async () => {
      const { data, response } = await fund.GET('/trust-fund/allocations');
      if (response.status === 404) return undefined;
      return answer<Allocations>(Promise.resolve({ data, response }));
    },
  });
  const pipeline = usePipeline();
  const changes = useChanges(jurisdiction);
  if (catalogue.isPending || catalogue.error)
    return <PendingScreen heading={t('funding.heading')} error={catalogue.error} />;
  const projects: ProjectLine[] = pipeline.data
    ? STAGES.filter((s) => s !== 'proposed' && s !== 'rejected').flatMap((stage) => pipeline.data![stage].projects)
    : [];
  const inScope = (project: ProjectLine, goal: number) =>
    (project.goals ?? []).includes(goal) &&
    (jurisdiction === 'region' || (project.jurisdictions ?? []).includes(jurisdiction));
  const jurisdictionUsd = allocations.data?.byJurisdiction.find((row) => row.jurisdiction === jurisdiction)?.usd;
  const funding = allocations.data?.funding;
  const jurisdictionFunded = funding?.byJurisdiction.find((row) => row.jurisdiction === jurisdiction);
  // The service sums the money per goal (and per goal within a jurisdiction); the browser only picks the row.
  const goalFunded = (goal: number): Funded | undefined =>
    jurisdiction === 'region'
      ? funding?.byGoal.find((row) => row.goal === goal)
      : funding?.byGoalAndJurisdiction.find((row) => row.goal === goal && row.jurisdiction === jurisdiction);
  // No row: no approved project there, so nothing could be transferred (said in words, not as a zero).
  const transferred = (
    key: 'transferred' | 'jurisdictionTransferred',
    row: { transferredUsd: string; netTransferredUsd: string } | undefined,
  ) =>
    row
      ? t(`funding.${key}`, {
          jurisdiction: jurisdictionName(catalogue.data, jurisdiction),
          amount: formatMoney(row.transferredUsd),
          net: formatMoney(row.netTransferredUsd),
        })
      : t(`funding.${key}None`, { jurisdiction: jurisdictionName(catalogue.data, jurisdiction) });
  return (
    <>
      <h1>{t('funding.heading')}</h1>
      <p>{t('funding.intro')}</p>
      <SelectField
        className="field"
        id="funding-jurisdiction"
        label={t('table.jurisdiction')}
        value={jurisdiction}
        onChange={setJurisdiction}
      >
        <option value="region">{t('funding.region')}</option>
        <Options choices={WB6.map((code) => ({ value: code, label: jurisdictionName(catalogue.data, code) }))} />
      </SelectField>
      {allocations.data && <p>{allocations.data.note}</p>}
      {jurisdiction !== 'region' && (
        <p>
          {t('funding.jurisdictionApproved', {
            jurisdiction: jurisdictionName(catalogue.data, jurisdiction),
            amount: jurisdictionUsd ? formatMoney(jurisdictionUsd) : t('funding.noneApproved'),
          })}
        </p>
      )}
      {jurisdiction !== 'region' && <p>{transferred('jurisdictionTransferred', jurisdictionFunded)}</p>}
      {catalogue.data.goals.map((goal) => {
        const funded = goalFunded(goal.number);
        const approved =
          jurisdiction === 'region'
            ? allocations.data?.byGoal.find((row) => row.goal === goal.number)?.usd
            : funded?.approvedUsd;
        const kpis = catalogue.data.kpis.filter((kpi) => kpi.goals.includes(goal.number));
        const measures = new Set(kpis.flatMap((kpi) => kpi.measures.map((m) => m.code)));
        const goalChanges = (changes.data ?? []).filter(
          (indicator) => indicator.term && measures.has(indicator.term.measure),
        );
        const goalProjects = projects.filter((project) => inScope(project, goal.number));
        return (
          <section key={goal.number}>
            <h2>{t('meeting.goal', { number: goal.number, title: goal.title })}</h2>
            <p>{t('funding.approved', { amount: approved ? formatMoney(approved) : t('funding.noneApproved') })}</p>
            <p>{transferred('transferred', funded)}</p>
            {goalProjects.length > 0 && (
              <DataTable
                caption={t('funding.projectsCaption', { number: goal.number })}
                rows={goalProjects}
                rowKey={(p) => p.projectId}
                columns={[
                  { header: t('projects.project'), rowHeader: true, cell: (p) => p.title ?? p.projectId },
                  {
                    header: t('table.jurisdiction'),
                    cell: (p) =>
                      (p.jurisdictions ?? []).map((code) => jurisdictionName(catalogue.data, code)).join(', '),
                  },
                  amountColumn<ProjectLine>(t('projects.budget'), (p) =>
                    formatMoney(p.approvedBudgetUsd ?? p.budgetUsd),
                  ),
                  amountColumn<ProjectLine>(t('projects.transferred'), (p) => formatMoney(p.transferredUsd)),
                ]}
              />
            )}
            <p>
              {t('funding.kpis', {
                kpis: kpis.map((kpi) => t('review.kpi', { number: kpi.number })).join(', ') || t('meeting.none'),
              })}
            </p>
            {goalChanges.length === 0 ? (
              <p className="value-missing">{t('funding.noChangeIndicator')}</p>
            ) : (
              goalChanges.map((indicator) => (
                <table key={indicator.code}>
                  <caption>{indicator.label}</caption>
                  <thead>
                    <tr>
                      {indicator.values.map((v) => (
                        <th scope="col" key={v.year}>
                          {v.year}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      {indicator.values.length === 0 ? (
                        <td className="value-missing">{t('value.notReported')}</td>
                      ) : (
                        indicator.values.map((v) => <ChangeCell key={v.year} value={v} />)
                      )}
                    </tr>
                  </tbody>
                </table>
              ))
            )}
          </section>
        );
      })}
    </>
  );
}
