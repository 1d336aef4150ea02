// The lifecycle both kinds of report share (annual KPI reports, narrative progress reports): draft → submitted →
// returned for revision / accepted → amended (revision n+1). What differs is the content: observations or goals.
import { StateConflict } from '@salw/decider';

export type ReportStatus = 'draft' | 'submitted' | 'returned_for_revision' | 'accepted';

/** What a revision says of its place in the lifecycle, its content aside. */
export interface RevisionLifecycle {
  revision: number;
  status: ReportStatus;
  roundNumber?: number;
  dueDate?: string;
  late?: boolean;
  /** Comments of the last return for revision. */
  comments?: string;
  basedOnRevision?: number;
  amendmentReason?: string;
}

/** A report's state: whose report it is, and every revision, oldest first (the last one is the current one). */
export interface ReportState<R extends RevisionLifecycle> {
  reportId?: string;
  jurisdiction?: string;
  revisions: R[];
}

/** The last revision: the one the lifecycle is at. */
export function currentOf<R>(revisions: R[]): R | undefined {
  return revisions[revisions.length - 1];
}

/** The last accepted revision: what readers other than SEESAC and the report's ministry see. */
export function lastAcceptedOf<R extends RevisionLifecycle>(revisions: R[]): R | undefined {
  return [...revisions].reverse().find((revision) => revision.status === 'accepted');
}

/** The state with revision `revision` changed, opened as `blank(revision)` when it is new. */
export function withRevision<R extends RevisionLifecycle, S extends { revisions: R[] }>(
  state: S,
  revision: number,
  blank: (revision: number) => R,
  change: (r: R) => R,
): S {
  const existing = state.revisions.find((r) => r.revision === revision);
  const updated = change(existing ?? blank(revision));
  const revisions = existing
    ? state.revisions.map((r) => (r.revision === revision ? updated : r))
    : [...state.revisions, updated];
  return { ...state, revisions };
}

/** A part of the draft saved: the round it names stays unless the part names another. */
export function drafted<R extends RevisionLifecycle>(r: R, data: { roundNumber?: number }): R {
  return { ...r, status: 'draft', roundNumber: data.roundNumber ?? r.roundNumber };
}

export function submitted<R extends RevisionLifecycle>(
  r: R,
  data: { roundNumber?: number; dueDate?: string; late: boolean },
): R {
  return {
    ...r,
    status: 'submitted',
    roundNumber: data.roundNumber ?? r.roundNumber,
    dueDate: data.dueDate,
    late: data.late,
  };
}

export function returnedForRevision<R extends RevisionLifecycle>(r: R, data: { comments: string }): R {
  return { ...r, status: 'returned_for_revision', comments: data.comments };
}

/** A new draft revision based on an accepted one: its round, and (added by the caller) its content. */
export function amendmentOf(
  basedOn: RevisionLifecycle | undefined,
  data: { revision: number; basedOnRevision: number; reason: string },
): RevisionLifecycle {
  return {
    revision: data.revision,
    status: 'draft',
    roundNumber: basedOn?.roundNumber,
    basedOnRevision: data.basedOnRevision,
    amendmentReason: data.reason,
  };
}

/** Whether the report's owner may change the current revision (none yet counts). */
export const editable = (revision: RevisionLifecycle | undefined) =>
  !revision || revision.status === 'draft' || revision.status === 'returned_for_revision';

export function describeRevision(revision: RevisionLifecycle | undefined): string {
  return revision
    ? `revision ${revision.revision} is ${revision.status.replace(/_/g, ' ')}`
    : 'the report has no revision yet';
}

/** The current revision if it is `status`; otherwise the conflict: `refusal`, and what the revision is. */
export function revisionIn<R extends RevisionLifecycle>(
  current: R | undefined,
  status: ReportStatus,
  refusal: string,
): R {
  if (current?.status !== status) throw new StateConflict(`${refusal}: ${describeRevision(current)}`);
  return current;
}
