import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { answer, GenderShare, meetings, MeetingSummary } from '../api/coordination';
import { Chart, ChartPoint } from '../components/Chart';
import { Loading } from '../components/Status';
import { formatDate } from '../money';
import '../coordination.css';

type YearShare = GenderShare & { year: number; meetings: number };

/** A share as a point of the chart: the recorded percentage, or "no data" with its reason (never 0 %). */
const shareOf = (share: GenderShare): ChartPoint =>
  share.status === 'recorded' ? { kind: 'number', amount: share.share } : { kind: 'no_data', reason: share.reason };

/** The table twin's extra cells of a share: women of those with a gender recorded, and how many have none recorded. */
const shareDetails = (share: GenderShare, t: TFunction): string[] =>
  share.status === 'recorded'
    ? [t('participation.ofTotal', { women: share.women, total: share.total }), String(share.notRecorded)]
    : ['', String(share.participants)];

/** A chart of the share of women, one bar per year or meeting, on a 0–100 % scale. */
function ShareChart({
  caption,
  description,
  categoryHeader,
  shares,
  extraHeader,
  extra,
}: {
  caption: string;
  description: string;
  categoryHeader: string;
  shares: Array<{ label: string; share: GenderShare }>;
  extraHeader: string;
  extra: string[];
}) {
  const { t } = useTranslation();
  return (
    <Chart
      caption={caption}
      description={description}
      categories={shares.map((row) => row.label)}
      categoryHeader={categoryHeader}
      series={[{ name: t('participation.shareHeader'), points: shares.map((row) => shareOf(row.share)) }]}
      unit="%"
      max={100}
      details={{
        headers: [t('participation.women'), t('participation.notRecorded'), extraHeader],
        cells: (_series, index) => [...shareDetails(shares[index].share, t), extra[index]],
      }}
    />
  );
}

/** Participation: the share of women per year and per meeting, each as a chart with its text description and table twin. */
export function Participation() {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['meetings'], queryFn: () => answer<MeetingSummary[]>(meetings.GET('/meetings')) });
  const years = [...new Set((list.data ?? []).map((meeting) => meeting.year))].sort();
  const perYear = useQuery({
    queryKey: ['gender-share', years],
    enabled: years.length > 0,
    queryFn: () =>
      Promise.all(
        years.map((year) => answer<YearShare>(meetings.GET('/gender-share/{year}', { params: { path: { year } } }))),
      ),
  });
  if (list.isPending || list.error)
    return (
      <>
        <h1>{t('participation.heading')}</h1>
        <Loading error={list.error} />
      </>
    );
  const counted = list.data.filter((meeting) => meeting.status !== 'cancelled');
  return (
    <>
      <h1>{t('participation.heading')}</h1>
      {perYear.data && (
        <ShareChart
          caption={t('participation.perYear')}
          description={t('participation.perYearDescription')}
          categoryHeader={t('participation.year')}
          shares={perYear.data.map((share) => ({ label: String(share.year), share }))}
          extraHeader={t('participation.meetings')}
          extra={perYear.data.map((share) => String(share.meetings))}
        />
      )}
      <ShareChart
        caption={t('participation.perMeeting')}
        description={t('participation.perMeetingDescription')}
        categoryHeader={t('participation.meeting')}
        shares={counted.map((meeting) => ({ label: meeting.title ?? meeting.meetingId, share: meeting.genderShare }))}
        extraHeader={t('participation.date')}
        extra={counted.map((meeting) => formatDate(meeting.startDate))}
      />
    </>
  );
}
