// Events of a narrative progress report (stream `narrative-report:<jurisdiction>:<period>`), its state and evolve.
// The same lifecycle as an annual KPI report: draft → submitted → returned / accepted → amended (revision n+1).

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

export type NarrativeReportStatus = 'draft' | 'submitted' | 'returned_for_revision' | 'accepted';

export interface NarrativeReportRevision {
  revision: number;
  status: NarrativeReportStatus;
  roundNumber?: number;
  dueDate?: string;
  late?: boolean;
  goals: GoalNarrative[];
  /** Comments of the last return for revision. */
  comments?: string;
  basedOnRevision?: number;
  amendmentReason?: string;
}

export interface NarrativeReportState {
  reportId?: string;
  jurisdiction?: string;
  period?: string;
  /** Every revision, oldest first; the last one is the current one. */
  revisions: NarrativeReportRevision[];
}

export const initialNarrativeReportState = (): NarrativeReportState => ({ revisions: [] });

export function currentNarrativeRevision(state: NarrativeReportState): NarrativeReportRevision | undefined {
  return state.revisions[state.revisions.length - 1];
}

/** The last accepted revision: what readers other than SEESAC and the report's ministry see. */
export function lastAcceptedNarrativeRevision(state: NarrativeReportState): NarrativeReportRevision | undefined {
  return [...state.revisions].reverse().find((revision) => revision.status === 'accepted');
}

/** Goals of `part` replace the same goals of `goals`; in goal order. */
export function mergeGoals(goals: GoalNarrative[], part: GoalNarrative[]): GoalNarrative[] {
  const byGoal = new Map(goals.map((goal) => [goal.goal, goal]));
  for (const goal of part) byGoal.set(goal.goal, goal);
  return [...byGoal.values()].sort((a, b) => a.goal - b.goal);
}

function withRevision(
  state: NarrativeReportState,
  revision: number,
  change: (r: NarrativeReportRevision) => NarrativeReportRevision,
): NarrativeReportState {
  const existing = state.revisions.find((r) => r.revision === revision);
  const updated = change(existing ?? { revision, status: 'draft', goals: [] });
  const revisions = existing
    ? state.revisions.map((r) => (r.revision === revision ? updated : r))
    : [...state.revisions, updated];
  return { ...state, revisions };
}

export function evolveNarrativeReport(state: NarrativeReportState, event: NarrativeReportEvent): NarrativeReportState {
  const { reportId, jurisdiction, period, revision } = event.data;
  const identified = { ...state, reportId, jurisdiction, period };
  switch (event.type) {
    case 'NarrativeReportDraftSaved':
      return withRevision(identified, revision, (r) => ({
        ...r,
        status: 'draft',
        roundNumber: event.data.roundNumber ?? r.roundNumber,
        goals: mergeGoals(r.goals, event.data.goals),
      }));
    case 'NarrativeReportSubmitted':
      // Before drafts existed a submission after acceptance opened the next revision itself: it still does here.
      return withRevision(identified, revision, (r) => ({
        ...r,
        status: 'submitted',
        roundNumber: event.data.roundNumber ?? r.roundNumber,
        dueDate: event.data.dueDate,
        late: event.data.late,
        goals: event.data.goals,
      }));
    case 'NarrativeReportReturnedForRevision':
      return withRevision(identified, revision, (r) => ({
        ...r,
        status: 'returned_for_revision',
        comments: event.data.comments,
      }));
    case 'NarrativeReportAccepted':
      return withRevision(identified, revision, (r) => ({ ...r, status: 'accepted', goals: event.data.goals }));
    case 'NarrativeReportAmendmentStarted': {
      const basedOn = state.revisions.find((r) => r.revision === event.data.basedOnRevision);
      return withRevision(identified, revision, () => ({
        revision,
        status: 'draft',
        roundNumber: basedOn?.roundNumber,
        goals: basedOn?.goals ?? [],
        basedOnRevision: event.data.basedOnRevision,
        amendmentReason: event.data.reason,
      }));
    }
    default:
      return state; // unknown event types are skipped
  }
}
