import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answer, fund, FundBody } from '../api/coordination';
import { EntryForm, Field, filled, Values } from '../components/EntryForm';
import { Loading } from '../components/Status';
import { formatDate, formatMoney } from '../money';
import { isSeesac, useUser } from '../session';
import { useCommittee } from './TrustFund';
import '../coordination.css';

export interface ProjectLine {
  projectId: string;
  title?: string;
  leadOrganization?: string;
  status?: string;
  goals?: number[];
  jurisdictions?: string[];
  budgetUsd?: string;
  approvedBudgetUsd?: string;
  transferredUsd: string;
  refundedUsd: string;
  proposedOn?: string;
  decidedOn?: string;
  membersPresent?: string[];
}
export const STAGES = ['proposed', 'approved', 'under_implementation', 'completed', 'rejected'] as const;
export type Pipeline = Record<(typeof STAGES)[number], { count: number; budgetUsd: string; projects: ProjectLine[] }>;

/** The fund's pipeline (a projection): undefined while nothing is recorded. */
export const usePipeline = () =>
  useQuery({
    queryKey: ['fund', 'pipeline'],
    queryFn: async () => {
      const { data, response } = await fund.GET('/trust-fund/pipeline');
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return data as unknown as Pipeline;
    },
  });
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const today = () => new Date().toISOString().slice(0, 10);
/** The decision's body: the project is in the path, the members present a list. */
function decision(v: Values): FundBody<'DecideOnProjectDto'> {
  const { decision: choice, decidedOn, approvedBudgetUsd, reason } = filled(v);
  return {
    decision: choice as 'approve' | 'reject',
    decidedOn,
    membersPresent: list(v.membersPresent),
    ...(approvedBudgetUsd ? { approvedBudgetUsd } : {}),
    ...(reason ? { reason } : {}),
  };
}

function Stage({ stage, line }: { stage: string; line: Pipeline[keyof Pipeline] }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{t('projects.stage', { stage: t(`projects.stages.${stage}`), count: line.count })}</h2>
      <p>{t('projects.stageBudget', { amount: formatMoney(line.budgetUsd) })}</p>
      {line.projects.length > 0 && (
        <table>
          <caption>{t('projects.caption', { stage: t(`projects.stages.${stage}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projects.project')}</th>
              <th scope="col">{t('projects.lead')}</th>
              <th scope="col">{t('projects.goals')}</th>
              <th scope="col">{t('table.jurisdiction')}</th>
              <th scope="col">{t('projects.budget')}</th>
              <th scope="col">{t('projects.transferred')}</th>
              <th scope="col">{t('projects.decided')}</th>
            </tr>
          </thead>
          <tbody>
            {line.projects.map((p) => (
              <tr key={p.projectId}>
                <th scope="row">{p.title ?? p.projectId}</th>
                <td>{p.leadOrganization ?? ''}</td>
                <td>{(p.goals ?? []).join(', ')}</td>
                <td>{(p.jurisdictions ?? []).join(', ')}</td>
                <td className="amount">{formatMoney(p.approvedBudgetUsd ?? p.budgetUsd)}</td>
                <td className="amount">{formatMoney(p.transferredUsd)}</td>
                <td>
                  {p.decidedOn
                    ? `${formatDate(p.decidedOn)}${p.membersPresent ? ` (${p.membersPresent.join(', ')})` : ''}`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Projects: the pipeline by stage, budget against transferred; SEESAC proposes, records decisions, starts, completes. */
export function Projects() {
  const { t } = useTranslation();
  const user = useUser();
  const queries = useQueryClient();
  const pipeline = usePipeline();
  const committee = useCommittee();
  const f = (name: string, kind?: Field['kind'], extra: Partial<Field> = {}): Field => ({
    name,
    label: t(`projects.fields.${name}`),
    kind,
    ...extra,
  });
  const options = (stage: (typeof STAGES)[number]) =>
    (pipeline.data?.[stage].projects ?? []).map((p) => ({ value: p.projectId, label: p.title ?? p.projectId }));
  const recorded = async (call: Promise<{ data?: unknown; error?: unknown; response: Response }>) => {
    await answer(call);
    await queries.invalidateQueries({ queryKey: ['fund'] });
    setTimeout(() => void queries.invalidateQueries({ queryKey: ['fund'] }), 1500);
  };
  const id = (v: Values) => ({ params: { path: { projectId: v.projectId } } });
  return (
    <>
      <h1>{t('projects.heading')}</h1>
      {pipeline.isPending || pipeline.error ? (
        <Loading error={pipeline.error} />
      ) : pipeline.data ? (
        STAGES.map((stage) => <Stage key={stage} stage={stage} line={pipeline.data![stage]} />)
      ) : (
        <p>{t('fund.nothingYet')}</p>
      )}
      {isSeesac(user) && (
        <div className="forms">
          <EntryForm
            title={t('projects.propose')}
            submitLabel={t('projects.proposeButton')}
            fields={[
              f('projectId'),
              f('title'),
              f('leadOrganization', 'select', { options: ['UNDP', 'UNODC'].map((o) => ({ value: o, label: o })) }),
              f('coApplicants', 'text', { optional: true }),
              f('goals'),
              f('jurisdictions'),
              f('budgetUsd', 'amount'),
              f('proposedOn', 'date', { initial: today() }),
            ]}
            onSubmit={(v: Values) =>
              recorded(
                fund.POST('/trust-fund/projects', {
                  body: {
                    ...filled(v),
                    coApplicants: list(v.coApplicants),
                    goals: list(v.goals).map(Number),
                    jurisdictions: list(v.jurisdictions),
                  } as FundBody<'ProposeProjectDto'>,
                }),
              )
            }
          />
          {options('proposed').length > 0 && (
            <EntryForm
              title={t('projects.decide')}
              submitLabel={t('projects.decideButton')}
              fields={[
                f('projectId', 'select', { options: options('proposed') }),
                f('decision', 'select', {
                  options: ['approve', 'reject'].map((o) => ({ value: o, label: t(`projects.decisions.${o}`) })),
                }),
                f('decidedOn', 'date', { initial: today() }),
                f('membersPresent', 'text', { initial: committee.data?.votingMembers.join(', ') ?? '' }),
                f('approvedBudgetUsd', 'amount', { optional: true }),
                f('reason', 'textarea', { optional: true }),
              ]}
              onSubmit={(v: Values) =>
                recorded(fund.POST('/trust-fund/projects/{projectId}/decision', { ...id(v), body: decision(v) }))
              }
            />
          )}
          {options('approved').length > 0 && (
            <EntryForm
              title={t('projects.start')}
              submitLabel={t('projects.startButton')}
              fields={[
                f('projectId', 'select', { options: options('approved') }),
                f('startedOn', 'date', { initial: today() }),
              ]}
              onSubmit={(v: Values) =>
                recorded(
                  fund.POST('/trust-fund/projects/{projectId}/implementation-start', {
                    ...id(v),
                    body: { startedOn: v.startedOn },
                  }),
                )
              }
            />
          )}
          {options('under_implementation').length > 0 && (
            <EntryForm
              title={t('projects.complete')}
              submitLabel={t('projects.completeButton')}
              fields={[
                f('projectId', 'select', { options: options('under_implementation') }),
                f('completedOn', 'date', { initial: today() }),
              ]}
              onSubmit={(v: Values) =>
                recorded(
                  fund.POST('/trust-fund/projects/{projectId}/completion', {
                    ...id(v),
                    body: { completedOn: v.completedOn },
                  }),
                )
              }
            />
          )}
        </div>
      )}
    </>
  );
}
