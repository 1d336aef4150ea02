import { computeIndicator, divide, indicator, INDICATORS, Resolve } from './derived-indicators';
import { regionalTotal, regionJurisdictions } from './regional-total';
import {
  dimensionKey,
  KpiValue,
  readKpiReportHeader,
  readObservations,
  seriesKey,
  UnreadableReportEvent,
} from './report-events';
import { seriesCells, ValueVersion, versionFor } from './series';
import { fromJson, type JsonValue } from '@bufbuild/protobuf';
import { reportingEvents, reportingV1, UndecodableEvent } from '@salw/contracts';

/** Observations as the decoder hands them over: the generated messages of their JSON. */
const decoded = (observations: JsonValue[]) =>
  observations.map((observation) => fromJson(reportingV1.ObservationSchema, observation));

const number = (amount: string): KpiValue => ({ kind: 'number', amount });
const noData: KpiValue = { kind: 'no_data', reason: 'No data' };

describe('report events', () => {
  it('reads observations, keeps "no data" apart from 0, and lets the last duplicate win', () => {
    const observations = readObservations(
      decoded([
        { measure: 'kpi3_reported_cases', dimensions: { offence_category: 'trafficking' }, value: number('19') },
        { measure: 'kpi3_solved_with_conviction', dimensions: { offence_category: 'trafficking' }, value: noData },
        { measure: 'kpi3_reported_cases', dimensions: { offence_category: 'trafficking' }, value: number('20') },
        { measure: 'kpi3_solved_another_way', value: number('0') },
      ]),
    );
    expect(observations).toEqual([
      { measure: 'kpi3_reported_cases', dimensions: { offence_category: 'trafficking' }, value: number('20') },
      { measure: 'kpi3_solved_with_conviction', dimensions: { offence_category: 'trafficking' }, value: noData },
      { measure: 'kpi3_solved_another_way', dimensions: {}, value: number('0') },
    ]);
  });

  it('refuses what it cannot read (it goes to the dead-letter topic)', () => {
    const submitted = (observations: unknown) =>
      reportingEvents.decode({ type: 'KpiReportSubmitted', schemaVersion: 1, payload: { observations } });
    expect(() => submitted('oops')).toThrow(UndecodableEvent);
    expect(() => submitted([{ measure: 'kpi3_reported_cases', value: { kind: 'number', amount: 19 } }])).toThrow(
      UndecodableEvent,
    );
    expect(() =>
      readObservations(decoded([{ measure: 'kpi3_reported_cases', value: { kind: 'number', amount: '1e3' } }])),
    ).toThrow('observations[0].value.amount');
    expect(() => readObservations(decoded([{ measure: 'kpi3_reported_cases', value: { kind: 'count' } }]))).toThrow(
      'observations[0].value.kind',
    );
    expect(() => readObservations(decoded([{ measure: 'kpi3_reported_cases' }]))).toThrow('observations[0].value');
    expect(() => readObservations(decoded([{ measure: 'kpi99_unknown', value: number('1') }]))).toThrow(
      UnreadableReportEvent,
    );
    expect(() => readObservations(decoded([{ measure: 'kpi99_unknown', value: number('1') }]))).toThrow(
      'unknown measure',
    );
    expect(() =>
      readKpiReportHeader({ reportId: 'kpi-report:pristina:2024', jurisdiction: 'atlantis', year: 2024, revision: 1 }),
    ).toThrow('jurisdiction');
    expect(() =>
      readKpiReportHeader({ reportId: 'kpi-report:pristina:2024', jurisdiction: 'pristina', year: 2024, revision: 0 }),
    ).toThrow('revision');
    expect(
      readKpiReportHeader({
        reportId: 'kpi-report:pristina:2024',
        jurisdiction: 'pristina',
        year: 2024,
        revision: 2,
        roundNumber: undefined,
      }),
    ).toEqual({ reportId: 'kpi-report:pristina:2024', jurisdiction: 'pristina', year: 2024, revision: 2 });
  });

  it('keys series by jurisdiction, measure and sorted dimensions, without "."', () => {
    expect(dimensionKey({})).toBe('_total');
    expect(seriesKey('skopje', 'kpi10_victims', { gender: 'female', age_group: '0_17' })).toBe(
      'skopje:kpi10_victims:age_group=0_17,gender=female',
    );
  });
});

describe('series and as-of views', () => {
  const version = (
    status: 'provisional' | 'validated',
    revision: number,
    amount: string,
    recordedAt: string,
    year = 2024,
  ): ValueVersion => ({
    year,
    status,
    value: number(amount),
    reportId: 'kpi-report:pristina:2024',
    revision,
    recordedAt,
    eventId: `${status}-${revision}`,
  });
  const versions = [
    version('provisional', 1, '1434', '2025-02-01T00:00:00Z'),
    version('validated', 1, '1434', '2025-03-01T00:00:00Z'),
    version('provisional', 2, '1440', '2025-09-01T00:00:00Z'),
    version('validated', 2, '1440', '2025-10-01T00:00:00Z'),
  ];

  it('shows the amended value now and the earlier one asOf a past date', () => {
    expect(versionFor(versions, 2024, 'validated')?.value).toEqual(number('1440'));
    expect(versionFor(versions, 2024, 'validated', { asOf: '2025-09-15T00:00:00Z' })?.revision).toBe(1);
    expect(versionFor(versions, 2024, 'latest', { asOf: '2025-09-15T00:00:00Z' })).toMatchObject({
      status: 'provisional',
      revision: 2,
    });
    expect(versionFor(versions, 2024, 'validated', { asOf: '2025-01-01T00:00:00Z' })).toBeUndefined();
  });

  it('lists years from 2018 with "missing" cells, updatedAfter and the history of each value', () => {
    const cells = seriesCells(versions, { view: 'validated', includeHistory: true });
    expect(cells).toHaveLength(7);
    expect(cells[0]).toEqual({ year: 2018, state: 'missing' });
    expect(cells[6]).toMatchObject({
      state: 'reported',
      revision: 2,
      history: [{ revision: 1 }, { revision: 1 }, { revision: 2 }, { revision: 2 }],
    });
    expect(
      seriesCells(versions, { view: 'validated', updatedAfter: '2025-09-30T00:00:00Z' }).map((cell) => cell.year),
    ).toEqual([2024]);
    expect(seriesCells(versions, { view: 'validated', updatedAfter: '2025-10-30T00:00:00Z' })).toEqual([]);
  });
});

describe('regional totals', () => {
  it('sums the six beneficiaries exactly and says which contributed, are missing or have no data', () => {
    const wb6 = regionJurisdictions(false);
    expect(wb6).toHaveLength(6);
    expect(wb6).not.toContain('chisinau');
    expect(regionJurisdictions(true)).toContain('chisinau');
    const total = regionalTotal(
      'kpi3_reported_cases',
      2024,
      { pristina: number('1434'), belgrade: number('0.5'), tirana: noData, chisinau: number('7') },
      wb6,
    );
    expect(total).toEqual({
      year: 2024,
      aggregation: 'sum',
      total: '1434.5',
      complete: false,
      coverage: {
        contributed: ['belgrade', 'pristina'],
        missing: ['podgorica', 'sarajevo', 'skopje'],
        noData: ['tirana'],
      },
    });
    expect(regionalTotal('kpi3_reported_cases', 2018, { pristina: noData }, ['pristina'])).toMatchObject({
      total: null,
      complete: false,
    });
  });

  it('never adds up percentages (KPI 14: 80 + 75 is not "155"), and says why', () => {
    const total = regionalTotal(
      'kpi14_feeling_safe',
      2024,
      { pristina: number('80'), belgrade: number('75') },
      regionJurisdictions(false),
    );
    expect(total).toEqual({
      year: 2024,
      aggregation: 'not_additive',
      total: null,
      note: 'not additive (a percentage, a rate or a year): values are not added up across jurisdictions; read them per jurisdiction',
      complete: false,
      coverage: {
        contributed: ['belgrade', 'pristina'],
        missing: ['podgorica', 'sarajevo', 'skopje', 'tirana'],
        noData: [],
      },
    });
  });

  it('counts a status measure per status: the FFP Pristina reports fully operational (003) counts, it is not "no data"', () => {
    const ffp = (status: string): KpiValue => ({ kind: 'status', status });
    const total = regionalTotal(
      'kpi7_ffp_status',
      2024,
      { pristina: ffp('operational'), tirana: ffp('operational'), skopje: ffp('established'), belgrade: noData },
      regionJurisdictions(false),
    );
    expect(total).toEqual({
      year: 2024,
      aggregation: 'count_by_status',
      total: null,
      countsByStatus: { not_established: 0, established: 1, operational: 2 },
      complete: false,
      coverage: {
        contributed: ['pristina', 'skopje', 'tirana'],
        missing: ['podgorica', 'sarajevo'],
        noData: ['belgrade'],
      },
    });
    // Nobody reported a status: no counts at all, rather than a row of zeros.
    expect(regionalTotal('kpi7_ffp_status', 2024, { belgrade: noData }, ['belgrade'])).not.toHaveProperty(
      'countsByStatus',
    );
    // A status string from an event cannot reach Object.prototype.
    expect(
      Object.getPrototypeOf(
        regionalTotal('kpi7_ffp_status', 2024, { belgrade: ffp('__proto__') }, ['belgrade']).countsByStatus,
      ),
    ).toBe(Object.prototype);
  });
});

describe('derived indicators (data, exact decimals)', () => {
  const table: Record<string, KpiValue> = {
    'kpi3_solved_with_conviction|offence_category=illegal_possession|2019': number('580'),
    'kpi3_reported_cases|offence_category=illegal_possession|2019': number('2187'),
    'kpi3_reported_cases|offence_category=illegal_possession|2018': number('1327'),
    'kpi3_reported_cases|offence_category=illegal_possession|2020': number('1003'),
    'kpi3_solved_with_conviction|offence_category=illegal_possession|2018': noData,
    'kpi4_firearms_seized|location=border|2024': number('16'),
    'kpi4_firearms_seized|location=inland|2024': number('0'),
  };
  const resolve: Resolve = (term, year) => table[`${term.measure}|${dimensionKey(term.dimensions ?? {})}|${year}`];
  const possession = { offence_category: 'illegal_possession' };

  it('divides exactly with half-away-from-zero rounding', () => {
    expect(divide(580n, 2187n, 4)).toBe('0.2652');
    expect(divide(1n, 8n, 2)).toBe('0.13');
    expect(divide(-1n, 8n, 2)).toBe('-0.13');
    expect(divide(2n, 1n, 0)).toBe('2');
  });

  it('computes the conviction rate, the border share and the change against 2018', () => {
    expect(computeIndicator(indicator('conviction_rate')!, 2019, possession, resolve)).toEqual({
      state: 'computed',
      value: '0.2652',
    });
    expect(computeIndicator(indicator('border_share_firearms_seized')!, 2024, {}, resolve)).toEqual({
      state: 'computed',
      value: '1.0000',
    });
    expect(computeIndicator(indicator('reported_cases_change_vs_2018')!, 2020, possession, resolve)).toEqual({
      state: 'computed',
      value: '-0.2442',
    });
  });

  it('answers "missing" with the parts, never a number made of "no data"', () => {
    expect(computeIndicator(indicator('conviction_rate')!, 2018, possession, resolve)).toEqual({
      state: 'missing',
      missing: [{ measure: 'kpi3_solved_with_conviction', dimensions: possession, year: 2018, reason: 'no_data' }],
    });
    expect(computeIndicator(indicator('conviction_rate')!, 2021, possession, resolve)).toMatchObject({
      state: 'missing',
      missing: [{ reason: 'missing' }, { reason: 'missing' }],
    });
    expect(computeIndicator(indicator('border_share_firearms_seized')!, 2023, {}, () => number('0'))).toEqual({
      state: 'undefined',
      reason: 'the denominator is 0',
    });
  });

  it('are defined as data over measures of the catalogue', () => {
    expect(INDICATORS.map((definition) => definition.code)).toEqual(
      expect.arrayContaining(['conviction_rate', 'border_share_firearms_seized', 'reported_cases_change_vs_2018']),
    );
  });
});

describe('catalogue v2 measures in regional figures', () => {
  it('never adds up the years of a validity period (004, Belgrade: "Strategy on SALW Control for the period of 2019-2024")', () => {
    const total = regionalTotal(
      'kpi2_policy_document_valid_to',
      2020,
      { belgrade: number('2024'), podgorica: number('2024') },
      regionJurisdictions(false),
    );
    expect(total).toMatchObject({ aggregation: 'not_additive', total: null, note: expect.stringContaining('a year') });
  });

  it("sums the new counts: 004's 58,450 re-registered firearms (Belgrade)", () => {
    expect(
      regionalTotal('kpi11_firearms_re_registered', 2020, { belgrade: number('58450') }, regionJurisdictions(false)),
    ).toMatchObject({ aggregation: 'sum', total: '58450' });
  });
});
