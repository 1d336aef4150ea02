import { InvalidInput, StateConflict, foldEvents } from '@salw/decider';
import { DeciderSpecification } from '@salw/testing';
import {
  GoalNarrative,
  NarrativeReportEvent,
  currentNarrativeRevision,
  lastAcceptedNarrativeRevision,
  narrativeReportDecider,
} from './narrative-report';

/** Pristina's 13th progress report (003), Goals 1 and 2, in its own words. */
const goal1: GoalNarrative = {
  goal: 1,
  progress: 'The draft law on explosives was approved by the Government, pending adoption by Parliament',
  challenges: 'Relevant laws are partially harmonized with the EU Acquis',
  plans: 'Amendments to the Law on Weapons – another working group was established',
  needsForSupport: '',
};
const goal2: GoalNarrative = {
  goal: 2,
  progress:
    'Firearms Focal Point (FFP) reported to be fully operational and actively engaged in supporting investigation of firearm-related crimes.',
  challenges: 'The need for the integration of databases and real-time data entry persisted.',
  plans: 'Active participation in JAD 2024 operations reported.',
  needsForSupport: '',
};
const target = { jurisdiction: 'pristina', period: '2024' };
const ref = (revision = 1) => ({
  reportId: 'narrative-report:pristina:2024',
  jurisdiction: 'pristina',
  period: '2024',
  revision,
});
const round13 = { roundNumber: 13, reportYear: 2024 };

const { given } = DeciderSpecification.for(narrativeReportDecider);

const draftSaved = (goals: GoalNarrative[], revision = 1): NarrativeReportEvent => ({
  type: 'NarrativeReportDraftSaved',
  data: { ...ref(revision), goals },
});
const submitted = (goals: GoalNarrative[], revision = 1): NarrativeReportEvent => ({
  type: 'NarrativeReportSubmitted',
  data: { ...ref(revision), late: false, goals },
});
const accepted = (goals: GoalNarrative[], revision = 1): NarrativeReportEvent => ({
  type: 'NarrativeReportAccepted',
  data: { ...ref(revision), goals },
});
const returned = (revision = 1): NarrativeReportEvent => ({
  type: 'NarrativeReportReturnedForRevision',
  data: { ...ref(revision), comments: 'Add Goal 3' },
});
const amendment = (): NarrativeReportEvent => ({
  type: 'NarrativeReportAmendmentStarted',
  data: { ...ref(2), basedOnRevision: 1, reason: 'Goal 2: JAD 2024 coordinator appointed' },
});

describe('narrative report decider', () => {
  it('saves a draft goal by goal in round 13; a later part replaces the same goal', () => {
    given([])
      .when({ type: 'SaveNarrativeReportDraft', ...target, goals: [goal2], round: round13 })
      .then([{ type: 'NarrativeReportDraftSaved', data: { ...ref(), roundNumber: 13, goals: [goal2] } }]);
    const revised = { ...goal2, plans: 'JAD 2025' };
    const state = foldEvents(narrativeReportDecider, [draftSaved([goal2]), draftSaved([goal1, revised])]);
    expect(currentNarrativeRevision(state)).toMatchObject({ revision: 1, status: 'draft', goals: [goal1, revised] });
  });

  it('submits the draft with a last part (full goals); late only after a due date', () => {
    given([draftSaved([goal2])])
      .when({ type: 'SubmitNarrativeReport', ...target, goals: [goal1], round: round13, submittedOn: '2025-06-16' })
      .then([
        { type: 'NarrativeReportSubmitted', data: { ...ref(), roundNumber: 13, late: false, goals: [goal1, goal2] } },
      ]);
    const [late] = narrativeReportDecider.decide(
      {
        type: 'SubmitNarrativeReport',
        ...target,
        goals: [goal1],
        round: { ...round13, dueDate: '2025-01-31' },
        submittedOn: '2025-06-16',
      },
      narrativeReportDecider.initialState(),
    );
    expect(late.data).toMatchObject({ late: true, dueDate: '2025-01-31' });
  });

  it('refuses a bad period, a goal out of 1..7, a goal reported twice and an empty report, naming each', () => {
    given([])
      .when({
        type: 'SubmitNarrativeReport',
        jurisdiction: 'pristina',
        period: '2024-H3',
        goals: [{ ...goal1, goal: 8 }, goal2, goal2],
        submittedOn: '2025-06-16',
      })
      .thenThrows(InvalidInput, (error) =>
        expect(error.problems.map((p) => p.path)).toEqual(['period', 'goals[0].goal', 'goals[2].goal']),
      );
    given([])
      .when({ type: 'SubmitNarrativeReport', ...target, goals: [], submittedOn: '2025-06-16' })
      .thenThrows(InvalidInput);
    given([])
      .when({ type: 'SaveNarrativeReportDraft', ...target, goals: [] })
      .thenThrows(InvalidInput);
  });

  it("checks the period's year against the round: round 13 asks for 2024, not 2023-H2", () => {
    given([])
      .when({
        type: 'SaveNarrativeReportDraft',
        jurisdiction: 'pristina',
        period: '2023-H2',
        goals: [goal1],
        round: round13,
      })
      .thenThrows(StateConflict, (error) =>
        expect(error.message).toBe(
          'roundNumber: reporting round 13 asks for reports on 2024, not for the narrative report on 2023',
        ),
      );
    given([])
      .when({
        type: 'SubmitNarrativeReport',
        jurisdiction: 'pristina',
        period: '2024-H1',
        goals: [goal1],
        round: round13,
        submittedOn: '2025-06-16',
      })
      .then([
        {
          type: 'NarrativeReportSubmitted',
          data: {
            reportId: 'narrative-report:pristina:2024-H1',
            jurisdiction: 'pristina',
            period: '2024-H1',
            revision: 1,
            roundNumber: 13,
            late: false,
            goals: [goal1],
          },
        },
      ]);
  });

  it('returns, resubmits in the same revision, accepts; only a submitted report is returned or accepted', () => {
    given([submitted([goal2])])
      .when({ type: 'SubmitNarrativeReport', ...target, goals: [], submittedOn: '2025-06-17' })
      .thenThrows(StateConflict);
    given([submitted([goal2]), returned()])
      .when({ type: 'SubmitNarrativeReport', ...target, goals: [goal1], submittedOn: '2025-06-17' })
      .then([submitted([goal1, goal2])]);
    given([submitted([goal2]), returned(), submitted([goal1, goal2])])
      .when({ type: 'AcceptNarrativeReport', ...target })
      .then([accepted([goal1, goal2])]);
    given([draftSaved([goal2])])
      .when({ type: 'AcceptNarrativeReport', ...target })
      .thenThrows(StateConflict);
    given([submitted([goal2]), accepted([goal2])])
      .when({ type: 'ReturnNarrativeReportForRevision', ...target, comments: 'late' })
      .thenThrows(StateConflict);
  });

  it('amends an accepted report with a reason: revision 2 opens as a draft with its goals; the accepted revision stays readable', () => {
    const history = [submitted([goal1, goal2]), accepted([goal1, goal2])];
    given(history)
      .when({ type: 'SubmitNarrativeReport', ...target, goals: [goal2], submittedOn: '2025-07-01' })
      .thenThrows(StateConflict, (error) => expect(error.message).toContain('start an amendment first'));
    given(history)
      .when({ type: 'StartNarrativeReportAmendment', ...target, reason: ' ' })
      .thenThrows(InvalidInput, (error) => expect(error.problems[0].path).toBe('reason'));
    given(history)
      .when({ type: 'StartNarrativeReportAmendment', ...target, reason: 'Goal 2: JAD 2024 coordinator appointed' })
      .then([amendment()]);
    const revised = { ...goal2, progress: 'A Joint Action Day (JAD) Coordinator has been appointed.' };
    const underReview = foldEvents(narrativeReportDecider, [
      ...history,
      amendment(),
      draftSaved([revised], 2),
      submitted([goal1, revised], 2),
    ]);
    expect(currentNarrativeRevision(underReview)).toMatchObject({
      revision: 2,
      status: 'submitted',
      basedOnRevision: 1,
      amendmentReason: 'Goal 2: JAD 2024 coordinator appointed',
      goals: [goal1, revised],
    });
    expect(lastAcceptedNarrativeRevision(underReview)).toMatchObject({ revision: 1, goals: [goal1, goal2] });
  });

  it('old streams still fold: a submission right after acceptance opened the next revision', () => {
    const state = foldEvents(narrativeReportDecider, [
      submitted([goal1]),
      accepted([goal1]),
      submitted([goal1, goal2], 2),
    ]);
    expect(state.revisions.map((r) => [r.revision, r.status])).toEqual([
      [1, 'accepted'],
      [2, 'submitted'],
    ]);
  });
});
