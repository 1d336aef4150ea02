import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { answer, Cadence, CoordinationRound, MeetingBody, meetings, MeetingSummary } from '../api/coordination';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { DataTable } from '../components/DataTable';
import { EntryForm, filled, useFields, Values } from '../components/EntryForm';
import { Loading, PendingScreen } from '../components/Status';
import { formatDate } from '../money';
import { isSeesac, useUser } from '../session';
import '../coordination.css';

const WB6 = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana'];

type Local = MeetingSummary & { format?: { mode: 'in_person' | 'online'; city?: string; platform?: string } };

function useRound(roundNumber: number | undefined) {
  return useQuery({
    queryKey: ['round', roundNumber],
    enabled: roundNumber !== undefined,
    // Who has scheduled is a projection of the meetings' events, and several jurisdictions plan at once: follow it.
    refetchInterval: 4000,
    queryFn: async () => {
      const [round, locals] = await Promise.all([
        // no-store: the round's ETag is its own stream's version, but the answer also carries who has scheduled (from the
        // meetings), so a revalidated copy (304) would keep showing a jurisdiction as not scheduled after it scheduled.
        answer<CoordinationRound>(
          meetings.GET('/coordination-rounds/{roundNumber}', {
            params: { path: { roundNumber: roundNumber! } },
            cache: 'no-store',
          }),
        ),
        answer<Local[]>(
          meetings.GET('/meetings', { params: { query: { roundNumber: roundNumber!, kind: 'local_coordination' } } }),
        ),
      ]);
      return { round, locals: locals.filter((meeting) => meeting.status !== 'cancelled') };
    },
  });
}

/** The round's timeline: each local meeting by date, then the regional meeting they prepare. */
function Timeline({ round, locals }: { round: CoordinationRound; locals: Local[] }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  const where = (meeting: Local) =>
    meeting.format?.mode === 'online'
      ? t('rounds.online', { platform: meeting.format.platform ?? '' })
      : t('rounds.inPerson', { city: meeting.format?.city ?? '' });
  return (
    <section>
      <h2>{t('rounds.timeline')}</h2>
      <DataTable
        caption={t('rounds.timelineCaption', { round: round.roundNumber })}
        rows={locals}
        rowKey={(meeting) => meeting.meetingId}
        columns={[
          {
            header: t('rounds.date'),
            cell: (meeting) =>
              `${formatDate(meeting.startDate)}${meeting.endDate !== meeting.startDate ? ` – ${formatDate(meeting.endDate)}` : ''}`,
          },
          {
            header: t('rounds.meeting'),
            rowHeader: true,
            cell: (meeting) => <Link to={`/meetings/${meeting.meetingId}`}>{meeting.title ?? meeting.meetingId}</Link>,
          },
          {
            header: t('table.jurisdiction'),
            cell: (meeting) => jurisdictionName(catalogue, meeting.jurisdiction ?? ''),
          },
          { header: t('rounds.format'), cell: where },
          { header: t('table.status'), cell: (meeting) => t(`meeting.statuses.${meeting.status}`) },
        ]}
      >
        <tr className="regional">
          <td>{round.regionalMeetingDate ? formatDate(round.regionalMeetingDate) : t('rounds.noDate')}</td>
          <th scope="row">
            {round.regionalMeetingId ? (
              <Link to={`/meetings/${round.regionalMeetingId}`}>{t('rounds.regional')}</Link>
            ) : (
              t('rounds.regional')
            )}
          </th>
          <td>{t('rounds.allJurisdictions')}</td>
          <td />
          <td />
        </tr>
      </DataTable>
      <h2>{t('rounds.notScheduled')}</h2>
      {round.notScheduled.length === 0 ? (
        <p>{t('rounds.allScheduled')}</p>
      ) : (
        <ul className="not-scheduled">
          {round.notScheduled.map((code) => (
            <li key={code}>{jurisdictionName(catalogue, code)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Schedule a local meeting (a ministry only its own) and move one; a refused date comes back with the rule. */
function LocalMeetingForms({ round, locals }: { round: CoordinationRound; locals: Local[] }) {
  const { t } = useTranslation();
  const user = useUser();
  const queries = useQueryClient();
  const catalogue = useCatalogue().data;
  const seesac = isSeesac(user);
  const mine = (code: string | undefined) => seesac || code === user.jurisdiction;
  const open = seesac ? round.notScheduled : round.notScheduled.filter((code) => code === user.jurisdiction);
  const jurisdictions = (seesac ? (open.length > 0 ? open : WB6) : [user.jurisdiction ?? '']).map((code) => ({
    value: code,
    label: jurisdictionName(catalogue, code),
  }));
  const movable = locals.filter(
    (meeting) => mine(meeting.jurisdiction) && ['planned', 'confirmed'].includes(meeting.status),
  );
  const f = useFields('rounds.fields');
  const done = () => queries.invalidateQueries({ queryKey: ['round'] });

  const schedule = async (v: Values) => {
    const { mode, city, platform, jurisdiction, title, startDate, endDate } = filled(v);
    const body = {
      meetingId: `local-${round.roundNumber}-${jurisdiction}`,
      kind: 'local_coordination',
      roundNumber: round.roundNumber,
      jurisdiction,
      title,
      startDate,
      ...(endDate ? { endDate } : {}),
      format: mode === 'online' ? { mode, ...(platform ? { platform } : {}) } : { mode, city },
    };
    await answer(meetings.POST('/meetings', { body: body as MeetingBody<'ScheduleMeetingDto'> }));
    await done();
  };
  const move = async (v: Values) => {
    const { meetingId, startDate, endDate } = filled(v);
    await answer(
      meetings.POST('/meetings/{meetingId}/rescheduling', {
        params: { path: { meetingId } },
        body: { startDate, ...(endDate ? { endDate } : {}) } as MeetingBody<'RescheduleMeetingDto'>,
      }),
    );
    await done();
  };
  return (
    <section>
      <h2>{t('rounds.scheduleHeading')}</h2>
      <p>
        {t('rounds.rule', {
          date: round.regionalMeetingDate ? formatDate(round.regionalMeetingDate) : t('rounds.noDate'),
        })}
      </p>
      <div className="forms">
        {jurisdictions.length > 0 && jurisdictions[0].value && (
          <EntryForm
            title={t('rounds.schedule')}
            submitLabel={t('rounds.scheduleButton')}
            fields={[
              f('jurisdiction', 'select', { options: jurisdictions }),
              f('title', 'text', { initial: t('rounds.defaultTitle', { round: round.roundNumber }) }),
              f('mode', 'select', {
                options: [
                  { value: 'in_person', label: t('rounds.modes.in_person') },
                  { value: 'online', label: t('rounds.modes.online') },
                ],
              }),
              f('city', 'text', { optional: true }),
              f('platform', 'text', { optional: true }),
              f('startDate', 'date'),
              f('endDate', 'date', { optional: true }),
            ]}
            onSubmit={schedule}
          />
        )}
        {movable.length > 0 && (
          <EntryForm
            title={t('rounds.move')}
            submitLabel={t('rounds.moveButton')}
            fields={[
              f('meetingId', 'select', {
                options: movable.map((m) => ({ value: m.meetingId, label: m.title ?? m.meetingId })),
              }),
              f('startDate', 'date'),
              f('endDate', 'date', { optional: true }),
            ]}
            onSubmit={move}
          />
        )}
      </div>
    </section>
  );
}

function PlanRound({ next }: { next: number }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const f = useFields('rounds.fields');
  const plan = async (v: Values) => {
    const { roundNumber, ...rest } = filled(v);
    await answer(
      meetings.POST('/coordination-rounds', {
        body: { roundNumber: Number(roundNumber), ...rest } as MeetingBody<'PlanCoordinationRoundDto'>,
      }),
    );
    await queries.invalidateQueries({ queryKey: ['cadence'] });
    await navigate(`/coordination-rounds/${roundNumber}`);
  };
  return (
    <EntryForm
      title={t('rounds.plan')}
      submitLabel={t('rounds.planButton')}
      fields={[
        f('roundNumber', 'number', { initial: String(next) }),
        f('label', 'text', { optional: true }),
        f('reportingPeriod', 'text', { optional: true }),
        f('regionalMeetingId', 'text', { optional: true, initial: `regional-${next}` }),
        f('regionalMeetingDate', 'date', { optional: true }),
      ]}
      onSubmit={plan}
    />
  );
}

/** Coordination round planner: choose a round, see its timeline and who has not scheduled, plan, schedule, move. */
export function RoundPlanner() {
  const { t } = useTranslation();
  const user = useUser();
  const params = useParams();
  const cadence = useQuery({ queryKey: ['cadence'], queryFn: () => answer<Cadence>(meetings.GET('/cadence')) });
  const chosen = params.roundNumber ? Number(params.roundNumber) : (cadence.data?.latestRound ?? undefined);
  const round = useRound(chosen);
  // The catalogue names the jurisdictions: without it the timeline would flash their codes.
  const catalogue = useCatalogue();
  if (cadence.isPending || cadence.error || !catalogue.data)
    return <PendingScreen heading={t('rounds.heading')} error={cadence.error ?? catalogue.error} />;
  return (
    <>
      <h1>{t('rounds.heading')}</h1>
      <nav aria-label={t('rounds.rounds')}>
        <ul>
          {cadence.data.rounds.map((r) => (
            <li key={r.roundNumber}>
              <Link
                to={`/coordination-rounds/${r.roundNumber}`}
                aria-current={r.roundNumber === chosen ? 'page' : undefined}
              >
                {r.label ?? t('rounds.round', { round: r.roundNumber })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {cadence.data.nextRound.regionalMeetingDueBy && (
        <p>
          {t('rounds.nextDue', {
            round: cadence.data.nextRound.roundNumber,
            date: formatDate(cadence.data.nextRound.regionalMeetingDueBy),
          })}
        </p>
      )}
      {chosen === undefined ? (
        <p>{t('rounds.none')}</p>
      ) : round.isPending || round.error ? (
        <Loading error={round.error} />
      ) : (
        <>
          <h2>{round.data.round.label ?? t('rounds.round', { round: chosen })}</h2>
          <Timeline round={round.data.round} locals={round.data.locals} />
          {(isSeesac(user) || user.roles.includes('ministry')) && (
            <LocalMeetingForms round={round.data.round} locals={round.data.locals} />
          )}
        </>
      )}
      {isSeesac(user) && <PlanRound next={(cadence.data.latestRound ?? 0) + 1} />}
    </>
  );
}
