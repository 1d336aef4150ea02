// Events of a narrative progress report (stream `narrative-report:<jurisdiction>:<period>`), its state and evolve.
// The same lifecycle as an annual KPI report: draft → submitted → returned / accepted → amended (revision n+1).
import type { ReportState, ReportStatus, RevisionLifecycle } from '../shared/revisions';
import * as lifecycle from '../shared/revisions';

/** Progress on one of the Roadmap's 7 goals. */
export type GoalNarrative = {
  goal: number;
  progress: string;
  challenges: string;
  plans: string;
  needsForSupport: string;
};

type NarrativeRef = {
  reportId: string;
  jurisdiction: string;
  /** `2024`, `2024-H1` or `2024-H2`. */
  period: string;
  /** 1-based; an amendment opens revision n+1. */
  revision: number;
};

export type NarrativeReportEvent =
  /** A part of the draft: each goal given replaces the same goal. */
  | { type: 'NarrativeReportDraftSaved'; data: NarrativeRef & { roundNumber?: number; goals: GoalNarrative[] } }
  | {
      type: 'NarrativeReportSubmitted';
      data: NarrativeRef & { roundNumber?: number; dueDate?: string; late: boolean; goals: GoalNarrative[] };
    }
  | { type: 'NarrativeReportReturnedForRevision'; data: NarrativeRef & { comments: string } }
  | { type: 'NarrativeReportAccepted'; data: NarrativeRef & { roundNumber?: number; goals: GoalNarrative[] } }
  | { type: 'NarrativeReportAmendmentStarted'; data: NarrativeRef & { basedOnRevision: number; reason: string } };

export type NarrativeReportStatus = ReportStatus;

export interface NarrativeReportRevision extends RevisionLifecycle {
  goals: GoalNarrative[];
}

export interface NarrativeReportState extends ReportState<NarrativeReportRevision> {
  period?: string;
}

export const initialNarrativeReportState = (): NarrativeReportState => ({ revisions: [] });

export const currentNarrativeRevision = (state: NarrativeReportState) => lifecycle.currentOf(state.revisions);

/** The last accepted revision: what readers other than SEESAC and the report's ministry see. */
export const lastAcceptedNarrativeRevision = (state: NarrativeReportState) => lifecycle.lastAcceptedOf(state.revisions);

/** Goals of `part` replace the same goals of `goals`; in goal order. */
export function mergeGoals(goals: GoalNarrative[], part: GoalNarrative[]): GoalNarrative[] {
  const byGoal = new Map(goals.map((goal) => [goal.goal, goal]));
  for (const goal of part) byGoal.set(goal.goal, goal);
  return [...byGoal.values()].sort((a, b) => a.goal - b.goal);
}

const blank = (revision: number): NarrativeReportRevision => ({ revision, status: 'draft', goals: [] });

export function evolveNarrativeReport(state: NarrativeReportState, event: NarrativeReportEvent): NarrativeReportState {
  const { reportId, jurisdiction, period, revision } = event.data;
  const identified = { ...state, reportId, jurisdiction, period };
  const change = (how: (r: NarrativeReportRevision) => NarrativeReportRevision) =>
    lifecycle.withRevision(identified, revision, blank, how);
  switch (event.type) {
    case 'NarrativeReportDraftSaved':
      return change((r) => ({ ...lifecycle.drafted(r, event.data), goals: mergeGoals(r.goals, event.data.goals) }));
    case 'NarrativeReportSubmitted':
      // Before drafts existed a submission after acceptance opened the next revision itself: it still does here.
      return change((r) => ({ ...lifecycle.submitted(r, event.data), goals: event.data.goals }));
    case 'NarrativeReportReturnedForRevision':
      return change((r) => lifecycle.returnedForRevision(r, event.data));
    case 'NarrativeReportAccepted':
      return change((r) => ({ ...r, status: 'accepted', goals: event.data.goals }));
    case 'NarrativeReportAmendmentStarted': {
      const basedOn = state.revisions.find((r) => r.revision === event.data.basedOnRevision);
      return change(() => ({ ...lifecycle.amendmentOf(basedOn, event.data), goals: basedOn?.goals ?? [] }));
    }
    default:
      return state; // unknown event types are skipped
  }
}
