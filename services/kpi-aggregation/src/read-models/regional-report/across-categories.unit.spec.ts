// Totals across categories, from 003's KPI 3 tables for Pristina (illegal possession and trafficking, no total).
import { KPI3_003, KPI3_YEARS } from '@salw/kpi-catalogue';
import {
  addTotalsAcrossCategories,
  KpiTable,
  RegionalReport,
  regionalReportCsv,
  reportDifferences,
} from './regional-report';
import { sumOfCompleteBreakdown, totalAcrossCategories } from '../../domain/across-categories';
import { regionalTotal, regionJurisdictions } from '../../domain/regional-total';
import { KpiValue } from '../../domain/report-events';

const number = (amount: string): KpiValue => ({ kind: 'number', amount });
const noData: KpiValue = { kind: 'no_data', reason: 'No data' };

/** Pristina's value of a KPI 3 measure in one year, per category, as 003 gives it (null is "No data"). */
function pristina003(measure: string, year: number): Record<string, KpiValue> {
  const index = KPI3_YEARS.indexOf(year as (typeof KPI3_YEARS)[number]);
  return Object.fromEntries(
    (['illegal_possession', 'trafficking'] as const).map((category) => {
      const amount = KPI3_003[category][measure][index];
      return [category, amount === null ? noData : number(String(amount))];
    }),
  );
}

describe('totals across categories (003, Pristina, KPI 3)', () => {
  it('adds up a complete breakdown: 2024 reported cases 1,434 + 19 = 1,453; 2018 reported individuals 1,691 + 56 = 1,747', () => {
    expect(
      totalAcrossCategories('kpi3_reported_cases', {
        total: undefined,
        breakdowns: { offence_category: pristina003('kpi3_reported_cases', 2024) },
      }),
    ).toEqual({
      value: number('1453'),
      source: 'across_categories',
      dimension: 'offence_category',
    });
    expect(sumOfCompleteBreakdown('offence_category', pristina003('kpi3_reported_individuals', 2018))).toEqual(
      number('1747'),
    );
  });

  it('gives no total when a category is "No data" (2018 convictions) or not reported: never a partial sum', () => {
    expect(
      totalAcrossCategories('kpi3_solved_with_conviction', {
        total: undefined,
        breakdowns: { offence_category: pristina003('kpi3_solved_with_conviction', 2018) },
      }),
    ).toEqual({
      value: undefined,
      source: 'none',
    });
    const onlyTrafficking = { trafficking: number('19') };
    expect(
      totalAcrossCategories('kpi3_reported_cases', {
        total: undefined,
        breakdowns: { offence_category: onlyTrafficking },
      }).source,
    ).toBe('none');
  });

  it('keeps the total a jurisdiction reported, even "No data", over the sum of its categories', () => {
    const breakdowns = { offence_category: pristina003('kpi3_reported_cases', 2024) };
    expect(totalAcrossCategories('kpi3_reported_cases', { total: number('1500'), breakdowns })).toEqual({
      value: number('1500'),
      source: 'reported',
    });
    expect(totalAcrossCategories('kpi3_reported_cases', { total: noData, breakdowns })).toEqual({
      value: noData,
      source: 'reported',
    });
  });

  it('never adds up the categories of a percentage (KPI 14)', () => {
    const byGender = { female: number('80'), male: number('75') };
    expect(
      totalAcrossCategories('kpi14_feeling_safe', { total: undefined, breakdowns: { gender: byGender } }).source,
    ).toBe('none');
  });

  it('says in the regional total which jurisdiction contributed a sum of its categories', () => {
    const wb6 = regionJurisdictions(false);
    const total = regionalTotal('kpi3_reported_cases', 2024, { pristina: number('1453'), tirana: number('100') }, wb6, {
      pristina: 'offence_category',
    });
    expect(total).toMatchObject({ total: '1553', complete: false, acrossCategories: { pristina: 'offence_category' } });
    expect(total.coverage.contributed).toEqual(['pristina', 'tirana']);
  });

  describe('in the regional report', () => {
    const years = [2018, 2024];
    const table = (category: string, measure = 'kpi3_reported_cases'): KpiTable => ({
      measure,
      label: 'Reported cases during the reporting period',
      unit: 'cases',
      dimensions: { offence_category: category },
      series: {
        pristina: Object.fromEntries(years.map((year) => [String(year), pristina003(measure, year)[category]])),
      },
      regionalTotals: [],
    });

    it('adds a total table of the categories summed, marked as such, and leaves "No data" years without one', () => {
      const tables = new Map<string, KpiTable>([
        ['kpi3_reported_cases|offence_category=illegal_possession', table('illegal_possession')],
        ['kpi3_reported_cases|offence_category=trafficking', table('trafficking')],
        [
          'kpi3_solved_with_conviction|offence_category=illegal_possession',
          table('illegal_possession', 'kpi3_solved_with_conviction'),
        ],
        [
          'kpi3_solved_with_conviction|offence_category=trafficking',
          table('trafficking', 'kpi3_solved_with_conviction'),
        ],
      ]);
      addTotalsAcrossCategories(tables, years);
      const cases = tables.get('kpi3_reported_cases|_total')!;
      expect(cases.dimensions).toEqual({});
      expect(cases.series.pristina).toEqual({ '2018': number('1346'), '2024': number('1453') });
      expect(cases.acrossCategories).toEqual({ pristina: { '2018': 'offence_category', '2024': 'offence_category' } });
      // 2018 convictions are "No data" in 003: the only year with a sum is 2024 (591 + 5).
      const convictions = tables.get('kpi3_solved_with_conviction|_total')!;
      expect(convictions.series.pristina).toEqual({ '2018': { kind: 'missing' }, '2024': number('596') });
      expect(convictions.acrossCategories).toEqual({ pristina: { '2024': 'offence_category' } });
    });

    it('keeps a reported total table as it is where the total was reported', () => {
      const reportedTotal: KpiTable = {
        ...table('illegal_possession'),
        dimensions: {},
        series: { pristina: { '2018': number('1400'), '2024': { kind: 'missing' } } },
      };
      const tables = new Map<string, KpiTable>([
        ['kpi3_reported_cases|_total', reportedTotal],
        ['kpi3_reported_cases|offence_category=illegal_possession', table('illegal_possession')],
        ['kpi3_reported_cases|offence_category=trafficking', table('trafficking')],
      ]);
      addTotalsAcrossCategories(tables, years);
      expect(tables.get('kpi3_reported_cases|_total')!.series.pristina).toEqual({
        '2018': number('1400'),
        '2024': number('1453'),
      });
      expect(tables.get('kpi3_reported_cases|_total')!.acrossCategories).toEqual({
        pristina: { '2024': 'offence_category' },
      });
    });

    it('names the summed dimension in the CSV', () => {
      const tables = new Map<string, KpiTable>([
        ['a', table('illegal_possession')],
        ['b', table('trafficking')],
      ]);
      addTotalsAcrossCategories(tables, years);
      const total = tables.get('kpi3_reported_cases|_total')!;
      total.regionalTotals = [
        regionalTotal('kpi3_reported_cases', 2024, { pristina: number('1453') }, ['pristina'], {
          pristina: 'offence_category',
        }),
      ];
      const report = {
        roundNumber: 13,
        goals: [{ goal: 2, kpis: [{ kpi: 3, tables: [total] }] }],
      } as unknown as RegionalReport;
      const lines = regionalReportCsv(report).trim().split('\n');
      expect(lines[0].endsWith(',across_categories,approximate')).toBe(true);
      expect(lines).toContain('13,2,3,kpi3_reported_cases,,pristina,2024,number,1453,,,,,offence_category,false');
      expect(lines).toContain(
        '13,2,3,kpi3_reported_cases,,WB6,2024,number,1453,true,pristina,,,pristina:offence_category,false',
      );
    });
  });
});

describe('a later amendment against the compiled report', () => {
  it('shows the reported value that changed, not the total across categories that follows it', () => {
    const report = (trafficking: string): RegionalReport => {
      const tables = new Map<string, KpiTable>(
        (['illegal_possession', 'trafficking'] as const).map((category) => [
          category,
          {
            measure: 'kpi3_reported_cases',
            label: 'Reported cases',
            unit: 'cases',
            dimensions: { offence_category: category },
            series: { pristina: { '2024': number(category === 'trafficking' ? trafficking : '1434') } },
            regionalTotals: [],
          },
        ]),
      );
      addTotalsAcrossCategories(tables, [2024]);
      return {
        roundNumber: 13,
        goals: [{ goal: 2, kpis: [{ kpi: 3, tables: [...tables.values()] }] }],
      } as unknown as RegionalReport;
    };
    expect(reportDifferences(report('19'), report('20'))).toEqual([
      {
        kpi: 3,
        measure: 'kpi3_reported_cases',
        dimensions: { offence_category: 'trafficking' },
        jurisdiction: 'pristina',
        year: '2024',
        compiled: number('19'),
        now: number('20'),
      },
    ]);
  });
});
