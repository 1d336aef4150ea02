import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intake, KpiReportSummary, ReportingRound } from '../api/client';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { DataTable } from '../components/DataTable';
import { Late, Listing, PendingScreen, Status } from '../components/Status';
import { formatDateTime } from '../i18n';
import { isSeesac, useUser } from '../session';

async function kpiReports(query: { status?: KpiReportSummary['status']; round?: number }): Promise<KpiReportSummary[]> {
  const { data, error } = await intake.GET('/kpi-reports', { params: { query: { ...query, limit: 200 } } });
  if (error || !data) throw new Error('KPI reports could not be loaded');
  return data.items;
}

async function latestRound(): Promise<ReportingRound | undefined> {
  const { data, error } = await intake.GET('/reporting-rounds');
  if (error || !data) throw new Error('Reporting rounds could not be loaded');
  return data.items[0];
}

/** Where a report opens: SEESAC reviews it; its ministry enters or corrects it. */
export const reportPath = (report: Pick<KpiReportSummary, 'jurisdiction' | 'year'>) =>
  `/kpi-reports/${report.jurisdiction}/${report.year}`;

function ReportTable({ caption, reports, empty }: { caption: string; reports: KpiReportSummary[]; empty: string }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  return (
    <Listing heading={caption} isEmpty={reports.length === 0} empty={empty}>
      <DataTable
        rows={reports}
        rowKey={(report) => report.reportId}
        columns={[
          {
            header: t('table.jurisdiction'),
            rowHeader: true,
            cell: (report) => <Link to={reportPath(report)}>{jurisdictionName(catalogue, report.jurisdiction)}</Link>,
          },
          { header: t('table.year'), cell: (report) => report.year },
          { header: t('table.status'), cell: (report) => <Status status={report.status} /> },
          { header: t('table.round'), cell: (report) => report.roundNumber ?? '' },
          { header: t('table.submitted'), cell: (report) => formatDateTime(report.submittedAt) },
          { header: t('table.late'), cell: (report) => <Late late={report.late} /> },
          { header: t('table.warnings'), cell: (report) => report.warningCount },
        ]}
      />
    </Listing>
  );
}

/** Reports of the round's beneficiaries not submitted by its due date (not started, or still a draft); none without a due date. */
function overdue(round: ReportingRound, reports: KpiReportSummary[], jurisdictions: string[], today: string) {
  if (round.dueDate === undefined || today <= round.dueDate) return [];
  return jurisdictions.flatMap((code) => {
    const report = reports.find((r) => r.jurisdiction === code && r.year === round.reportYear);
    return !report || report.status === 'draft' ? [{ code, status: report?.status ?? 'notStarted' }] : [];
  });
}

export function Today() {
  const { t } = useTranslation();
  const user = useUser();
  const catalogue = useCatalogue();
  const waiting = useQuery({
    queryKey: ['kpi-reports', 'submitted'],
    queryFn: () => kpiReports({ status: 'submitted' }),
  });
  const returned = useQuery({
    queryKey: ['kpi-reports', 'returned_for_revision'],
    queryFn: () => kpiReports({ status: 'returned_for_revision' }),
  });
  const all = useQuery({ queryKey: ['kpi-reports', 'all'], queryFn: () => kpiReports({}) });
  const round = useQuery({ queryKey: ['reporting-rounds', 'latest'], queryFn: latestRound });
  const ready = waiting.data && returned.data && all.data && !round.isPending && catalogue.data;
  const failed = waiting.error ?? returned.error ?? all.error ?? round.error ?? catalogue.error;
  if (!ready) return <PendingScreen heading={t('today.heading')} error={failed} />;
  const beneficiaries = catalogue
    .data!.jurisdictions.filter((j) => j.beneficiary && (isSeesac(user) || j.code === user.jurisdiction))
    .map((j) => j.code);
  const late = round.data ? overdue(round.data, all.data!, beneficiaries, new Date().toISOString().slice(0, 10)) : [];
  return (
    <>
      <h1>{t('today.heading')}</h1>
      <ReportTable caption={t('today.waiting')} reports={waiting.data!} empty={t('today.waitingEmpty')} />
      <ReportTable caption={t('today.returned')} reports={returned.data!} empty={t('today.returnedEmpty')} />
      <section>
        {round.data ? (
          <>
            <h2>
              {round.data.dueDate === undefined
                ? t('today.noDueDate', { round: round.data.roundNumber, reason: round.data.noDueDateReason })
                : t('today.overdue', { round: round.data.roundNumber, due: round.data.dueDate })}
            </h2>
            {late.length === 0 ? (
              <p>{round.data.dueDate === undefined ? t('today.overdueNoDueDate') : t('today.overdueEmpty')}</p>
            ) : (
              <ul>
                {late.map((item) => (
                  <li key={item.code}>
                    <Link to={reportPath({ jurisdiction: item.code, year: round.data!.reportYear })}>
                      {jurisdictionName(catalogue.data, item.code)}
                    </Link>
                    : {t(`status.${item.status}`)}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p>{t('today.noRound')}</p>
        )}
      </section>
      {!isSeesac(user) && <ReportTable caption={t('today.mine')} reports={all.data!} empty={t('today.waitingEmpty')} />}
    </>
  );
}
