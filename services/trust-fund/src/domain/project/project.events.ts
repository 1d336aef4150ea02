export const projectStream = (projectId: string) => `project:${projectId}`;

export const GOALS = [1, 2, 3, 4, 5, 6, 7] as const;
/** Beneficiary jurisdictions by capital; Chisinau is associated, "regional" a project for the whole region. */
export const JURISDICTIONS = ['Belgrade', 'Podgorica', 'Pristina', 'Sarajevo', 'Skopje', 'Tirana', 'Chisinau', 'Regional'] as const;

export type ProjectStatus = 'proposed' | 'approved' | 'rejected' | 'under_implementation' | 'completed';

export type ProjectEvent =
  | {
      type: 'ProjectProposed';
      data: {
        projectId: string;
        title: string;
        leadOrganization: string;
        coApplicants: string[];
        goals: number[];
        jurisdictions: string[];
        budgetUsd: string;
        proposedOn: string;
      };
    }
  | { type: 'ProjectApproved'; data: { projectId: string; approvedBudgetUsd: string; decidedOn: string; membersPresent: string[] } }
  | { type: 'ProjectRejected'; data: { projectId: string; decidedOn: string; membersPresent: string[]; reason: string } }
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

export const initialProjectState = (): ProjectState => ({ exists: false, coApplicants: [], goals: [], jurisdictions: [], membersPresent: [] });

export function evolveProject(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'ProjectProposed':
      return { ...state, ...event.data, exists: true, status: 'proposed' };
    case 'ProjectApproved':
      return { ...state, status: 'approved', approvedBudgetUsd: event.data.approvedBudgetUsd, decidedOn: event.data.decidedOn, membersPresent: event.data.membersPresent };
    case 'ProjectRejected':
      return { ...state, status: 'rejected', decidedOn: event.data.decidedOn, membersPresent: event.data.membersPresent };
    case 'ProjectImplementationStarted':
      return { ...state, status: 'under_implementation' };
    case 'ProjectCompleted':
      return { ...state, status: 'completed' };
  }
}
