import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActionItem, answer, GenderShare, MeetingBody, meetings, MeetingView, Refusal } from '../api/coordination';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { ClientPathsWithMethod } from 'openapi-fetch';
import { DataTable } from '../components/DataTable';
import { commaList, EntryForm, filled, RefusalNote, useFields, Values } from '../components/EntryForm';
import { Listing, PendingScreen } from '../components/Status';
import { formatDate } from '../money';
import { isSeesac, User, useUser } from '../session';
import '../coordination.css';

const WB6 = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana'];

/** SEESAC records in every meeting; a ministry only in its own jurisdiction's local coordination meeting. */
export const mayRecord = (user: User, meeting: Pick<MeetingView, 'kind' | 'jurisdiction'>) =>
  isSeesac(user) ||
  (user.roles.includes('ministry') &&
    meeting.kind === 'local_coordination' &&
    meeting.jurisdiction === user.jurisdiction);

export function ShareOfWomen({ share }: { share: GenderShare }) {
  const { t } = useTranslation();
  return share.status === 'recorded' ? (
    <span>
      {t('participation.share', {
        share: share.share,
        women: share.women,
        total: share.total,
        notRecorded: share.notRecorded,
      })}
    </span>
  ) : (
    <span className="value-no-data">{t('participation.noData', { reason: share.reason })}</span>
  );
}

function Agenda({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  const days = [...new Set(meeting.sessions.map((session) => session.date))].sort();
  return (
    <Listing heading={t('meeting.agenda')} isEmpty={days.length === 0} empty={t('meeting.noSessions')}>
      {days.map((day) => (
        <section key={day}>
          <h3>{formatDate(day)}</h3>
          {meeting.sessions
            .filter((session) => session.date === day)
            .map((session) => (
              <article key={session.sessionId}>
                <h4>{session.title}</h4>
                <dl>
                  {session.chair && (
                    <>
                      <dt>{t('meeting.chair')}</dt>
                      <dd>
                        {[session.chair.name, session.chair.position, session.chair.organization]
                          .filter(Boolean)
                          .join(', ')}
                      </dd>
                    </>
                  )}
                  <dt>{t('meeting.goals')}</dt>
                  <dd>
                    {session.goals.length
                      ? session.goals
                          .map((goal) =>
                            t('meeting.goal', {
                              number: goal,
                              title: catalogue?.goals.find((g) => g.number === goal)?.title ?? '',
                            }),
                          )
                          .join('; ')
                      : t('meeting.none')}
                  </dd>
                  <dt>{t('meeting.presenting')}</dt>
                  <dd>
                    {session.presentingJurisdictions.length
                      ? session.presentingJurisdictions.map((code) => jurisdictionName(catalogue, code)).join(', ')
                      : t('meeting.none')}
                  </dd>
                  {session.notes && (
                    <>
                      <dt>{t('meeting.notes')}</dt>
                      <dd>{session.notes}</dd>
                    </>
                  )}
                </dl>
                <Comments comments={meeting.comments.filter((comment) => comment.sessionId === session.sessionId)} />
              </article>
            ))}
        </section>
      ))}
    </Listing>
  );
}

function Participants({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  return (
    <section>
      <h2>{t('meeting.participants')}</h2>
      <p>
        {t('meeting.shareOfWomen')} <ShareOfWomen share={meeting.genderShare} />
      </p>
      {meeting.participants.length > 0 && (
        <DataTable
          caption={t('meeting.participantsCaption', { count: meeting.participants.length })}
          rows={meeting.participants}
          rowKey={(p) => p.participantId}
          columns={[
            { header: t('meeting.name'), rowHeader: true, cell: (p) => p.name },
            { header: t('meeting.organization'), cell: (p) => p.organization },
            { header: t('meeting.role'), cell: (p) => p.role },
            {
              header: t('meeting.gender'),
              cell: (p) => t(`meeting.genders.${p.gender ?? 'not_recorded'}`),
              className: (p) => (p.gender ? undefined : 'value-missing'),
            },
            {
              header: t('meeting.category'),
              cell: (p) => t(`meeting.categories.${p.category ?? 'not_recorded'}`),
              className: (p) => (p.category ? undefined : 'value-missing'),
            },
            {
              header: t('table.jurisdiction'),
              cell: (p) => (p.jurisdiction ? jurisdictionName(catalogue, p.jurisdiction) : ''),
            },
          ]}
        />
      )}
    </section>
  );
}

/** A document kept on the web is a link; any other reference (an archive number, a shared drive) is shown as written. */
function DocumentReference({ title, reference }: { title: string; reference: string }) {
  return /^https?:\/\//i.test(reference) ? (
    <a href={reference} rel="noreferrer">
      {title}
    </a>
  ) : (
    <>
      {title} ({reference})
    </>
  );
}

/** Comments as quotes, each with its author (and organisation). */
function Comments({ comments }: { comments: MeetingView['comments'] }) {
  return (
    <>
      {comments.map((c, i) => (
        <blockquote key={i}>
          {c.text} — {c.author}
          {c.organization ? `, ${c.organization}` : ''}
        </blockquote>
      ))}
    </>
  );
}

function Outcomes({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  const general = meeting.comments.filter((comment) => !comment.sessionId);
  const none = t('meeting.none');
  return (
    <>
      <Listing heading={t('meeting.documents')} isEmpty={meeting.documents.length === 0} empty={none}>
        <ul>
          {meeting.documents.map((d) => (
            <li key={d.documentId}>
              {t(`meeting.documentKinds.${d.kind}`, { defaultValue: d.kind })}:{' '}
              <DocumentReference title={d.title} reference={d.reference} />
            </li>
          ))}
        </ul>
      </Listing>
      <Listing heading={t('meeting.comments')} isEmpty={general.length === 0} empty={none}>
        <Comments comments={general} />
      </Listing>
      <Listing heading={t('meeting.conclusions')} isEmpty={meeting.conclusions.length === 0} empty={none}>
        <ol>
          {meeting.conclusions.map((c, i) => (
            <li key={i}>
              {c.text}
              {c.author ? ` (${[c.author, c.organization].filter(Boolean).join(', ')})` : ''}
            </li>
          ))}
        </ol>
      </Listing>
      <Listing heading={t('meeting.supportNeeds')} isEmpty={meeting.supportNeeds.length === 0} empty={none}>
        <ul>
          {meeting.supportNeeds.map((n, i) => (
            <li key={i}>
              {n.jurisdiction ? jurisdictionName(catalogue, n.jurisdiction) : n.organization}
              {n.goal ? ` (${t('meeting.goalNumber', { number: n.goal })})` : ''}: {n.description}
            </li>
          ))}
        </ul>
      </Listing>
    </>
  );
}

/** Action items as a table; "complete" for those allowed to record in the meeting. */
export function ActionItemTable({
  items,
  caption,
  canComplete,
  onComplete,
  meetingCell,
}: {
  items: Array<ActionItem & { meetingId?: string }>;
  caption: string;
  meetingCell?: (item: ActionItem & { meetingId?: string }) => ReactNode;
  canComplete: (item: ActionItem & { meetingId?: string }) => boolean;
  onComplete: (item: ActionItem & { meetingId?: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const complete = async (item: ActionItem) => {
    setRefusal(undefined);
    try {
      await onComplete(item);
    } catch (error) {
      if (error instanceof Refusal) setRefusal(error);
      else throw error;
    }
  };
  if (items.length === 0) return <p>{t('actions.none')}</p>;
  return (
    <>
      {refusal && <RefusalNote problem={refusal.problem} />}
      <DataTable
        caption={caption}
        rows={items}
        rowKey={(item) => `${item.meetingId ?? ''}:${item.actionItemId}`}
        columns={[
          { header: t('actions.description'), rowHeader: true, cell: (item) => item.description },
          { header: t('actions.owner'), cell: (item) => item.owner },
          {
            header: t('table.jurisdiction'),
            cell: (item) => (item.jurisdiction ? jurisdictionName(catalogue, item.jurisdiction) : ''),
          },
          { header: t('actions.goal'), cell: (item) => item.goal ?? '' },
          { header: t('actions.due'), cell: (item) => formatDate(item.dueDate) },
          {
            header: t('table.status'),
            cell: (item) =>
              item.status === 'done'
                ? t('actions.doneOn', { date: formatDate(item.completedOn) })
                : item.overdue
                  ? t('actions.overdue')
                  : t('actions.open'),
            className: (item) => (item.overdue ? 'overdue' : undefined),
          },
          ...(meetingCell ? [{ header: t('actions.meeting'), cell: meetingCell }] : []),
          {
            header: t('actions.do'),
            cell: (item) =>
              item.status === 'open' &&
              canComplete(item) && (
                <button
                  type="button"
                  aria-label={t('actions.completeItem', { description: item.description })}
                  onClick={() => void complete(item)}
                >
                  {t('actions.complete')}
                </button>
              ),
          },
        ]}
      />
    </>
  );
}

function RecordForms({
  meeting,
  etag,
  reload,
}: {
  meeting: MeetingView;
  etag: string | null;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const catalogue = useCatalogue().data;
  const id = meeting.meetingId;
  const path = { params: { path: { meetingId: id } } };
  const own = isSeesac(user) ? WB6 : [user.jurisdiction ?? ''];
  const jurisdictions = (optional: boolean) => [
    ...(optional ? [{ value: '', label: t('meeting.noJurisdiction') }] : []),
    ...own.map((code) => ({ value: code, label: jurisdictionName(catalogue, code) })),
  ];
  const goals = [
    { value: '', label: t('meeting.noGoal') },
    ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: t('meeting.goalNumber', { number: n }) })),
  ];
  const sessions = meeting.sessions.map((s) => ({ value: s.sessionId, label: s.title }));
  const f = useFields('meeting.fields');
  const n = (value: string | undefined) => (value ? Number(value) : undefined);
  // If-Match: two people recording in the same meeting never overwrite each other unseen.
  // The route and its body go together by name (the service checks the body against its schema and names each problem).
  const record =
    (route: ClientPathsWithMethod<typeof meetings, 'post'>, body: (values: Values) => unknown) =>
    async (values: Values) => {
      await answer(
        meetings.POST(route, { ...path, headers: etag ? { 'If-Match': etag } : {}, body: body(values) } as never),
      );
      await reload();
    };
  const labels = (command: string) => ({ title: t(`meeting.${command}`), submitLabel: t(`meeting.${command}Button`) });
  const next = (prefix: string, count: number) => `${prefix}-${count + 1}`;

  return (
    <section>
      <h2>{t('meeting.record')}</h2>
      <div className="forms">
        <EntryForm
          {...labels('addSession')}
          fields={[
            f('sessionId', 'text', { initial: next('session', meeting.sessions.length) }),
            f('date', 'date', { initial: meeting.startDate }),
            f('title'),
            f('goals', 'text', { optional: true }),
            f('chairName', 'text', { optional: true }),
            f('chairOrganization', 'text', { optional: true }),
            f('presentingJurisdictions', 'text', { optional: true }),
          ]}
          onSubmit={record(
            '/meetings/{meetingId}/sessions',
            (v) =>
              ({
                sessionId: v.sessionId,
                date: v.date,
                title: v.title,
                goals: commaList(v.goals).map(Number),
                presentingJurisdictions: commaList(v.presentingJurisdictions),
                ...(v.chairName ? { chair: { name: v.chairName, organization: v.chairOrganization } } : {}),
              }) as MeetingBody<'AddAgendaSessionDto'>,
          )}
        />
        <EntryForm
          {...labels('addParticipant')}
          fields={[
            f('participantId', 'text', { initial: next('p', meeting.participants.length) }),
            f('name'),
            f('organization'),
            f('role'),
            f('gender', 'select', {
              options: ['', 'female', 'male', 'other'].map((g) => ({
                value: g,
                label: t(`meeting.genders.${g || 'not_recorded'}`),
              })),
            }),
            f('category', 'select', {
              options: PARTICIPANT_CATEGORIES.map((c) => ({ value: c, label: t(`meeting.categories.${c}`) })),
            }),
            f('jurisdiction', 'select', { options: jurisdictions(true) }),
          ]}
          onSubmit={record(
            '/meetings/{meetingId}/participants',
            (v) => ({ participants: [filled(v)] }) as MeetingBody<'RegisterParticipantsDto'>,
          )}
        />
        <EntryForm
          {...labels('attachDocument')}
          fields={[
            f('documentId', 'text', { initial: next('document', meeting.documents.length) }),
            f('kind', 'select', {
              options: DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`meeting.documentKinds.${kind}`) })),
            }),
            f('title'),
            f('reference'),
          ]}
          onSubmit={record('/meetings/{meetingId}/documents', (v) => filled<MeetingBody<'AttachDocumentDto'>>(v))}
        />
        {sessions.length > 0 && (
          <EntryForm
            {...labels('recordNotes')}
            fields={[f('sessionId', 'select', { options: sessions }), f('notes', 'textarea')]}
            onSubmit={record('/meetings/{meetingId}/session-notes', (v) =>
              filled<MeetingBody<'RecordSessionNotesDto'>>(v),
            )}
          />
        )}
        <EntryForm
          {...labels('recordComment')}
          fields={[
            f('sessionId', 'select', { options: [{ value: '', label: t('meeting.wholeMeeting') }, ...sessions] }),
            f('author'),
            f('organization', 'text', { optional: true }),
            f('text', 'textarea'),
          ]}
          onSubmit={record('/meetings/{meetingId}/comments', (v) => filled<MeetingBody<'RecordCommentDto'>>(v))}
        />
        <EntryForm
          {...labels('recordConclusion')}
          fields={[f('text', 'textarea'), f('author'), f('organization', 'text', { optional: true })]}
          onSubmit={record('/meetings/{meetingId}/conclusions', (v) => filled<MeetingBody<'RecordConclusionDto'>>(v))}
        />
        <EntryForm
          {...labels('recordNeed')}
          fields={[
            f('jurisdiction', 'select', { options: jurisdictions(isSeesac(user)) }),
            ...(isSeesac(user) ? [f('organization', 'text', { optional: true })] : []),
            f('goal', 'select', { options: goals }),
            f('description', 'textarea'),
          ]}
          onSubmit={record(
            '/meetings/{meetingId}/support-needs',
            (v) => ({ ...filled(v), goal: n(v.goal) }) as MeetingBody<'RecordSupportNeedDto'>,
          )}
        />
        <EntryForm
          {...labels('assignAction')}
          fields={[
            f('actionItemId', 'text', { initial: next('ai', meeting.actionItems.length) }),
            f('description', 'textarea'),
            f('owner'),
            f('jurisdiction', 'select', { options: jurisdictions(!isSeesac(user) ? false : true) }),
            f('goal', 'select', { options: goals }),
            f('dueDate', 'date'),
          ]}
          onSubmit={record(
            '/meetings/{meetingId}/action-items',
            (v) => ({ ...filled(v), goal: n(v.goal) }) as MeetingBody<'AssignActionItemDto'>,
          )}
        />
      </div>
    </section>
  );
}

/** The kinds of document the service knows. */
const DOCUMENT_KINDS = ['agenda', 'participants_list', 'presentation', 'report', 'notes', 'other'] as const;

/** What a participant is (the service's categories). */
const PARTICIPANT_CATEGORIES = [
  'salw_commission',
  'jurisdiction_delegation',
  'partner_organization',
  'donor',
  'secretariat',
] as const;

/** Meeting workspace: agenda by day, participants with the share of women, documents, outcomes, action items. */
export function MeetingWorkspace() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const user = useUser();
  const queries = useQueryClient();
  const meeting = useQuery({
    queryKey: ['meeting', meetingId],
    queryFn: async () => {
      const { data, error, response } = await meetings.GET('/meetings/{meetingId}', {
        params: { path: { meetingId } },
      });
      if (!response.ok)
        throw new Error((error as { message?: string } | undefined)?.message ?? `HTTP ${response.status}`);
      return { view: data as unknown as MeetingView, etag: response.headers.get('etag') };
    },
  });
  if (meeting.isPending || meeting.error) return <PendingScreen heading={t('meeting.heading')} error={meeting.error} />;
  const { view, etag } = meeting.data;
  const reload = () => queries.invalidateQueries({ queryKey: ['meeting', meetingId] });
  const where =
    view.format.mode === 'online'
      ? t('rounds.online', { platform: view.format.platform ?? '' })
      : t('rounds.inPerson', { city: [view.format.venue, view.format.city].filter(Boolean).join(', ') });
  const recorder = mayRecord(user, view);
  return (
    <>
      <h1>{view.title}</h1>
      <p>
        {t(`meeting.kinds.${view.kind}`, { defaultValue: view.kind })} · {formatDate(view.startDate)}
        {view.endDate !== view.startDate ? ` – ${formatDate(view.endDate)}` : ''} · {where} ·{' '}
        {t(`meeting.statuses.${view.status}`)}
      </p>
      {view.cancellationReason && <p>{t('meeting.cancelled', { reason: view.cancellationReason })}</p>}
      <Agenda meeting={view} />
      <Participants meeting={view} />
      <Outcomes meeting={view} />
      <section>
        <h2>{t('meeting.actionItems')}</h2>
        <ActionItemTable
          items={view.actionItems}
          caption={t('meeting.actionItemsCaption')}
          canComplete={() => recorder}
          onComplete={async (item) => {
            await answer(
              meetings.POST('/meetings/{meetingId}/action-items/{actionItemId}/completion', {
                params: { path: { meetingId, actionItemId: item.actionItemId } },
                ...(etag ? { headers: { 'If-Match': etag } } : {}),
                body: { completedOn: new Date().toISOString().slice(0, 10) },
              }),
            );
            await reload();
          }}
        />
      </section>
      {recorder && <RecordForms meeting={view} etag={etag} reload={reload} />}
    </>
  );
}
