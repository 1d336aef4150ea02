import { catalogue } from '@salw/kpi-catalogue';

export const projectStream = (projectId: string) => `project:${projectId}`;

export const GOALS = [1, 2, 3, 4, 5, 6, 7] as const;
/** A project for the whole region rather than one jurisdiction. */
export const REGIONAL = 'regional';
/**
 * The platform's jurisdiction codes (the KPI catalogue's: `belgrade`, …, `chisinau`), and `regional`. The catalogue's
 * reporter of SEESAC's regional data (group "region") is no place a project works in: a regional project says `regional`.
 */
export const JURISDICTIONS: readonly string[] = [
  ...catalogue.jurisdictions
    .filter((jurisdiction) => jurisdiction.group !== 'region')
    .map((jurisdiction) => jurisdiction.code),
  REGIONAL,
];

/**
 * The code of a jurisdiction as an event stored it: proposals recorded before the fund used the
 * platform's codes named capitals ("Belgrade", "Regional"); they read as the code ("belgrade").
 */
export function jurisdictionCode(stored: string): string {
  const code = stored.toLowerCase();
  return JURISDICTIONS.includes(code) ? code : stored;
}

export type ProjectStatus = 'proposed' | 'approved' | 'rejected' | 'under_implementation' | 'completed';

/** A proposal as the applicant makes it and the event records it. */
export type ProjectProposal = {
  projectId: string;
  title: string;
  leadOrganization: string;
  coApplicants: string[];
  goals: number[];
  jurisdictions: string[];
  budgetUsd: string;
  proposedOn: string;
};

export type ProjectEvent =
  | { type: 'ProjectProposed'; data: ProjectProposal }
  | {
      type: 'ProjectApproved';
      data: { projectId: string; approvedBudgetUsd: string; decidedOn: string; membersPresent: string[] };
    }
  | {
      type: 'ProjectRejected';
      data: { projectId: string; decidedOn: string; membersPresent: string[]; reason: string };
    }
  | { type: 'ProjectImplementationStarted'; data: { projectId: string; startedOn: string } }
  | { type: 'ProjectCompleted'; data: { projectId: string; completedOn: string } };

export interface ProjectState {
  exists: boolean;
  projectId?: string;
  status?: ProjectStatus;
  title?: string;
  leadOrganization?: string;
  coApplicants: string[];
  goals: number[];
  jurisdictions: string[];
  budgetUsd?: string;
  approvedBudgetUsd?: string;
  decidedOn?: string;
  membersPresent: string[];
}

export const initialProjectState = (): ProjectState => ({
  exists: false,
  coApplicants: [],
  goals: [],
  jurisdictions: [],
  membersPresent: [],
});

export function evolveProject(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'ProjectProposed':
      return {
        ...state,
        ...event.data,
        jurisdictions: event.data.jurisdictions.map(jurisdictionCode),
        exists: true,
        status: 'proposed',
      };
    case 'ProjectApproved':
      return {
        ...state,
        status: 'approved',
        approvedBudgetUsd: event.data.approvedBudgetUsd,
        decidedOn: event.data.decidedOn,
        membersPresent: event.data.membersPresent,
      };
    case 'ProjectRejected':
      return {
        ...state,
        status: 'rejected',
        decidedOn: event.data.decidedOn,
        membersPresent: event.data.membersPresent,
      };
    case 'ProjectImplementationStarted':
      return { ...state, status: 'under_implementation' };
    case 'ProjectCompleted':
      return { ...state, status: 'completed' };
  }
}
