import type { AuthenticatedActor } from '@salw/platform';
import { ProjectionSpecification } from '@salw/testing';
import { ReportStatusDocument } from './completeness/completeness.projector';
import { CompletenessQueries } from './completeness/completeness.controller';
import { reportEventsHandler } from './report-events.handler';
import { SeriesQueries } from './series/series.queries';

const REPORT = 'kpi-report:pristina:2024';
const observations = (amount: string) => [
  {
    measure: 'kpi3_reported_cases',
    dimensions: { offence_category: 'illegal_possession' },
    value: { kind: 'number', amount },
  },
];
const header = (revision = 1) => ({ reportId: REPORT, jurisdiction: 'pristina', year: 2024, revision });
const submitted = (amount: string, revision = 1) => ({
  streamId: REPORT,
  type: 'KpiReportSubmitted',
  data: { ...header(revision), late: false, observations: observations(amount), warnings: [] },
});
const accepted = (amount: string, revision = 1) => ({
  streamId: REPORT,
  type: 'KpiReportAccepted',
  data: { ...header(revision), observations: observations(amount) },
});
const seesac: AuthenticatedActor = { subject: 'seesac-1', role: 'seesac' };

describe('report events projection: report status (real database)', () => {
  const spec = ProjectionSpecification.for<ReportStatusDocument>(
    {
      apply: (db, events) => reportEventsHandler(db)(events),
      read: (db, id) => new CompletenessQueries(db).report(id),
    },
    { context: 'reporting' },
  );
  afterAll(() => spec.close());

  it('follows a KPI report from submitted to accepted', async () => {
    await spec
      .given([submitted('10')])
      .when([accepted('10')])
      .then(REPORT, (doc) =>
        expect(doc).toMatchObject({
          kind: 'kpi',
          jurisdiction: 'pristina',
          period: '2024',
          status: 'accepted',
          acceptedRevision: 1,
        }),
      );
  });
});

describe('report events projection: series (real database)', () => {
  const spec = ProjectionSpecification.for(
    {
      apply: (db, events) => reportEventsHandler(db)(events),
      read: (db) =>
        new SeriesQueries(db).versions(
          'pristina',
          'kpi3_reported_cases',
          { offence_category: 'illegal_possession' },
          seesac,
        ),
    },
    { context: 'reporting' },
  );
  afterAll(() => spec.close());

  it('keeps the submitted value provisional and the accepted one validated, once each', async () => {
    await spec
      .given([submitted('10')])
      .when([accepted('10')])
      .then(REPORT, (versions) =>
        expect(versions.map((version) => [version.status, version.value])).toEqual([
          ['provisional', { kind: 'number', amount: '10' }],
          ['validated', { kind: 'number', amount: '10' }],
        ]),
      );
  });
});
