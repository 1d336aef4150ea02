import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActionItem, answer, GenderShare, MeetingBody, meetings, MeetingView, Refusal } from '../api/coordination';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { EntryForm, Field, filled, RefusalNote, Values } from '../components/EntryForm';
import { Loading } from '../components/Status';
import { formatDate } from '../money';
import { isSeesac, User, useUser } from '../session';
import '../coordination.css';

const WB6 = ['belgrade', 'podgorica', 'pristina', 'sarajevo', 'skopje', 'tirana'];
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

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
  if (days.length === 0)
    return (
      <section>
        <h2>{t('meeting.agenda')}</h2>
        <p>{t('meeting.noSessions')}</p>
      </section>
    );
  return (
    <section>
      <h2>{t('meeting.agenda')}</h2>
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
                {meeting.comments
                  .filter((comment) => comment.sessionId === session.sessionId)
                  .map((comment, index) => (
                    <blockquote key={index}>
                      {comment.text} — {comment.author}
                      {comment.organization ? `, ${comment.organization}` : ''}
                    </blockquote>
                  ))}
              </article>
            ))}
        </section>
      ))}
    </section>
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
        <table>
          <caption>{t('meeting.participantsCaption', { count: meeting.participants.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meeting.name')}</th>
              <th scope="col">{t('meeting.organization')}</th>
              <th scope="col">{t('meeting.role')}</th>
              <th scope="col">{t('meeting.gender')}</th>
              <th scope="col">{t('meeting.category')}</th>
              <th scope="col">{t('table.jurisdiction')}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.participants.map((p) => (
              <tr key={p.participantId}>
                <th scope="row">{p.name}</th>
                <td>{p.organization}</td>
                <td>{p.role}</td>
                <td className={p.gender ? undefined : 'value-missing'}>
                  {t(`meeting.genders.${p.gender ?? 'not_recorded'}`)}
                </td>
                <td className={p.category ? undefined : 'value-missing'}>
                  {t(`meeting.categories.${p.category ?? 'not_recorded'}`)}
                </td>
                <td>{p.jurisdiction ? jurisdictionName(catalogue, p.jurisdiction) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
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

function Outcomes({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  const general = meeting.comments.filter((comment) => !comment.sessionId);
  return (
    <>
      <section>
        <h2>{t('meeting.documents')}</h2>
        {meeting.documents.length === 0 ? (
          <p>{t('meeting.none')}</p>
        ) : (
          <ul>
            {meeting.documents.map((d) => (
              <li key={d.documentId}>
                {t(`meeting.documentKinds.${d.kind}`, { defaultValue: d.kind })}:{' '}
                <DocumentReference title={d.title} reference={d.reference} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('meeting.comments')}</h2>
        {general.length === 0 ? (
          <p>{t('meeting.none')}</p>
        ) : (
          general.map((c, i) => (
            <blockquote key={i}>
              {c.text} — {c.author}
              {c.organization ? `, ${c.organization}` : ''}
            </blockquote>
          ))
        )}
      </section>
      <section>
        <h2>{t('meeting.conclusions')}</h2>
        {meeting.conclusions.length === 0 ? (
          <p>{t('meeting.none')}</p>
        ) : (
          <ol>
            {meeting.conclusions.map((c, i) => (
              <li key={i}>
                {c.text}
                {c.author ? ` (${[c.author, c.organization].filter(Boolean).join(', ')})` : ''}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h2>{t('meeting.supportNeeds')}</h2>
        {meeting.supportNeeds.length === 0 ? (
          <p>{t('meeting.none')}</p>
        ) : (
          <ul>
            {meeting.supportNeeds.map((n, i) => (
              <li key={i}>
                {n.jurisdiction ? jurisdictionName(catalogue, n.jurisdiction) : n.organization}
                {n.goal ? ` (${t('meeting.goalNumber', { number: n.goal })})` : ''}: {n.description}
              </li>
            ))}
          </ul>
        )}
      </section>
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
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.description')}</th>
            <th scope="col">{t('actions.owner')}</th>
            <th scope="col">{t('table.jurisdiction')}</th>
            <th scope="col">{t('actions.goal')}</th>
            <th scope="col">{t('actions.due')}</th>
            <th scope="col">{t('table.status')}</th>
            {meetingCell && <th scope="col">{t('actions.meeting')}</th>}
            <th scope="col">{t('actions.do')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.meetingId ?? ''}:${item.actionItemId}`}>
              <th scope="row">{item.description}</th>
              <td>{item.owner}</td>
              <td>{item.jurisdiction ? jurisdictionName(catalogue, item.jurisdiction) : ''}</td>
              <td>{item.goal ?? ''}</td>
              <td>{formatDate(item.dueDate)}</td>
              <td className={item.overdue ? 'overdue' : undefined}>
                {item.status === 'done'
                  ? t('actions.doneOn', { date: formatDate(item.completedOn) })
                  : item.overdue
                    ? t('actions.overdue')
                    : t('actions.open')}
              </td>
              {meetingCell && <td>{meetingCell(item)}</td>}
              <td>
                {item.status === 'open' && canComplete(item) && (
                  <button
                    type="button"
                    aria-label={t('actions.completeItem', { description: item.description })}
                    onClick={() => void complete(item)}
                  >
                    {t('actions.complete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
  const f = (name: string, kind?: Field['kind'], extra: Partial<Field> = {}): Field => ({
    name,
    label: t(`meeting.fields.${name}`),
    kind,
    ...extra,
  });
  const n = (value: string | undefined) => (value ? Number(value) : undefined);
  // If-Match: two people recording in the same meeting never overwrite each other unseen.
  const send = async (
    call: (headers: Record<string, string>) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
  ) => {
    await answer(call(etag ? { 'If-Match': etag } : {}));
    await reload();
  };
  const next = (prefix: string, count: number) => `${prefix}-${count + 1}`;

  return (
    <section>
      <h2>{t('meeting.record')}</h2>
      <div className="forms">
        <EntryForm
          title={t('meeting.addSession')}
          submitLabel={t('meeting.addSessionButton')}
          fields={[
            f('sessionId', 'text', { initial: next('session', meeting.sessions.length) }),
            f('date', 'date', { initial: meeting.startDate }),
            f('title'),
            f('goals', 'text', { optional: true }),
            f('chairName', 'text', { optional: true }),
            f('chairOrganization', 'text', { optional: true }),
            f('presentingJurisdictions', 'text', { optional: true }),
          ]}
          onSubmit={(v: Values) =>
            send((headers) =>
              meetings.POST('/meetings/{meetingId}/sessions', {
                ...path,
                headers,
                body: {
                  sessionId: v.sessionId,
                  date: v.date,
                  title: v.title,
                  goals: list(v.goals).map(Number),
                  presentingJurisdictions: list(v.presentingJurisdictions),
                  ...(v.chairName ? { chair: { name: v.chairName, organization: v.chairOrganization } } : {}),
                } as MeetingBody<'AddAgendaSessionDto'>,
              }),
            )
          }
        />
        <EntryForm
          title={t('meeting.addParticipant')}
          submitLabel={t('meeting.addParticipantButton')}
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
          onSubmit={(v: Values) =>
            send((headers) =>
              meetings.POST('/meetings/{meetingId}/participants', {
                ...path,
                headers,
                body: { participants: [filled(v)] } as MeetingBody<'RegisterParticipantsDto'>,
              }),
            )
          }
        />
        <EntryForm
          title={t('meeting.attachDocument')}
          submitLabel={t('meeting.attachDocumentButton')}
          fields={[
            f('documentId', 'text', { initial: next('document', meeting.documents.length) }),
            f('kind', 'select', {
              options: DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`meeting.documentKinds.${kind}`) })),
            }),
            f('title'),
            f('reference'),
          ]}
          onSubmit={(v: Values) =>
            send((headers) =>
              meetings.POST('/meetings/{meetingId}/documents', {
                ...path,
                headers,
                body: filled<MeetingBody<'AttachDocumentDto'>>(v),
              }),
            )
          }
        />
        {sessions.length > 0 && (
          <EntryForm
            title={t('meeting.recordNotes')}
            submitLabel={t('meeting.recordNotesButton')}
            fields={[f('sessionId', 'select', { options: sessions }), f('notes', 'textarea')]}
            onSubmit={(v: Values) =>
              send((headers) =>
                meetings.POST('/meetings/{meetingId}/session-notes', {
                  ...path,
                  headers,
                  body: filled<MeetingBody<'RecordSessionNotesDto'>>(v),
                }),
              )
            }
          />
        )}
        <EntryForm
          title={t('meeting.recordComment')}
          submitLabel={t('meeting.recordCommentButton')}
          fields={[
            f('sessionId', 'select', { options: [{ value: '', label: t('meeting.wholeMeeting') }, ...sessions] }),
            f('author'),
            f('organization', 'text', { optional: true }),
            f('text', 'textarea'),
          ]}
          onSubmit={(v: Values) =>
            send((headers) =>
              meetings.POST('/meetings/{meetingId}/comments', {
                ...path,
                headers,
                body: filled<MeetingBody<'RecordCommentDto'>>(v),
              }),
            )
          }
        />
        <EntryForm
          title={t('meeting.recordConclusion')}
          submitLabel={t('meeting.recordConclusionButton')}
          fields={[f('text', 'textarea'), f('author'), f('organization', 'text', { optional: true })]}
          onSubmit={(v: Values) =>
            send((headers) =>
              meetings.POST('/meetings/{meetingId}/conclusions', {
                ...path,
                headers,
                body: filled<MeetingBody<'RecordConclusionDto'>>(v),
              }),
            )
          }
        />
        <EntryForm
          title={t('meeting.recordNeed')}
          submitLabel={t('meeting.recordNeedButton')}
          fields={[
            f('jurisdiction', 'select', { options: jurisdictions(isSeesac(user)) }),
            ...(isSeesac(user) ? [f('organization', 'text', { optional: true })] : []),
            f('goal', 'select', { options: goals }),
            f('description', 'textarea'),
          ]}
          onSubmit={(v: Values) =>
            send((headers) =>
              meetings.POST('/meetings/{meetingId}/support-needs', {
                ...path,
                headers,
                body: { ...filled(v), goal: n(v.goal) } as MeetingBody<'RecordSupportNeedDto'>,
              }),
            )
          }
        />
        <EntryForm
          title={t('meeting.assignAction')}
          submitLabel={t('meeting.assignActionButton')}
          fields={[
            f('actionItemId', 'text', { initial: next('ai', meeting.actionItems.length) }),
            f('description', 'textarea'),
            f('owner'),
            f('jurisdiction', 'select', { options: jurisdictions(!isSeesac(user) ? false : true) }),
            f('goal', 'select', { options: goals }),
            f('dueDate', 'date'),
          ]}
          onSubmit={(v: Values) =>
            send((headers) =>
              meetings.POST('/meetings/{meetingId}/action-items', {
                ...path,
                headers,
                body: { ...filled(v), goal: n(v.goal) } as MeetingBody<'AssignActionItemDto'>,
              }),
            )
          }
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
  if (meeting.isPending || meeting.error)
    return (
      <>
        <h1>{t('meeting.heading')}</h1>
        <Loading error={meeting.error} />
      </>
    );
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
