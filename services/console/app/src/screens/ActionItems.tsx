import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionItem, answer, meetings } from '../api/coordination';
import { jurisdictionName, useCatalogue } from '../catalogue';
import { plainOptions } from '../components/EntryForm';
import { Choice, Options, SelectField } from '../components/SelectField';
import { Loading } from '../components/Status';
import { isSeesac, useUser } from '../session';
import { ActionItemTable } from './MeetingWorkspace';
import '../coordination.css';

type Row = ActionItem & { meetingId: string };

/** Action items across meetings, carried from one meeting to the next until done: open and overdue by jurisdiction, goal, owner. */
export function ActionItems() {
  const { t } = useTranslation();
  const user = useUser();
  const catalogue = useCatalogue().data;
  const queries = useQueryClient();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const [filter, setFilter] = useState({ jurisdiction: '', goal: '', owner: '', overdue: '' });
  const items = useQuery({
    queryKey: ['action-items', status],
    queryFn: () => answer<Row[]>(meetings.GET('/action-items', { params: { query: { status } } })),
  });
  const rows = (items.data ?? []).filter(
    (item) =>
      (!filter.jurisdiction || item.jurisdiction === filter.jurisdiction) &&
      (!filter.goal || String(item.goal ?? '') === filter.goal) &&
      (!filter.owner || item.owner === filter.owner) &&
      (!filter.overdue || String(item.overdue) === filter.overdue),
  );
  const choices = (pick: (item: Row) => string | number | undefined) =>
    [
      ...new Set(
        (items.data ?? [])
          .map(pick)
          .filter((v) => v !== undefined && v !== '')
          .map(String),
      ),
    ].sort();
  const select = (name: keyof typeof filter, label: string, options: Choice[]) => (
    <SelectField
      className="field"
      id={`filter-${name}`}
      label={label}
      value={filter[name]}
      onChange={(value) => setFilter((f) => ({ ...f, [name]: value }))}
    >
      <option value="">{t('actions.all')}</option>
      <Options choices={options} />
    </SelectField>
  );
  const byMeeting = (item: ActionItem & { meetingId?: string }) =>
    item.meetingId && <Link to={`/meetings/${item.meetingId}`}>{item.meetingId}</Link>;
  return (
    <>
      <h1>{t('actions.heading')}</h1>
      <fieldset>
        <legend>{t('actions.filters')}</legend>
        <SelectField
          className="field"
          id="filter-status"
          label={t('table.status')}
          value={status}
          onChange={(value) => setStatus(value as 'open' | 'done')}
        >
          <option value="open">{t('actions.open')}</option>
          <option value="done">{t('actions.done')}</option>
        </SelectField>
        {select('overdue', t('actions.overdueFilter'), [
          { value: 'true', label: t('actions.overdue') },
          { value: 'false', label: t('actions.notOverdue') },
        ])}
        {select(
          'jurisdiction',
          t('table.jurisdiction'),
          choices((i) => i.jurisdiction).map((code) => ({ value: code, label: jurisdictionName(catalogue, code) })),
        )}
        {select(
          'goal',
          t('actions.goal'),
          choices((i) => i.goal).map((goal) => ({ value: goal, label: t('meeting.goalNumber', { number: goal }) })),
        )}
        {select('owner', t('actions.owner'), plainOptions(choices((i) => i.owner)))}
      </fieldset>
      <p role="status">{t('actions.count', { count: rows.length })}</p>
      {items.isPending || items.error ? (
        <Loading error={items.error} />
      ) : (
        <ActionItemTable
          items={rows}
          caption={t('actions.caption')}
          meetingCell={byMeeting}
          canComplete={(item) => isSeesac(user) || item.jurisdiction === user.jurisdiction}
          onComplete={async (item) => {
            await answer(
              meetings.POST('/meetings/{meetingId}/action-items/{actionItemId}/completion', {
                params: { path: { meetingId: item.meetingId!, actionItemId: item.actionItemId } },
                body: { completedOn: new Date().toISOString().slice(0, 10) },
              }),
            );
            // The list is a projection of the meetings' events: it follows the completion within moments.
            await queries.invalidateQueries({ queryKey: ['action-items'] });
            setTimeout(() => void queries.invalidateQueries({ queryKey: ['action-items'] }), 1500);
          }}
        />
      )}
    </>
  );
}
