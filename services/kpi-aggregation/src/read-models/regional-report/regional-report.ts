import { createHash } from 'node:crypto';
import { catalogue } from '@salw/kpi-catalogue';
import { BASELINE_YEAR } from '@salw/decider';
import { ChangeFromBaseline, changeOfValue } from '../../domain/baseline';
import { summableDimensions, totalAcrossCategories } from '../../domain/across-categories';
import {
  aggregationOf,
  regionalTotal,
  regionJurisdictions,
  RegionalTotal,
  withChangeFromBaseline,
} from '../../domain/regional-total';
import { KpiValue } from '../../domain/report-events';
import { seriesYears, versionFor } from '../../domain/series';
import { Completeness, CompletenessQueries } from '../completeness/completeness.controller';
import { SeriesQueries } from '../series/series.queries';

type Cell = KpiValue | { kind: 'missing' };

export interface KpiTable {
  measure: string;
  label: string;
  unit?: string;
  dimensions: Record<string, string>;
  /** Validated (accepted) values per jurisdiction and year; `missing` = nothing reported, `no_data` = reported as "No data". */
  series: Record<string, Record<string, Cell>>;
  /** Additive measures: per jurisdiction and year, the change against its 2018 value (only where a number was reported). */
  changeFromBaseline?: Record<string, Record<string, ChangeFromBaseline>>;
  /** A total table (no dimensions) only: per jurisdiction and year, the dimension whose complete breakdown was summed because no total was reported. */
  acrossCategories?: Record<string, Record<string, string>>;
  /** `region`: SEESAC's own regional data (KPI 5, KPI 14, AVMP), in the series of the reporter `region`; no WB6 total is made of it. */
  reporter?: 'region';
  regionalTotals: RegionalTotal[];
}

export interface RegionalReport {
  roundNumber: number;
  label: string;
  reportYear: number;
  years: number[];
  coverage: Completeness;
  goals: {
    goal: number;
    title: string;
    /** KPIs listed under this goal: each KPI once in the report, under the first of its goals (`goals` names them all). */
    kpis: { kpi: number; wording: string; goals: number[]; tables: KpiTable[] }[];
    /** KPIs of this goal too that are listed under an earlier goal (003 reports Goals 4&5 and 6&7 together). */
    kpisListedUnder: { kpi: number; goal: number }[];
    narrativeHighlights: {
      jurisdiction: string;
      progress?: string;
      challenges?: string;
      plans?: string;
      needsForSupport?: string;
    }[];
  }[];
  warnings: { jurisdiction: string; reportId: string; path: string; message: string }[];
}

/** Integrates the accepted reports of a round: per-goal KPI tables and series, WB6 totals with coverage, warnings, highlights. */
export async function compileRegionalReport(
  series: SeriesQueries,
  completeness: CompletenessQueries,
  roundNumber: number,
): Promise<RegionalReport> {
  const coverage = await completeness.ofRound(roundNumber);
  const round = (await completeness.round(roundNumber))!;
  const wb6 = regionJurisdictions(false);
  const years = seriesYears([], 2018, round.reportYear);
  const narratives = await Promise.all(
    catalogue.jurisdictions.map((j) => completeness.report(`narrative-report:${j.code}:${coverage.narrativePeriod}`)),
  );
  const kpiReports = await Promise.all(
    catalogue.jurisdictions.map((j) => completeness.report(`kpi-report:${j.code}:${round.reportYear}`)),
  );
  const goals: RegionalReport['goals'] = [];
  const listedUnder = new Map<number, number>();
  for (const goal of catalogue.goals) {
    const kpis = [];
    const kpisListedUnder: { kpi: number; goal: number }[] = [];
    for (const kpi of catalogue.kpisOfGoal(goal.number)) {
      const earlier = listedUnder.get(kpi.number);
      if (earlier !== undefined) {
        kpisListedUnder.push({ kpi: kpi.number, goal: earlier });
        continue;
      }
      listedUnder.set(kpi.number, goal.number);
      const docs = (await series.seriesOfKpi(kpi.number)).sort(
        (a, b) =>
          a.measure.localeCompare(b.measure) ||
          a.dimensionKey.localeCompare(b.dimensionKey) ||
          a.jurisdiction.localeCompare(b.jurisdiction),
      );
      const tables = new Map<string, KpiTable>();
      for (const doc of docs) {
        const key = `${doc.measure}|${doc.dimensionKey}`;
        const measure = catalogue.measure(doc.measure);
        const table: KpiTable = tables.get(key) ?? {
          measure: doc.measure,
          label: measure?.label ?? doc.measure,
          unit: measure && 'unit' in measure ? measure.unit : undefined,
          dimensions: doc.dimensions,
          series: {},
          ...(catalogue.isRegionalMeasure(doc.measure) ? { reporter: 'region' as const } : {}),
          regionalTotals: [],
        };
        table.series[doc.jurisdiction] = Object.fromEntries(
          years.map((year) => [
            String(year),
            versionFor(doc.versions, year, 'validated')?.value ?? { kind: 'missing' },
          ]),
        );
        tables.set(key, table);
      }
      addTotalsAcrossCategories(tables, years);
      for (const table of tables.values()) {
        const totalOf = (year: number) => {
          const values = Object.fromEntries(wb6.map((code) => [code, reported(table.series[code]?.[String(year)])]));
          const summed = Object.entries(table.acrossCategories ?? {}).flatMap(([code, byYear]) =>
            byYear[String(year)] ? [[code, byYear[String(year)]] as const] : [],
          );
          return regionalTotal(table.measure, year, values, wb6, Object.fromEntries(summed));
        };
        // SEESAC's regional data is already the region's figure: the WB6 jurisdictions do not report it, so no sum of theirs.
        table.regionalTotals =
          table.reporter === 'region' ? [] : withChangeFromBaseline(years.map(totalOf), totalOf(BASELINE_YEAR));
        if (aggregationOf(table.measure) === 'sum') table.changeFromBaseline = changesOf(table.series);
      }
      kpis.push({ kpi: kpi.number, wording: kpi.wording, goals: [...kpi.goals], tables: [...tables.values()] });
    }
    const narrativeHighlights = narratives.flatMap((doc) => {
      if (!doc || !doc.acceptedRevision) return [];
      const part = doc.goals?.find((item) => item.goal === goal.number);
      return part
        ? [
            {
              jurisdiction: doc.jurisdiction,
              progress: part.progress,
              challenges: part.challenges,
              plans: part.plans,
              needsForSupport: part.needsForSupport,
            },
          ]
        : [];
    });
    goals.push({ goal: goal.number, title: goal.title, kpis, kpisListedUnder, narrativeHighlights });
  }
  const warnings = kpiReports.flatMap((doc) =>
    (doc?.warnings ?? []).map((warning) => ({
      jurisdiction: doc!.jurisdiction,
      reportId: doc!._id,
      path: warning.path,
      message: warning.message,
    })),
  );
  return { roundNumber, label: round.label, reportYear: round.reportYear, years, coverage, goals, warnings };
}

/**
 * Where a jurisdiction reported a measure only broken down, and the breakdown is complete, its total table gets the
 * sum of the categories (003: KPI 3 as two tables, illegal possession and trafficking). The cells say so in
 * `acrossCategories`; a reported total is never replaced.
 */
export function addTotalsAcrossCategories(tables: Map<string, KpiTable>, years: number[]): void {
  const byMeasure = new Map<string, KpiTable[]>();
  for (const table of tables.values()) byMeasure.set(table.measure, [...(byMeasure.get(table.measure) ?? []), table]);
  for (const [measure, measureTables] of byMeasure) {
    const dimensions = summableDimensions(measure);
    if (dimensions.length === 0) continue;
    const breakdowns = measureTables.filter((table) => Object.keys(table.dimensions).length === 1);
    if (breakdowns.length === 0) continue;
    const key = `${measure}|_total`;
    const { label, unit } = breakdowns[0];
    const total: KpiTable = tables.get(key) ?? {
      measure,
      label,
      unit,
      dimensions: {},
      series: {},
      ...(breakdowns[0].reporter ? { reporter: breakdowns[0].reporter } : {}),
      regionalTotals: [],
    };
    const jurisdictions = [...new Set(breakdowns.flatMap((table) => Object.keys(table.series)))].sort();
    for (const jurisdiction of jurisdictions) {
      for (const year of years.map(String)) {
        const byDimension: Record<string, Record<string, KpiValue | undefined>> = {};
        for (const table of breakdowns) {
          const [[dimension, category]] = Object.entries(table.dimensions);
          (byDimension[dimension] ??= {})[category] = reported(table.series[jurisdiction]?.[year]);
        }
        const found = totalAcrossCategories(measure, {
          total: reported(total.series[jurisdiction]?.[year]),
          breakdowns: byDimension,
        });
        if (found.source !== 'across_categories') continue;
        const cells = (total.series[jurisdiction] ??= Object.fromEntries(
          years.map((y) => [String(y), { kind: 'missing' } as Cell]),
        ));
        cells[year] = found.value;
        ((total.acrossCategories ??= {})[jurisdiction] ??= {})[year] = found.dimension;
      }
    }
    if (total.acrossCategories || tables.has(key)) tables.set(key, total);
  }
}

const reported = (cell: Cell | undefined): KpiValue | undefined => (cell && cell.kind !== 'missing' ? cell : undefined);

/** Each jurisdiction's numbers against its own 2018 value. */
function changesOf(series: KpiTable['series']): Record<string, Record<string, ChangeFromBaseline>> {
  return Object.fromEntries(
    Object.entries(series).map(([jurisdiction, cells]) => {
      const baseline = reported(cells[String(BASELINE_YEAR)]);
      const changes = Object.entries(cells).flatMap(([year, cell]) => {
        const change = changeOfValue(reported(cell), baseline);
        return change ? [[year, change] as const] : [];
      });
      return [jurisdiction, Object.fromEntries(changes)];
    }),
  );
}

function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The WB6 row's value kind and value: a sum, counts per status ("established:1;operational:2"), or none for a non-additive measure. */
function totalCell(total: RegionalTotal): [string, string] {
  if (total.aggregation === 'not_additive') return ['not_additive', ''];
  if (total.aggregation === 'count_by_status') {
    return total.countsByStatus
      ? [
          'status_counts',
          Object.entries(total.countsByStatus)
            .map(([status, count]) => `${status}:${count}`)
            .join(';'),
        ]
      : ['missing', ''];
  }
  return total.total === null ? ['missing', ''] : ['number', total.total];
}

/**
 * One row per jurisdiction × year × table cell, plus WB6 total rows; "no data" and "missing" are words, never 0.
 * `across_categories` names the dimension whose complete breakdown makes a total no jurisdiction reported as such;
 * `approximate` is true for a number the report gave as approximate ("around 90"), and for a total with such a part.
 */
export function regionalReportCsv(report: RegionalReport): string {
  const rows: (string | number | boolean | undefined)[][] = [
    [
      'round',
      'goal',
      'kpi',
      'measure',
      'dimensions',
      'jurisdiction',
      'year',
      'value_kind',
      'amount',
      'complete',
      'contributed',
      'missing',
      'no_data',
      'across_categories',
      'approximate',
    ],
  ];
  for (const goal of report.goals) {
    for (const kpi of goal.kpis) {
      for (const table of kpi.tables) {
        const dims = Object.entries(table.dimensions)
          .map(([code, value]) => `${code}:${value}`)
          .join(';');
        for (const [jurisdiction, cells] of Object.entries(table.series)) {
          for (const [year, cell] of Object.entries(cells)) {
            const summedBy = table.acrossCategories?.[jurisdiction]?.[year];
            rows.push([
              report.roundNumber,
              goal.goal,
              kpi.kpi,
              table.measure,
              dims,
              jurisdiction,
              year,
              cell.kind,
              cell.kind === 'number' ? cell.amount : cell.kind === 'status' ? cell.status : '',
              '',
              '',
              '',
              '',
              summedBy,
              cell.kind === 'number' && cell.approximate === true,
            ]);
          }
        }
        for (const total of table.regionalTotals) {
          const [kind, amount] = totalCell(total);
          const summed = Object.entries(total.acrossCategories ?? {})
            .map(([jurisdiction, dimension]) => `${jurisdiction}:${dimension}`)
            .join(';');
          rows.push([
            report.roundNumber,
            goal.goal,
            kpi.kpi,
            table.measure,
            dims,
            'WB6',
            total.year,
            kind,
            amount,
            total.complete,
            total.coverage.contributed.join(';'),
            total.coverage.missing.join(';'),
            total.coverage.noData.join(';'),
            summed,
            total.approximate === true,
          ]);
        }
      }
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

export function contentHash(report: RegionalReport): string {
  return createHash('sha256').update(JSON.stringify(report)).digest('hex');
}

/** One cell of the report that changed since it was compiled (a later amendment, or a report accepted since). */
export interface ReportDifference {
  kpi: number;
  measure: string;
  dimensions: Record<string, string>;
  jurisdiction: string;
  year: string;
  compiled: Cell;
  now: Cell;
}

function cellsOf(report: RegionalReport): Map<string, Omit<ReportDifference, 'compiled' | 'now'> & { cell: Cell }> {
  const cells = new Map<string, Omit<ReportDifference, 'compiled' | 'now'> & { cell: Cell }>();
  for (const goal of report.goals) {
    for (const kpi of goal.kpis) {
      for (const table of kpi.tables) {
        for (const [jurisdiction, years] of Object.entries(table.series)) {
          for (const [year, cell] of Object.entries(years)) {
            // A total across categories follows its categories: the reported value that changed is the difference.
            if (table.acrossCategories?.[jurisdiction]?.[year]) continue;
            const key = JSON.stringify([table.measure, table.dimensions, jurisdiction, year]);
            cells.set(key, {
              kpi: kpi.kpi,
              measure: table.measure,
              dimensions: table.dimensions,
              jurisdiction,
              year,
              cell,
            });
          }
        }
      }
    }
  }
  return cells;
}

/** Every jurisdiction's reported value that differs between the report as compiled and as it reads now (sums of categories follow them). */
export function reportDifferences(compiled: RegionalReport, now: RegionalReport): ReportDifference[] {
  const before = cellsOf(compiled);
  const after = cellsOf(now);
  const differences: ReportDifference[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(key);
    const is = after.get(key);
    const compiledCell = was?.cell ?? { kind: 'missing' as const };
    const nowCell = is?.cell ?? { kind: 'missing' as const };
    if (JSON.stringify(compiledCell) === JSON.stringify(nowCell)) continue;
    const { cell: _cell, ...where } = (is ?? was)!;
    differences.push({ ...where, compiled: compiledCell, now: nowCell });
  }
  return differences;
}
