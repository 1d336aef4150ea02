import { InvalidInput, StateConflict } from '@salw/decider';
import { DeciderSpecification } from '@salw/testing';
import { kpiReportDecider } from './kpi-report.decider';
import { KpiReportEvent, currentRevision, lastAcceptedRevision } from './kpi-report.events';
import { foldEvents } from '@salw/decider';
import { Observation, sameValue } from '../shared/observations';

const target = { jurisdiction: 'pristina', year: 2024 };
const ref = (revision = 1) => ({
  reportId: 'kpi-report:pristina:2024',
  jurisdiction: 'pristina',
  year: 2024,
  revision,
});
const cases = (category: string, amount: string) => ({
  measure: 'kpi3_reported_cases',
  dimensions: { offence_category: category },
  value: { kind: 'number' as const, amount },
});
const convictions = (category: string, amount: string) => ({
  measure: 'kpi3_solved_with_conviction',
  dimensions: { offence_category: category },
  value: { kind: 'number' as const, amount },
});

const { given } = DeciderSpecification.for(kpiReportDecider);

const draftSaved = (observations: Observation[] = [cases('trafficking', '19')], revision = 1): KpiReportEvent => ({
  type: 'KpiReportDraftSaved',
  data: { ...ref(revision), observations },
});
const submitted = (observations: Observation[] = [cases('trafficking', '19')], revision = 1): KpiReportEvent => ({
  type: 'KpiReportSubmitted',
  data: { ...ref(revision), late: false, observations, warnings: [] },
});
const accepted = (observations: Observation[] = [cases('trafficking', '19')], revision = 1): KpiReportEvent => ({
  type: 'KpiReportAccepted',
  data: { ...ref(revision), observations, warnings: [] },
});

describe('kpi report decider', () => {
  it('saves a first draft part as revision 1', () => {
    given([])
      .when({ type: 'SaveKpiReportDraft', ...target, observations: [cases('trafficking', '19')] })
      .then([draftSaved()]);
  });

  it('refuses to submit an empty report as a matter of state: the same submission succeeds once a draft holds values', () => {
    given([])
      .when({ type: 'SubmitKpiReport', ...target, observations: [], submittedOn: '2025-01-10' })
      .thenThrows(InvalidInput, (error) =>
        expect(error.problems).toEqual([
          { path: 'observations', message: expect.stringMatching(/needs at least one observation/), state: true },
        ]),
      );
    given([draftSaved()])
      .when({ type: 'SubmitKpiReport', ...target, observations: [], submittedOn: '2025-01-10' })
      .then([submitted()]);
  });

  it('merges draft parts: a later part replaces the same measure and dimensions', () => {
    const events = [
      draftSaved([cases('trafficking', '19'), cases('illegal_possession', '1434')]),
      draftSaved([cases('trafficking', '20')]),
    ];
    expect(currentRevision(foldEvents(kpiReportDecider, events))?.observations).toEqual([
      cases('trafficking', '20'),
      cases('illegal_possession', '1434'),
    ]);
  });

  it('refuses values the catalogue does not know, listing every problem with its path', () => {
    given([])
      .when({
        type: 'SaveKpiReportDraft',
        ...target,
        observations: [
          { measure: 'kpi3_unknown', value: { kind: 'number', amount: '1' } },
          {
            measure: 'kpi3_reported_cases',
            dimensions: { offence_category: 'theft' },
            value: { kind: 'number', amount: '-1' },
          },
          { measure: 'kpi3_reported_cases', value: { kind: 'no_data', reason: '' } },
        ],
      })
      .thenThrows(InvalidInput, (error) =>
        expect(error.problems.map((p) => p.path)).toEqual([
          'observations[0].measure',
          'observations[1].dimensions.offence_category',
          'observations[1].value.amount',
          'observations[2].value.reason',
        ]),
      );
  });

  it('refuses an unknown jurisdiction and a year out of range', () => {
    given([])
      .when({
        type: 'SaveKpiReportDraft',
        jurisdiction: 'atlantis',
        year: 1900,
        observations: [cases('trafficking', '1')],
      })
      .thenThrows(InvalidInput, (error) => expect(error.problems.map((p) => p.path)).toEqual(['jurisdiction', 'year']));
  });

  it('refuses a breakdown above its total, also across draft parts', () => {
    given([draftSaved([{ measure: 'kpi3_reported_cases', dimensions: {}, value: { kind: 'number', amount: '10' } }])])
      .when({ type: 'SaveKpiReportDraft', ...target, observations: [cases('trafficking', '11')] })
      .thenThrows(InvalidInput, (error) => expect(error.problems[0].message).toMatch(/more than the total 10/));
  });

  it('keeps "no data" distinct from 0', () => {
    const noData = {
      measure: 'kpi3_solved_with_conviction',
      dimensions: { offence_category: 'trafficking' },
      value: { kind: 'no_data' as const, reason: 'No data' },
    };
    given([])
      .when({ type: 'SaveKpiReportDraft', ...target, observations: [noData] })
      .then([draftSaved([noData])]);
  });

  it('submits the full values of the revision, with the last part and plausibility warnings', () => {
    given([draftSaved([cases('trafficking', '19')])])
      .when({
        type: 'SubmitKpiReport',
        ...target,
        observations: [convictions('trafficking', '69')],
        submittedOn: '2025-01-10',
      })
      .then([
        draftSaved([convictions('trafficking', '69')]),
        {
          type: 'KpiReportSubmitted',
          data: {
            ...ref(),
            late: false,
            observations: [cases('trafficking', '19'), convictions('trafficking', '69')],
            warnings: [
              {
                path: 'observations[1]',
                message: expect.stringContaining('69 cases solved with conviction exceed the 19 cases'),
              },
            ],
          },
        },
      ]);
  });

  it('marks a submission after the round due date late, and one on the due date on time', () => {
    const submit = (submittedOn: string) =>
      kpiReportDecider.decide(
        {
          type: 'SubmitKpiReport',
          ...target,
          observations: [cases('trafficking', '19')],
          round: { roundNumber: 13, dueDate: '2025-01-31', reportYear: 2024 },
          submittedOn,
        },
        kpiReportDecider.initialState(),
      )[1];
    expect(submit('2025-02-01').data).toMatchObject({ late: true, roundNumber: 13, dueDate: '2025-01-31' });
    expect(submit('2025-01-31').data).toMatchObject({ late: false });
  });

  it('never marks a submission late in a round without a due date (round 13: the seeds give none)', () => {
    const [, submission] = kpiReportDecider.decide(
      {
        type: 'SubmitKpiReport',
        ...target,
        observations: [cases('trafficking', '19')],
        round: { roundNumber: 13, reportYear: 2024 },
        submittedOn: '2025-06-16',
      },
      kpiReportDecider.initialState(),
    );
    expect(submission.data).toMatchObject({ late: false, roundNumber: 13 });
    expect(submission.data).not.toHaveProperty('dueDate');
  });

  it("checks a report's year against its round: round 13 asks for 2024 (003), so a 2023 draft or submission naming it is refused", () => {
    const round13 = { roundNumber: 13, reportYear: 2024 };
    const of2023 = { jurisdiction: 'pristina', year: 2023 };
    given([])
      .when({ type: 'SaveKpiReportDraft', ...of2023, observations: [cases('trafficking', '19')], round: round13 })
      .thenThrows(StateConflict, (error) =>
        expect(error.message).toBe(
          'roundNumber: reporting round 13 asks for reports on 2024, not for the KPI report on 2023',
        ),
      );
    given([])
      .when({
        type: 'SubmitKpiReport',
        ...of2023,
        observations: [cases('trafficking', '19')],
        round: round13,
        submittedOn: '2025-06-16',
      })
      .thenThrows(StateConflict);
    given([])
      .when({ type: 'SaveKpiReportDraft', ...target, observations: [cases('trafficking', '19')], round: round13 })
      .then([
        {
          type: 'KpiReportDraftSaved',
          data: { ...ref(), roundNumber: 13, observations: [cases('trafficking', '19')] },
        },
      ]);
  });

  it('marks a resubmission after a return late against the round of the first submission', () => {
    const first: KpiReportEvent = {
      type: 'KpiReportSubmitted',
      data: {
        ...ref(),
        roundNumber: 13,
        dueDate: '2025-01-31',
        late: false,
        observations: [cases('trafficking', '19')],
        warnings: [],
      },
    };
    const returned: KpiReportEvent = { type: 'KpiReportReturnedForRevision', data: { ...ref(), comments: 'x' } };
    const [again] = kpiReportDecider.decide(
      { type: 'SubmitKpiReport', ...target, observations: [], submittedOn: '2025-02-03' },
      foldEvents(kpiReportDecider, [first, returned]),
    );
    expect(again.data).toMatchObject({ roundNumber: 13, dueDate: '2025-01-31', late: true });
  });

  it('refuses to submit an empty report', () => {
    given([])
      .when({ type: 'SubmitKpiReport', ...target, observations: [], submittedOn: '2025-01-10' })
      .thenThrows(InvalidInput);
  });

  it('refuses to submit twice or to edit a submitted report', () => {
    given([submitted()])
      .when({ type: 'SubmitKpiReport', ...target, observations: [], submittedOn: '2025-01-10' })
      .thenThrows(StateConflict);
    given([submitted()])
      .when({ type: 'SaveKpiReportDraft', ...target, observations: [cases('trafficking', '1')] })
      .thenThrows(StateConflict);
  });

  it('returns a submitted report for revision with comments; it can be edited and resubmitted in the same revision', () => {
    given([submitted()])
      .when({ type: 'ReturnKpiReportForRevision', ...target, comments: 'Check 2024 trafficking cases' })
      .then([{ type: 'KpiReportReturnedForRevision', data: { ...ref(), comments: 'Check 2024 trafficking cases' } }]);
    const returned: KpiReportEvent = { type: 'KpiReportReturnedForRevision', data: { ...ref(), comments: 'x' } };
    given([submitted(), returned])
      .when({ type: 'SaveKpiReportDraft', ...target, observations: [cases('trafficking', '20')] })
      .then([draftSaved([cases('trafficking', '20')])]);
  });

  it('refuses a return without comments, and returning or accepting what is not submitted', () => {
    given([submitted()])
      .when({ type: 'ReturnKpiReportForRevision', ...target, comments: ' ' })
      .thenThrows(InvalidInput);
    given([draftSaved()])
      .when({ type: 'ReturnKpiReportForRevision', ...target, comments: 'x' })
      .thenThrows(StateConflict);
    given([draftSaved()])
      .when({ type: 'AcceptKpiReport', ...target })
      .thenThrows(StateConflict);
    given([submitted(), accepted()])
      .when({ type: 'AcceptKpiReport', ...target })
      .thenThrows(StateConflict);
  });

  it('accepts a submitted report with its full values', () => {
    given([submitted()])
      .when({ type: 'AcceptKpiReport', ...target })
      .then([accepted()]);
  });

  it('refuses to edit an accepted report; an amendment opens revision n+1 from its values, the accepted one stays readable', () => {
    given([submitted(), accepted()])
      .when({ type: 'SaveKpiReportDraft', ...target, observations: [cases('trafficking', '1')] })
      .thenThrows(StateConflict);
    given([submitted(), accepted()])
      .when({ type: 'StartKpiReportAmendment', ...target, reason: 'court figures corrected' })
      .then([
        {
          type: 'KpiReportAmendmentStarted',
          data: { ...ref(2), basedOnRevision: 1, reason: 'court figures corrected' },
        },
      ]);
    const state = foldEvents(kpiReportDecider, [
      submitted(),
      accepted(),
      { type: 'KpiReportAmendmentStarted', data: { ...ref(2), basedOnRevision: 1, reason: 'x' } },
      draftSaved([cases('trafficking', '21')], 2),
    ]);
    expect(currentRevision(state)).toMatchObject({
      revision: 2,
      status: 'draft',
      observations: [cases('trafficking', '21')],
    });
    expect(lastAcceptedRevision(state)).toMatchObject({ revision: 1, observations: [cases('trafficking', '19')] });
  });

  it('refuses an amendment of what is not accepted, or without a reason', () => {
    given([submitted()])
      .when({ type: 'StartKpiReportAmendment', ...target, reason: 'x' })
      .thenThrows(StateConflict);
    given([submitted(), accepted()])
      .when({ type: 'StartKpiReportAmendment', ...target, reason: '' })
      .thenThrows(InvalidInput);
  });

  it('imports values into an accepted report as an amendment, submitted and accepted for SEESAC', () => {
    given([submitted(), accepted()])
      .when({
        type: 'ImportKpiValues',
        ...target,
        observations: [cases('illegal_possession', '1434')],
        accept: true,
        submittedOn: '2025-01-10',
      })
      .then([
        { type: 'KpiReportAmendmentStarted', data: { ...ref(2), basedOnRevision: 1, reason: 'bulk import' } },
        draftSaved([cases('illegal_possession', '1434')], 2),
        submitted([cases('trafficking', '19'), cases('illegal_possession', '1434')], 2),
        accepted([cases('trafficking', '19'), cases('illegal_possession', '1434')], 2),
      ]);
  });

  it('imports values for a ministry as a submission only, and refuses an import into a report under review', () => {
    given([])
      .when({
        type: 'ImportKpiValues',
        ...target,
        observations: [cases('trafficking', '19')],
        accept: false,
        submittedOn: '2025-01-10',
      })
      .then([draftSaved(), submitted()]);
    given([submitted()])
      .when({
        type: 'ImportKpiValues',
        ...target,
        observations: [cases('trafficking', '1')],
        accept: false,
        submittedOn: '2025-01-10',
      })
      .thenThrows(StateConflict);
  });
});

describe("SEESAC's regional data: the region's KPI report", () => {
  const region = { jurisdiction: 'region', year: 2024 };
  // 003, SEESAC's AVMP for Pristina: "Celebratory shootings increased, from 58 cases in 2019 to 135 in 2024".
  const celebratory = {
    measure: 'avmp_firearm_incidents',
    dimensions: { place: 'pristina', incident_context: 'celebratory_shooting' },
    value: { kind: 'number' as const, amount: '135' },
  };

  it("submits the AVMP figures as the region's report", () => {
    const events = kpiReportDecider.decide(
      { type: 'SubmitKpiReport', ...region, observations: [celebratory], submittedOn: '2025-06-16' },
      kpiReportDecider.initialState(),
    );
    expect(events.map((event) => event.type)).toEqual(['KpiReportDraftSaved', 'KpiReportSubmitted']);
    expect(events[1].data).toMatchObject({
      reportId: 'kpi-report:region:2024',
      jurisdiction: 'region',
      observations: [celebratory],
      warnings: [],
    });
  });

  it("refuses a jurisdiction's figure in the region's report, with the other problems in the same 400", () => {
    given([])
      .when({
        type: 'SaveKpiReportDraft',
        ...region,
        observations: [celebratory, cases('trafficking', '19'), cases('nonsense', '1')],
      })
      .thenThrows(InvalidInput, (error) =>
        expect(error.problems.map((problem) => problem.path)).toEqual([
          'observations[2].dimensions.offence_category',
          'observations[1].measure',
          'observations[2].measure',
        ]),
      );
  });

  it("keeps a jurisdiction's own KPI 5 value with a warning that SEESAC's figure is the region's", () => {
    const kpi5 = {
      measure: 'kpi5_eu_border_seizure_cases_traced',
      dimensions: {},
      value: { kind: 'number' as const, amount: '2' },
    };
    const events = kpiReportDecider.decide(
      { type: 'SubmitKpiReport', ...target, observations: [kpi5], submittedOn: '2025-01-10' },
      kpiReportDecider.initialState(),
    );
    expect(events[1].data).toMatchObject({
      warnings: [{ path: 'observations[0].measure', message: expect.stringContaining("SEESAC's regional data") }],
    });
  });
});

describe('an approximate value (004, Podgorica: "around 90 firearms")', () => {
  const podgorica = { jurisdiction: 'podgorica', year: 2020 };
  const around90 = {
    measure: 'kpi11_firearms_surrendered',
    dimensions: {},
    value: { kind: 'number' as const, amount: '90', approximate: true as const },
  };

  it('is submitted and published as approximate', () => {
    const events = kpiReportDecider.decide(
      { type: 'SubmitKpiReport', ...podgorica, observations: [around90], submittedOn: '2020-11-25' },
      kpiReportDecider.initialState(),
    );
    expect(events[1].data).toMatchObject({ observations: [around90] });
  });

  it('differs from the same exact number (an amendment that drops "around" is a change)', () => {
    expect(sameValue(around90.value, { kind: 'number', amount: '90' })).toBe(false);
    expect(sameValue(around90.value, { kind: 'number', amount: '90.0', approximate: true })).toBe(true);
  });
});
