// Commands of an annual KPI report and the rules that decide them (pure).
import { Decider, InvalidInput, Problem, StateConflict, stateProblem } from '@salw/decider';
import { jurisdictionProblems, yearProblems } from '../shared/jurisdictions';
import { describeRevision, editable, revisionIn } from '../shared/revisions';
import {
  Observation,
  assertValidObservations,
  breakdownProblems,
  cellKeyOf,
  mergeObservations,
  normalizeObservation,
  plausibilityWarnings,
  regionalDataWarnings,
} from '../shared/observations';
import {
  KpiReportEvent,
  KpiReportState,
  currentRevision,
  evolveKpiReport,
  initialKpiReportState,
} from './kpi-report.events';
import { RoundTerms, assertAnswersRound, isLate } from '../reporting-round/reporting-round';

export const kpiReportId = (jurisdiction: string, year: number) => `kpi-report:${jurisdiction}:${year}`;

interface Target {
  jurisdiction: string;
  year: number;
}

export type { RoundTerms };

export type SaveKpiReportDraft = Target & { type: 'SaveKpiReportDraft'; observations: unknown[]; round?: RoundTerms };
export type SubmitKpiReport = Target & {
  type: 'SubmitKpiReport';
  /** A last part to save with the submission (may be empty). */
  observations: unknown[];
  round?: RoundTerms;
  /** The day of the submission (YYYY-MM-DD, UTC): after the round's due date it is marked late. */
  submittedOn: string;
};
export type ReturnKpiReportForRevision = Target & { type: 'ReturnKpiReportForRevision'; comments: string };
export type AcceptKpiReport = Target & { type: 'AcceptKpiReport' };
export type StartKpiReportAmendment = Target & { type: 'StartKpiReportAmendment'; reason: string };
/**
 * Bulk import of values into one report in one commit: an accepted report gets an amendment; the values are saved
 * and submitted, and accepted too when `accept` (the importer is SEESAC).
 */
export type ImportKpiValues = Target & {
  type: 'ImportKpiValues';
  observations: unknown[];
  accept: boolean;
  submittedOn: string;
};

export type KpiReportCommand =
  | SaveKpiReportDraft
  | SubmitKpiReport
  | ReturnKpiReportForRevision
  | AcceptKpiReport
  | StartKpiReportAmendment
  | ImportKpiValues;

function assertTarget(command: Target, extra: Problem[] = []): void {
  const problems = [...jurisdictionProblems(command.jurisdiction), ...yearProblems(command.year), ...extra];
  if (problems.length > 0) throw new InvalidInput(problems);
}

function ref(command: Target, revision: number) {
  return {
    reportId: kpiReportId(command.jurisdiction, command.year),
    jurisdiction: command.jurisdiction,
    year: command.year,
    revision,
  };
}

function parsePart(command: Target, observations: unknown[]): Observation[] {
  assertValidObservations(observations, 'observations', command.jurisdiction);
  return (observations as Parameters<typeof normalizeObservation>[0][]).map(normalizeObservation);
}

function assertBreakdowns(observations: Observation[]): void {
  const problems = breakdownProblems(observations, 'report.observations');
  if (problems.length > 0) throw new InvalidInput(problems);
}

export function decideKpiReport(command: KpiReportCommand, state: KpiReportState): KpiReportEvent[] {
  const current = currentRevision(state);
  switch (command.type) {
    case 'SaveKpiReportDraft': {
      assertTarget(
        command,
        command.observations.length === 0
          ? [{ path: 'observations', message: 'must contain at least one observation' }]
          : [],
      );
      const part = parsePart(command, command.observations);
      if (!editable(current)) {
        throw new StateConflict(
          `Cannot save a draft: ${describeRevision(current)}${current?.status === 'accepted' ? '; start an amendment first' : ''}`,
        );
      }
      assertAnswersRound(command.round, command.year, 'KPI report');
      const revision = current?.revision ?? 1;
      assertBreakdowns(mergeObservations(current?.observations ?? [], part));
      return [
        {
          type: 'KpiReportDraftSaved',
          data: {
            ...ref(command, revision),
            ...(command.round !== undefined ? { roundNumber: command.round.roundNumber } : {}),
            observations: part,
          },
        },
      ];
    }
    case 'SubmitKpiReport': {
      assertTarget(command);
      const part = parsePart(command, command.observations);
      if (!editable(current)) throw new StateConflict(`Cannot submit: ${describeRevision(current)}`);
      assertAnswersRound(command.round, command.year, 'KPI report');
      const revision = current?.revision ?? 1;
      const observations = mergeObservations(current?.observations ?? [], part);
      // Nothing saved and nothing sent: the same submission succeeds once a draft holds observations (state, so 409 alone).
      if (observations.length === 0)
        throw new InvalidInput([
          stateProblem('observations', 'a report needs at least one observation: save a draft or send them'),
        ]);
      assertBreakdowns(observations);
      const events: KpiReportEvent[] = [];
      if (part.length > 0)
        events.push({ type: 'KpiReportDraftSaved', data: { ...ref(command, revision), observations: part } });
      // A resubmission answers the round of the first submission.
      const round: Omit<RoundTerms, 'reportYear'> | undefined =
        command.round ??
        (current?.roundNumber !== undefined
          ? { roundNumber: current.roundNumber, dueDate: current.dueDate }
          : undefined);
      const roundNumber = round?.roundNumber;
      events.push({
        type: 'KpiReportSubmitted',
        data: {
          ...ref(command, revision),
          ...(roundNumber !== undefined ? { roundNumber } : {}),
          ...(round?.dueDate !== undefined ? { dueDate: round.dueDate } : {}),
          late: isLate(round, command.submittedOn),
          observations,
          warnings: [
            ...plausibilityWarnings(observations),
            ...regionalDataWarnings(command.jurisdiction, observations),
          ],
        },
      });
      return events;
    }
    case 'ReturnKpiReportForRevision': {
      assertTarget(
        command,
        command.comments.trim() === '' ? [{ path: 'comments', message: 'say what needs revising' }] : [],
      );
      const returned = revisionIn(current, 'submitted', 'Only a submitted report can be returned');
      return [
        {
          type: 'KpiReportReturnedForRevision',
          data: { ...ref(command, returned.revision), comments: command.comments },
        },
      ];
    }
    case 'AcceptKpiReport': {
      assertTarget(command);
      const accepted = revisionIn(current, 'submitted', 'Only a submitted report can be accepted');
      return [
        {
          type: 'KpiReportAccepted',
          data: {
            ...ref(command, accepted.revision),
            ...(accepted.roundNumber !== undefined ? { roundNumber: accepted.roundNumber } : {}),
            observations: accepted.observations,
            warnings: accepted.warnings,
          },
        },
      ];
    }
    case 'StartKpiReportAmendment': {
      assertTarget(
        command,
        command.reason.trim() === '' ? [{ path: 'reason', message: 'say why the report is amended' }] : [],
      );
      const { revision } = revisionIn(current, 'accepted', 'Only an accepted report can be amended');
      return [
        {
          type: 'KpiReportAmendmentStarted',
          data: { ...ref(command, revision + 1), basedOnRevision: revision, reason: command.reason },
        },
      ];
    }
    case 'ImportKpiValues': {
      assertTarget(command);
      const part = parsePart(command, command.observations);
      if (current?.status === 'submitted')
        throw new StateConflict(`Cannot import: ${describeRevision(current)} (under review)`);
      const events: KpiReportEvent[] = [];
      let state2 = state;
      const apply = (event: KpiReportEvent) => {
        events.push(event);
        state2 = evolveKpiReport(state2, event);
      };
      if (current?.status === 'accepted') {
        apply({
          type: 'KpiReportAmendmentStarted',
          data: { ...ref(command, current.revision + 1), basedOnRevision: current.revision, reason: 'bulk import' },
        });
      }
      for (const event of decideKpiReport(
        {
          type: 'SubmitKpiReport',
          jurisdiction: command.jurisdiction,
          year: command.year,
          observations: part,
          submittedOn: command.submittedOn,
        },
        state2,
      )) {
        apply(event);
      }
      if (command.accept)
        for (const event of decideKpiReport(
          { type: 'AcceptKpiReport', jurisdiction: command.jurisdiction, year: command.year },
          state2,
        ))
          apply(event);
      return events;
    }
  }
}

export const kpiReportDecider: Decider<KpiReportState, KpiReportCommand, KpiReportEvent> = {
  initialState: initialKpiReportState,
  decide: decideKpiReport,
  evolve: evolveKpiReport,
};

/** The values of a report's current revision by cell key (for imports: what exists). */
export function currentValues(state: KpiReportState): Map<string, Observation> {
  return new Map((currentRevision(state)?.observations ?? []).map((o) => [cellKeyOf(o), o]));
}
