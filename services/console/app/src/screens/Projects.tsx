import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fund, FundBody } from '../api/coordination';
import { amountColumn, DataTable } from '../components/DataTable';
import { commaList, EntryForm, filled, plainOptions, useFields, Values } from '../components/EntryForm';
import { Loaded } from '../components/Status';
import { formatDate, formatMoney } from '../money';
import { isSeesac, useUser } from '../session';
import { useCommittee, useFundCommand } from './TrustFund';
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
const today = () => new Date().toISOString().slice(0, 10);
/** The decision's body: the project is in the path, the members present a list. */
function decision(v: Values): FundBody<'DecideOnProjectDto'> {
  const { decision: choice, decidedOn, approvedBudgetUsd, reason } = filled(v);
  return {
    decision: choice as 'approve' | 'reject',
    decidedOn,
    membersPresent: commaList(v.membersPresent),
    ...(approvedBudgetUsd ? { approvedBudgetUsd } : {}),
    ...(reason ? { reason } : {}),
  };
}

/** The steps of an approved project: each moves it from a stage on a date. */
const STEPS = [
  {
    from: 'approved',
    command: 'start',
    route: '/trust-fund/projects/{projectId}/implementation-start',
    dated: 'startedOn',
  },
  {
    from: 'under_implementation',
    command: 'complete',
    route: '/trust-fund/projects/{projectId}/completion',
    dated: 'completedOn',
  },
] as const;

function Stage({ stage, line }: { stage: string; line: Pipeline[keyof Pipeline] }) {
  const { t } = useTranslation();
  return (
    <section>
      <h2>{t('projects.stage', { stage: t(`projects.stages.${stage}`), count: line.count })}</h2>
      <p>{t('projects.stageBudget', { amount: formatMoney(line.budgetUsd) })}</p>
      {line.projects.length > 0 && (
        <DataTable
          caption={t('projects.caption', { stage: t(`projects.stages.${stage}`) })}
          rows={line.projects}
          rowKey={(p) => p.projectId}
          columns={[
            { header: t('projects.project'), rowHeader: true, cell: (p) => p.title ?? p.projectId },
            { header: t('projects.lead'), cell: (p) => p.leadOrganization ?? '' },
            { header: t('projects.goals'), cell: (p) => (p.goals ?? []).join(', ') },
            { header: t('table.jurisdiction'), cell: (p) => (p.jurisdictions ?? []).join(', ') },
            amountColumn<ProjectLine>(t('projects.budget'), (p) => formatMoney(p.approvedBudgetUsd ?? p.budgetUsd)),
            amountColumn<ProjectLine>(t('projects.transferred'), (p) => formatMoney(p.transferredUsd)),
            {
              header: t('projects.decided'),
              cell: (p) =>
                p.decidedOn
                  ? `${formatDate(p.decidedOn)}${p.membersPresent ? ` (${p.membersPresent.join(', ')})` : ''}`
                  : '',
            },
          ]}
        />
      )}
    </section>
  );
}

/** Projects: the pipeline by stage, budget against transferred; SEESAC proposes, records decisions, starts, completes. */
export function Projects() {
  const { t } = useTranslation();
  const user = useUser();
  const pipeline = usePipeline();
  const committee = useCommittee();
  const f = useFields('projects.fields');
  const options = (stage: (typeof STAGES)[number]) =>
    (pipeline.data?.[stage].projects ?? []).map((p) => ({ value: p.projectId, label: p.title ?? p.projectId }));
  const record = useFundCommand({ followUp: true });
  const id = (v: Values) => ({ params: { path: { projectId: v.projectId } } });
  return (
    <>
      <h1>{t('projects.heading')}</h1>
      <Loaded query={pipeline} empty={<p>{t('fund.nothingYet')}</p>}>
        {(stages) => STAGES.map((stage) => <Stage key={stage} stage={stage} line={stages[stage]} />)}
      </Loaded>
      {isSeesac(user) && (
        <div className="forms">
          <EntryForm
            title={t('projects.propose')}
            submitLabel={t('projects.proposeButton')}
            fields={[
              f('projectId'),
              f('title'),
              f('leadOrganization', 'select', { options: plainOptions(['UNDP', 'UNODC']) }),
              f('coApplicants', 'text', { optional: true }),
              f('goals'),
              f('jurisdictions'),
              f('budgetUsd', 'amount'),
              f('proposedOn', 'date', { initial: today() }),
            ]}
            onSubmit={record('/trust-fund/projects', (v) => ({
              body: {
                ...filled(v),
                coApplicants: commaList(v.coApplicants),
                goals: commaList(v.goals).map(Number),
                jurisdictions: commaList(v.jurisdictions),
              } as FundBody<'ProposeProjectDto'>,
            }))}
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
              onSubmit={record('/trust-fund/projects/{projectId}/decision', (v) => ({ ...id(v), body: decision(v) }))}
            />
          )}
          {STEPS.map(
            ({ from, command, route, dated }) =>
              options(from).length > 0 && (
                <EntryForm
                  key={command}
                  title={t(`projects.${command}`)}
                  submitLabel={t(`projects.${command}Button`)}
                  fields={[
                    f('projectId', 'select', { options: options(from) }),
                    f(dated, 'date', { initial: today() }),
                  ]}
                  onSubmit={record(route, (v) => ({ ...id(v), body: { [dated]: v[dated] } }))}
                />
              ),
          )}
        </div>
      )}
    </>
  );
}
