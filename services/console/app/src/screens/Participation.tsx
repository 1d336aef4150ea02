import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { answer, GenderShare, meetings, MeetingSummary } from '../api/coordination';
import { BarRow, ChartBars } from '../components/ChartBars';
import { Loading } from '../components/Status';
import { formatDate } from '../money';
import '../coordination.css';

type YearShare = GenderShare & { year: number; meetings: number };

/** A share as a bar and a table cell: the recorded percentage, or "no data" with its reason (never 0 %). */
function shareRow(key: string, label: string, share: GenderShare, t: TFunction, details: string[]): BarRow {
  return share.status === 'recorded'
    ? { key, label, value: Number(share.share), display: `${share.share} %`, details: [t('participation.ofTotal', { women: share.women, total: share.total }), String(share.notRecorded), ...details] }
    : { key, label, display: t('participation.noData', { reason: share.reason }), details: ['', String(share.participants), ...details] };
}

/** Participation: the share of women per meeting and per year, each as a chart with its table twin. */
export function Participation() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['meetings'], queryFn: () => answer<MeetingSummary[]>(meetings.GET('/meetings')) });
  const years = [...new Set((list.data ?? []).map((meeting) => meeting.year))].sort();
  const perYear = useQuery({
    queryKey: ['gender-share', years],
    enabled: years.length > 0,
    queryFn: () => Promise.all(years.map((year) => answer<YearShare>(meetings.GET('/gender-share/{year}', { params: { path: { year } } })))),
  });
  if (list.isPending || list.error) return <><h1>{t('participation.heading')}</h1><Loading error={list.error} /></>;
  const counted = list.data.filter((meeting) => meeting.status !== 'cancelled');
  const headers = [t('participation.women'), t('participation.notRecorded')];
  return (
    <>
      <h1>{t('participation.heading')}</h1>
      {perYear.data && (
        <ChartBars
          title={t('participation.perYear')}
          description={t('participation.perYearDescription')}
          max={100}
          valueHeader={t('participation.shareHeader')}
          detailHeaders={[...headers, t('participation.meetings')]}
          rows={perYear.data.map((share) => shareRow(String(share.year), String(share.year), share, t, [String(share.meetings)]))}
        />
      )}
      <ChartBars
        title={t('participation.perMeeting')}
        description={t('participation.perMeetingDescription')}
        max={100}
        valueHeader={t('participation.shareHeader')}
        detailHeaders={[...headers, t('participation.date')]}
        rows={counted.map((meeting) => shareRow(meeting.meetingId, meeting.title ?? meeting.meetingId, meeting.genderShare, t, [formatDate(meeting.startDate)]))}
      />
    </>
  );
}
