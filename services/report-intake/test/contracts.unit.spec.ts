import { REPORTING_EVENTS, type PayloadsMatchContracts } from '@salw/contracts';
import { eventsDecided, expectEventsMatchContracts } from '@salw/testing';
import { KpiReportCommand, kpiReportDecider } from '../src/domain/kpi-report/kpi-report.decider';
import { KpiReportEvent, KpiReportState } from '../src/domain/kpi-report/kpi-report.events';
import { NarrativeReportEvent, narrativeReportDecider } from '../src/domain/narrative-report/narrative-report';
import { ReportingRoundEvent, reportingRoundDecider } from '../src/domain/reporting-round/reporting-round';

// Compiles only while every payload type the deciders build is the generated JSON type of its proto message.
const payloadTypesMatch: PayloadsMatchContracts<
  KpiReportEvent | NarrativeReportEvent | ReportingRoundEvent,
  typeof REPORTING_EVENTS
> = true;

const round = { roundNumber: 13, dueDate: '2025-01-31', reportYear: 2024 };
const kpi = { jurisdiction: 'pristina', year: 2024 };
const narrative = { jurisdiction: 'pristina', period: '2024-H1' };
const goal = (number: number) => ({
  goal: number,
  progress: 'Law on weapons adopted',
  challenges: 'Capacity',
  plans: 'Training',
  needsForSupport: 'Equipment',
});

describe('report-intake event payloads match proto/salw/reporting/v1/reporting.proto', () => {
  const kpiEvents = eventsDecided<KpiReportState, KpiReportCommand, KpiReportEvent>(kpiReportDecider, [
    {
      type: 'SaveKpiReportDraft',
      ...kpi,
      round,
      observations: [
        {
          measure: 'kpi3_reported_cases',
          dimensions: { offence_category: 'trafficking' },
          value: { kind: 'number', amount: '19' },
        },
        { measure: 'kpi11_firearms_surrendered', value: { kind: 'number', amount: '90', approximate: true } },
        { measure: 'kpi3_solved_another_way', value: { kind: 'no_data', reason: 'No data' } },
        { measure: 'kpi7_ffp_status', value: { kind: 'status', status: 'operational' } },
      ],
    },
    {
      // More convictions than cases: a plausibility warning is kept with the report.
      type: 'SubmitKpiReport',
      ...kpi,
      round,
      submittedOn: '2025-02-03',
      observations: [
        {
          measure: 'kpi3_solved_with_conviction',
          dimensions: { offence_category: 'trafficking' },
          value: { kind: 'number', amount: '25' },
        },
      ],
    },
    { type: 'ReturnKpiReportForRevision', ...kpi, comments: 'Check the convictions' },
    { type: 'SubmitKpiReport', ...kpi, round, submittedOn: '2025-02-10', observations: [] },
    { type: 'AcceptKpiReport', ...kpi },
    { type: 'StartKpiReportAmendment', ...kpi, reason: 'Corrected figures' },
  ]);
  const narrativeEvents = eventsDecided(narrativeReportDecider, [
    { type: 'SaveNarrativeReportDraft', ...narrative, round: { ...round, dueDate: undefined }, goals: [goal(1)] },
    { type: 'SubmitNarrativeReport', ...narrative, round, submittedOn: '2025-01-20', goals: [goal(2)] },
    { type: 'ReturnNarrativeReportForRevision', ...narrative, comments: 'Goal 2: say what was adopted' },
    { type: 'SubmitNarrativeReport', ...narrative, submittedOn: '2025-02-20', goals: [goal(2)] },
    { type: 'AcceptNarrativeReport', ...narrative },
    { type: 'StartNarrativeReportAmendment', ...narrative, reason: 'Goal 3 added' },
  ]);
  const roundEvents = [
    ...eventsDecided(reportingRoundDecider, [
      {
        type: 'OpenReportingRound',
        roundNumber: 13,
        label: '13th progress report',
        periodFrom: '2024-01-01',
        periodTo: '2024-12-31',
        dueDate: '2025-01-31',
        reportYear: 2024,
      },
    ]),
    ...eventsDecided(reportingRoundDecider, [
      {
        type: 'OpenReportingRound',
        roundNumber: 4,
        label: '4th progress report',
        periodFrom: '2020-01-01',
        periodTo: '2020-06-30',
        reportYear: 2020,
        noDueDateReason: 'not in the seeds',
      },
    ]),
  ];

  it('emits the values, warnings, lateness and goals the contract carries', () => {
    const submitted = kpiEvents.find((event) => event.type === 'KpiReportSubmitted')?.data;
    expect(submitted).toMatchObject({ late: true, roundNumber: 13, dueDate: '2025-01-31' });
    expect((submitted as { warnings: unknown[] }).warnings.length).toBeGreaterThan(0);
    expect(narrativeEvents.map((event) => event.type)).toContain('NarrativeReportAccepted');
  });

  it('builds payloads of the generated JSON types (checked by tsc)', () => expect(payloadTypesMatch).toBe(true));

  it('covers every event type, and each payload reads strictly as its generated message and writes back unchanged', () => {
    expectEventsMatchContracts(REPORTING_EVENTS, [...kpiEvents, ...narrativeEvents, ...roundEvents]);
  });
});
